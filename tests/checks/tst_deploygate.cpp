// The deploy gate (issue 11, part 5): a real job over the real sshd (sshd.sh, each loopback
// address a host) in batches of one, gated by a real monitoring-plugins check_dummy bound
// to the hosts' node. Batch 1 passes; the check is made critical, so batch 2 is held (the
// job paused, its pause_reason naming the check on that host); made OK again, resume()
// lets the job finish. A cancel while the gate runs ends the job, and the gate's late
// answer is ignored. `job pause|resume` from another process hold and release a job. On
// SQLite and a real PostgreSQL (migrations 0015 and 0017 on both).

#include "RealServer.h"
#include "TestDatabase.h"
#include "TestSupport.h"
#include "checks/CheckGate.h"
#include "checks/CheckLookups.h"
#include "checks/CheckStateStore.h"
#include "checks/CheckStore.h"
#include "inventory/InventoryWriter.h"
#include "inventory/MachineStore.h"
#include "inventory/TreeStore.h"
#include "jobs/JobJson.h"
#include "jobs/JobRunner.h"
#include "jobs/JobSession.h"
#include "ssh/KnownHostsStore.h"
#include "ssh/SshEngine.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace opsdeck;
using opsdeck::test::RealServer;

namespace {

const QString kDummy = QStringLiteral("/usr/lib/nagios/plugins/check_dummy");
const QString kNode = QStringLiteral("acme/shop/web");
const QStringList kHosts{QStringLiteral("web1"), QStringLiteral("web2"), QStringLiteral("web3")};

void must(const Status& s)
{
    if (!s.ok())
        qFatal("set-up failed: %s", qPrintable(s.error().message));
}

QString dummyCommand(int exitCode, const QString& text)
{
    return QStringLiteral("%1 %2 '%3'").arg(kDummy).arg(exitCode).arg(text);
}

} // namespace

class TestDeployGate : public QObject
{
    Q_OBJECT

    std::unique_ptr<RealServer> m_sshd;
    QTemporaryDir m_home;
    QString m_knownHosts;

    struct Fixture
    {
        test::TestDatabase tmp;
        InventoryWriter writer{tmp.db(), Clock::system()};
        MachineStore machines{writer};
        TreeStore tree{writer};
        CheckStore checks{tmp.db(), Clock::system(), QStringLiteral("alice")};
        JobStore jobs{tmp.db()};

        Fixture()
        {
            for (int i = 0; i < kHosts.size(); ++i)
                must(machines.add({kHosts.at(i), QStringLiteral("127.0.0.%1").arg(2 + i), 22, {}, {}, {}}));
            must(tree.addNode(kNode, QStringLiteral("service")));
            must(tree.bindMachines(kNode, kHosts));
        }
        // The gate's check on the node: check_dummy with `exitCode`.
        void setCheck(int exitCode, const QString& text)
        {
            auto d = checks.get(QStringLiteral("web-health"));
            if (!d.ok()) {
                CheckDefinition n;
                n.name = QStringLiteral("web-health");
                n.kind = CheckKind::Nagios;
                n.nodePath = kNode;
                n.params = QJsonObject{{QStringLiteral("command"), dummyCommand(exitCode, text)}};
                QVERIFY(checks.add(n).ok());
                return;
            }
            d->params = QJsonObject{{QStringLiteral("command"), dummyCommand(exitCode, text)}};
            const Status s = checks.update(*d);
            QVERIFY2(s.ok(), qPrintable(s.ok() ? QString() : s.error().message));
        }
    };

    QList<HostWork> work() const
    {
        QList<HostWork> out;
        for (int i = 0; i < kHosts.size(); ++i) {
            ssh::SshTarget t;
            t.host = QStringLiteral("127.0.0.%1").arg(2 + i);
            t.port = quint16(m_sshd->reported(QStringLiteral("PORT")).toUInt());
            t.user = m_sshd->reported(QStringLiteral("USER"));
            t.label = kHosts.at(i);
            out.append({t,
                        {JobStep{JobStep::Kind::Exec,
                                 QStringLiteral("command"),
                                 QStringLiteral("true"),
                                 {},
                                 {},
                                 0644,
                                 {}}},
                        {}});
        }
        return out;
    }

    JobRunner::Options options() const
    {
        JobRunner::Options o;
        o.rollout.batch = 1; // batches 1, 2, 3: one host each
        o.rollout.parallel = 1;
        o.ssh.useAgent = false;
        o.ssh.keyDirectory = m_sshd->reported(QStringLiteral("KEY_DIR"));
        o.ssh.connectTimeoutMs = 30000;
        return o;
    }

