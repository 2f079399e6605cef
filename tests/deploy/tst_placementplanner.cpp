#include "deploy/PlacementPlanner.h"

#include <QTest>

using namespace opsdeck;

namespace {

constexpr qint64 GiB = 1024LL * 1024 * 1024;

PlacementCandidate machine(const QString& name, double cpus, qint64 mem, double claimedCpu = 0,
                           qint64 claimedMem = 0, int units = 0, QList<int> ports = {})
{
    PlacementCandidate c;
    c.machine = name;
    c.processors = cpus;
    c.memoryBytes = mem;
    c.claimedCpu = claimedCpu;
    c.claimedMem = claimedMem;
    c.unitsOfService = units;
    c.usedPorts = ports;
    return c;
}

} // namespace

class TestPlacementPlanner : public QObject
{
    Q_OBJECT

private slots:
    // New units spread: fewest units of the service first, then the most room.
    void spreadsOverMachines()
    {
        const QList<PlacementCandidate> pool{machine(QStringLiteral("a"), 4, 8 * GiB, 0, 0, 1, {8080}),
                                             machine(QStringLiteral("b"), 4, 8 * GiB),
                                             machine(QStringLiteral("c"), 8, 16 * GiB)};
        auto plan = PlacementPlanner::plan(4, {1, 1 * GiB, 8080}, pool);
        QVERIFY(plan.ok());
        QStringList where;
        for (const Placement& p : *plan)
            where << QStringLiteral("%1:%2").arg(p.machine).arg(p.port);
        // b and c have none (c has more room); then a and c tie on room left (a comes first,
        // its 8080 held by its own unit); then c has more room left than b.
        QCOMPARE(where, (QStringList{QStringLiteral("c:8080"), QStringLiteral("b:8080"),
                                     QStringLiteral("a:8081"), QStringLiteral("c:8081")}));
    }

    void aTakenPortMovesToTheNextFreeOne()
    {
        auto plan =
            PlacementPlanner::plan(1, {0, 0, 80}, {machine(QStringLiteral("a"), 2, GiB, 0, 0, 0, {80, 81})});
        QVERIFY(plan.ok());
        QCOMPARE(plan->first().port, 82);
    }

    // No room: refused, saying how many would fit.
    void noRoomSaysHowManyFit()
    {
        const QList<PlacementCandidate> pool{machine(QStringLiteral("a"), 2, 4 * GiB, 1, 0),
                                             machine(QStringLiteral("b"), 2, 4 * GiB, 0, 3 * GiB)};
        auto plan = PlacementPlanner::plan(5, {1, 1 * GiB, 9000}, pool);
        QVERIFY(!plan.ok());
        QCOMPARE(plan.error().code, Error::Code::Refused);
        // a: 1 CPU left -> 1 unit; b: 1 GiB left -> 1 unit.
        QVERIFY2(plan.error().message.contains(QStringLiteral("2 would fit")),
                 qPrintable(plan.error().message));
    }

    // A machine whose capacity was never collected takes units only when the service states no need.
    void unknownCapacity()
    {
        PlacementCandidate blind;
        blind.machine = QStringLiteral("blind");
        auto needy = PlacementPlanner::plan(1, {0.5, 0, 80}, {blind});
        QVERIFY(!needy.ok());
        QVERIFY2(needy.error().message.contains(QStringLiteral("no collected processors")),
                 qPrintable(needy.error().message));
        QVERIFY(PlacementPlanner::plan(3, {0, 0, 80}, {blind}).ok());
    }

    void nothingToPlaceIsEmpty()
    {
        auto plan = PlacementPlanner::plan(0, {1, GiB, 80}, {});
        QVERIFY(plan.ok());
        QVERIFY(plan->isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPlacementPlanner)
#include "tst_placementplanner.moc"
