// SmtpNotifier (libcurl) against a real local SMTP listener (smtp.sh: Python's aiosmtpd
// with STARTTLS on a self-signed certificate made by openssl, AUTH LOGIN / PLAIN): the
// message as received, a wrong password, a server without STARTTLS, an untrusted certificate.

#include "RealServer.h"
#include "alerts/SmtpNotifier.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace opsdeck;

namespace {

AlertEvent sample()
{
    AlertEvent e;
    e.checkId = 9;
    e.checkName = QStringLiteral("disk-root");
    e.target = QStringLiteral("db1");
    e.from = CheckState::Passing;
    e.to = CheckState::Failing;
    e.status = CheckStatus::Critical;
    e.importance = Importance::Critical;
    e.atMs = 1764936000000;
    e.message = QStringLiteral("DISK CRITICAL - free space: / 3%");
    e.value = 3;
    return e;
}

} // namespace

class TestSmtpNotifier : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::RealServer> m_tls;

    SmtpSettings settingsFor(const test::RealServer& server) const
    {
        SmtpSettings s;
        s.server = QStringLiteral("127.0.0.1");
        s.port = server.reported(QStringLiteral("PORT")).toInt();
        s.user = server.reported(QStringLiteral("USER"));
        s.from = QStringLiteral("opsdeck@example.org");
        s.to = {QStringLiteral("oncall@example.org"), QStringLiteral("lead@example.org")};
        s.caFile = server.reported(QStringLiteral("CA_FILE"));
        return s;
    }
    QStringList kept(const test::RealServer& server) const
    {
        return QDir(server.reported(QStringLiteral("MAIL_DIR")))
            .entryList({QStringLiteral("*.eml")}, QDir::Files, QDir::Name);
    }

