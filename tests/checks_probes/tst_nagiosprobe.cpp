// NagiosProbe running Debian's monitoring-plugins (check_disk, check_procs, check_load)
// locally and over SSH on the real sshd of tests/integration/scripts/sshd.sh, through the
// shared SshSourcePoller; and the bad plugins of issue 11: one that hangs, prints nothing,
// prints without end, exits 255, is not executable or does not exist.
#include "ProbeTestSupport.h"
#include "RealServer.h"
#include "checks/NagiosProbe.h"
#include "sources/SshSourcePoller.h"
#include "ssh/KnownHostsStore.h"
#include "ssh/SshEngine.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace opsdeck;
using opsdeck::test::probeCheck;
using opsdeck::test::RealServer;
using opsdeck::test::runProbe;

namespace {
const QString kPlugins = QStringLiteral("/usr/lib/nagios/plugins/");
}

class tst_NagiosProbe : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void localPlugins_data();
    void localPlugins();
    void badPlugins_data();
    void badPlugins();
    void notExecutable();
    void hungPluginIsKilled();
    void splitCommand_data();
    void splitCommand();
    void overSsh();
    void overSshFailures();

private:
    ProbeResult local(const QString& command, int timeoutMs = 0);
    std::unique_ptr<RealServer> m_sshd;
    QTemporaryDir m_tmp;
};

void tst_NagiosProbe::initTestCase()
{
    if (!QFile::exists(kPlugins + QStringLiteral("check_disk")))
        OPSDECK_SKIP_OR_FAIL("monitoring-plugins-basic is not installed");
}

ProbeResult tst_NagiosProbe::local(const QString& command, int timeoutMs)
{
    NagiosProbe probe(probeCheck(CheckKind::Nagios, {{"command", command}}));
    if (timeoutMs > 0)
        probe.setTimeoutMs(timeoutMs);
    return runProbe(probe);
}

void tst_NagiosProbe::localPlugins_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("perf");
    QTest::newRow("check_disk ok") << "check_disk -w 1% -c 1% -p /" << int(CheckStatus::Ok) << "DISK OK"
                                   << "/";
    QTest::newRow("check_disk critical")
        << "check_disk -w 100% -c 100% -p /" << int(CheckStatus::Critical) << "DISK CRITICAL"
        << "/";
    QTest::newRow("check_procs warning")
        << "check_procs -w 1 -c 1000000" << int(CheckStatus::Warning) << "PROCS WARNING"
        << "procs";
    QTest::newRow("check_procs quoted arg")
        << "check_procs -w 1000000 -c 1000000 -a 'no such argument'" << int(CheckStatus::Ok) << "PROCS OK"
        << "procs";
    QTest::newRow("check_load ok") << "check_load -w 1000,1000,1000 -c 2000,2000,2000" << int(CheckStatus::Ok)
                                   << "LOAD OK"
                                   << "load1";
    QTest::newRow("check_load usage")
        << "check_load" << int(CheckStatus::Unknown) << "check_load: Could not parse"
        << "";
}

void tst_NagiosProbe::localPlugins()
{
    QFETCH(QString, command);
    QFETCH(int, status);
    QFETCH(QString, text);
    QFETCH(QString, perf);
    const ProbeResult r = local(kPlugins + command);
    QCOMPARE(int(r.status), status);
    QVERIFY2(r.message.startsWith(text), qPrintable(r.message));
    if (!perf.isEmpty()) {
        QVERIFY(!r.perf.isEmpty());
        QCOMPARE(r.perf.first().first, perf);
        QCOMPARE(r.value, std::optional<double>(r.perf.first().second));
    }
}

void tst_NagiosProbe::badPlugins_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<int>("timeoutMs");
    QTest::addColumn<QString>("why");
    QTest::newRow("hangs") << "sleep 60" << 700 << "no answer within 0.7 s";
    QTest::newRow("prints nothing") << "true" << 0 << "printed nothing";
    QTest::newRow("prints without end") << "yes CRITICAL" << 0 << "printed more than 1048576 bytes";
    QTest::newRow("exits 255") << "sh -c 'echo FATAL: broken; exit 255'" << 0 << "exit code 255";
    QTest::newRow("does not exist") << "/nonexistent/check_nothing" << 0 << "could not be started";
    QTest::newRow("empty command") << "   " << 0 << "needs a command";
    QTest::newRow("unterminated quote") << "check_procs -a 'x" << 0 << "unterminated";
}

