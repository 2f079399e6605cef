// The lifecycle link (issue 11, part 6): a machine's real check_dummy failing for its
// abnormal_after runs offers the abnormal transition, or — with the setting
// checks.auto_abnormal on — makes it, audited with the check's message in the reason;
// once per failing episode, and only from READY. On SQLite and a real PostgreSQL.

#include "TestDatabase.h"
#include "checks/CheckLookups.h"
#include "checks/CheckParams.h"
#include "checks/CheckScheduler.h"
#include "checks/CheckStore.h"
#include "checks/LifecycleLink.h"
#include "inventory/InventoryReader.h"
#include "inventory/InventoryWriter.h"
#include "inventory/MachineStore.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace opsdeck;

namespace {

const QString kDummy = QStringLiteral("/usr/lib/nagios/plugins/check_dummy");
const QString kCheck = QStringLiteral("disk");

void must(const Status& s)
{
    if (!s.ok())
        qFatal("set-up failed: %s", qPrintable(s.error().message));
}

ProbeServices servicesOn(const Clock& clock)
{
    ProbeServices s;
    s.clock = &clock;
    return s;
}

QJsonObject dummy(int exitCode, const QString& text, int abnormalAfter)
{
    return {{QStringLiteral("command"), QStringLiteral("%1 %2 '%3'").arg(kDummy).arg(exitCode).arg(text)},
            {QStringLiteral("abnormal_after"), abnormalAfter}};
}

} // namespace

class TestLifecycleLink : public QObject
{
    Q_OBJECT

    struct Fixture
    {
        test::TestDatabase tmp;
        ManualClock clock{1'800'000'000'000};
        InventoryWriter writer{tmp.db(), clock};
        MachineStore machines{writer};
        CheckStore checks{tmp.db(), clock, QStringLiteral("alice")};
        CheckScheduler scheduler{tmp.db(), check_lookups::withInventory(servicesOn(clock), tmp.db())};
        LifecycleLink link{tmp.db(), clock, QStringLiteral("checker")};

        // web1, READY unless `ready` is false (then INITED); the check on it.
        explicit Fixture(bool ready = true)
        {
            must(machines.add({QStringLiteral("web1"), QStringLiteral("127.0.0.1"), 22, {}, {}, {}}));
            must(machines.transition(QStringLiteral("web1"), MachineEvent::Init));
            if (ready)
                must(machines.transition(QStringLiteral("web1"), MachineEvent::Online));
            CheckDefinition d;
            d.name = kCheck;
            d.kind = CheckKind::Nagios;
            d.machine = QStringLiteral("web1");
            d.params = dummy(2, QStringLiteral("DISK CRITICAL - / 99% full"), 2);
            auto id = checks.add(d);
            must(id.ok() ? Status{} : Status(id.error()));
        }
        void setCommand(int exitCode, const QString& text)
        {
            auto d = checks.get(kCheck);
            must(d.ok() ? Status{} : Status(d.error()));
            d->params = dummy(exitCode, text, 2);
            must(checks.update(*d));
        }
        // One round, each outcome through the link: what it did.
        QList<LifecycleLink::Action> round()
        {
            QSignalSpy done(&scheduler, &CheckScheduler::roundFinished);
            must(scheduler.runOnce());
            if (!done.wait(30000))
                qFatal("the round did not finish");
            clock.advanceMs(60'000);
            QList<LifecycleLink::Action> out;
            for (const auto& o : done.at(0).at(0).value<QList<CheckScheduler::Outcome>>()) {
                auto a = link.observe(o);
                must(a.ok() ? Status{} : Status(a.error()));
                out << *a;
            }
            return out;
        }
        MachineState state() const
        {
            auto m = InventoryReader(tmp.db()).machine(QStringLiteral("web1"));
            return m.ok() && m->has_value() ? (*m)->state : MachineState::Offline;
        }
    };

    using A = LifecycleLink::Action;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        OPSDECK_REQUIRE_TEST_DIALECT();
        if (!QFile::exists(kDummy))
            OPSDECK_SKIP_OR_FAIL("monitoring-plugins-basic is not installed (check_dummy)");
    }

    void abnormalAfterIsValidated()
    {
        CheckDefinition d;
        d.name = QStringLiteral("x");
        d.kind = CheckKind::Nagios;
        d.machine = QStringLiteral("web1");
        d.params = dummy(0, QStringLiteral("ok"), 3);
        QVERIFY(CheckParams::validate(d).ok());
        d.params.insert(QStringLiteral("abnormal_after"), 0);
        QCOMPARE(CheckParams::validate(d).error().code, Error::Code::Usage);
        d.params.insert(QStringLiteral("abnormal_after"), QStringLiteral("3"));
        QCOMPARE(CheckParams::validate(d).error().code, Error::Code::Usage);
        d.params.insert(QStringLiteral("abnormal_after"), 3);
        d.machine.clear(); // unbound: no machine to move
        QCOMPARE(CheckParams::validate(d).error().code, Error::Code::Usage);
    }

