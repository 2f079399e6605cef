#include "TestSupport.h"
#include "jobs/JobStore.h"

#include <QTest>

using namespace opsdeck;

namespace {

JobSpec commandSpec(qint64 cap = 8 * 1024 * 1024)
{
    JobSpec s;
    s.kind = JobKind::Command;
    s.target = QStringLiteral("web1,web2");
    s.options = {{QStringLiteral("command"), QStringLiteral("uptime")}};
    s.operatorName = QStringLiteral("alice");
    s.outputCap = cap;
    return s;
}

QList<JobHostPlan> twoHosts()
{
    return {{QStringLiteral("web1"), 1}, {QStringLiteral("web2"), 1}};
}

bool noneAlive(qint64)
{
    return false;
}

bool allAlive(qint64)
{
    return true;
}

} // namespace

class TestJobStore : public QObject
{
    Q_OBJECT

private slots:
    void aJobKeepsItsHostsStepsAndCounts()
    {
        test::TempDatabase db;
        JobStore store(db.db());
        auto id = store.create(commandSpec(), twoHosts(), 4242, 1000);
        QVERIFY2(id.ok(), id.ok() ? "" : qPrintable(id.error().message));
        QVERIFY(store.setState(*id, JobState::Running, 1100).ok());
        QVERIFY(store.hostStep(*id, QStringLiteral("web1"), QStringLiteral("connect"), 1200).ok());
        const Status second = store.hostStep(*id, QStringLiteral("web1"), QStringLiteral("command"), 1300);
        QVERIFY2(second.ok(), second.ok() ? "" : qPrintable(second.error().message));
        auto fin = store.hostFinished(*id, QStringLiteral("web1"), HostState::Ok, 0, QString(), 1400);
        QVERIFY2(fin.ok(), fin.ok() ? "" : qPrintable(fin.error().message));
        QVERIFY(store.hostStep(*id, QStringLiteral("web2"), QStringLiteral("connect"), 1250).ok());
        QVERIFY(store
                    .hostFinished(*id, QStringLiteral("web2"), HostState::Failed, std::nullopt,
                                  QStringLiteral("connection refused"), 1500)
                    .ok());
        QVERIFY(store.setState(*id, JobState::Failed, 1600).ok());

        auto job = store.get(*id);
        QVERIFY(job.ok());
        QCOMPARE(job->state, JobState::Failed);
        QCOMPARE(job->operatorName, QStringLiteral("alice"));
        QCOMPARE(job->options.value(QStringLiteral("command")).toString(), QStringLiteral("uptime"));
        QCOMPARE(job->startedMs.value_or(0), 1100);
        QCOMPARE(job->finishedMs.value_or(0), 1600);
        QCOMPARE(job->hostsTotal, 2);
        QCOMPARE(job->hostsOk, 1);
        QCOMPARE(job->hostsFailed, 1);
        QCOMPARE(job->hosts.size(), 2);
        QCOMPARE(job->hosts.at(0).step, QStringLiteral("command"));
        QCOMPARE(job->hosts.at(0).exitCode.value_or(-1), 0);
        QCOMPARE(job->hosts.at(0).startedMs.value_or(0), 1200);
        QCOMPARE(job->hosts.at(1).error, QStringLiteral("connection refused"));
        QVERIFY(!job->hosts.at(1).exitCode);

        const Status unknownHost = store.hostStep(*id, QStringLiteral("nosuch"), QStringLiteral("x"), 1);
        QVERIFY(!unknownHost.ok());
        QCOMPARE(unknownHost.error().code, Error::Code::NotFound);
        const auto unknownJob = store.get(*id + 100);
        QVERIFY(!unknownJob.ok());
        QCOMPARE(unknownJob.error().code, Error::Code::NotFound);
    }

