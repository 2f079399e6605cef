// Every (state, event) pair of the machine lifecycle, against DESIGN.md's table,
// through the store: allowed pairs move the machine and write one audit row;
// refused ones name the allowed events and change nothing.

#include "TestDatabase.h"
#include "inventory/InventoryReader.h"
#include "inventory/MachineLifecycle.h"
#include "inventory/MachineStore.h"

#include <QStandardPaths>
#include <QTest>

using namespace opsdeck;

namespace {

// DESIGN.md, Domain, "Machine pool": from, event -> to ("" = deleted).
struct Row
{
    const char* from;
    const char* event;
    const char* to;
};
const Row kTable[] = {
    {"NEW", "init", "INITED"},
    {"INITED", "online", "READY"},
    {"READY", "backup", "INITED"},
    {"INITED", "abnormal", "ERROR_DETECTED"},
    {"READY", "abnormal", "ERROR_DETECTED"},
    {"ERROR_DETECTED", "migrate_unit", "ERROR"},
    {"ERROR", "repair", "NEW"},
    {"INITED", "offline", "OFFLINE"},
    {"ERROR", "offline", "OFFLINE"},
    {"OFFLINE", "remove", ""},
};

// How to bring a NEW machine into each state.
QStringList pathTo(const QString& state)
{
    if (state == QLatin1String("NEW"))
        return {};
    if (state == QLatin1String("INITED"))
        return {QStringLiteral("init")};
    if (state == QLatin1String("READY"))
        return {QStringLiteral("init"), QStringLiteral("online")};
    if (state == QLatin1String("ERROR_DETECTED"))
        return {QStringLiteral("init"), QStringLiteral("abnormal")};
    if (state == QLatin1String("ERROR"))
        return {QStringLiteral("init"), QStringLiteral("abnormal"), QStringLiteral("migrate_unit")};
    if (state == QLatin1String("OFFLINE"))
        return {QStringLiteral("init"), QStringLiteral("offline")};
    return {};
}

const Row* lookup(const QString& from, const QString& event)
{
    for (const Row& r : kTable)
        if (from == QLatin1String(r.from) && event == QLatin1String(r.event))
            return &r;
    return nullptr;
}

QStringList allowedFrom(const QString& from)
{
    QStringList out;
    for (const Row& r : kTable)
        if (from == QLatin1String(r.from))
            out << QString::fromLatin1(r.event);
    return out;
}

} // namespace

