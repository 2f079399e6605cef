// PollSchedule: spreading over the interval (--max-delay), keeping each target's slot,
// exponential backoff, ok / stale / down — all on a ManualClock, in milliseconds.

#include "sources/PollSchedule.h"
#include "util/Clock.h"

#include <QStandardPaths>
#include <QTest>
#include <algorithm>

using namespace opsdeck;

class TestPollSchedule : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void spreadsFirstPollsOverTheInterval()
    {
        PollSchedule::Options o;
        o.seed = 42;
        PollSchedule s(o);
        ManualClock clock(1'000'000);
        for (int i = 0; i < 3000; ++i)
            s.upsert({1, QStringLiteral("h%1").arg(i)}, 60, clock.nowMs());
        // Count first polls per second over the minute: no second gets a crowd.
        QList<int> perSecond(60, 0);
        for (int i = 0; i < 3000; ++i) {
            const qint64 due = *s.dueMs({1, QStringLiteral("h%1").arg(i)});
            QVERIFY(due >= clock.nowMs());
            QVERIFY(due < clock.nowMs() + 60000);
            ++perSecond[int((due - clock.nowMs()) / 1000)];
        }
        const int busiest = *std::max_element(perSecond.cbegin(), perSecond.cend());
        const int quietest = *std::min_element(perSecond.cbegin(), perSecond.cend());
        QVERIFY2(busiest < 100, qPrintable(QString::number(busiest))); // 50 on average
        QVERIFY2(quietest > 15, qPrintable(QString::number(quietest)));
        // Nothing is due at the start, everything within the minute.
        const qsizetype atOnce = s.takeDue(clock.nowMs(), 10000).size();
        QVERIFY(atOnce < 150);
        clock.advanceSecs(60);
        const qsizetype rest = s.takeDue(clock.nowMs(), 10000).size();
        QCOMPARE(atOnce + rest, qsizetype(3000));
        QCOMPARE(s.inFlight(), 3000);
    }

    void maxDelayBoundsTheSpread()
    {
        PollSchedule::Options o;
        o.seed = 7;
        o.maxDelaySecs = 5;
        PollSchedule s(o);
        for (int i = 0; i < 500; ++i)
            s.upsert({1, QStringLiteral("h%1").arg(i)}, 60, 0);
        for (int i = 0; i < 500; ++i)
            QVERIFY(*s.dueMs({1, QStringLiteral("h%1").arg(i)}) < 5000);
        o.maxDelaySecs = 0;
        PollSchedule now(o);
        now.upsert({1, QStringLiteral("a")}, 60, 123);
        QCOMPARE(*now.dueMs({1, QStringLiteral("a")}), qint64(123));
    }

    void concurrencyLimitAndOrder()
    {
        PollSchedule::Options o;
        o.maxDelaySecs = 0;
        PollSchedule s(o);
        s.upsert({1, QStringLiteral("late")}, 60, 500);
        s.upsert({1, QStringLiteral("early")}, 60, 100);
        s.upsert({1, QStringLiteral("mid")}, 60, 300);
        const auto first = s.takeDue(1000, 2);
        QCOMPARE(first.size(), 2);
        QCOMPARE(first.at(0).machine, QStringLiteral("early"));
        QCOMPARE(first.at(1).machine, QStringLiteral("mid"));
        QCOMPARE(s.inFlight(), 2);
        // In flight targets are not handed out twice.
        const auto second = s.takeDue(1000, 10);
        QCOMPARE(second.size(), 1);
        QCOMPARE(second.at(0).machine, QStringLiteral("late"));
        QVERIFY(s.takeDue(1000, 10).isEmpty());
        QVERIFY(!s.nextDueMs().has_value());
    }

    void successKeepsTheSlot()
    {
        PollSchedule::Options o;
        o.seed = 1;
        PollSchedule s(o);
        ManualClock clock(0);
        const PollSchedule::Key k{1, QStringLiteral("web1")};
        s.upsert(k, 60, clock.nowMs());
        const qint64 slot = *s.dueMs(k);
        clock.setMs(slot);
        QCOMPARE(s.takeDue(clock.nowMs(), 1).size(), 1);
        clock.advanceMs(850); // the poll took 850 ms
        s.finished(k, true, clock.nowMs());
        QCOMPARE(*s.dueMs(k), slot + 60000);
        // A poll that overran a whole interval goes to the next free slot, not back in time.
        clock.setMs(slot + 60000);
        QCOMPARE(s.takeDue(clock.nowMs(), 1).size(), 1);
        clock.advanceMs(61000);
        s.finished(k, true, clock.nowMs());
        QCOMPARE(*s.dueMs(k), slot + 180000);
    }

    void failuresBackOffExponentially()
    {
        PollSchedule::Options o;
        o.maxDelaySecs = 0;
        o.maxBackoffFactor = 8;
        o.seed = 3;
        PollSchedule s(o);
        ManualClock clock(0);
        const PollSchedule::Key k{2, QStringLiteral("db1")};
        s.upsert(k, 60, clock.nowMs());
        const QList<qint64> factors{1, 2, 4, 8, 8, 8};
        for (qint64 factor : factors) {
            QCOMPARE(s.takeDue(clock.nowMs(), 1).size(), 1);
            s.finished(k, false, clock.nowMs());
            const qint64 wait = *s.dueMs(k) - clock.nowMs();
            const qint64 expected = factor * 60000;
            QVERIFY2(wait >= expected * 9 / 10 && wait <= expected * 11 / 10,
                     qPrintable(QStringLiteral("wait %1 ms, expected about %2").arg(wait).arg(expected)));
            clock.setMs(*s.dueMs(k));
        }
        QCOMPARE(s.consecutiveFailures(k), 6);
        // One success resets the backoff.
        QCOMPARE(s.takeDue(clock.nowMs(), 1).size(), 1);
        s.finished(k, true, clock.nowMs());
        QCOMPARE(s.consecutiveFailures(k), 0);
        QCOMPARE(*s.dueMs(k) - clock.nowMs() <= 60000, true);
    }

    void okStaleDownTransitions()
    {
        PollSchedule::Options o;
        o.maxDelaySecs = 0;
        o.health.staleAfterSecs = 300;
        o.health.downAfterFailures = 2;
        PollSchedule s(o);
        ManualClock clock(1'700'000'000'000);
        const PollSchedule::Key k{1, QStringLiteral("app1")};
        s.upsert(k, 60, clock.nowMs());

        // Never polled: stale (no data).
        auto changes = s.evaluate(clock.nowMs());
        QCOMPARE(changes.size(), 1);
        QCOMPARE(changes.at(0).to, TargetState::Stale);
        QVERIFY(!changes.at(0).from.has_value());

        // A good poll: ok.
        (void)s.takeDue(clock.nowMs(), 1);
        s.finished(k, true, clock.nowMs());
        changes = s.evaluate(clock.nowMs());
        QCOMPARE(changes.size(), 1);
        QCOMPARE(changes.at(0).to, TargetState::Ok);
        QVERIFY(s.evaluate(clock.nowMs()).isEmpty()); // no change, no signal

        // One failure with fresh data: still ok.
        clock.advanceSecs(60);
        (void)s.takeDue(clock.nowMs(), 1);
        s.finished(k, false, clock.nowMs());
        QVERIFY(s.evaluate(clock.nowMs()).isEmpty());
        QCOMPARE(*s.state(k), TargetState::Ok);

        // The second failure in a row: down.
        clock.setMs(*s.dueMs(k));
        (void)s.takeDue(clock.nowMs(), 1);
        s.finished(k, false, clock.nowMs());
        changes = s.evaluate(clock.nowMs());
        QCOMPARE(changes.size(), 1);
        QCOMPARE(*changes.at(0).from, TargetState::Ok);
        QCOMPARE(changes.at(0).to, TargetState::Down);

        // It answers again: ok.
        clock.setMs(*s.dueMs(k));
        (void)s.takeDue(clock.nowMs(), 1);
        s.finished(k, true, clock.nowMs());
        QCOMPARE(s.evaluate(clock.nowMs()).value(0).to, TargetState::Ok);

        // Then nothing arrives (the poller is stuck, the request hangs): stale after 300 s,
        // not before.
        (void)s.takeDue(*s.dueMs(k), 1);
        clock.advanceSecs(300);
        QVERIFY(s.evaluate(clock.nowMs()).isEmpty());
        clock.advanceSecs(1);
        changes = s.evaluate(clock.nowMs());
        QCOMPARE(changes.size(), 1);
        QCOMPARE(changes.at(0).to, TargetState::Stale);
    }

    void carriesOverKnownStatus()
    {
        PollSchedule s;
        ManualClock clock(1'700'000'000'000);
        const PollSchedule::Key k{1, QStringLiteral("x")};
        s.upsert(k, 60, clock.nowMs(), clock.nowSecs() - 30, 0);
        QCOMPARE(s.evaluate(clock.nowMs()).value(0).to, TargetState::Ok);
        const PollSchedule::Key d{1, QStringLiteral("y")};
        s.upsert(d, 60, clock.nowMs(), clock.nowSecs() - 30, 5);
        QCOMPARE(s.evaluate(clock.nowMs()).value(0).to, TargetState::Down);
    }

    void retainOnlyDropsRemovedTargets()
    {
        PollSchedule s;
        s.upsert({1, QStringLiteral("a")}, 60, 0);
        s.upsert({1, QStringLiteral("b")}, 60, 0);
        s.upsert({2, QStringLiteral("a")}, 60, 0);
        s.retainOnly({{1, QStringLiteral("b")}});
        QCOMPARE(s.size(), 1);
        QVERIFY(s.dueMs({1, QStringLiteral("b")}).has_value());
        QVERIFY(!s.dueMs({2, QStringLiteral("a")}).has_value());
    }
};

QTEST_GUILESS_MAIN(TestPollSchedule)
#include "tst_pollschedule.moc"
