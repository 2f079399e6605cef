#include "alerts/AlertMessage.h"

#include <QDateTime>
#include <QJsonArray>
#include <QLocale>
#include <QUuid>

namespace opsdeck {

namespace {

bool isRecovery(const AlertEvent& e)
{
    return e.to == CheckState::Passing;
}

QString targetText(const AlertEvent& e)
{
    return e.target.isEmpty() ? QString() : e.target;
}

QString valueText(const AlertEvent& e)
{
    return e.value ? QString::number(*e.value, 'g', 12) : QString();
}

// RFC 2047 encoded-words when `text` is not plain ASCII: whole characters, at most 45
// bytes of UTF-8 a word (60 of base64, under the limit of 75), folded onto new lines.
QByteArray headerText(const QString& text)
{
    bool ascii = true;
    for (const QChar c : text)
        ascii = ascii && c.unicode() >= 32 && c.unicode() <= 126;
    if (ascii)
        return text.toLatin1();
    QList<QByteArray> words;
    QByteArray chunk;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const qsizetype n = text.at(i).isHighSurrogate() && i + 1 < text.size() ? 2 : 1;
        const QByteArray ch = text.mid(i, n).toUtf8();
        i += n - 1;
        if (chunk.size() + ch.size() > 45) {
            words << "=?UTF-8?B?" + chunk.toBase64() + "?=";
            chunk.clear();
        }
        chunk += ch;
    }
    if (!chunk.isEmpty())
        words << "=?UTF-8?B?" + chunk.toBase64() + "?=";
    return words.join("\r\n ");
}

} // namespace

QString AlertMessage::summary(const AlertEvent& e)
{
    const QString level = importanceName(e.importance).toUpper();
    const QString what = targetText(e).isEmpty() ? e.checkName : tr("%1 on %2").arg(e.checkName, e.target);
    const QString state = isRecovery(e) ? tr("recovered") : tr("is %1").arg(checkStateName(e.to));
    QString line = QStringLiteral("[%1] %2 %3").arg(level, what, state);
    if (!e.message.isEmpty()) {
        // The first line, cut at 200 characters: a plugin may print megabytes on one line.
        QString first = e.message.section(QLatin1Char('\n'), 0, 0);
        if (first.size() > 200)
            first = first.left(199) + QChar(0x2026);
        line += QStringLiteral(": ") + first;
    }
    return line;
}

QString AlertMessage::color(const AlertEvent& e)
{
    switch (e.status) {
    case CheckStatus::Ok:
        return QStringLiteral("#2fa44f");
    case CheckStatus::Warning:
        return QStringLiteral("#ff9f00");
    case CheckStatus::Critical:
        return QStringLiteral("#d50200");
    case CheckStatus::Unknown:
        break;
    }
    return QStringLiteral("#808080");
}

QJsonObject AlertMessage::webhookPayload(const AlertEvent& e)
{
    const auto field = [](const QString& title, const QString& value, bool isShort) {
        return QJsonObject{{QStringLiteral("title"), title},
                           {QStringLiteral("value"), value},
                           {QStringLiteral("short"), isShort}};
    };
    QJsonArray fields{
        field(tr("Status"), checkStatusName(e.status), true),
        field(tr("Importance"), importanceName(e.importance), true),
        field(tr("Transition"), checkStateName(e.from) + QStringLiteral(" → ") + checkStateName(e.to), true)};
    if (!e.target.isEmpty())
        fields.append(field(tr("Target"), e.target, true));
    if (e.value)
        fields.append(field(tr("Value"), valueText(e), true));
    const QJsonObject attachment{
        {QStringLiteral("color"), color(e)},           {QStringLiteral("title"), e.checkName},
        {QStringLiteral("text"), e.message},           {QStringLiteral("fallback"), summary(e)},
        {QStringLiteral("ts"), double(e.atMs / 1000)}, {QStringLiteral("fields"), fields}};
    const QJsonObject opsdeck{
        {QStringLiteral("check"), e.checkName},
        {QStringLiteral("check_id"), double(e.checkId)},
        {QStringLiteral("target"), e.target},
        {QStringLiteral("from"), checkStateName(e.from)},
        {QStringLiteral("to"), checkStateName(e.to)},
        {QStringLiteral("status"), checkStatusName(e.status)},
        {QStringLiteral("importance"), importanceName(e.importance)},
        {QStringLiteral("time"), double(e.atMs / 1000)},
        {QStringLiteral("message"), e.message},
        {QStringLiteral("value"), e.value ? QJsonValue(*e.value) : QJsonValue(QJsonValue::Null)}};
    return {{QStringLiteral("text"), summary(e)},
            {QStringLiteral("username"), QStringLiteral("Opsdeck")},
            {QStringLiteral("attachments"), QJsonArray{attachment}},
            {QStringLiteral("opsdeck"), opsdeck}};
}

