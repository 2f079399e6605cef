// NotificationPolicy on a ManualClock in UTC: which transitions go out and why
// (threshold, quiet hours across midnight, ack, silence and its expiry, maintenance,
// recovery only after a notified failure).

#include "alerts/NotificationPolicy.h"

#include <QDateTime>
#include <QTest>

using namespace opsdeck;
using R = NotifyDecision::Reason;

namespace {

qint64 at(const QString& isoUtc)
{
    return QDateTime::fromString(isoUtc, Qt::ISODate).toMSecsSinceEpoch();
}

AlertEvent makeEvent(CheckState from, CheckState to, Importance importance = Importance::Error,
                     qint64 checkId = 1, const QString& target = QStringLiteral("web1"))
{
    AlertEvent e;
    e.checkId = checkId;
    e.checkName = QStringLiteral("web-health");
    e.target = target;
    e.from = from;
    e.to = to;
    e.status = to == CheckState::Passing ? CheckStatus::Ok : CheckStatus::Critical;
    e.importance = importance;
    return e;
}

const AlertEvent failing = makeEvent(CheckState::Passing, CheckState::Failing);
const AlertEvent recovered = makeEvent(CheckState::Failing, CheckState::Passing);

} // namespace

class TestNotificationPolicy : public QObject
{
    Q_OBJECT

    ManualClock m_clock{at(QStringLiteral("2026-12-05T12:00:00Z"))};

private slots:
    void failingAndRecoveryAreNotified()
    {
        NotificationPolicy p(m_clock, QTimeZone::utc());
        auto d = p.decide(failing, {});
        QVERIFY(d.deliver);
        QCOMPARE(d.reason, R::Failing);
        QVERIFY(p.failureNotified(1, QStringLiteral("web1")));
        QVERIFY(!p.failureNotified(1, QStringLiteral("web2")));
        d = p.decide(recovered, {});
        QVERIFY(d.deliver);
        QCOMPARE(d.reason, R::Recovered);
        QVERIFY(!p.failureNotified(1, QStringLiteral("web1")));
        // A second recovery (no failure in between) is not news.
        QCOMPARE(p.decide(recovered, {}).reason, R::NotNotified);
    }

    void unknownAndPendingAreNotTransitionsToNotify()
    {
        NotificationPolicy p(m_clock, QTimeZone::utc());
        QCOMPARE(p.decide(makeEvent(CheckState::Passing, CheckState::Unknown), {}).reason, R::NotATransition);
        QCOMPARE(p.decide(makeEvent(CheckState::Pending, CheckState::Passing), {}).reason, R::NotATransition);
        QVERIFY(!p.decide(makeEvent(CheckState::Pending, CheckState::Passing), {}).deliver);
        // Failing -> unknown -> passing still closes a notified failure.
        QVERIFY(p.decide(failing, {}).deliver);
        QVERIFY(!p.decide(makeEvent(CheckState::Failing, CheckState::Unknown), {}).deliver);
        QCOMPARE(p.decide(makeEvent(CheckState::Unknown, CheckState::Passing), {}).reason, R::Recovered);
    }

    void threshold_data()
    {
        QTest::addColumn<Importance>("threshold");
        QTest::addColumn<Importance>("importance");
        QTest::addColumn<bool>("deliver");
        QTest::newRow("warning>=warning") << Importance::Warning << Importance::Warning << true;
        QTest::newRow("warning<error") << Importance::Error << Importance::Warning << false;
        QTest::newRow("error>=error") << Importance::Error << Importance::Error << true;
        QTest::newRow("error<critical") << Importance::Critical << Importance::Error << false;
        QTest::newRow("critical>=critical") << Importance::Critical << Importance::Critical << true;
    }
    void threshold()
    {
        QFETCH(Importance, threshold);
        QFETCH(Importance, importance);
        QFETCH(bool, deliver);
        NotificationPolicy p(m_clock, QTimeZone::utc());
        p.setThreshold(threshold);
        const auto d = p.decide(makeEvent(CheckState::Passing, CheckState::Failing, importance), {});
        QCOMPARE(d.deliver, deliver);
        QCOMPARE(d.reason, deliver ? R::Failing : R::BelowThreshold);
        // A failure below the threshold was not notified, so neither is its recovery.
        QCOMPARE(p.decide(makeEvent(CheckState::Failing, CheckState::Passing, importance), {}).deliver,
                 deliver);
    }

