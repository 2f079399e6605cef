// "Open terminal" (`opsdeck machine terminal`): the host key is checked as Opsdeck checks
// it, and the ssh command handed to the terminal works with OpenSSH's own client against
// the real sshd, trusting exactly the key Opsdeck accepted.
#include "RealServer.h"
#include "jobs/TerminalCommand.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using opsdeck::test::RealServer;
using opsdeck::test::runCli;

class tst_Terminal : public QObject
{
    Q_OBJECT

    std::unique_ptr<RealServer> m_sshd;
    QTemporaryDir m_home;
    quint16 m_port = 0;

    static QStringList unquote(const QByteArray& line)
    {
        // The printed command is POSIX-quoted; let the shell split it back.
        QProcess sh;
        sh.start(QStringLiteral("/bin/sh"),
                 {QStringLiteral("-c"), QStringLiteral("for a in %1; do printf '%s\\n' \"$a\"; done")
                                            .arg(QString::fromUtf8(line.trimmed()))});
        sh.waitForFinished();
        return QString::fromUtf8(sh.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    }

private slots:
    void initTestCase()
    {
        m_port = opsdeck::test::freeTcpPort();
        m_sshd =
            std::make_unique<RealServer>(QStringLiteral("sshd.sh"), QStringList{QString::number(m_port)});
        OPSDECK_REQUIRE_SERVER(*m_sshd);
        QVERIFY(opsdeck::test::prepareSshClientHome(*m_sshd, m_home.path()));
        qunsetenv("TERMINAL");
        QCOMPARE(runCli({QStringLiteral("machine"), QStringLiteral("add"), QStringLiteral("shell1"),
                         QStringLiteral("--address"), QStringLiteral("127.0.0.31"), QStringLiteral("--port"),
                         QString::number(m_port), QStringLiteral("--user"),
                         m_sshd->reported(QStringLiteral("USER"))})
                     .exitCode,
                 0);
    }

    void theArgumentsAreOpenSshs()
    {
        opsdeck::ssh::SshTarget t;
        t.host = QStringLiteral("10.0.0.5");
        t.port = 2222;
        t.user = QStringLiteral("ops");
        t.identityFiles = {QStringLiteral("/keys/a b")};
        const QStringList ssh = opsdeck::TerminalCommand::sshArguments(
            t, {QStringLiteral("/x/known_hosts"), QStringLiteral("/h/my dir/kh")});
        QCOMPARE(ssh, (QStringList{QStringLiteral("ssh"), QStringLiteral("-p"), QStringLiteral("2222"),
                                   QStringLiteral("-i"), QStringLiteral("/keys/a b"), QStringLiteral("-o"),
                                   QStringLiteral("StrictHostKeyChecking=yes"), QStringLiteral("-o"),
                                   QStringLiteral("UserKnownHostsFile=/x/known_hosts \"/h/my dir/kh\""),
                                   QStringLiteral("--"), QStringLiteral("ops@10.0.0.5")}));
        QCOMPARE(opsdeck::TerminalCommand::terminal({QStringLiteral("ssh")}, QString()).first(),
                 QStringLiteral("x-terminal-emulator"));
        QCOMPARE(opsdeck::TerminalCommand::terminal({QStringLiteral("ssh")}, QStringLiteral("kitty")),
                 (QStringList{QStringLiteral("kitty"), QStringLiteral("-e"), QStringLiteral("ssh")}));
    }

    void anUnknownKeyIsRefused()
    {
        const auto r = runCli({QStringLiteral("machine"), QStringLiteral("terminal"),
                               QStringLiteral("shell1"), QStringLiteral("--print")});
        QVERIFY2(r.exitCode == 3, r.err.constData());
        QVERIFY2(r.err.contains(m_sshd->reported(QStringLiteral("HOST_FINGERPRINT")).toUtf8()),
                 r.err.constData());
        QVERIFY(r.out.isEmpty());
    }

    // Accepted once, the printed command logs in with OpenSSH's client and no prompt.
    void theCommandWorksWithOpenSsh()
    {
        const auto r =
            runCli({QStringLiteral("machine"), QStringLiteral("terminal"), QStringLiteral("shell1"),
                    QStringLiteral("--print"), QStringLiteral("--accept-new")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QStringList argv = unquote(r.out);
        QCOMPARE(argv.value(0), QStringLiteral("x-terminal-emulator"));
        QCOMPARE(argv.value(1), QStringLiteral("-e"));
        argv = argv.mid(2);
        const QString host = argv.takeLast();
        // OpenSSH finds ~/.ssh from the password database, not $HOME: name the test's key.
        argv << QStringLiteral("-o") << QStringLiteral("BatchMode=yes") << QStringLiteral("-i")
             << m_home.filePath(QStringLiteral(".ssh/id_ed25519"));
        argv.removeAll(QStringLiteral("--"));
        argv << QStringLiteral("--") << host << QStringLiteral("echo") << QStringLiteral("reached");
        QProcess ssh;
        ssh.start(argv.takeFirst(), argv);
        QVERIFY(ssh.waitForFinished(30000));
        QVERIFY2(ssh.exitCode() == 0, ssh.readAllStandardError().constData());
        QCOMPARE(ssh.readAllStandardOutput(), QByteArray("reached\n"));
    }

    // Without --print the terminal ($TERMINAL) is started with the command.
    void theTerminalIsStarted()
    {
        const QString script = m_home.filePath(QStringLiteral("fake-terminal"));
        const QString record = m_home.filePath(QStringLiteral("terminal-args"));
        QFile f(script);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QStringLiteral("#!/bin/sh\nprintf '%s\\n' \"$@\" > %1.tmp && mv %1.tmp %1\n")
                    .arg(record)
                    .toUtf8());
        f.close();
        QVERIFY(f.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
        qputenv("TERMINAL", script.toUtf8());
        const auto r =
            runCli({QStringLiteral("machine"), QStringLiteral("terminal"), QStringLiteral("shell1")});
        qunsetenv("TERMINAL");
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(record), 10000);
        QFile got(record);
        QVERIFY(got.open(QIODevice::ReadOnly));
        const QByteArray args = got.readAll();
        QVERIFY2(args.startsWith("-e\nssh\n-p\n" + QByteArray::number(m_port) + "\n"), args.constData());
        QVERIFY(args.contains("@127.0.0.31\n"));
    }
};

QTEST_GUILESS_MAIN(tst_Terminal)
#include "tst_terminal.moc"