QByteArray AlertMessage::email(const AlertEvent& e, const SmtpSettings& smtp, qint64 nowMs)
{
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(e.atMs).toUTC();
    QStringList body{summary(e), QString()};
    body << tr("Check: %1").arg(e.checkName);
    if (!e.target.isEmpty())
        body << tr("Target: %1").arg(e.target);
    body << tr("Transition: %1 -> %2").arg(checkStateName(e.from), checkStateName(e.to))
         << tr("Status: %1").arg(checkStatusName(e.status))
         << tr("Importance: %1").arg(importanceName(e.importance))
         << tr("Time: %1").arg(at.toString(Qt::ISODate));
    if (e.value)
        body << tr("Value: %1").arg(valueText(e));
    if (!e.message.isEmpty())
        body << QString() << e.message;
    body << QString() << tr("-- sent by Opsdeck") << QString();
    // CRLF lines of at most 300 characters (900 bytes of UTF-8: SMTP's limit is 998); a line
    // that is only "." is dot-stuffed by libcurl.
    QStringList lines;
    for (const QString& line : body.join(QLatin1Char('\n')).left(65536).split(QLatin1Char('\n'))) {
        QString rest = line;
        rest.remove(QLatin1Char('\r'));
        do {
            lines << rest.left(300);
            rest = rest.mid(300);
        } while (!rest.isEmpty());
    }
    const QString text = lines.join(QStringLiteral("\r\n"));
    const QString domain = smtp.from.section(QLatin1Char('@'), 1);
    QByteArray out;
    out += "From: Opsdeck <" + smtp.from.toUtf8() + ">\r\n";
    out += "To: " + smtp.to.join(QStringLiteral(", ")).toUtf8() + "\r\n";
    out += "Subject: " + headerText(summary(e)) + "\r\n";
    out += "Date: " +
           QLocale::c()
               .toString(QDateTime::fromMSecsSinceEpoch(nowMs).toUTC(),
                         QStringLiteral("ddd, dd MMM yyyy HH:mm:ss +0000"))
               .toLatin1() +
           "\r\n";
    out += "Message-ID: <" + QUuid::createUuid().toString(QUuid::WithoutBraces).toLatin1() + "@" +
           domain.toUtf8() + ">\r\n";
    out +=
        "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n";
    out += "X-Opsdeck-Check: " + headerText(e.checkName) + "\r\n";
    out += "X-Opsdeck-Transition: " + checkStateName(e.from).toLatin1() + " -> " +
           checkStateName(e.to).toLatin1() + "\r\n\r\n";
    out += text.toUtf8();
    return out;
}

AlertMessage::Desktop AlertMessage::desktop(const AlertEvent& e)
{
    Desktop d;
    const QString what = e.target.isEmpty() ? e.checkName : tr("%1 on %2").arg(e.checkName, e.target);
    d.summary = isRecovery(e)
                    ? tr("%1 recovered").arg(what)
                    : tr("%1 is %2 (%3)").arg(what, checkStateName(e.to), importanceName(e.importance));
    d.body = e.message.toHtmlEscaped(); // the spec allows markup in the body: escape the check's words
    if (e.value)
        d.body += (d.body.isEmpty() ? QString() : QStringLiteral("\n")) + tr("value %1").arg(valueText(e));
    d.urgency = isRecovery(e) ? 0 : (e.importance == Importance::Critical ? 2 : 1);
    return d;
}

AlertEvent AlertMessage::testEvent(qint64 nowMs)
{
    AlertEvent e;
    e.checkName = QStringLiteral("opsdeck-notify-test");
    e.from = CheckState::Passing;
    e.to = CheckState::Failing;
    e.status = CheckStatus::Critical;
    e.importance = Importance::Critical;
    e.atMs = nowMs;
    e.message = tr("a test notification from Opsdeck; nothing is wrong");
    return e;
}

} // namespace opsdeck