    void quietHoursAcrossMidnight_data()
    {
        QTest::addColumn<QString>("time");
        QTest::addColumn<Importance>("importance");
        QTest::addColumn<bool>("criticalPasses");
        QTest::addColumn<bool>("deliver");
        QTest::newRow("21:59 error") << "2026-12-05T21:59:00Z" << Importance::Error << true << true;
        QTest::newRow("22:00 error") << "2026-12-05T22:00:00Z" << Importance::Error << true << false;
        QTest::newRow("23:30 warning") << "2026-12-05T23:30:00Z" << Importance::Warning << true << false;
        QTest::newRow("00:00 error") << "2026-12-06T00:00:00Z" << Importance::Error << true << false;
        QTest::newRow("03:00 critical") << "2026-12-06T03:00:00Z" << Importance::Critical << true << true;
        QTest::newRow("03:00 critical, none pass")
            << "2026-12-06T03:00:00Z" << Importance::Critical << false << false;
        QTest::newRow("06:59 error") << "2026-12-06T06:59:00Z" << Importance::Error << true << false;
        QTest::newRow("07:00 error") << "2026-12-06T07:00:00Z" << Importance::Error << true << true;
        QTest::newRow("12:00 warning") << "2026-12-06T12:00:00Z" << Importance::Warning << true << true;
    }
    void quietHoursAcrossMidnight()
    {
        QFETCH(QString, time);
        QFETCH(Importance, importance);
        QFETCH(bool, criticalPasses);
        QFETCH(bool, deliver);
        ManualClock clock(at(time));
        NotificationPolicy p(clock, QTimeZone::utc());
        auto quiet = QuietHours::parse(QStringLiteral("22:00-07:00"));
        QVERIFY(quiet.ok());
        quiet->criticalPasses = criticalPasses;
        p.setQuietHours(*quiet);
        const auto d = p.decide(makeEvent(CheckState::Passing, CheckState::Failing, importance), {});
        QCOMPARE(d.deliver, deliver);
        if (!deliver) {
            QCOMPARE(d.reason, R::QuietHours);
            QVERIFY2(d.why.contains(QStringLiteral("22:00-07:00")), qPrintable(d.why));
        }
    }

    void quietHoursInAnotherZone()
    {
        // 21:30 UTC is 06:30 in Tokyo: inside 22:00-07:00 there, not in UTC.
        ManualClock clock(at(QStringLiteral("2026-12-05T21:30:00Z")));
        NotificationPolicy tokyo(clock, QTimeZone("Asia/Tokyo"));
        NotificationPolicy utc(clock, QTimeZone::utc());
        tokyo.setQuietHours(*QuietHours::parse(QStringLiteral("22:00-07:00")));
        utc.setQuietHours(*QuietHours::parse(QStringLiteral("22:00-07:00")));
        QCOMPARE(tokyo.decide(failing, {}).reason, R::QuietHours);
        QCOMPARE(utc.decide(failing, {}).reason, R::Failing);
    }

    void quietHoursParse()
    {
        QVERIFY(!QuietHours::parse(QStringLiteral("25:00-07:00")).ok());
        QVERIFY(!QuietHours::parse(QStringLiteral("22-7")).ok());
        QCOMPARE(QuietHours::parse(QStringLiteral("22-7")).error().code, Error::Code::Usage);
        QCOMPARE(QuietHours::parse(QStringLiteral("7:05 - 9:30"))->toString(), QStringLiteral("07:05-09:30"));
        QVERIFY(!QuietHours::parse(QStringLiteral("off"))->enabled);
        QCOMPARE(QuietHours::parse(QStringLiteral("off"))->toString(), QStringLiteral("off"));
        const QuietHours day = *QuietHours::parse(QStringLiteral("12:00-13:00"));
        QVERIFY(day.contains(12 * 60) && day.contains(12 * 60 + 59) && !day.contains(13 * 60) &&
                !day.contains(0));
    }

