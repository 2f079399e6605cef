#include "alerts/AlertSettings.h"

#include "db/Database.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QUrl>

namespace opsdeck {

namespace {

const QString kWebhook = QStringLiteral("alerts.webhook");              // on | off
const QString kWebhookHost = QStringLiteral("alerts.webhook_host");     // scheme://host:port
const QString kLegacyWebhookUrl = QStringLiteral("alerts.webhook_url"); // never written again
const QString kServer = QStringLiteral("alerts.smtp.server");
const QString kPort = QStringLiteral("alerts.smtp.port");
const QString kUser = QStringLiteral("alerts.smtp.user");
const QString kFrom = QStringLiteral("alerts.smtp.from");
const QString kTo = QStringLiteral("alerts.smtp.to");
const QString kStartTls = QStringLiteral("alerts.smtp.require_starttls");
const QString kCaFile = QStringLiteral("alerts.smtp.ca_file");
const QString kThreshold = QStringLiteral("alerts.threshold");
const QString kQuiet = QStringLiteral("alerts.quiet_hours");
const QString kQuietCritical = QStringLiteral("alerts.quiet_critical_passes");
const QString kDesktop = QStringLiteral("alerts.desktop");

QString hhmm(int minute)
{
    return QStringLiteral("%1:%2")
        .arg(minute / 60, 2, 10, QLatin1Char('0'))
        .arg(minute % 60, 2, 10, QLatin1Char('0'));
}

bool plausibleAddress(const QString& a)
{
    static const QRegularExpression re(QStringLiteral("^[^@\\s<>,]+@[^@\\s<>,]+$"));
    return re.match(a).hasMatch();
}

} // namespace

Result<QuietHours> QuietHours::parse(const QString& text)
{
    const QString t = text.trimmed().toLower();
    if (t.isEmpty() || t == QLatin1String("off"))
        return QuietHours{};
    static const QRegularExpression re(QStringLiteral("^(\\d{1,2}):(\\d{2})\\s*-\\s*(\\d{1,2}):(\\d{2})$"));
    const auto m = re.match(t);
    const auto minute = [&](int h, int mm) {
        return h < 24 && mm < 60 ? h * 60 + mm : -1;
    };
    const int start = m.hasMatch() ? minute(m.captured(1).toInt(), m.captured(2).toInt()) : -1;
    const int end = m.hasMatch() ? minute(m.captured(3).toInt(), m.captured(4).toInt()) : -1;
    if (start < 0 || end < 0)
        return Error::usage(
            QCoreApplication::translate("AlertSettings",
                                        "quiet hours '%1' are not HH:MM-HH:MM (e.g. 22:00-07:00) or off")
                .arg(text));
    QuietHours q;
    q.enabled = true;
    q.startMinute = start;
    q.endMinute = end;
    return q;
}

QString QuietHours::toString() const
{
    return enabled ? hhmm(startMinute) + QLatin1Char('-') + hhmm(endMinute) : QStringLiteral("off");
}

bool QuietHours::contains(int minuteOfDay) const
{
    if (!enabled)
        return false;
    if (startMinute == endMinute)
        return true;
    if (startMinute < endMinute)
        return minuteOfDay >= startMinute && minuteOfDay < endMinute;
    return minuteOfDay >= startMinute || minuteOfDay < endMinute; // across midnight
}

QString SmtpSettings::secretName() const
{
    return QStringLiteral("smtp:%1@%2:%3").arg(user, server).arg(port);
}

Result<QString> AlertSettings::webhookOrigin(const QString& text)
{
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    const bool https = url.scheme() == QLatin1String("https");
    if (!url.isValid() || url.host().isEmpty() || (!https && url.scheme() != QLatin1String("http")))
        return Error::usage(QCoreApplication::translate(
            "AlertSettings", "the webhook URL is not an http:// or https:// URL with a host"));
    const QString host =
        url.host().contains(QLatin1Char(':')) ? QStringLiteral("[%1]").arg(url.host()) : url.host();
    return QStringLiteral("%1://%2:%3").arg(url.scheme(), host).arg(url.port(https ? 443 : 80));
}

Status AlertSettings::validate() const
{
    if (smtp.port < 1 || smtp.port > 65535)
        return Error::usage(
            QCoreApplication::translate("AlertSettings", "the SMTP port %1 is not a port (1-65535)")
                .arg(smtp.port));
    if (!smtp.server.isEmpty()) {
        if (smtp.server.contains(QLatin1Char('/')) || smtp.server.contains(QLatin1Char(' ')))
            return Error::usage(
                QCoreApplication::translate("AlertSettings", "the SMTP server '%1' is not a host name")
                    .arg(smtp.server));
        if (!plausibleAddress(smtp.from))
            return Error::usage(
                QCoreApplication::translate("AlertSettings",
                                            "the sender address '%1' is not an e-mail address (--smtp-from)")
                    .arg(smtp.from));
        if (smtp.to.isEmpty())
            return Error::usage(
                QCoreApplication::translate("AlertSettings", "no recipient for e-mail (--smtp-to A,B)"));
        for (const QString& a : smtp.to)
            if (!plausibleAddress(a))
                return Error::usage(
                    QCoreApplication::translate("AlertSettings",
                                                "the recipient '%1' is not an e-mail address (--smtp-to)")
                        .arg(a));
    }
    return {};
}

QJsonObject AlertSettings::toJson() const
{
    return {
        {QStringLiteral("webhook"), QJsonObject{{QStringLiteral("configured"), webhook},
                                                {QStringLiteral("host"), webhook ? webhookHost : QString()}}},
        {QStringLiteral("smtp"), QJsonObject{{QStringLiteral("server"), smtp.server},
                                             {QStringLiteral("port"), smtp.port},
                                             {QStringLiteral("user"), smtp.user},
                                             {QStringLiteral("from"), smtp.from},
                                             {QStringLiteral("to"), QJsonArray::fromStringList(smtp.to)},
                                             {QStringLiteral("require_starttls"), smtp.requireStartTls},
                                             {QStringLiteral("ca_file"), smtp.caFile}}},
        {QStringLiteral("threshold"), importanceName(threshold)},
        {QStringLiteral("quiet_hours"), quiet.toString()},
        {QStringLiteral("quiet_critical_passes"), quiet.criticalPasses},
        {QStringLiteral("desktop"), desktop}};
}

Result<AlertSettings> AlertSettings::load(QSqlDatabase& db)
{
    auto q = Database::exec(db, QStringLiteral("SELECT key, value FROM settings WHERE key LIKE 'alerts.%'"));
    if (!q.ok())
        return q.error();
    AlertSettings s;
    while (q->next()) {
        const QString key = q->value(0).toString();
        const QString value = q->value(1).toString();
        if (key == kWebhook)
            s.webhook = value == QLatin1String("on");
        else if (key == kWebhookHost)
            s.webhookHost = value;
        else if (key == kServer)
            s.smtp.server = value;
        else if (key == kPort)
            s.smtp.port = value.toInt();
        else if (key == kUser)
            s.smtp.user = value;
        else if (key == kFrom)
            s.smtp.from = value;
        else if (key == kTo)
            s.smtp.to = value.split(QLatin1Char(','), Qt::SkipEmptyParts);
        else if (key == kStartTls)
            s.smtp.requireStartTls = value != QLatin1String("0");
        else if (key == kCaFile)
            s.smtp.caFile = value;
        else if (key == kThreshold)
            s.threshold = importanceFromName(value).value_or(Importance::Warning);
        else if (key == kQuietCritical)
            s.quiet.criticalPasses = value != QLatin1String("0");
        else if (key == kDesktop)
            s.desktop = value != QLatin1String("0");
        else if (key == kQuiet) {
            auto quiet = QuietHours::parse(value);
            if (!quiet.ok())
                return Error::failure(
                    QCoreApplication::translate("AlertSettings", "the saved setting %1 is not valid: %2")
                        .arg(key, quiet.error().message));
            const bool passes = s.quiet.criticalPasses;
            s.quiet = *quiet;
            s.quiet.criticalPasses = passes;
        }
    }
    return s;
}

Status AlertSettings::save(QSqlDatabase& db) const
{
    if (Status st = validate(); !st.ok())
        return st;
    const auto flag = [](bool b) {
        return b ? QStringLiteral("1") : QStringLiteral("0");
    };
    const QList<std::pair<QString, QString>> rows{
        {kWebhook, webhook ? QStringLiteral("on") : QStringLiteral("off")},
        {kWebhookHost, webhook ? webhookHost : QString()},
        {kServer, smtp.server},
        {kPort, QString::number(smtp.port)},
        {kUser, smtp.user},
        {kFrom, smtp.from},
        {kTo, smtp.to.join(QLatin1Char(','))},
        {kStartTls, flag(smtp.requireStartTls)},
        {kCaFile, smtp.caFile},
        {kThreshold, importanceName(threshold)},
        {kQuiet, quiet.toString()},
        {kQuietCritical, flag(quiet.criticalPasses)},
        {kDesktop, flag(desktop)}};
    return Database::transactionOn(db, [&](QSqlDatabase& c) -> Status {
        // An early build kept the URL itself here: it goes.
        if (auto q =
                Database::exec(c, QStringLiteral("DELETE FROM settings WHERE key = ?"), {kLegacyWebhookUrl});
            !q.ok())
            return q.error();
        for (const auto& [key, value] : rows) {
            auto q = Database::exec(
                c,
                QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?) "
                               "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                {key, value.isNull() ? QStringLiteral("") : value}); // NOT NULL: bind empty text
            if (!q.ok())
                return q.error();
        }
        return {};
    });
}

} // namespace opsdeck
