// `opsdeck deploy`, `relation notify` and `job retry` against a real sshd: each machine
// is a loopback address, and the service's deploy root holds {machine}, so every "host"
// gets its own tree in this test's temporary folder and the test reads the results there.

#include "DeployTestSupport.h"

#include <QTemporaryDir>
#include <QTest>

using opsdeck::test::hostStates;
using opsdeck::test::lastJob;
using opsdeck::test::readAll;
using opsdeck::test::RealServer;
using opsdeck::test::runCli;

class TestDeployIntegration : public QObject
{
    Q_OBJECT

    std::unique_ptr<RealServer> m_sshd;
    QTemporaryDir m_home;
    quint16 m_port = 0;
    QString m_root; // deploy roots: <m_root>/<machine>

    opsdeck::test::CliRun cli(const QStringList& args) { return runCli(args); }

    void ok(const QStringList& args)
    {
        const QString failure = opsdeck::test::cliFailure(args);
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
    }

    QString current(const QString& machine, const QString& unit = QStringLiteral("web_8080")) const
    {
        return opsdeck::test::currentRelease(m_root, machine, unit);
    }

    QString package(const QString& name, const QString& startHook)
    {
        return opsdeck::test::writeHookPackage(m_home.path(), name, startHook);
    }

private slots:
    void initTestCase()
    {
        m_port = opsdeck::test::freeTcpPort();
        m_sshd =
            std::make_unique<RealServer>(QStringLiteral("sshd.sh"), QStringList{QString::number(m_port)});
        OPSDECK_REQUIRE_SERVER(*m_sshd);
        QVERIFY(opsdeck::test::prepareSshClientHome(*m_sshd, m_home.path()));
        m_root = m_home.filePath(QStringLiteral("hosts"));

        const QString user = m_sshd->reported(QStringLiteral("USER"));
        ok({QStringLiteral("tree"), QStringLiteral("add"), QStringLiteral("shop/web"),
            QStringLiteral("--kind"), QStringLiteral("service")});
        ok({QStringLiteral("tree"), QStringLiteral("add"), QStringLiteral("shop/db"),
            QStringLiteral("--kind"), QStringLiteral("service")});
        ok({QStringLiteral("relation"), QStringLiteral("add"), QStringLiteral("shop/web"),
            QStringLiteral("--needs"), QStringLiteral("shop/db")});
        const QString machines = opsdeck::test::addReadyMachines(21, 25, m_port, user);
        QVERIFY2(machines.isEmpty(), qPrintable(machines));
        // db's unit first: no web unit needs it yet, so no upstream update runs.
        ok({QStringLiteral("unit"), QStringLiteral("add"), QStringLiteral("shop/db"),
            QStringLiteral("--machine"), QStringLiteral("m25"), QStringLiteral("--port"),
            QStringLiteral("5432")});
        for (int i = 21; i <= 24; ++i)
            ok({QStringLiteral("unit"), QStringLiteral("add"), QStringLiteral("shop/web"),
                QStringLiteral("--machine"), QStringLiteral("m%1").arg(i), QStringLiteral("--port"),
                QStringLiteral("8080")});
        const QString tpl = m_home.filePath(QStringLiteral("web.conf"));
        QFile t(tpl);
        QVERIFY(t.open(QIODevice::WriteOnly));
        t.write("listen {{address}}:{{port}}\nid={{unit_id}}\ndb={{relation.db}}\n");
        t.close();
        ok({QStringLiteral("service"), QStringLiteral("set"), QStringLiteral("shop/web"),
            QStringLiteral("--deploy-root"), m_root + QStringLiteral("/{machine}"),
            QStringLiteral("--config-template"), tpl, QStringLiteral("--health-cmd"),
            QStringLiteral("test -s opsdeck-config")});
        ok({QStringLiteral("service"), QStringLiteral("set"), QStringLiteral("shop/db"),
            QStringLiteral("--deploy-root"), m_root + QStringLiteral("/{machine}")});
    }