private slots:
    void initTestCase()
    {
        m_tls = std::make_unique<test::RealServer>(QStringLiteral("smtp.sh"),
                                                   QStringList{QString::number(test::freeTcpPort())});
        OPSDECK_REQUIRE_SERVER(*m_tls);
    }

    void sendsOverStartTls()
    {
        SmtpNotifier n(settingsFor(*m_tls), m_tls->reported(QStringLiteral("PASSWORD")));
        QSignalSpy spy(&n, &SmtpNotifier::finished);
        n.send(sample());
        QVERIFY(spy.wait(30000));
        const Status st = spy.at(0).at(1).value<Status>();
        QVERIFY2(st.ok(), st.ok() ? "" : qPrintable(st.error().message));
        QCOMPARE(spy.at(0).at(0).value<AlertEvent>().checkName, QStringLiteral("disk-root"));
        const QString dir = m_tls->reported(QStringLiteral("MAIL_DIR"));
        QCOMPARE(kept(*m_tls), QStringList{QStringLiteral("1.eml")});
        QFile env(dir + QStringLiteral("/1.json"));
        QVERIFY(env.open(QIODevice::ReadOnly));
        const QJsonObject e = QJsonDocument::fromJson(env.readAll()).object();
        QCOMPARE(e.value("mail_from").toString(), QStringLiteral("opsdeck@example.org"));
        QCOMPARE(e.value("rcpt_tos").toArray(),
                 (QJsonArray{QStringLiteral("oncall@example.org"), QStringLiteral("lead@example.org")}));
        QCOMPARE(e.value("login").toString(), m_tls->reported(QStringLiteral("USER")));
        QVERIFY(e.value("tls").toBool());                                   // the mail went after STARTTLS
        QCOMPARE(e.value("mechanism").toString(), QStringLiteral("PLAIN")); // libcurl's pick of the two
        QFile eml(dir + QStringLiteral("/1.eml"));
        QVERIFY(eml.open(QIODevice::ReadOnly));
        const QByteArray mail = eml.readAll();
        QVERIFY2(mail.contains(
                     "Subject: [CRITICAL] disk-root on db1 is failing: DISK CRITICAL - free space: / 3%\r\n"),
                 mail.constData());
        QVERIFY(mail.contains("From: Opsdeck <opsdeck@example.org>\r\n"));
        QVERIFY(mail.contains("To: oncall@example.org, lead@example.org\r\n"));
        QVERIFY(mail.contains("X-Opsdeck-Transition: passing -> failing\r\n"));
        QVERIFY(mail.contains("Target: db1\r\n"));
        QVERIFY(mail.contains("Value: 3\r\n"));
    }

    void authLoginWhenOnlyLoginIsOffered()
    {
        test::RealServer login(
            QStringLiteral("smtp.sh"),
            {QString::number(test::freeTcpPort()), QStringLiteral("starttls"), QStringLiteral("LOGIN")});
        OPSDECK_REQUIRE_SERVER(login);
        const Status st =
            SmtpNotifier::sendBlocking(settingsFor(login), login.reported(QStringLiteral("PASSWORD")),
                                       "Subject: login\r\n\r\nvia AUTH LOGIN\r\n");
        QVERIFY2(st.ok(), st.ok() ? "" : qPrintable(st.error().message));
        QFile env(login.reported(QStringLiteral("MAIL_DIR")) + QStringLiteral("/1.json"));
        QVERIFY(env.open(QIODevice::ReadOnly));
        const QJsonObject e = QJsonDocument::fromJson(env.readAll()).object();
        QCOMPARE(e.value("mechanism").toString(), QStringLiteral("LOGIN"));
        QVERIFY(e.value("tls").toBool());
        // checkLogin() logs in and sends nothing.
        QVERIFY(
            SmtpNotifier::checkLogin(settingsFor(login), login.reported(QStringLiteral("PASSWORD"))).ok());
        QCOMPARE(kept(login).size(), 1);
        QCOMPARE(SmtpNotifier::checkLogin(settingsFor(login), QStringLiteral("nope")).error().code,
                 Error::Code::Refused);
    }

    void wrongPasswordIsAClearError()
    {
        const qsizetype before = kept(*m_tls).size();
        const Status st = SmtpNotifier::sendBlocking(settingsFor(*m_tls), QStringLiteral("not-the-password"),
                                                     "Subject: x\r\n\r\nx\r\n");
        QVERIFY(!st.ok());
        QCOMPARE(st.error().code, Error::Code::Refused);
        QVERIFY2(st.error().message.contains(QStringLiteral("refused the login of user 'opsdeck-mail'")),
                 qPrintable(st.error().message));
        QVERIFY(!st.error().message.contains(QStringLiteral("not-the-password")));
        QCOMPARE(kept(*m_tls).size(), before);
    }

    void untrustedCertificateIsRefused()
    {
        SmtpSettings s = settingsFor(*m_tls);
        s.caFile.clear(); // the system's CAs do not know the self-signed certificate
        const Status st = SmtpNotifier::sendBlocking(s, m_tls->reported(QStringLiteral("PASSWORD")), "x\r\n");
        QVERIFY(!st.ok());
        QVERIFY2(st.error().message.contains(QStringLiteral("certificate")), qPrintable(st.error().message));
    }

    void plainServerIsRefusedWhenStartTlsIsRequired()
    {
        test::RealServer plain(QStringLiteral("smtp.sh"),
                               {QString::number(test::freeTcpPort()), QStringLiteral("plain")});
        OPSDECK_REQUIRE_SERVER(plain);
        SmtpSettings s = settingsFor(plain);
        QVERIFY(s.requireStartTls);
        const Status st = SmtpNotifier::sendBlocking(s, plain.reported(QStringLiteral("PASSWORD")),
                                                     "Subject: x\r\n\r\nx\r\n");
        QVERIFY(!st.ok());
        QCOMPARE(st.error().code, Error::Code::Refused);
        QVERIFY2(st.error().message.contains(QStringLiteral("does not offer STARTTLS")),
                 qPrintable(st.error().message));
        QVERIFY(kept(plain).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSmtpNotifier)
#include "tst_smtpnotifier.moc"