    void acknowledgedFailureIsNotNotifiedButItsRecoveryIs()
    {
        NotificationPolicy p(m_clock, QTimeZone::utc());
        QVERIFY(p.decide(failing, {}).deliver);
        NotifyContext acked;
        acked.runtime = CheckRuntime{};
        acked.runtime->acknowledged = true;
        // Failing again (after unknown) while acknowledged: nothing.
        const auto d = p.decide(makeEvent(CheckState::Unknown, CheckState::Failing), acked);
        QVERIFY(!d.deliver);
        QCOMPARE(d.reason, R::Acknowledged);
        // That failure was not notified: its recovery is not either.
        QCOMPARE(p.decide(recovered, acked).reason, R::NotNotified);
        // A notified failure acknowledged later: the recovery goes out.
        QVERIFY(p.decide(failing, {}).deliver);
        QCOMPARE(p.decide(recovered, acked).reason, R::Recovered);
    }

    void silenceAndItsExpiry()
    {
        ManualClock clock(at(QStringLiteral("2026-12-05T12:00:00Z")));
        NotificationPolicy p(clock, QTimeZone::utc());
        NotifyContext silenced;
        silenced.runtime = CheckRuntime{};
        silenced.runtime->silencedUntilMs = at(QStringLiteral("2026-12-05T13:00:00Z"));
        auto d = p.decide(failing, silenced);
        QCOMPARE(d.reason, R::Silenced);
        QVERIFY2(d.why.contains(QStringLiteral("2026-12-05 13:00")), qPrintable(d.why));
        clock.setMs(at(QStringLiteral("2026-12-05T12:59:59Z")));
        QCOMPARE(p.decide(failing, silenced).reason, R::Silenced);
        clock.setMs(at(QStringLiteral("2026-12-05T13:00:00Z"))); // until is exclusive
        QCOMPARE(p.decide(failing, silenced).reason, R::Failing);
        // A recovery while silenced again is dropped too, and forgets the failure.
        silenced.runtime->silencedUntilMs = at(QStringLiteral("2026-12-05T15:00:00Z"));
        QCOMPARE(p.decide(recovered, silenced).reason, R::Silenced);
        QVERIFY(!p.failureNotified(1, QStringLiteral("web1")));
    }

    void maintenanceOnANodeAboveTheTarget_data()
    {
        QTest::addColumn<QString>("windowNode");
        QTest::addColumn<QString>("time");
        QTest::addColumn<bool>("covered");
        QTest::newRow("parent") << "acme"
                                << "2026-12-05T12:00:00Z" << true;
        QTest::newRow("same node") << "acme/shop"
                                   << "2026-12-05T12:00:00Z" << true;
        QTest::newRow("root") << ""
                              << "2026-12-05T12:00:00Z" << true;
        QTest::newRow("sibling with common prefix") << "acme/sho"
                                                    << "2026-12-05T12:00:00Z" << false;
        QTest::newRow("below the target's node") << "acme/shop/db"
                                                 << "2026-12-05T12:00:00Z" << false;
        QTest::newRow("other tree") << "other"
                                    << "2026-12-05T12:00:00Z" << false;
        QTest::newRow("before it opens") << "acme"
                                         << "2026-12-05T10:59:59Z" << false;
        QTest::newRow("at its end") << "acme"
                                    << "2026-12-05T14:00:00Z" << false;
    }
    void maintenanceOnANodeAboveTheTarget()
    {
        QFETCH(QString, windowNode);
        QFETCH(QString, time);
        QFETCH(bool, covered);
        ManualClock clock(at(time));
        NotificationPolicy p(clock, QTimeZone::utc());
        NotifyContext ctx;
        ctx.nodePaths = {QStringLiteral("acme/shop"), QStringLiteral("lab")};
        ctx.windows = {MaintenanceWindow{windowNode, at(QStringLiteral("2026-12-05T11:00:00Z")),
                                         at(QStringLiteral("2026-12-05T14:00:00Z")),
                                         QStringLiteral("upgrade")}};
        const auto d = p.decide(failing, ctx);
        QCOMPARE(d.deliver, !covered);
        QCOMPARE(d.reason, covered ? R::Maintenance : R::Failing);
    }
};

QTEST_GUILESS_MAIN(TestNotificationPolicy)
#include "tst_notificationpolicy.moc"
