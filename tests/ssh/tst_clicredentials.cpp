// The CLI's passphrase question (app/cli/CliCredentials) against a real sshd: the only key
// is the passphrase-protected one, there is no ssh-agent and no keychain (no session bus).
// On a terminal (a real pseudo-terminal from `script`, Debian bsdutils) the passphrase is asked
// with echo off and the keychain notice comes once; without one the error says how to give
// the passphrase instead.
#include "RealServer.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <unistd.h>

using opsdeck::test::RealServer;
using opsdeck::test::runCli;

class tst_CliCredentials : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void noTerminalSaysHow();
    void askedOnTheTerminal();

private:
    QStringList runArgs(const QString& address, const QString& marker) const;
    std::unique_ptr<RealServer> m_sshd;
    QTemporaryDir m_home;
    quint16 m_port = 0;
};

void tst_CliCredentials::initTestCase()
{
    if (QStandardPaths::findExecutable(QStringLiteral("script")).isEmpty())
        OPSDECK_SKIP_OR_FAIL("script(1) is missing (Debian bsdutils)");
    m_port = opsdeck::test::freeTcpPort();
    m_sshd = std::make_unique<RealServer>(QStringLiteral("sshd.sh"), QStringList{QString::number(m_port)});
    OPSDECK_REQUIRE_SERVER(*m_sshd);
    QVERIFY(opsdeck::test::prepareSshClientHome(*m_sshd, m_home.path()));
    // The only key: the one with a passphrase.
    const QString key = m_home.filePath(QStringLiteral(".ssh/id_ed25519"));
    QVERIFY(QFile::remove(key));
    QVERIFY(QFile::copy(m_sshd->reported(QStringLiteral("PASSPHRASE_KEY")), key));
    QFile::setPermissions(key, QFile::ReadOwner | QFile::WriteOwner);
    qunsetenv("DBUS_SESSION_BUS_ADDRESS");
}

QStringList tst_CliCredentials::runArgs(const QString& address, const QString& marker) const
{
    return {QStringLiteral("run"),
            QStringLiteral("--hosts"),
            QStringLiteral("%1:%2").arg(address).arg(m_port),
            QStringLiteral("--accept-new"),
            QStringLiteral("--"),
            QStringLiteral("echo ") + marker};
}

void tst_CliCredentials::noTerminalSaysHow()
{
    const auto r = runCli(runArgs(QStringLiteral("127.0.0.2"), QStringLiteral("never")));
    QCOMPARE(r.exitCode, 1);
    QVERIFY(!r.out.contains("never"));
    QVERIFY2(r.err.contains("needs a passphrase and there is no terminal to ask it on"), r.err.constData());
    QVERIFY2(r.err.contains("ssh-agent"), r.err.constData());
}

void tst_CliCredentials::askedOnTheTerminal()
{
    QStringList quoted;
    for (const QString& a : runArgs(QStringLiteral("127.0.0.3"), QStringLiteral("typed-ok")))
        quoted << QLatin1Char('\'') + a + QLatin1Char('\'');
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.setChildProcessModifier([] { ::setsid(); });
    p.start(QStringLiteral("script"),
            {QStringLiteral("-qec"), QStringLiteral(OPSDECK_BINARY) + QLatin1Char(' ') + quoted.join(u' '),
             QStringLiteral("/dev/null")});
    QVERIFY(p.waitForStarted(10000));
    QByteArray seen;
    QTRY_VERIFY_WITH_TIMEOUT((seen += p.readAll()).contains("Passphrase for "), 30000);
    QVERIFY2(seen.contains("The keychain cannot be reached (no D-Bus session bus)"), seen.constData());
    p.write(m_sshd->reported(QStringLiteral("PASSPHRASE")).toUtf8() + "\n");
    QVERIFY(p.waitForFinished(60000));
    seen += p.readAll();
    QCOMPARE(p.exitCode(), 0);
    QVERIFY2(seen.contains(": typed-ok"), seen.constData());
    // Echo was off: the passphrase never appears on the terminal.
    QVERIFY2(!seen.contains(m_sshd->reported(QStringLiteral("PASSPHRASE")).toUtf8()), seen.constData());
    QCOMPARE(seen.count("The keychain cannot be reached"), 1);
}

QTEST_GUILESS_MAIN(tst_CliCredentials)
#include "tst_clicredentials.moc"
