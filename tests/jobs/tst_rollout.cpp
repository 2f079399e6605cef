#include "jobs/Rollout.h"

#include <QTest>

using namespace opsdeck;

namespace {

QStringList hosts(int n)
{
    QStringList out;
    for (int i = 0; i < n; ++i)
        out << QStringLiteral("h%1").arg(i);
    return out;
}

// Runs the rollout to its end; `fails` says which host indexes fail. Returns the order
// in which hosts started, in waves (what next() gave at once).
QList<QList<int>> drive(Rollout& r, const QSet<int>& fails)
{
    QList<QList<int>> waves;
    QList<int> running;
    for (int guard = 0; guard < 1000 && !r.done(); ++guard) {
        const QList<int> started = r.next();
        if (!started.isEmpty())
            waves.append(started);
        running += started;
        if (running.isEmpty())
            break; // paused or stuck
        const int ended = running.takeFirst();
        r.finished(ended, !fails.contains(ended));
    }
    return waves;
}

} // namespace

class TestRollout : public QObject
{
    Q_OBJECT

private slots:
    void planPutsTheCanaryFirstThenBatches()
    {
        RolloutOptions o;
        o.canary = 2;
        o.batch = 3;
        const QList<JobHostPlan> plan = Rollout::plan(hosts(9), o);
        QList<int> batches;
        for (const JobHostPlan& p : plan)
            batches << p.batch;
        QCOMPARE(batches, (QList<int>{0, 0, 1, 1, 1, 2, 2, 2, 3}));
        QCOMPARE(plan.first().machine, QStringLiteral("h0"));
        QCOMPARE(plan.last().machine, QStringLiteral("h8"));
    }

    void noBatchSizeMeansOneBatchAfterTheCanary()
    {
        RolloutOptions o;
        o.canary = 1;
        QList<int> batches;
        for (const JobHostPlan& p : Rollout::plan(hosts(4), o))
            batches << p.batch;
        QCOMPARE(batches, (QList<int>{0, 1, 1, 1}));
    }

    // At most `parallel` in flight, and a batch starts only when the previous one ended.
    void parallelismAndBatchBoundaries()
    {
        RolloutOptions o;
        o.batch = 4;
        o.parallel = 2;
        Rollout r(Rollout::plan(hosts(8), o), o);
        QCOMPARE(r.next(), (QList<int>{0, 1}));
        QCOMPARE(r.next(), QList<int>{}); // two in flight already
        r.finished(0, true);
        QCOMPARE(r.next(), QList<int>{2});
        r.finished(1, true);
        r.finished(2, true);
        QCOMPARE(r.next(), QList<int>{3}); // h4 is in the next batch: wait for h3
        r.finished(3, true);
        QCOMPARE(r.next(), (QList<int>{4, 5}));
        r.finished(4, true);
        r.finished(5, true);
        QCOMPARE(r.next(), (QList<int>{6, 7}));
        r.finished(6, true);
        r.finished(7, true);
        QVERIFY(r.done());
        QCOMPARE(r.succeeded(), 8);
        QVERIFY(r.neverStarted().isEmpty());
    }

    // A failing canary stops everything, whatever the threshold.
    void aFailingCanaryStopsTheRollout()
    {
        RolloutOptions o;
        o.canary = 1;
        o.parallel = 5;
        o.maxFailPercent = 100;
        Rollout r(Rollout::plan(hosts(6), o), o);
        const auto waves = drive(r, {0});
        QCOMPARE(waves, (QList<QList<int>>{{0}}));
        QVERIFY(r.stopped());
        QVERIFY(r.stopReason().contains(QStringLiteral("h0")));
        QCOMPARE(r.neverStarted(), (QList<int>{1, 2, 3, 4, 5}));
    }

    // Ansible's max_fail_percentage: more than F% of all hosts failed stops new starts;
    // hosts already running finish.
    void theThresholdStopsNewStarts()
    {
        RolloutOptions o;
        o.parallel = 2;
        o.maxFailPercent = 20; // of 10 hosts: the third failure passes it
        Rollout r(Rollout::plan(hosts(10), o), o);
        drive(r, {1, 2, 3, 4});
        QVERIFY(r.stopped());
        QVERIFY(r.done());
        // h3's failure (the third) stopped it; h4 was already running and failed too.
        QCOMPARE(r.failed(), 4);
        QCOMPARE(r.succeeded(), 1);
        QCOMPARE(r.neverStarted(), (QList<int>{5, 6, 7, 8, 9}));
    }