    // Past the cap, output is counted, not kept; other hosts are not affected.
    void outputIsCappedPerHost()
    {
        test::TempDatabase db;
        JobStore store(db.db());
        auto id = store.create(commandSpec(10), twoHosts(), 1, 0);
        QVERIFY(id.ok());
        QVERIFY(store
                    .appendOutput(*id, {{QStringLiteral("web1"), OutputStream::Stdout, 1, "123456"},
                                        {QStringLiteral("web1"), OutputStream::Stderr, 2, "abcdef"},
                                        {QStringLiteral("web2"), OutputStream::Stdout, 3, "ok\n"}})
                    .ok());
        QVERIFY(store.appendOutput(*id, {{QStringLiteral("web1"), OutputStream::Stdout, 4, "more"}}).ok());
        auto out = store.output(*id, QStringLiteral("web1"));
        QVERIFY(out.ok());
        QByteArray all;
        for (const OutputChunk& c : *out)
            all += c.data;
        QCOMPARE(all, QByteArray("123456abcd"));
        QCOMPARE(out->at(1).stream, OutputStream::Stderr);
        auto job = store.get(*id);
        QCOMPARE(job->hosts.at(0).outputBytes, 10);
        QCOMPARE(job->hosts.at(0).outputCut, 6);
        QCOMPARE(job->hosts.at(1).outputBytes, 3);
        QCOMPARE(job->hosts.at(1).outputCut, 0);
        QCOMPARE(store.output(*id)->size(), 3);
    }

    // A job whose runner died shows interrupted; each host keeps its last step.
    void orphansBecomeInterrupted()
    {
        test::TempDatabase db;
        JobStore store(db.db());
        auto dead = store.create(commandSpec(), twoHosts(), 999999, 0);
        auto live = store.create(commandSpec(), twoHosts(), 1, 0);
        QVERIFY(dead.ok() && live.ok());
        QVERIFY(store.setState(*dead, JobState::Running, 1).ok());
        QVERIFY(store.hostStep(*dead, QStringLiteral("web1"), QStringLiteral("upload"), 2).ok());
        auto swept = store.interruptOrphans(50, [&](qint64 pid) { return pid == 1; });
        QVERIFY(swept.ok());
        QCOMPARE(*swept, 1);
        auto job = store.get(*dead);
        QCOMPARE(job->state, JobState::Interrupted);
        QCOMPARE(job->hosts.at(0).state, HostState::Interrupted);
        QCOMPARE(job->hosts.at(0).step, QStringLiteral("upload"));
        QCOMPARE(job->hosts.at(1).state, HostState::Pending);
        QCOMPARE(store.get(*live)->state, JobState::Pending);
    }

    void cancelGoesToTheRunnerOrEndsAnOrphan()
    {
        test::TempDatabase db;
        JobStore store(db.db());
        auto running = store.create(commandSpec(), twoHosts(), 1, 0);
        QVERIFY(store.setState(*running, JobState::Running, 1).ok());
        auto st = store.requestCancel(*running, 5, allAlive);
        QVERIFY(st.ok());
        QCOMPARE(*st, JobState::Running);
        QCOMPARE(*store.cancelRequested(*running), true);

        auto orphan = store.create(commandSpec(), twoHosts(), 2, 0);
        st = store.requestCancel(*orphan, 6, noneAlive);
        QVERIFY(st.ok());
        QCOMPARE(*st, JobState::Cancelled);
        auto job = store.get(*orphan);
        QCOMPARE(job->state, JobState::Cancelled);
        QCOMPARE(job->hosts.at(0).state, HostState::Cancelled);

        st = store.requestCancel(*orphan, 7, noneAlive);
        QVERIFY(!st.ok());
        QCOMPARE(st.error().code, Error::Code::Refused);
    }

    void listFiltersByStateNewestFirst()
    {
        test::TempDatabase db;
        JobStore store(db.db());
        for (int i = 0; i < 5; ++i) {
            auto id = store.create(commandSpec(), twoHosts(), 1, i);
            QVERIFY(id.ok());
            if (i % 2 == 0)
                QVERIFY(store.setState(*id, JobState::Ok, 10 + i).ok());
        }
        JobFilter f;
        f.state = JobState::Ok;
        auto ok = store.list(f);
        QVERIFY(ok.ok());
        QCOMPARE(ok->size(), 3);
        QVERIFY(ok->at(0).id > ok->at(1).id);
        f.state.reset();
        f.limit = 2;
        QCOMPARE(store.list(f)->size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestJobStore)
#include "tst_jobstore.moc"