    void aBadPackageIsRefusedBeforeAnythingIsSent()
    {
        const QString bad = m_home.filePath(QStringLiteral("bad.tar.gz"));
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(opsdeck::test::buildTar(QStringLiteral(R"([("bin/app", 0o755, b"x", None)])")));
        f.close();
        const auto r = cli({QStringLiteral("deploy"), QStringLiteral("shop/web"), QStringLiteral("--package"),
                            bad, QStringLiteral("--accept-new")});
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains("no hooks"), r.err.constData());
        QVERIFY(!QFileInfo::exists(m_root)); // nothing reached any host
    }

    void deployEveryUnit()
    {
        const QString pkg = package(QStringLiteral("r1.tar.gz"),
                                    QStringLiteral(R"(#!/bin/sh\necho started $OPSDECK_UNIT\n)"));
        QVERIFY(!pkg.isEmpty());
        const auto r =
            cli({QStringLiteral("deploy"), QStringLiteral("shop/web"), QStringLiteral("--package"), pkg,
                 QStringLiteral("--release"), QStringLiteral("r1"), QStringLiteral("--accept-new"),
                 QStringLiteral("--parallel"), QStringLiteral("4")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.out.contains("m21: > upload\n") && r.out.contains("m21: started web_8080\n"),
                 r.out.constData());
        QVERIFY(r.out.contains("4 host(s): 4 ok, 0 failed"));
        for (int i = 21; i <= 24; ++i) {
            const QString m = QStringLiteral("m%1").arg(i);
            QCOMPARE(current(m), QStringLiteral("r1"));
            const QString rel = QStringLiteral("%1/%2/web_8080/releases/r1/").arg(m_root, m);
            QCOMPARE(readAll(rel + QStringLiteral("opsdeck-config")),
                     QStringLiteral("listen 127.0.0.%1:8080\nid=%2\ndb=127.0.0.25:5432\n")
                         .arg(i)
                         .arg(i - 20)
                         .toUtf8());
            const QByteArray env = readAll(rel + QStringLiteral("installed.env"));
            QVERIFY2(env.contains("OPSDECK_SERVICE=shop/web\n") && env.contains("OPSDECK_UNIT=web_8080\n") &&
                         env.contains("OPSDECK_PORT=8080\n"),
                     env.constData());
            QCOMPARE(readAll(rel + QStringLiteral("relations.seen")),
                     QByteArray(R"({"db":["127.0.0.25:5432"]})"));
        }
        const QJsonObject job = lastJob();
        QCOMPARE(job.value(QStringLiteral("kind")).toString(), QStringLiteral("deploy"));
        QCOMPARE(job.value(QStringLiteral("state")).toString(), QStringLiteral("ok"));
        QCOMPARE(job.value(QStringLiteral("hosts"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("step"))
                     .toString(),
                 QStringLiteral("health"));
    }

    // A start hook failing on m23: with --rollback it goes back to r1 and starts there.
    void rollbackOnTheFailingUnit()
    {
        const QString pkg = package(
            QStringLiteral("r2.tar.gz"),
            QStringLiteral(
                R"(#!/bin/sh\ncase $OPSDECK_MACHINE in m23) echo broken >&2; exit 5;; esac\necho r2 up\n)"));
        const auto r =
            cli({QStringLiteral("deploy"), QStringLiteral("shop/web"), QStringLiteral("--package"), pkg,
                 QStringLiteral("--release"), QStringLiteral("r2"), QStringLiteral("--rollback")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("m23: exit status 5"), r.err.constData());
        QCOMPARE(current(QStringLiteral("m23")), QStringLiteral("r1"));
        for (const char* m : {"m21", "m22", "m24"})
            QCOMPARE(current(QString::fromLatin1(m)), QStringLiteral("r2"));
        QVERIFY2(r.out.contains("m23: > rollback\n"), r.out.constData());
        const QJsonObject job = lastJob();
        QCOMPARE(hostStates(job), (QStringList{QStringLiteral("m21=ok"), QStringLiteral("m22=ok"),
                                               QStringLiteral("m23=failed"), QStringLiteral("m24=ok")}));
    }

    // The canary fails: the rest are never reached and stay pending; then job retry runs
    // only those that failed or never ran, as a new job linked to the old one.
    void aFailingCanaryStopsTheRolloutAndRetryRunsTheRest()
    {
        const QString pkg = package(
            QStringLiteral("r3.tar.gz"),
            QStringLiteral(
                R"(#!/bin/sh\n[ -e /nonexistent-$OPSDECK_MACHINE ] || [ $OPSDECK_MACHINE != m21 ] || exit 9\n)"));
        const auto r =
            cli({QStringLiteral("deploy"), QStringLiteral("shop/web"), QStringLiteral("--package"), pkg,
                 QStringLiteral("--release"), QStringLiteral("r3"), QStringLiteral("--canary"),
                 QStringLiteral("1"), QStringLiteral("--batch"), QStringLiteral("2")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("canary"), r.err.constData());
        QVERIFY(r.out.contains("4 host(s): 0 ok, 1 failed, 3 not reached"));
        const QJsonObject job = lastJob();
        QCOMPARE(hostStates(job),
                 (QStringList{QStringLiteral("m21=failed"), QStringLiteral("m22=pending"),
                              QStringLiteral("m23=pending"), QStringLiteral("m24=pending")}));
        QCOMPARE(current(QStringLiteral("m22")), QStringLiteral("r2")); // untouched

        const QString id = QString::number(job.value(QStringLiteral("id")).toInteger());
        const auto retry = cli({QStringLiteral("job"), QStringLiteral("retry"), id});
        QCOMPARE(retry.exitCode, 1); // m21 fails again
        const QJsonObject again = lastJob();
        QCOMPARE(again.value(QStringLiteral("retry_of")).toInteger(),
                 job.value(QStringLiteral("id")).toInteger());
        QCOMPARE(hostStates(again).size(), 4); // the failed one and the three never reached
        QCOMPARE(current(QStringLiteral("m22")), QStringLiteral("r3"));
    }

    // yiqiu's upstream update: db's units changed, every web unit gets relation-changed.
    void relationNotifyReachesEveryUpstreamUnit()
    {
        ok({QStringLiteral("unit"), QStringLiteral("add"), QStringLiteral("shop/db"),
            QStringLiteral("--machine"), QStringLiteral("m24"), QStringLiteral("--port"),
            QStringLiteral("5432"), QStringLiteral("--no-notify")});
        const auto r = cli({QStringLiteral("relation"), QStringLiteral("notify"), QStringLiteral("shop/db")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        for (int i = 21; i <= 24; ++i) {
            const QString seen = QStringLiteral("%1/m%2/web_8080/current/relations.seen").arg(m_root).arg(i);
            QCOMPARE(readAll(seen), QByteArray(R"({"db":["127.0.0.24:5432","127.0.0.25:5432"]})"));
        }
        QCOMPARE(lastJob().value(QStringLiteral("kind")).toString(), QStringLiteral("relation-changed"));
    }
};

QTEST_GUILESS_MAIN(TestDeployIntegration)
#include "tst_deploy_integration.moc"