void tst_NagiosProbe::badPlugins()
{
    QFETCH(QString, command);
    QFETCH(int, timeoutMs);
    QFETCH(QString, why);
    const ProbeResult r = local(command, timeoutMs);
    QCOMPARE(r.status, CheckStatus::Unknown);
    QVERIFY2(r.message.contains(why), qPrintable(r.message));
}

void tst_NagiosProbe::notExecutable()
{
    const QString path = m_tmp.filePath(QStringLiteral("check_noexec"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("#!/bin/sh\necho OK\n");
    f.close();
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    const ProbeResult r = local(path);
    QCOMPARE(r.status, CheckStatus::Unknown);
    QVERIFY2(r.message.contains(QStringLiteral("could not be started")), qPrintable(r.message));
}

// How many processes run `sleep ARG` (from /proc/*/cmdline).
static int sleepers(const QByteArray& arg)
{
    int n = 0;
    const QStringList pids = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString& pid : pids) {
        QFile f(QStringLiteral("/proc/%1/cmdline").arg(pid));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QByteArray cmdline = f.readAll();
        if (cmdline.contains("sleep") && cmdline.endsWith(QByteArray(1, '\0') + arg + '\0'))
            ++n;
    }
    return n;
}

void tst_NagiosProbe::hungPluginIsKilled()
{
    // A unique duration to find our own process by.
    const QByteArray arg = QByteArray::number(600 + QCoreApplication::applicationPid() % 1000) + ".25";
    NagiosProbe probe(probeCheck(CheckKind::Nagios, {{"command", QStringLiteral("sleep %1").arg(arg)}}));
    probe.setTimeoutMs(500);
    QSignalSpy spy(&probe, &CheckProbe::finished);
    probe.run(QString());
    QTRY_COMPARE(sleepers(arg), 1);
    QVERIFY(spy.wait(10000));
    QCOMPARE(spy.first().at(1).value<ProbeResult>().status, CheckStatus::Unknown);
    QTRY_COMPARE(sleepers(arg), 0); // killed at the timeout, not left behind
    // And by cancel().
    probe.setTimeoutMs(30000);
    probe.run(QString());
    QTRY_COMPARE(sleepers(arg), 1);
    probe.cancel();
    QTRY_COMPARE(sleepers(arg), 0);
    QCOMPARE(spy.size(), 1); // the cancelled run reported nothing
}

void tst_NagiosProbe::splitCommand_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QStringList>("words");
    QTest::newRow("plain") << "check_disk -w 10% -p /" << QStringList{"check_disk", "-w", "10%", "-p", "/"};
    QTest::newRow("single") << "sh -c 'echo a; exit 2'" << QStringList{"sh", "-c", "echo a; exit 2"};
    QTest::newRow("double") << R"(x "a \"b\" $c" d)" << QStringList{"x", R"(a "b" $c)", "d"};
    QTest::newRow("glued") << R"(-a'b c'"d"\ e)" << QStringList{"-ab cd e"};
    QTest::newRow("empty word") << "x '' y" << QStringList{"x", "", "y"};
    QTest::newRow("blank") << "   " << QStringList{};
}

void tst_NagiosProbe::splitCommand()
{
    QFETCH(QString, command);
    QFETCH(QStringList, words);
    const auto got = NagiosProbe::splitCommand(command);
    QVERIFY(got.ok());
    QCOMPARE(*got, words);
    QVERIFY(!NagiosProbe::splitCommand(QStringLiteral("x 'open")).ok());
    QVERIFY(!NagiosProbe::splitCommand(QStringLiteral("x \"open")).ok());
}