    void failuresUnderTheThresholdGoOn()
    {
        RolloutOptions o;
        o.parallel = 3;
        o.maxFailPercent = 30;
        Rollout r(Rollout::plan(hosts(10), o), o);
        drive(r, {0, 5, 9});
        QVERIFY(!r.stopped());
        QCOMPARE(r.failed(), 3);
        QCOMPARE(r.succeeded(), 7);
    }

    void pauseHoldsAndResumeGoesOn()
    {
        RolloutOptions o;
        o.parallel = 1;
        Rollout r(Rollout::plan(hosts(3), o), o);
        QCOMPARE(r.next(), QList<int>{0});
        r.pause();
        r.finished(0, true);
        QCOMPARE(r.next(), QList<int>{});
        QVERIFY(!r.done());
        r.resume();
        QCOMPARE(r.next(), QList<int>{1});
    }

    void cancelEndsOnceTheRunningHostsEnd()
    {
        RolloutOptions o;
        o.parallel = 2;
        Rollout r(Rollout::plan(hosts(5), o), o);
        QCOMPARE(r.next(), (QList<int>{0, 1}));
        r.cancel();
        QVERIFY(!r.done()); // two still running
        QCOMPARE(r.next(), QList<int>{});
        r.finished(0, true);
        r.finished(1, false);
        QVERIFY(r.done());
        QCOMPARE(r.neverStarted(), (QList<int>{2, 3, 4}));
    }

    // The deploy gate's question: which batch just ended, between batches only.
    void boundaryIsBetweenBatchesOnly()
    {
        RolloutOptions o;
        o.canary = 1;
        o.batch = 2;
        o.parallel = 1;
        Rollout r(Rollout::plan(hosts(5), o), o); // batches 0 | 1 1 | 2 2
        QVERIFY(!r.boundary());                   // before the first batch
        QCOMPARE(r.next(), QList<int>{0});
        QVERIFY(!r.boundary()); // the canary runs
        r.finished(0, true);
        auto b = r.boundary();
        QVERIFY(b);
        QCOMPARE(b->batch, 0);
        QCOMPARE(b->nextBatch, 1);
        QCOMPARE(b->hosts, QStringList{QStringLiteral("h0")});
        QCOMPARE(r.next(), QList<int>{1});
        QVERIFY(!r.boundary()); // inside batch 1
        r.finished(1, false);
        QVERIFY(!r.boundary()); // batch 1 has a host waiting
        QCOMPARE(r.next(), QList<int>{2});
        r.finished(2, true);
        b = r.boundary();
        QVERIFY(b);
        QCOMPARE(b->batch, 1);
        QCOMPARE(b->nextBatch, 2);
        QCOMPARE(b->hosts, (QStringList{QStringLiteral("h1"), QStringLiteral("h2")})); // failed ones too
        r.pause();
        QVERIFY(r.boundary()); // a paused rollout still sits at the boundary
        r.resume();
        QCOMPARE(r.next(), QList<int>{3});
        r.finished(3, true);
        QCOMPARE(r.next(), QList<int>{4});
        r.finished(4, true);
        QVERIFY(!r.boundary()); // after the last batch
        QVERIFY(r.done());
    }

    void noBoundaryOnceCancelledOrStopped()
    {
        RolloutOptions o;
        o.batch = 1;
        Rollout r(Rollout::plan(hosts(3), o), o);
        QCOMPARE(r.next(), QList<int>{0});
        r.finished(0, true);
        QVERIFY(r.boundary());
        r.cancel();
        QVERIFY(!r.boundary());

        RolloutOptions c;
        c.canary = 1;
        c.batch = 1;
        Rollout s(Rollout::plan(hosts(3), c), c);
        QCOMPARE(s.next(), QList<int>{0});
        s.finished(0, false); // the canary failed: stopped for good
        QVERIFY(s.stopped());
        QVERIFY(!s.boundary());
    }
};

QTEST_GUILESS_MAIN(TestRollout)
#include "tst_rollout.moc"
