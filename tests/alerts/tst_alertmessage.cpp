// The words and shapes every channel sends: the webhook payload (Slack / Mattermost
// incoming-webhook shape plus "opsdeck"), the e-mail, the desktop notification's
// arguments; and AlertSettings' validation (saving: tst_alertsettings, both dialects).

#include "TestSupport.h"
#include "alerts/AlertMessage.h"
#include "alerts/AlertSettings.h"
#include "alerts/DesktopNotifier.h"

#include <QJsonArray>
#include <QTest>

using namespace opsdeck;

namespace {

AlertEvent sample()
{
    AlertEvent e;
    e.checkId = 7;
    e.checkName = QStringLiteral("web-health");
    e.target = QStringLiteral("web1");
    e.from = CheckState::Passing;
    e.to = CheckState::Failing;
    e.status = CheckStatus::Critical;
    e.importance = Importance::Critical;
    e.atMs = 1764936000123;
    e.message = QStringLiteral("HTTP 500 <b>from</b> /health\nsecond line");
    e.value = 500;
    return e;
}

} // namespace

class TestAlertMessage : public QObject
{
    Q_OBJECT

private slots:
    void summaryLine()
    {
        QCOMPARE(AlertMessage::summary(sample()),
                 QStringLiteral("[CRITICAL] web-health on web1 is failing: HTTP 500 <b>from</b> /health"));
        AlertEvent r = sample();
        r.from = CheckState::Failing;
        r.to = CheckState::Passing;
        r.status = CheckStatus::Ok;
        r.message.clear();
        r.target.clear();
        QCOMPARE(AlertMessage::summary(r), QStringLiteral("[CRITICAL] web-health recovered"));
    }

    void summaryOfAHugeLineIsCut()
    {
        AlertEvent e = sample();
        e.message = QString(100000, QLatin1Char('x'));
        const QString line = AlertMessage::summary(e);
        QVERIFY(line.size() < 300);
        QVERIFY(line.endsWith(QChar(0x2026)));
        SmtpSettings smtp;
        smtp.from = QStringLiteral("ops@example.org");
        smtp.to = {QStringLiteral("a@example.org")};
        const QByteArray mail = AlertMessage::email(e, smtp, e.atMs);
        QVERIFY(mail.size() < 70000); // the message is cut at 64 KiB
        for (const QByteArray& l : mail.split('\n'))
            QVERIFY(l.size() <= 998);
    }

    void webhookPayloadShape()
    {
        const QJsonObject p = AlertMessage::webhookPayload(sample());
        QCOMPARE(p.value("text").toString(), AlertMessage::summary(sample()));
        QCOMPARE(p.value("username").toString(), QStringLiteral("Opsdeck"));
        const QJsonArray attachments = p.value("attachments").toArray();
        QCOMPARE(attachments.size(), 1);
        const QJsonObject a = attachments.first().toObject();
        QCOMPARE(a.value("color").toString(), QStringLiteral("#d50200"));
        QCOMPARE(a.value("title").toString(), QStringLiteral("web-health"));
        QCOMPARE(a.value("text").toString(), sample().message);
        QStringList titles;
        for (const QJsonValue f : a.value("fields").toArray()) {
            QVERIFY(f.toObject().contains("value"));
            QVERIFY(f.toObject().value("short").isBool());
            titles << f.toObject().value("title").toString();
        }
        QCOMPARE(titles, (QStringList{"Status", "Importance", "Transition", "Target", "Value"}));
        const QJsonObject o = p.value("opsdeck").toObject();
        QCOMPARE(o.value("check").toString(), QStringLiteral("web-health"));
        QCOMPARE(o.value("target").toString(), QStringLiteral("web1"));
        QCOMPARE(o.value("from").toString(), QStringLiteral("passing"));
        QCOMPARE(o.value("to").toString(), QStringLiteral("failing"));
        QCOMPARE(o.value("status").toString(), QStringLiteral("critical"));
        QCOMPARE(o.value("importance").toString(), QStringLiteral("critical"));
        QCOMPARE(o.value("time").toDouble(), 1764936000.0); // epoch seconds
        QCOMPARE(o.value("value").toDouble(), 500.0);
        AlertEvent noValue = sample();
        noValue.value.reset();
        noValue.status = CheckStatus::Warning;
        QVERIFY(AlertMessage::webhookPayload(noValue).value("opsdeck").toObject().value("value").isNull());
        QCOMPARE(AlertMessage::color(noValue), QStringLiteral("#ff9f00"));
    }

