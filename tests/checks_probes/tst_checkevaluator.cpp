// CheckEvaluator's debounce on a ManualClock (table-driven: a run of results and the
// states and events it must give), acknowledgement and silence, CheckRollup's allowed
// hosts, and SourceOutage's single notice for a dead metric source (Cabot #287).
#include "checks/CheckEvaluator.h"
#include "checks/CheckRollup.h"
#include "checks/SourceOutage.h"

#include <QTest>

using namespace opsdeck;

namespace {

CheckStatus st(QChar c)
{
    switch (c.toLatin1()) {
    case 'O':
        return CheckStatus::Ok;
    case 'W':
        return CheckStatus::Warning;
    case 'C':
        return CheckStatus::Critical;
    default:
        return CheckStatus::Unknown;
    }
}

QChar letter(CheckState s)
{
    switch (s) {
    case CheckState::Pending:
        return u'-';
    case CheckState::Passing:
        return u'P';
    case CheckState::Failing:
        return u'F';
    case CheckState::Unknown:
        return u'U';
    }
    return u'?';
}

ProbeResult result(CheckStatus s, const QString& source = {})
{
    ProbeResult r;
    r.status = s;
    r.message = checkStatusName(s);
    r.sourceDown = source;
    return r;
}

CheckRuntime runtime(CheckState state, CheckStatus last = CheckStatus::Ok)
{
    CheckRuntime r;
    r.state = state;
    r.lastStatus = last;
    return r;
}

} // namespace

class tst_CheckEvaluator : public QObject
{
    Q_OBJECT

private slots:
    void debounce_data();
    void debounce();
    void sinceAndEventTimes();
    void acknowledgementUntilRecovery();
    void silenceKeptAndExpires();
    void rollup_data();
    void rollup();
    void sourceOutageOneNotice();
};

void tst_CheckEvaluator::debounce_data()
{
    // Results (O ok, W warning, C critical, U unknown), one letter per run; the state
    // after each (- pending, P passing, F failing, U unknown); the runs that give an event.
    QTest::addColumn<int>("failuresBefore");
    QTest::addColumn<int>("passesBefore");
    QTest::addColumn<QString>("results");
    QTest::addColumn<QString>("states");
    QTest::addColumn<QString>("events");

    QTest::newRow("first ok passes quietly") << 1 << 1 << "OOO"
                                             << "PPP"
                                             << "...";
    QTest::newRow("fail at once") << 1 << 1 << "OCO"
                                  << "PFP"
                                  << ".EE";
    QTest::newRow("three failures") << 3 << 1 << "OCCCO"
                                    << "PPPFP"
                                    << "...EE";
    QTest::newRow("flapping never fails") << 3 << 1 << "OCCOCCOCC"
                                          << "PPPPPPPPP"
                                          << ".........";
    QTest::newRow("two passes to recover") << 1 << 2 << "OCOCOO"
                                           << "PFFFFP"
                                           << ".E...E";
    QTest::newRow("pending fails after the debounce") << 2 << 1 << "CC"
                                                      << "-F"
                                                      << ".E";
    QTest::newRow("warning to critical is an event") << 1 << 1 << "OWCCW"
                                                     << "PFFFF"
                                                     << ".EE.E";
    QTest::newRow("unknown after the same debounce") << 2 << 1 << "OUUO"
                                                     << "PPUP"
                                                     << "..EE";
    QTest::newRow("a lone unknown changes nothing") << 2 << 1 << "OCCUC"
                                                    << "PPFFF"
                                                    << "..E..";
    QTest::newRow("unknowns continue a failure run") << 3 << 1 << "OCUC"
                                                     << "PPPF"
                                                     << "...E";
    QTest::newRow("failing goes unknown after a run") << 1 << 1 << "OCUUO"
                                                      << "PFUUP"
                                                      << ".EE.E";
    QTest::newRow("unknown to failing") << 2 << 1 << "UUCC"
                                        << "-UFF"
                                        << ".EE.";
}