    static JobSpec spec()
    {
        JobSpec s;
        s.kind = JobKind::Command;
        s.target = kNode;
        s.operatorName = QStringLiteral("tester");
        return s;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        OPSDECK_REQUIRE_TEST_DIALECT();
        if (!QFile::exists(kDummy))
            OPSDECK_SKIP_OR_FAIL("monitoring-plugins-basic is not installed (check_dummy)");
        m_sshd = std::make_unique<RealServer>(QStringLiteral("sshd.sh"),
                                              QStringList{QString::number(test::freeTcpPort())});
        OPSDECK_REQUIRE_SERVER(*m_sshd);
        QVERIFY(m_home.isValid());
        m_knownHosts = m_home.filePath(QStringLiteral("known_hosts"));
        QVERIFY(test::writeSshdKnownHosts(*m_sshd, m_knownHosts));
    }

    void aFailingGateHoldsTheNextBatchUntilResumed()
    {
        Fixture f;
        f.setCheck(0, QStringLiteral("all fine"));
        ssh::KnownHostsStore known({}, m_knownHosts);
        ssh::SshEngine engine(known);
        JobRunner runner(f.jobs, engine);
        ProbeServices services;
        runner.setBatchGate(CheckGate::make(f.tmp.db(), check_lookups::withInventory(services, f.tmp.db()),
                                            {QStringLiteral("web-health")}, &runner));
        QSignalSpy gated(&runner, &JobRunner::gateChecked);
        QSignalSpy paused(&runner, &JobRunner::pausedChanged);
        QSignalSpy finished(&runner, &JobRunner::finished);
        QList<QStringList> statesSeen;
        // Once batch 1 is through, web2 (batch 2) goes bad before its gate runs.
        connect(&runner, &JobRunner::gateChecked, this, [&](int batch, bool passed) {
            if (batch == 1 && passed) {
                f.setCheck(2, QStringLiteral("HTTP 503"));
                QStringList targets;
                const auto states = CheckStateStore(f.tmp.db()).loadAll();
                for (const CheckRuntime& r : states.valueOr({}))
                    targets << r.target;
                statesSeen << targets;
            }
        });

        auto id = runner.start(spec(), work(), options());
        QVERIFY(id.ok());
        QVERIFY(paused.wait(60000));
        QCOMPARE(paused.last().at(0).toBool(), true);
        QVERIFY(finished.isEmpty());
        QCOMPARE(gated.size(), 2);
        QCOMPARE(gated.at(0).at(0).toInt(), 1);
        QCOMPARE(gated.at(0).at(1).toBool(), true);
        QCOMPARE(gated.at(1).at(0).toInt(), 2);
        QCOMPARE(gated.at(1).at(1).toBool(), false);
        // The gate after batch 1 ran the node's check on web1 alone (the batch's hosts).
        QCOMPARE(statesSeen, QList<QStringList>{QStringList{QStringLiteral("web1")}});

        auto job = f.jobs.get(*id);
        QVERIFY(job.ok());
        QCOMPARE(job->state, JobState::Paused);
        QCOMPARE(job->pauseReason,
                 QStringLiteral("gate: web-health on web2 is critical: CRITICAL: HTTP 503"));
        QCOMPARE(JobJson::job(*job).value(QStringLiteral("pause_reason")).toString(), job->pauseReason);
        QCOMPARE(job->hosts.at(0).state, HostState::Ok);
        QCOMPARE(job->hosts.at(1).state, HostState::Ok);
        QCOMPARE(job->hosts.at(2).state, HostState::Pending); // held, not failed

        // Still failing: resume asks the gate again, which holds again.
        runner.resume();
        QTRY_COMPARE_WITH_TIMEOUT(gated.size(), 3, 30000);
        QCOMPARE(gated.at(2).at(1).toBool(), false);
        QCOMPARE(f.jobs.get(*id)->state, JobState::Paused);

        f.setCheck(0, QStringLiteral("back"));
        runner.resume();
        QCOMPARE(f.jobs.get(*id)->pauseReason, QString()); // cleared on resume
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.at(0).at(0).value<JobState>(), JobState::Ok);
        QCOMPARE(gated.size(), 4); // none after the last batch
        QCOMPARE(gated.at(3).at(0).toInt(), 2);
        QCOMPARE(gated.at(3).at(1).toBool(), true);
        job = f.jobs.get(*id);
        QCOMPARE(job->state, JobState::Ok);
        QCOMPARE(job->hostsOk, 3);
        QCOMPARE(job->pauseReason, QString());
    }

    // The gate alone: a check with no target among the hosts holds the batch (no silent
    // pass); an unbound check runs as it is; every failing result is named.
    void theGateNamesEveryFailureAndNeverPassesUnseen()
    {
        Fixture f;
        CheckDefinition onWeb3;
        onWeb3.name = QStringLiteral("web3-disk");
        onWeb3.kind = CheckKind::Nagios;
        onWeb3.machine = QStringLiteral("web3");
        onWeb3.params = QJsonObject{{QStringLiteral("command"), dummyCommand(0, QStringLiteral("fine"))}};
        QVERIFY(f.checks.add(onWeb3).ok());
        CheckDefinition unbound;
        unbound.name = QStringLiteral("site");
        unbound.kind = CheckKind::Nagios;
        unbound.params = QJsonObject{{QStringLiteral("command"), dummyCommand(1, QStringLiteral("slow"))}};
        QVERIFY(f.checks.add(unbound).ok());
        f.setCheck(2, QStringLiteral("HTTP 503"));
        QObject context;
        ProbeServices services;
        auto ask = [&](const QStringList& names, const QStringList& hosts) -> QString {
            auto gate = CheckGate::make(f.tmp.db(), check_lookups::withInventory(services, f.tmp.db()), names,
                                        &context);
            std::optional<Status> answer;
            gate(1, hosts, [&answer](Status s) { answer = s; });
            if (!QTest::qWaitFor([&answer] { return answer.has_value(); }, 30000))
                return QStringLiteral("no answer");
            return answer->ok() ? QString() : answer->error().message;
        };
        const QString none = ask({QStringLiteral("web3-disk")}, {QStringLiteral("web1")});
        QVERIFY2(none.startsWith(QStringLiteral("gate: web3-disk ran on none of web1")), qPrintable(none));
        QCOMPARE(ask({QStringLiteral("web3-disk")}, {QStringLiteral("web1"), QStringLiteral("web3")}),
                 QString());
        QCOMPARE(
            ask({QStringLiteral("site"), QStringLiteral("web-health")},
                {QStringLiteral("web1"), QStringLiteral("web2")}),
            QStringLiteral("gate: site is warning: WARNING: slow; web-health on web1 is critical: CRITICAL: "
                           "HTTP 503; web-health on web2 is critical: CRITICAL: HTTP 503"));
        QVERIFY(ask({QStringLiteral("gone")}, {QStringLiteral("web1")}).contains(QStringLiteral("'gone'")));
    }

    // A cancel while the gate is out ends the job cleanly; the gate's late answer changes nothing.
    void cancelWhileTheGateRunsEndsTheJob()
    {
        Fixture f;
        ssh::KnownHostsStore known({}, m_knownHosts);
        ssh::SshEngine engine(known);
        JobRunner runner(f.jobs, engine);
        std::function<void(Status)> answer;
        QList<QStringList> asked;
        runner.setBatchGate([&](int, const QStringList& hosts, std::function<void(Status)> done) {
            asked << hosts;
            answer = std::move(done);
        });
        QSignalSpy finished(&runner, &JobRunner::finished);
        QSignalSpy paused(&runner, &JobRunner::pausedChanged);
        auto id = runner.start(spec(), work(), options());
        QVERIFY(id.ok());
        QTRY_VERIFY_WITH_TIMEOUT(bool(answer), 60000);
        QCOMPARE(asked, QList<QStringList>{QStringList{QStringLiteral("web1")}});
        runner.cancel();
        QVERIFY(finished.size() == 1 || finished.wait(10000));
        QCOMPARE(finished.at(0).at(0).value<JobState>(), JobState::Cancelled);
        answer(Error::refused(QStringLiteral("too late")));
        answer({});
        QCoreApplication::processEvents(); // the queued answers arrive: none may act
        QCOMPARE(finished.size(), 1);
        QVERIFY(paused.isEmpty());
        auto job = f.jobs.get(*id);
        QVERIFY(job.ok());
        QCOMPARE(job->state, JobState::Cancelled);
        QCOMPARE(job->pauseReason, QString());
        QCOMPARE(job->hosts.at(0).state, HostState::Ok);
        QCOMPARE(job->hosts.at(1).state, HostState::Cancelled);
    }

    // The window's way (JobSession with a Gate, as the deploy dialog's preparedGated
    // gives it): the gate's probes on the session's worker thread hold batch 2 while the
    // check fails, and the retry lets it through once the check is OK again.
    void windowSessionRunsTheGate()
    {
        Fixture f;
        f.setCheck(2, QStringLiteral("HTTP 503"));
        // The session's engine trusts the default store, as the window's does: under this
        // test's own HOME, its folder made here (a fresh machine has none yet).
        qputenv("HOME", m_home.path().toUtf8());
        const QString known = ssh::KnownHostsStore::defaultStore().ownFile();
        QVERIFY2(known.startsWith(m_home.path()), qPrintable(known));
        QVERIFY(QDir().mkpath(QFileInfo(known).absolutePath()));
        QVERIFY(test::writeSshdKnownHosts(*m_sshd, known));
        JobSession session(f.tmp.db());
        session.setGate({{QStringLiteral("web-health")}, 1, nullptr});
        QSignalSpy gated(&session, &JobSession::gateChecked);
        QSignalSpy finished(&session, &JobSession::finished);
        session.start(spec(), work(), options());
        QVERIFY(gated.wait(60000));
        QCOMPARE(gated.at(0).at(0).toInt(), 1);
        QCOMPARE(gated.at(0).at(1).toBool(), false);
        QVERIFY2(gated.at(0).at(2).toString().contains(QStringLiteral("HTTP 503")),
                 qPrintable(gated.at(0).at(2).toString()));
        QTRY_COMPARE_WITH_TIMEOUT(f.jobs.get(session.jobId())->state, JobState::Paused, 10000);
        QCOMPARE(f.jobs.get(session.jobId())->hosts.at(1).state, HostState::Pending);
        f.setCheck(0, QStringLiteral("back"));
        QVERIFY(finished.wait(60000));
        const auto job = f.jobs.get(session.jobId());
        QStringList hosts;
        for (const auto& h : job->hosts)
            hosts << h.machine + u'=' + hostStateName(h.state) + u' ' + h.error;
        QVERIFY2(finished.at(0).at(0).value<JobState>() == JobState::Ok,
                 qPrintable(hosts.join(QStringLiteral("; "))));
        QCOMPARE(job->hostsOk, 3);
    }

    // `job pause ID` and `job resume ID` from another process (the opsdeck CLI, migration
    // 0017): the runner holds the next host within a second, refuses nothing it was not
    // asked, and goes on when told.
    void pauseAndResumeFromAnotherProcess()
    {
        Fixture f;
        ssh::KnownHostsStore known({}, m_knownHosts);
        ssh::SshEngine engine(known);
        JobRunner runner(f.jobs, engine);
        QSignalSpy paused(&runner, &JobRunner::pausedChanged);
        QSignalSpy finished(&runner, &JobRunner::finished);
        const QString release = m_home.filePath(QStringLiteral("release-web1"));
        QList<HostWork> hosts = work();
        hosts[0].steps[0].command = QStringLiteral("while [ ! -e '%1' ]; do sleep 0.05; done").arg(release);
        auto id = runner.start(spec(), hosts, options());
        QVERIFY(id.ok());
        auto cli = [&](const QString& verb) {
            return test::runCli(
                {QStringLiteral("--db"), f.tmp.path(), QStringLiteral("job"), verb, QString::number(*id)});
        };
        // web1 runs, waiting for the file: pause it from another process.
        QTRY_VERIFY_WITH_TIMEOUT(f.jobs.get(*id)->hosts.at(0).state == HostState::Running, 30000);
        const auto notPaused = cli(QStringLiteral("resume"));
        QCOMPARE(notPaused.exitCode, 3);
        QVERIFY2(notPaused.err.contains("not paused"), notPaused.err.constData());
        const auto pause = cli(QStringLiteral("pause"));
        QVERIFY2(pause.exitCode == 0, pause.err.constData());
        QVERIFY(paused.wait(5000));
        QCOMPARE(paused.last().at(0).toBool(), true);
        QCOMPARE(f.jobs.get(*id)->state, JobState::Paused);
        const auto twice = cli(QStringLiteral("pause"));
        QCOMPARE(twice.exitCode, 3);
        QVERIFY2(twice.err.contains("already paused"), twice.err.constData());

        // web1 finishes its step; web2 is held.
        QFile flag(release);
        QVERIFY(flag.open(QIODevice::WriteOnly));
        flag.close();
        QTRY_COMPARE_WITH_TIMEOUT(f.jobs.get(*id)->hosts.at(0).state, HostState::Ok, 30000);
        QCOMPARE(f.jobs.get(*id)->hosts.at(1).state, HostState::Pending);
        QVERIFY(finished.isEmpty());

        const auto resume = cli(QStringLiteral("resume"));
        QVERIFY2(resume.exitCode == 0, resume.err.constData());
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.at(0).at(0).value<JobState>(), JobState::Ok);
        QCOMPARE(f.jobs.get(*id)->hostsOk, 3);
        const auto late = cli(QStringLiteral("resume"));
        QCOMPARE(late.exitCode, 3);
        QVERIFY2(late.err.contains("ended"), late.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestDeployGate)
#include "tst_deploygate.moc"
