// Faults against real sshds (tests/integration/scripts/sshd.sh), each loopback address a
// host: bad packages refused before anything is sent, 100 MB of output from one host,
// Opsdeck SIGKILLed mid-deploy, and an sshd killed mid-job.

#include "../deploy/PackageBuilder.h"
#include "RealServer.h"

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <csignal>

using opsdeck::test::RealServer;
using opsdeck::test::runCli;

namespace {

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Every process below `pid` (children first listed by the kernel), deepest last.
QList<qint64> descendants(qint64 pid)
{
    QList<qint64> out;
    const QByteArray children = readAll(QStringLiteral("/proc/%1/task/%1/children").arg(pid)).trimmed();
    for (const QByteArray& c : children.split(' '))
        if (const qint64 child = c.toLongLong(); child > 0)
            out << child << descendants(child);
    return out;
}

// The peak resident set (VmHWM) of a process in KiB, 0 when it is gone.
qint64 peakKiB(qint64 pid)
{
    for (const QByteArray& line : readAll(QStringLiteral("/proc/%1/status").arg(pid)).split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    return 0;
}

QJsonObject jobJson(qint64 id)
{
    return QJsonDocument::fromJson(runCli({QStringLiteral("job"), QStringLiteral("show"), QString::number(id),
                                           QStringLiteral("--format"), QStringLiteral("json")})
                                       .out)
        .object();
}

QJsonArray jobs()
{
    return QJsonDocument::fromJson(runCli({QStringLiteral("job"), QStringLiteral("list"),
                                           QStringLiteral("--format"), QStringLiteral("json")})
                                       .out)
        .object()
        .value(QStringLiteral("jobs"))
        .toArray();
}

QJsonObject hostOf(const QJsonObject& job, const QString& machine)
{
    for (const QJsonValue& h : job.value(QStringLiteral("hosts")).toArray())
        if (h.toObject().value(QStringLiteral("machine")).toString() == machine)
            return h.toObject();
    return {};
}

} // namespace

class TestJobFaults : public QObject
{
    Q_OBJECT

    std::unique_ptr<RealServer> m_a; // killed by sshdKilledMidJob
    std::unique_ptr<RealServer> m_b;
    QTemporaryDir m_home;
    quint16 m_portA = 0;
    quint16 m_portB = 0;

    QString host(int last, quint16 port) const { return QStringLiteral("127.0.0.%1:%2").arg(last).arg(port); }

    struct Peak
    {
        int exitCode = -1;
        qint64 kib = 0; // VmHWM seen last before the process ended
        QByteArray err;
    };