class TestMachineLifecycle : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        OPSDECK_REQUIRE_TEST_DIALECT();
    }

    void names()
    {
        QCOMPARE(MachineLifecycle::stateNames(),
                 QStringList({"NEW", "INITED", "READY", "ERROR_DETECTED", "ERROR", "OFFLINE"}));
        QCOMPARE(MachineLifecycle::eventNames(),
                 QStringList({"add", "init", "online", "backup", "abnormal", "migrate_unit", "repair",
                              "offline", "remove"}));
        QCOMPARE(MachineLifecycle::eventFromName(QStringLiteral("Migrate-Unit")), MachineEvent::MigrateUnit);
        QCOMPARE(MachineLifecycle::stateFromName(QStringLiteral("ready")), MachineState::Ready);
        QVERIFY(!MachineLifecycle::eventFromName(QStringLiteral("reboot")));
    }

    void everyPair_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("event");
        for (const QString& s : MachineLifecycle::stateNames())
            for (const QString& e : MachineLifecycle::eventNames())
                QTest::addRow("%s-%s", qPrintable(s), qPrintable(e)) << s << e;
    }

    void everyPair()
    {
        QFETCH(QString, from);
        QFETCH(QString, event);
        test::TestDatabase tmp;
        InventoryWriter writer(tmp.db());
        writer.setOperatorName(QStringLiteral("tester"));
        MachineStore store(writer);
        InventoryReader reader(tmp.db());
        QVERIFY(store.add({QStringLiteral("m1"), QStringLiteral("10.0.0.1"), 22, {}, {}, {}}).ok());
        for (const QString& step : pathTo(from))
            QVERIFY(store.transition(QStringLiteral("m1"), *MachineLifecycle::eventFromName(step)).ok());
        auto before = reader.machine(QStringLiteral("m1"));
        QVERIFY(before.ok() && before->has_value());
        QCOMPARE(MachineLifecycle::stateName((*before)->state), from);
        const qint64 auditBefore = *reader.revision();
        const auto auditCount = reader.loadAudit()->size();

        const MachineEvent e = *MachineLifecycle::eventFromName(event);
        const Status s = store.transition(QStringLiteral("m1"), e, QStringLiteral("because"));
        const Row* row = lookup(from, event);

        // The pure table agrees with DESIGN.md.
        const auto outcome = MachineLifecycle::apply(*MachineLifecycle::stateFromName(from), e);
        QCOMPARE(outcome.allowed, row != nullptr);

        auto after = reader.machine(QStringLiteral("m1"));
        QVERIFY(after.ok());
        auto audit = reader.loadAudit();
        QVERIFY(audit.ok());
        if (row) {
            QVERIFY2(s.ok(), qPrintable(s.ok() ? QString() : s.error().message));
            QCOMPARE(audit->size(), auditCount + 1);
            const AuditEntry& last = audit->last();
            QCOMPARE(last.entity, QStringLiteral("machine"));
            QCOMPARE(last.entityId, QStringLiteral("m1"));
            QCOMPARE(last.action, event);
            QCOMPARE(last.reason, QStringLiteral("because"));
            QCOMPARE(last.operatorName, QStringLiteral("tester"));
            QCOMPARE(last.before.toObject().value(QStringLiteral("state")).toString(), from);
            if (QByteArray(row->to).isEmpty()) {
                QVERIFY(!after->has_value());
                QVERIFY(last.after.isNull());
            } else {
                QVERIFY(after->has_value());
                QCOMPARE(MachineLifecycle::stateName((*after)->state), QString::fromLatin1(row->to));
                QCOMPARE(last.after.toObject().value(QStringLiteral("state")).toString(),
                         QString::fromLatin1(row->to));
            }
        } else {
            QVERIFY(!s.ok());
            QCOMPARE(s.error().code, Error::Code::Refused);
            QCOMPARE(s.error().exitCode(), 3);
            const QStringList allowed = allowedFrom(from);
            QVERIFY(!allowed.isEmpty());
            for (const QString& a : allowed)
                QVERIFY2(s.error().message.contains(a), qPrintable(s.error().message));
            QVERIFY2(s.error().message.contains(from), qPrintable(s.error().message));
            QVERIFY(after->has_value());
            QCOMPARE(MachineLifecycle::stateName((*after)->state), from);
            QCOMPARE(*reader.revision(), auditBefore);
            QCOMPARE(audit->size(), auditCount);
        }
    }

    void bulkTransitionIsAllOrNothing()
    {
        test::TestDatabase tmp;
        InventoryWriter writer(tmp.db());
        MachineStore store(writer);
        InventoryReader reader(tmp.db());
        QVERIFY(store.add({QStringLiteral("a"), QStringLiteral("10.0.0.1"), 22, {}, {}, {}}).ok());
        QVERIFY(store.add({QStringLiteral("b"), QStringLiteral("10.0.0.2"), 22, {}, {}, {}}).ok());
        QVERIFY(store.transition(QStringLiteral("b"), MachineEvent::Init).ok());
        const qint64 rev = *reader.revision();
        // a can init, b (INITED) cannot: neither moves.
        const Status s = store.transition({QStringLiteral("a"), QStringLiteral("b")}, MachineEvent::Init);
        QVERIFY(!s.ok());
        QCOMPARE(s.error().code, Error::Code::Refused);
        QCOMPARE((*reader.machine(QStringLiteral("a")))->state, MachineState::New);
        QCOMPARE(*reader.revision(), rev);
        QVERIFY(store.transition({QStringLiteral("a"), QStringLiteral("b")}, MachineEvent::Abnormal).ok() ==
                false);
        QVERIFY(store.transition(QStringLiteral("a"), MachineEvent::Init).ok());
        QVERIFY(store.transition({QStringLiteral("a"), QStringLiteral("b")}, MachineEvent::Online).ok());
        QCOMPARE((*reader.machine(QStringLiteral("a")))->state, MachineState::Ready);
        QCOMPARE((*reader.machine(QStringLiteral("b")))->state, MachineState::Ready);
    }

    void unknownMachineIsNotFound()
    {
        test::TestDatabase tmp;
        InventoryWriter writer(tmp.db());
        const Status s = MachineStore(writer).transition(QStringLiteral("ghost"), MachineEvent::Init);
        QVERIFY(!s.ok());
        QCOMPARE(s.error().code, Error::Code::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestMachineLifecycle)
#include "tst_machinelifecycle.moc"