void tst_CheckEvaluator::debounce()
{
    QFETCH(int, failuresBefore);
    QFETCH(int, passesBefore);
    QFETCH(QString, results);
    QFETCH(QString, states);
    QFETCH(QString, events);

    ManualClock clock(1'000'000);
    CheckEvaluator evaluator(clock);
    CheckDefinition check;
    check.id = 7;
    check.name = QStringLiteral("web");
    check.failuresBefore = failuresBefore;
    check.passesBefore = passesBefore;
    CheckRuntime rt;
    QString gotStates;
    QString gotEvents;
    for (QChar c : results) {
        clock.advanceSecs(60);
        const Evaluation e = evaluator.evaluate(check, rt, result(st(c)));
        if (e.event) {
            QCOMPARE(e.event->from, rt.state);
            QCOMPARE(e.event->to, e.runtime.state);
            QCOMPARE(e.event->checkId, 7);
            QCOMPARE(e.event->status, st(c));
            QVERIFY(e.notify);
        }
        rt = e.runtime;
        gotStates += letter(rt.state);
        gotEvents += e.event ? u'E' : u'.';
    }
    QCOMPARE(gotStates, states);
    QCOMPARE(gotEvents, events);
}

void tst_CheckEvaluator::sinceAndEventTimes()
{
    ManualClock clock(5000);
    CheckEvaluator evaluator(clock);
    CheckDefinition check;
    check.failuresBefore = 2;
    CheckRuntime rt = evaluator.evaluate(check, {}, result(CheckStatus::Ok)).runtime;
    QCOMPARE(rt.sinceMs, 5000);
    clock.advanceSecs(60);
    rt = evaluator.evaluate(check, rt, result(CheckStatus::Critical)).runtime;
    QCOMPARE(rt.sinceMs, 5000); // still passing: one failure of two
    QCOMPARE(rt.consecutiveFailures, 1);
    clock.advanceSecs(60);
    const Evaluation e = evaluator.evaluate(check, rt, result(CheckStatus::Critical));
    QCOMPARE(e.runtime.sinceMs, 125000);
    QCOMPARE(e.event->atMs, 125000);
    QCOMPARE(e.runtime.message, QStringLiteral("critical"));
}

void tst_CheckEvaluator::acknowledgementUntilRecovery()
{
    ManualClock clock(0);
    CheckEvaluator evaluator(clock);
    CheckDefinition check;
    CheckRuntime rt = evaluator.evaluate(check, {}, result(CheckStatus::Warning)).runtime;
    QCOMPARE(rt.state, CheckState::Failing);
    rt.acknowledged = true;
    Evaluation e = evaluator.evaluate(check, rt, result(CheckStatus::Critical)); // escalation
    QVERIFY(e.event);
    QVERIFY(!e.notify); // acknowledged: recorded, not told
    QVERIFY(e.runtime.acknowledged);
    e = evaluator.evaluate(check, e.runtime, result(CheckStatus::Ok));
    QCOMPARE(e.runtime.state, CheckState::Passing);
    QVERIFY(!e.runtime.acknowledged); // cleared on recovery
    QVERIFY(e.notify);
    e = evaluator.evaluate(check, e.runtime, result(CheckStatus::Critical));
    QVERIFY(e.notify); // a new failure is told again
}

