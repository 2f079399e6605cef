// `opsdeck deploy --gate` against the real sshd (each loopback address a host) with a real
// check_dummy on the service's node: a passing gate lets every batch through; a failing
// one pauses the deploy (stderr and the job's pause_reason say why), the gate is asked
// again every --gate-retry seconds, and once the check passes the deploy ends ok.

#include "../deploy/DeployTestSupport.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using opsdeck::test::hostStates;
using opsdeck::test::lastJob;
using opsdeck::test::RealServer;
using opsdeck::test::runCli;

namespace {
const QString kDummy = QStringLiteral("/usr/lib/nagios/plugins/check_dummy");
}

class TestDeployGateCli : public QObject
{
    Q_OBJECT

    std::unique_ptr<RealServer> m_sshd;
    QTemporaryDir m_home;
    QString m_root;

    void ok(const QStringList& args)
    {
        const QString failure = opsdeck::test::cliFailure(args);
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
    }
    // The gate's check on the service's node, (re)defined with check_dummy's `code`.
    void gateCheck(int code, const QString& text)
    {
        runCli({QStringLiteral("check"), QStringLiteral("remove"), QStringLiteral("web-health")});
        ok({QStringLiteral("check"), QStringLiteral("add"), QStringLiteral("nagios"),
            QStringLiteral("--name"), QStringLiteral("web-health"), QStringLiteral("--node"),
            QStringLiteral("shop/web"), QStringLiteral("--command"),
            QStringLiteral("%1 %2 '%3'").arg(kDummy).arg(code).arg(text)});
    }
    QStringList deployArgs(const QString& release) const
    {
        return {QStringLiteral("deploy"),
                QStringLiteral("shop/web"),
                QStringLiteral("--package"),
                m_home.filePath(QStringLiteral("pkg.tar.gz")),
                QStringLiteral("--release"),
                release,
                QStringLiteral("--accept-new"),
                QStringLiteral("--batch"),
                QStringLiteral("1"),
                QStringLiteral("--gate"),
                QStringLiteral("web-health"),
                QStringLiteral("--gate-retry"),
                QStringLiteral("1")};
    }

private slots:
    void initTestCase()
    {
        if (!QFile::exists(kDummy))
            OPSDECK_SKIP_OR_FAIL("monitoring-plugins-basic is not installed (check_dummy)");
        m_sshd = std::make_unique<RealServer>(QStringLiteral("sshd.sh"),
                                              QStringList{QString::number(opsdeck::test::freeTcpPort())});
        OPSDECK_REQUIRE_SERVER(*m_sshd);
        QVERIFY(opsdeck::test::prepareSshClientHome(*m_sshd, m_home.path()));
        m_root = m_home.filePath(QStringLiteral("hosts"));
        ok({QStringLiteral("tree"), QStringLiteral("add"), QStringLiteral("shop/web"),
            QStringLiteral("--kind"), QStringLiteral("service")});
        const QString machines = opsdeck::test::addReadyMachines(
            41, 43, quint16(m_sshd->reported(QStringLiteral("PORT")).toUInt()),
            m_sshd->reported(QStringLiteral("USER")));
        QVERIFY2(machines.isEmpty(), qPrintable(machines));
        for (int i = 41; i <= 43; ++i)
            ok({QStringLiteral("unit"), QStringLiteral("add"), QStringLiteral("shop/web"),
                QStringLiteral("--machine"), QStringLiteral("m%1").arg(i), QStringLiteral("--port"),
                QStringLiteral("8080")});
        // The gate's check on shop/web runs on the machines bound to the node.
        for (int i = 41; i <= 43; ++i)
            ok({QStringLiteral("tree"), QStringLiteral("bind"), QStringLiteral("shop/web"),
                QStringLiteral("--machine"), QStringLiteral("m%1").arg(i)});
        ok({QStringLiteral("service"), QStringLiteral("set"), QStringLiteral("shop/web"),
            QStringLiteral("--deploy-root"), m_root + QStringLiteral("/{machine}")});
        QVERIFY(!opsdeck::test::writeHookPackage(m_home.path(), QStringLiteral("pkg.tar.gz"),
                                                 QStringLiteral(R"(#!/bin/sh\necho started\n)"))
                     .isEmpty());
    }

    void aPassingGateLetsEveryBatchThrough()
    {
        gateCheck(0, QStringLiteral("fine"));
        const auto r = runCli(deployArgs(QStringLiteral("r1")));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.err.contains("gate after batch 1: passed") && r.err.contains("gate after batch 2: passed"),
                 r.err.constData());
        QVERIFY2(!r.err.contains("gate after batch 3"), r.err.constData()); // none after the last
        const QJsonObject job = lastJob();
        QCOMPARE(job.value(QStringLiteral("state")).toString(), QStringLiteral("ok"));
        QCOMPARE(job.value(QStringLiteral("pause_reason")).toString(), QString());
    }

    void aFailingGatePausesUntilTheCheckPasses()
    {
        gateCheck(2, QStringLiteral("HTTP 503"));
        QProcess p;
        QByteArray err;
        connect(&p, &QProcess::readyReadStandardError, this, [&] { err += p.readAllStandardError(); });
        p.setStandardOutputFile(QProcess::nullDevice());
        p.start(QStringLiteral(OPSDECK_BINARY), deployArgs(QStringLiteral("r2")));
        QVERIFY(p.waitForStarted());
        QTRY_VERIFY2_WITH_TIMEOUT(err.contains("paused after batch 1"), err.constData(), 60000);
        QVERIFY2(err.contains("gate: web-health on m41 is critical: CRITICAL: HTTP 503"), err.constData());
        QVERIFY2(err.contains("Ctrl-C cancels"), err.constData());

        QJsonObject job = lastJob();
        QCOMPARE(job.value(QStringLiteral("state")).toString(), QStringLiteral("paused"));
        QCOMPARE(job.value(QStringLiteral("pause_reason")).toString(),
                 QStringLiteral("gate: web-health on m41 is critical: CRITICAL: HTTP 503"));
        QCOMPARE(hostStates(job), (QStringList{QStringLiteral("m41=ok"), QStringLiteral("m42=pending"),
                                               QStringLiteral("m43=pending")}));

        gateCheck(0, QStringLiteral("back"));
        QVERIFY(p.waitForFinished(60000));
        err += p.readAllStandardError();
        QCOMPARE(p.exitCode(), 0);
        QVERIFY2(err.contains("gate after batch 1: passed") && err.contains("gate after batch 2: passed"),
                 err.constData());
        job = lastJob();
        QCOMPARE(job.value(QStringLiteral("state")).toString(), QStringLiteral("ok"));
        QCOMPARE(job.value(QStringLiteral("pause_reason")).toString(), QString());
        QCOMPARE(opsdeck::test::currentRelease(m_root, QStringLiteral("m43"), QStringLiteral("web_8080")),
                 QStringLiteral("r2"));
    }
};

QTEST_GUILESS_MAIN(TestDeployGateCli)
#include "tst_deploygate_cli.moc"