void tst_NagiosProbe::overSsh()
{
    const quint16 port = opsdeck::test::freeTcpPort();
    m_sshd = std::make_unique<RealServer>(QStringLiteral("sshd.sh"), QStringList{QString::number(port)});
    OPSDECK_REQUIRE_SERVER(*m_sshd);
    const QString known = m_tmp.filePath(QStringLiteral("known_hosts"));
    QVERIFY(opsdeck::test::writeSshdKnownHosts(*m_sshd, known));
    ssh::KnownHostsStore store({}, known);
    ssh::SshEngine engine(store, nullptr, 1);
    const QString key = m_sshd->reported(QStringLiteral("KEY_DIR")) + QStringLiteral("/id_ed25519");
    const QString user = m_sshd->reported(QStringLiteral("USER"));
    SshSourcePoller::Options options;
    options.ssh.useAgent = false;
    options.ssh.useDefaultKeys = false;
    SshSourcePoller poller(
        &engine,
        [=](const QString& machine) -> Result<ssh::SshTarget> {
            if (machine != QLatin1String("web1"))
                return Error::notFound(QStringLiteral("no machine %1").arg(machine));
            ssh::SshTarget t;
            t.host = QStringLiteral("127.0.0.41");
            t.port = port;
            t.user = user;
            t.identityFiles = {key};
            t.label = machine;
            return t;
        },
        options);

    const QList<QPair<QString, CheckStatus>> runs{
        {QStringLiteral("check_procs -w 1 -c 1000000"), CheckStatus::Warning},
        {QStringLiteral("check_load -w 1000,1000,1000 -c 2000,2000,2000"), CheckStatus::Ok},
        {QStringLiteral("check_disk -w 100% -c 100% -p /"), CheckStatus::Critical},
        {QStringLiteral("check_load"), CheckStatus::Unknown},
    };
    for (const auto& [command, status] : runs) {
        NagiosProbe probe(
            probeCheck(CheckKind::Nagios, {{"command", kPlugins + command}, {"over_ssh", true}}), &poller);
        const ProbeResult r = runProbe(probe, QStringLiteral("web1"), 60000);
        QVERIFY2(r.status == status, qPrintable(command + QStringLiteral(": ") + r.message));
        if (status != CheckStatus::Unknown)
            QVERIFY2(!r.perf.isEmpty(), qPrintable(r.message));
    }
    QCOMPARE(poller.connectionsOpened(), 1); // one kept connection for every run
}

void tst_NagiosProbe::overSshFailures()
{
    if (!m_sshd || !m_sshd->started())
        QSKIP("needs the sshd of overSsh");
    const QString known = m_tmp.filePath(QStringLiteral("known_hosts"));
    ssh::KnownHostsStore store({}, known);
    ssh::SshEngine engine(store, nullptr, 1);
    SshSourcePoller::Options options;
    options.ssh.useAgent = false;
    options.ssh.useDefaultKeys = false;
    const quint16 port = m_sshd->reported(QStringLiteral("PORT")).toUShort();
    const QString key = m_sshd->reported(QStringLiteral("KEY_DIR")) + QStringLiteral("/id_ed25519");
    const QString user = m_sshd->reported(QStringLiteral("USER"));
    SshSourcePoller poller(
        &engine,
        [=](const QString&) -> Result<ssh::SshTarget> {
            ssh::SshTarget t;
            t.host = QStringLiteral("127.0.0.42");
            t.port = port;
            t.user = user;
            t.identityFiles = {key};
            return t;
        },
        options);
    // A plugin that hangs on the host: unknown at the timeout.
    NagiosProbe hang(probeCheck(CheckKind::Nagios, {{"command", "sleep 60"}, {"over_ssh", true}}), &poller);
    hang.setTimeoutMs(1500);
    ProbeResult r = runProbe(hang, QStringLiteral("web2"), 60000);
    QCOMPARE(r.status, CheckStatus::Unknown);
    QVERIFY2(r.message.contains(QStringLiteral("no answer")), qPrintable(r.message));
    // Prints nothing, exits 255 on the host.
    NagiosProbe broken(probeCheck(CheckKind::Nagios, {{"command", "exit 255"}, {"over_ssh", true}}), &poller);
    r = runProbe(broken, QStringLiteral("web2"), 60000);
    QCOMPARE(r.status, CheckStatus::Unknown);
    QVERIFY2(r.message.contains(QStringLiteral("255")), qPrintable(r.message));
    // Over SSH without a machine, or without an SSH engine.
    r = runProbe(broken, QString());
    QCOMPARE(r.status, CheckStatus::Unknown);
    QVERIFY2(r.message.contains(QStringLiteral("needs a machine")), qPrintable(r.message));
    NagiosProbe noEngine(probeCheck(CheckKind::Nagios, {{"command", "true"}, {"over_ssh", true}}));
    r = runProbe(noEngine, QStringLiteral("web2"));
    QCOMPARE(r.status, CheckStatus::Unknown);
}

QTEST_GUILESS_MAIN(tst_NagiosProbe)
#include "tst_nagiosprobe.moc"