void tst_CheckEvaluator::silenceKeptAndExpires()
{
    ManualClock clock(0);
    CheckEvaluator evaluator(clock);
    CheckDefinition check;
    CheckRuntime rt = runtime(CheckState::Passing);
    rt.silencedUntilMs = 600'000;
    Evaluation e = evaluator.evaluate(check, rt, result(CheckStatus::Critical));
    QCOMPARE(e.runtime.state, CheckState::Failing);
    QVERIFY(e.event);
    QVERIFY(!e.notify);
    QCOMPARE(e.runtime.silencedUntilMs, std::optional<qint64>(600'000));
    e = evaluator.evaluate(check, e.runtime, result(CheckStatus::Ok));
    QVERIFY(!e.notify); // recovery within the silence is not told either
    QCOMPARE(e.runtime.silencedUntilMs, std::optional<qint64>(600'000)); // kept across recovery
    clock.setMs(600'000);
    e = evaluator.evaluate(check, e.runtime, result(CheckStatus::Critical));
    QVERIFY(e.notify); // the silence has ended
}

void tst_CheckEvaluator::rollup_data()
{
    QTest::addColumn<QString>("states"); // per target: P passing, W/C failing with that status, U, -
    QTest::addColumn<int>("allowed");
    QTest::addColumn<int>("status");
    QTest::newRow("all pass") << "PPP" << 0 << int(CheckStatus::Ok);
    QTest::newRow("one fails, none allowed") << "PCP" << 0 << int(CheckStatus::Critical);
    QTest::newRow("one fails, one allowed") << "PCP" << 1 << int(CheckStatus::Ok);
    QTest::newRow("two fail, one allowed: worst") << "WCP" << 1 << int(CheckStatus::Critical);
    QTest::newRow("warnings only") << "WWP" << 1 << int(CheckStatus::Warning);
    QTest::newRow("unknown tips over the allowance") << "CUP" << 1 << int(CheckStatus::Unknown);
    QTest::newRow("unknown within the allowance") << "PUP" << 1 << int(CheckStatus::Ok);
    QTest::newRow("none run yet") << "--" << 0 << int(CheckStatus::Unknown);
    QTest::newRow("no hosts") << "" << 0 << int(CheckStatus::Unknown);
}

void tst_CheckEvaluator::rollup()
{
    QFETCH(QString, states);
    QFETCH(int, allowed);
    QFETCH(int, status);
    QList<CheckRuntime> targets;
    for (QChar c : states) {
        if (c == u'P')
            targets << runtime(CheckState::Passing);
        else if (c == u'U')
            targets << runtime(CheckState::Unknown, CheckStatus::Unknown);
        else if (c == u'-')
            targets << runtime(CheckState::Pending, CheckStatus::Unknown);
        else
            targets << runtime(CheckState::Failing, st(c));
    }
    const NodeCheckStatus n = CheckRollup::rollUp(targets, allowed);
    QCOMPARE(int(n.status), status);
    QCOMPARE(n.total, states.size());
    QVERIFY(!n.message.isEmpty());
}

void tst_CheckEvaluator::sourceOutageOneNotice()
{
    // 50 metric checks on one Graphite source; the source dies: every check goes unknown
    // (after its debounce) without a notification of its own, and ONE notice says so.
    ManualClock clock(0);
    CheckEvaluator evaluator(clock);
    SourceOutage outage(clock);
    QList<CheckDefinition> checks;
    QList<CheckRuntime> rts;
    for (int i = 0; i < 50; ++i) {
        CheckDefinition c;
        c.id = i + 1;
        c.kind = CheckKind::Metric;
        c.failuresBefore = 2;
        checks << c;
        rts << evaluator.evaluate(c, {}, result(CheckStatus::Ok)).runtime;
    }
    int notified = 0;
    int events = 0;
    QList<AlertEvent> notices;
    for (int round = 0; round < 3; ++round) {
        clock.advanceSecs(60);
        for (int i = 0; i < checks.size(); ++i) {
            const ProbeResult r = result(CheckStatus::Unknown, QStringLiteral("graphite"));
            const Evaluation e = evaluator.evaluate(checks[i], rts[i], r);
            events += e.event ? 1 : 0;
            notified += e.notify ? 1 : 0;
            rts[i] = e.runtime;
            if (auto n = outage.observe(checks[i], QString(), r))
                notices << *n;
        }
    }
    for (const CheckRuntime& rt : rts)
        QCOMPARE(rt.state, CheckState::Unknown);
    QCOMPARE(events, 50);  // each check's history has its transition...
    QCOMPARE(notified, 0); // ...but nothing is told per check
    QCOMPARE(notices.size(), 1);
    QCOMPARE(notices.first().checkId, 0);
    QCOMPARE(notices.first().target, QStringLiteral("graphite"));
    QCOMPARE(notices.first().to, CheckState::Unknown);
    QCOMPARE(outage.downSources(), QStringList{QStringLiteral("graphite")});
    QCOMPARE(outage.affected(QStringLiteral("graphite")), 50);

    // The source answers again: one "back" notice, the checks recover on their own.
    clock.advanceSecs(120);
    notices.clear();
    for (int i = 0; i < checks.size(); ++i) {
        const ProbeResult r = result(CheckStatus::Ok);
        rts[i] = evaluator.evaluate(checks[i], rts[i], r).runtime;
        if (auto n = outage.observe(checks[i], QString(), r))
            notices << *n;
    }
    QCOMPARE(notices.size(), 1);
    QCOMPARE(notices.first().to, CheckState::Passing);
    QVERIFY(notices.first().message.contains(QStringLiteral("240 s")));
    QVERIFY(outage.downSources().isEmpty());
    for (const CheckRuntime& rt : rts)
        QCOMPARE(rt.state, CheckState::Passing);
}

QTEST_GUILESS_MAIN(tst_CheckEvaluator)
#include "tst_checkevaluator.moc"