    // Off (the default): the second failing run offers once; the episode's later runs
    // stay quiet; after a recovery a new episode offers again. The machine is not moved.
    void offersOncePerFailingEpisode()
    {
        Fixture f;
        QSignalSpy offers(&f.link, &LifecycleLink::offer);
        must(f.link.reloadSetting());
        QVERIFY(!f.link.automatic());
        QCOMPARE(f.round(), QList<A>{A::None}); // failing once: not yet
        QCOMPARE(f.round(), QList<A>{A::Offered});
        QCOMPARE(offers.size(), 1);
        QCOMPARE(offers.at(0).at(0).toString(), QStringLiteral("web1"));
        QCOMPARE(offers.at(0).at(1).toString(), kCheck);
        QVERIFY(offers.at(0).at(2).toString().contains(QStringLiteral("DISK CRITICAL - / 99% full")));
        QCOMPARE(f.round(), QList<A>{A::None}); // the same episode
        QCOMPARE(f.state(), MachineState::Ready);

        f.setCommand(0, QStringLiteral("DISK OK"));
        QCOMPARE(f.round(), QList<A>{A::None});
        f.setCommand(2, QStringLiteral("DISK CRITICAL again"));
        QCOMPARE(f.round(), QList<A>{A::None});
        QCOMPARE(f.round(), QList<A>{A::Offered}); // a new episode
        QCOMPARE(offers.size(), 2);
        QCOMPARE(f.state(), MachineState::Ready);
    }

    // On: the machine goes READY → ERROR_DETECTED, audited with the check's message.
    void theSettingMakesTheTransitionAudited()
    {
        Fixture f;
        must(LifecycleLink::setAutoAbnormal(f.tmp.db(), true));
        QCOMPARE(LifecycleLink::autoAbnormal(f.tmp.db()).valueOr(false), true);
        must(f.link.reloadSetting());
        QVERIFY(f.link.automatic());
        QSignalSpy offers(&f.link, &LifecycleLink::offer);
        QSignalSpy moved(&f.link, &LifecycleLink::transitioned);
        QCOMPARE(f.round(), QList<A>{A::None});
        QCOMPARE(f.state(), MachineState::Ready);
        QCOMPARE(f.round(), QList<A>{A::Transitioned});
        QCOMPARE(f.state(), MachineState::ErrorDetected);
        QCOMPARE(moved.size(), 1);
        QVERIFY(offers.isEmpty());

        AuditFilter filter;
        filter.entity = QStringLiteral("machine");
        filter.entityId = QStringLiteral("web1");
        filter.limit = 1;
        auto audit = InventoryReader(f.tmp.db()).loadAudit(filter);
        QVERIFY(audit.ok());
        QCOMPARE(audit->size(), 1);
        const AuditEntry& row = audit->first();
        QCOMPARE(row.operatorName, QStringLiteral("checker"));
        QVERIFY2(row.reason.contains(QStringLiteral("DISK CRITICAL - / 99% full")), qPrintable(row.reason));
        QVERIFY(row.reason.contains(kCheck));
        QCOMPARE(row.reason, moved.at(0).at(2).toString());
        QCOMPARE(row.action, QStringLiteral("abnormal"));
        QVERIFY(QJsonDocument(row.after.toObject()).toJson().contains("ERROR_DETECTED"));

        // Not READY any more: left alone, whatever the setting.
        QCOMPARE(f.round(), QList<A>{A::None});
        must(LifecycleLink::setAutoAbnormal(f.tmp.db(), false));
        QCOMPARE(LifecycleLink::autoAbnormal(f.tmp.db()).valueOr(true), false);
    }

    void aMachineNotReadyIsLeftAlone()
    {
        Fixture f(false); // INITED: abnormal is allowed from there, but the link only moves READY
        must(LifecycleLink::setAutoAbnormal(f.tmp.db(), true));
        must(f.link.reloadSetting());
        QSignalSpy offers(&f.link, &LifecycleLink::offer);
        QCOMPARE(f.round(), QList<A>{A::None});
        QCOMPARE(f.round(), QList<A>{A::None});
        QCOMPARE(f.state(), MachineState::Inited);
        QVERIFY(offers.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestLifecycleLink)
#include "tst_lifecyclelink.moc"