    void emailHeadersAndBody()
    {
        SmtpSettings s;
        s.from = QStringLiteral("opsdeck@example.org");
        s.to = {QStringLiteral("a@example.org"), QStringLiteral("b@example.org")};
        AlertEvent e = sample();
        e.checkName = QStringLiteral("网站健康");
        const QByteArray mail = AlertMessage::email(e, s, e.atMs);
        const int split = mail.indexOf("\r\n\r\n");
        QVERIFY(split > 0);
        const QByteArray head = mail.left(split);
        QVERIFY(head.contains("From: Opsdeck <opsdeck@example.org>\r\n"));
        QVERIFY(head.contains("To: a@example.org, b@example.org\r\n"));
        QVERIFY(head.contains("Subject: =?UTF-8?B?"));
        // Each encoded word at most 75 characters, and they decode back to the summary.
        const int subject = head.indexOf("Subject: ");
        const int subjectEnd = head.indexOf("\r\nDate:");
        QByteArray decoded;
        for (QByteArray word : head.mid(subject + 9, subjectEnd - subject - 9).split('\n')) {
            word = word.trimmed();
            QVERIFY2(word.size() <= 75 && word.startsWith("=?UTF-8?B?") && word.endsWith("?="),
                     word.constData());
            decoded += QByteArray::fromBase64(word.mid(10, word.size() - 12));
        }
        QCOMPARE(QString::fromUtf8(decoded), AlertMessage::summary(e));
        QVERIFY(head.contains("Content-Type: text/plain; charset=utf-8"));
        QVERIFY(head.contains("Date: Fri, 05 Dec 2025 12:00:00 +0000"));
        QVERIFY(!mail.contains("\n\n")); // CRLF everywhere
        QVERIFY(mail.mid(split).contains(QStringLiteral("Check: 网站健康").toUtf8()));
        QVERIFY(mail.contains("second line"));
    }

    void desktopArguments()
    {
        const QVariantList args = DesktopNotifier::notifyArguments(sample());
        QCOMPARE(args.size(), 8);
        QCOMPARE(args.at(0).toString(), QStringLiteral("Opsdeck"));
        QCOMPARE(args.at(1).metaType(), QMetaType::fromType<uint>());
        QCOMPARE(args.at(3).toString(), QStringLiteral("web-health on web1 is failing (critical)"));
        QVERIFY(args.at(4).toString().contains(QStringLiteral("&lt;b&gt;from&lt;/b&gt;"))); // markup escaped
        const QVariantMap hints = args.at(6).toMap();
        QCOMPARE(hints.value("urgency").metaType(), QMetaType::fromType<uchar>());
        QCOMPARE(hints.value("urgency").value<uchar>(), uchar(2));
        QCOMPARE(args.at(7).toInt(), 0); // a critical failure stays until dismissed
        AlertEvent r = sample();
        r.to = CheckState::Passing;
        r.importance = Importance::Warning;
        QCOMPARE(DesktopNotifier::notifyArguments(r).at(6).toMap().value("urgency").value<uchar>(), uchar(0));
        QCOMPARE(DesktopNotifier::notifyArguments(r).at(7).toInt(), -1);
    }

    void settingsValidation()
    {
        AlertSettings s;
        QCOMPARE(AlertSettings::webhookOrigin(QStringLiteral("ftp://x")).error().code, Error::Code::Usage);
        s.smtp.server = QStringLiteral("mail.example.org");
        s.smtp.from = QStringLiteral("not-an-address");
        s.smtp.to = {QStringLiteral("a@example.org")};
        QVERIFY(s.validate().error().message.contains(QStringLiteral("not-an-address")));
        s.smtp.from = QStringLiteral("ops@example.org");
        s.smtp.port = 0;
        QVERIFY(!s.validate().ok());
        s.smtp.port = 587;
        QVERIFY(s.validate().ok());
    }
};

QTEST_GUILESS_MAIN(TestAlertMessage)
#include "tst_alertmessage.moc"