    // Runs opsdeck with stdout to /dev/null, sampling its peak resident set until it ends.
    static Peak runMeasured(const QStringList& args)
    {
        QProcess p;
        p.setStandardOutputFile(QProcess::nullDevice());
        p.start(QStringLiteral(OPSDECK_BINARY), args);
        Peak out;
        if (!p.waitForStarted())
            return out;
        const qint64 pid = p.processId();
        QTimer sample;
        QObject::connect(&sample, &QTimer::timeout, [&] { out.kib = std::max(out.kib, peakKiB(pid)); });
        sample.start(10);
        QEventLoop loop; // the sampling timer runs while the process does
        QObject::connect(&p, &QProcess::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(240000, &loop, &QEventLoop::quit); // a hung run fails below
        if (p.state() != QProcess::NotRunning)
            loop.exec();
        out.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        out.err = p.readAllStandardError();
        return out;
    }

    void ok(const QStringList& args)
    {
        const auto r = runCli(args);
        QVERIFY2(r.exitCode == 0,
                 qPrintable(args.join(QLatin1Char(' ')) + QStringLiteral(": ") + QString::fromUtf8(r.err)));
    }

    QString writePackage(const QString& name, const QString& entries)
    {
        const QByteArray bytes = opsdeck::test::buildTar(entries);
        QFile f(m_home.filePath(name));
        if (bytes.isEmpty() || !f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            return {};
        return f.fileName();
    }

private slots:
    void initTestCase()
    {
        m_portA = opsdeck::test::freeTcpPort();
        m_a = std::make_unique<RealServer>(QStringLiteral("sshd.sh"), QStringList{QString::number(m_portA)});
        OPSDECK_REQUIRE_SERVER(*m_a);
        m_portB = opsdeck::test::freeTcpPort();
        m_b = std::make_unique<RealServer>(QStringLiteral("sshd.sh"), QStringList{QString::number(m_portB)});
        OPSDECK_REQUIRE_SERVER(*m_b);
        const QString key = m_a->reported(QStringLiteral("KEY_DIR")) + QStringLiteral("/id_ed25519");
        QVERIFY(opsdeck::test::prepareSshClientHome(*m_a, m_home.path()));
        // The second sshd accepts the first one's key too.
        QFile authorized(m_b->dir() + QStringLiteral("/authorized_keys"));
        QVERIFY(authorized.open(QIODevice::Append));
        authorized.write(readAll(key + QStringLiteral(".pub")));
        authorized.close();
    }

    // A non-executable hook or a path out of the package: refused before anything is
    // sent: no job row, nothing on the host.
    void badPackagesAreRefusedBeforeAnythingIsSent()
    {
        const QString root = m_home.filePath(QStringLiteral("hosts"));
        ok({QStringLiteral("tree"), QStringLiteral("add"), QStringLiteral("shop/web"),
            QStringLiteral("--kind"), QStringLiteral("service")});
        ok({QStringLiteral("machine"), QStringLiteral("add"), QStringLiteral("m51"),
            QStringLiteral("--address"), QStringLiteral("127.0.0.51"), QStringLiteral("--port"),
            QString::number(m_portA), QStringLiteral("--user"), m_a->reported(QStringLiteral("USER"))});
        for (const char* event : {"init", "online"})
            ok({QStringLiteral("machine"), QStringLiteral("transition"), QStringLiteral("m51"),
                QString::fromLatin1(event)});
        ok({QStringLiteral("unit"), QStringLiteral("add"), QStringLiteral("shop/web"),
            QStringLiteral("--machine"), QStringLiteral("m51"), QStringLiteral("--port"),
            QStringLiteral("8080")});
        ok({QStringLiteral("service"), QStringLiteral("set"), QStringLiteral("shop/web"),
            QStringLiteral("--deploy-root"), root + QStringLiteral("/{machine}")});
        const int jobsBefore = jobs().size();

        const QString notExec = writePackage(
            QStringLiteral("noexec.tar.gz"),
            QStringLiteral(
                R"([("bin/app", 0o755, b"x", None), ("hooks/start", 0o644, b"#!/bin/sh\n", None)])"));
        const QString escapes = writePackage(
            QStringLiteral("escape.tar.gz"),
            QStringLiteral(
                R"([("hooks/start", 0o755, b"#!/bin/sh\n", None), ("../../etc/evil", 0o644, b"x", None)])"));
        QVERIFY(!notExec.isEmpty() && !escapes.isEmpty());
        for (const auto& [pkg, why] : {std::pair{notExec, QByteArray("hooks/start is not executable")},
                                       std::pair{escapes, QByteArray("points outside the package")}}) {
            const auto r = runCli({QStringLiteral("deploy"), QStringLiteral("shop/web"),
                                   QStringLiteral("--package"), pkg, QStringLiteral("--accept-new")});
            QCOMPARE(r.exitCode, 3);
            QVERIFY2(r.err.contains(why), r.err.constData());
        }
        QCOMPARE(jobs().size(), jobsBefore);
        QVERIFY(!QFileInfo::exists(root));
        // Nothing was even dialled: the host key was never seen.
        QVERIFY(!readAll(m_home.filePath(QStringLiteral("data/opsdeck/known_hosts"))).contains("127.0.0.51"));
    }

    // 100 MB from one host: kept up to the cap (8 MiB), the rest counted and said, the
    // other host finishes, and Opsdeck's memory does not follow the output.
    void hundredMegabytesFromOneHost()
    {
        const QString loud = host(52, m_portA);
        const QString quiet = host(53, m_portA);
        const Peak idle =
            runMeasured({QStringLiteral("run"), QStringLiteral("--hosts"), quiet,
                         QStringLiteral("--accept-new"), QStringLiteral("--"), QStringLiteral("true")});
        QVERIFY2(idle.exitCode == 0, idle.err.constData());
        const Peak loudRun = runMeasured(
            {QStringLiteral("run"), QStringLiteral("--hosts"), loud + QLatin1Char(',') + quiet,
             QStringLiteral("--accept-new"), QStringLiteral("--"),
             QStringLiteral("case $SSH_CONNECTION in *127.0.0.52*) yes "
                            "0123456789012345678901234567890123456789012345678901234567890123456789 | "
                            "head -c 104857600;; *) echo quiet-done;; esac")});
        QVERIFY2(loudRun.exitCode == 0, loudRun.err.constData());
        qInfo("peak resident set of opsdeck run: %lld KiB with 100 MB of output, %lld KiB without",
              loudRun.kib, idle.kib);
        QVERIFY(idle.kib > 0);
        // The 8 MiB kept and SQLite's pages, not the 100 MB (measured: 22 to 32 MiB more; before
        // the runner dropped what passed the cap, 71 MiB more). Not under ASan: its quarantine
        // keeps up to 256 MiB of freed memory resident, so the peak says nothing there.
#if !defined(__SANITIZE_ADDRESS__)
        QVERIFY2(
            loudRun.kib - idle.kib < 48 * 1024,
            qPrintable(QStringLiteral("VmHWM %1 KiB, %2 KiB without output").arg(loudRun.kib).arg(idle.kib)));
#endif

        const qint64 id = jobs().first().toObject().value(QStringLiteral("id")).toInteger();
        const QJsonObject job = jobJson(id);
        QCOMPARE(job.value(QStringLiteral("state")).toString(), QStringLiteral("ok"));
        QCOMPARE(hostOf(job, quiet).value(QStringLiteral("state")).toString(), QStringLiteral("ok"));
        const auto log = runCli({QStringLiteral("job"), QStringLiteral("log"), QString::number(id),
                                 QStringLiteral("--host"), loud});
        QCOMPARE(log.out.size(), 8 * 1024 * 1024);
        QVERIFY2(log.err.contains(QStringLiteral("%1: %2 bytes of output past the cap of 8388608 bytes")
                                      .arg(loud)
                                      .arg(104857600 - 8 * 1024 * 1024)
                                      .toUtf8()),
                 log.err.constData());
        const auto quietLog = runCli({QStringLiteral("job"), QStringLiteral("log"), QString::number(id),
                                      QStringLiteral("--host"), quiet});
        QCOMPARE(quietLog.out, QByteArray("quiet-done\n"));
    }

    // Opsdeck SIGKILLed while every unit's start hook runs: the job shows interrupted with
    // each host's last step, the database is intact, and `current` still names the
    // complete release it named before.
    void opsdeckKilledMidDeploy()
    {
        const QString root = m_home.filePath(QStringLiteral("hosts"));
        for (int i : {54, 55}) {
            const QString m = QStringLiteral("m%1").arg(i);
            ok({QStringLiteral("machine"), QStringLiteral("add"), m, QStringLiteral("--address"),
                QStringLiteral("127.0.0.%1").arg(i), QStringLiteral("--port"), QString::number(m_portA),
                QStringLiteral("--user"), m_a->reported(QStringLiteral("USER"))});
            for (const char* event : {"init", "online"})
                ok({QStringLiteral("machine"), QStringLiteral("transition"), m, QString::fromLatin1(event)});
            ok({QStringLiteral("unit"), QStringLiteral("add"), QStringLiteral("shop/web"),
                QStringLiteral("--machine"), m, QStringLiteral("--port"), QStringLiteral("8080")});
        }
        const QStringList machines{QStringLiteral("m51"), QStringLiteral("m54"), QStringLiteral("m55")};
        const QString r1 = m_home.filePath(QStringLiteral("r1.tar.gz"));
        QFile f1(r1);
        QVERIFY(f1.open(QIODevice::WriteOnly));
        f1.write(opsdeck::test::hookPackage(QStringLiteral(R"(#!/bin/sh\necho r1 up\n)")));
        f1.close();
        ok({QStringLiteral("deploy"), QStringLiteral("shop/web"), QStringLiteral("--package"), r1,
            QStringLiteral("--release"), QStringLiteral("r1"), QStringLiteral("--accept-new")});

        const QString gate = m_home.filePath(QStringLiteral("deploy-gate"));
        const QString r2 = m_home.filePath(QStringLiteral("r2.tar.gz"));
        QFile f2(r2);
        QVERIFY(f2.open(QIODevice::WriteOnly));
        f2.write(opsdeck::test::hookPackage(
            QStringLiteral(
                R"(#!/bin/sh\necho waiting-$OPSDECK_MACHINE\nwhile [ ! -e %1 ]; do sleep 0.05; done\n)")
                .arg(gate)));
        f2.close();
        QProcess p;
        p.start(QStringLiteral(OPSDECK_BINARY),
                {QStringLiteral("deploy"), QStringLiteral("shop/web"), QStringLiteral("--package"), r2,
                 QStringLiteral("--release"), QStringLiteral("r2")});
        QVERIFY(p.waitForStarted());
        QByteArray out;
        QObject::connect(&p, &QProcess::readyReadStandardOutput, [&] { out += p.readAllStandardOutput(); });
        QTRY_VERIFY_WITH_TIMEOUT(std::all_of(machines.begin(), machines.end(),
                                             [&](const QString& m) {
                                                 return out.contains(m.toUtf8() + ": waiting-" + m.toUtf8());
                                             }),
                                 60000);
        p.kill(); // SIGKILL
        QVERIFY(p.waitForFinished());
        QCOMPARE(p.exitStatus(), QProcess::CrashExit);

        const QJsonObject last = jobs().first().toObject();
        QCOMPARE(last.value(QStringLiteral("state")).toString(), QStringLiteral("interrupted"));
        const QJsonObject job = jobJson(last.value(QStringLiteral("id")).toInteger());
        for (const QString& m : machines) {
            const QJsonObject h = hostOf(job, m);
            QCOMPARE(h.value(QStringLiteral("state")).toString(), QStringLiteral("interrupted"));
            QCOMPARE(h.value(QStringLiteral("step")).toString(), QStringLiteral("start"));
            const QString unit = QStringLiteral("%1/%2/web_8080").arg(root, m);
            // current: still r1, a release whose unpack finished; r2 unpacked, never switched to.
            QCOMPARE(
                QFileInfo(unit + QStringLiteral("/current")).symLinkTarget().section(QLatin1Char('/'), -1),
                QStringLiteral("r1"));
            QVERIFY(QFileInfo(unit + QStringLiteral("/current/bin/app")).isExecutable());
            QVERIFY(QFileInfo(unit + QStringLiteral("/current/hooks/start")).isExecutable());
            QVERIFY(QFileInfo::exists(unit + QStringLiteral("/releases/r2/bin/app")));
        }

        const auto status = runCli({QStringLiteral("db"), QStringLiteral("status"),
                                    QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(status.exitCode, 0);
        const QJsonObject row = QJsonDocument::fromJson(status.out)
                                    .object()
                                    .value(QStringLiteral("databases"))
                                    .toArray()
                                    .first()
                                    .toObject();
        QVERIFY2(row.value(QStringLiteral("problem")).isNull(), status.out.constData());
        QVERIFY(row.value(QStringLiteral("writable")).toBool());
        {
            QSqlDatabase check =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
            check.setDatabaseName(m_home.filePath(QStringLiteral("opsdeck.sqlite")));
            QVERIFY(check.open());
            QSqlQuery q(check);
            QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("check"));
        QVERIFY(QFile(gate).open(QIODevice::WriteOnly)); // lets the orphaned start hooks end
    }

    // The first sshd and its sessions die while every host runs: its hosts fail with a
    // network error, the second sshd's hosts go on and finish ok, the job ends failed.
    void sshdKilledMidJob()
    {
        const QString gate = m_home.filePath(QStringLiteral("gate"));
        const QStringList onA{host(41, m_portA), host(42, m_portA), host(43, m_portA)};
        const QStringList onB{host(44, m_portB), host(45, m_portB)};
        QProcess p;
        p.start(
            QStringLiteral(OPSDECK_BINARY),
            {QStringLiteral("run"), QStringLiteral("--hosts"), (onA + onB).join(QLatin1Char(',')),
             QStringLiteral("--accept-new"), QStringLiteral("--"),
             QStringLiteral("echo started; while [ ! -e %1 ]; do sleep 0.05; done; echo done").arg(gate)});
        QVERIFY(p.waitForStarted());
        QByteArray out;
        QObject::connect(&p, &QProcess::readyReadStandardOutput, [&] { out += p.readAllStandardOutput(); });
        QTRY_VERIFY_WITH_TIMEOUT(out.count("started\n") == 5, 60000);

        const qint64 sshd = readAll(m_a->dir() + QStringLiteral("/sshd.pid")).trimmed().toLongLong();
        QVERIFY(sshd > 0);
        const QList<qint64> sessions = descendants(sshd);
        QVERIFY(!sessions.isEmpty());
        ::kill(pid_t(sshd), SIGKILL);
        for (qint64 pid : sessions)
            ::kill(pid_t(pid), SIGKILL);
        // The killed hosts are reported while the others still wait at the gate.
        QByteArray err;
        QObject::connect(&p, &QProcess::readyReadStandardError, [&] { err += p.readAllStandardError(); });
        QTRY_VERIFY_WITH_TIMEOUT(
            std::all_of(onA.begin(), onA.end(),
                        [&](const QString& h) { return err.contains(h.toUtf8() + ": "); }),
            60000);
        QVERIFY(p.state() == QProcess::Running);
        QFile(gate).open(QIODevice::WriteOnly);
        QTRY_VERIFY_WITH_TIMEOUT(p.state() == QProcess::NotRunning, 60000);
        out += p.readAllStandardOutput();
        err += p.readAllStandardError();
        QCOMPARE(p.exitCode(), 1);
        for (const QString& h : onB)
            QVERIFY2(out.contains(h.toUtf8() + ": done\n"), out.constData());
        QVERIFY2(out.contains("5 host(s): 2 ok, 3 failed"), out.constData());

        const QJsonObject job = jobJson(jobs().first().toObject().value(QStringLiteral("id")).toInteger());
        QCOMPARE(job.value(QStringLiteral("state")).toString(), QStringLiteral("failed"));
        for (const QString& h : onA) {
            const QJsonObject row = hostOf(job, h);
            QCOMPARE(row.value(QStringLiteral("state")).toString(), QStringLiteral("failed"));
            const QString error = row.value(QStringLiteral("error")).toString();
            qInfo("%s: %s", qPrintable(h), qPrintable(error));
            QVERIFY2(!error.isEmpty() && !error.contains(QStringLiteral("exit status")), qPrintable(error));
            QVERIFY2(err.contains(h.toUtf8() + ": " + error.toUtf8()), err.constData());
        }
        for (const QString& h : onB)
            QCOMPARE(hostOf(job, h).value(QStringLiteral("state")).toString(), QStringLiteral("ok"));
    }
};

QTEST_GUILESS_MAIN(TestJobFaults)
#include "tst_job_faults.moc"
