// CheckListModel over a CheckMonitor: one row per check with its rolled-up state, and
// the checker's and operators' changes applied in place (no reset), on a SQLite file
// filled through the checks' stores.

#include "CheckFixture.h"
#include "TestSupport.h"
#include "checks/CheckListModel.h"
#include "checks/CheckMonitor.h"
#include "checks/CheckStatusStyle.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <QIcon>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <memory>

using namespace opsdeck;

class TestCheckListModel : public QObject
{
    Q_OBJECT

    static constexpr qint64 now = 1'800'000'000'000;
    std::unique_ptr<test::TempDatabase> m_db;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<CheckMonitor> m_monitor;
    std::unique_ptr<CheckListModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    test::CheckIds m_ids;

    QString cell(qint64 checkId, int column) const
    {
        return m_model->index(m_model->rowOfCheck(checkId), column).data().toString();
    }
    void readAgain()
    {
        QSignalSpy updated(m_monitor.get(), &CheckMonitor::updated);
        m_monitor->refresh();
        QVERIFY(updated.wait(5000));
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_db = std::make_unique<test::TempDatabase>();
        m_clock = std::make_unique<ManualClock>(now);
        m_ids = test::seedChecks(m_db->db(), *m_clock);
        m_monitor = std::make_unique<CheckMonitor>(m_db->db(), *m_clock, 0);
        m_model = std::make_unique<CheckListModel>(m_monitor.get());
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(m_model->rowCount(), 0);
        readAgain();
    }

    void cleanup()
    {
        m_tester.reset();
        m_model.reset();
        m_monitor.reset();
        m_clock.reset();
        m_db.reset();
    }

    void listsEveryCheckByName()
    {
        QCOMPARE(m_model->rowCount(), 3);
        QCOMPARE(m_model->index(0, CheckListModel::NameColumn).data().toString(), QStringLiteral("db-tcp"));
        QCOMPARE(m_model->index(1, CheckListModel::NameColumn).data().toString(),
                 QStringLiteral("shop-http"));
        QCOMPARE(m_model->index(2, CheckListModel::NameColumn).data().toString(), QStringLiteral("site"));
        QCOMPARE(cell(m_ids.shopHttp, CheckListModel::TargetColumn), QStringLiteral("node shop"));
        QCOMPARE(cell(m_ids.dbTcp, CheckListModel::TargetColumn), QStringLiteral("machine db01"));
        QCOMPARE(cell(m_ids.shopHttp, CheckListModel::ImportanceColumn), QStringLiteral("critical"));
        QCOMPARE(cell(m_ids.shopHttp, CheckListModel::KindColumn), QStringLiteral("HTTP"));
        QCOMPARE(cell(m_ids.shopHttp, CheckListModel::StateColumn), QStringLiteral("failing (critical)"));
        QCOMPARE(cell(m_ids.dbTcp, CheckListModel::StateColumn), QStringLiteral("failing (warning)"));
        QCOMPARE(cell(m_ids.site, CheckListModel::StateColumn), QStringLiteral("passing"));
        QCOMPARE(cell(m_ids.shopHttp, CheckListModel::MessageColumn), QStringLiteral("web01: HTTP 503"));
        QVERIFY(!cell(m_ids.shopHttp, CheckListModel::SinceColumn).isEmpty());
        QVERIFY(cell(m_ids.shopHttp, CheckListModel::AcknowledgedColumn).isEmpty());

        const QModelIndex shop =
            m_model->index(m_model->rowOfCheck(m_ids.shopHttp), CheckListModel::StateColumn);
        QCOMPARE(shop.data(CheckListModel::StatusRole).toInt(), int(CheckStatus::Critical));
        QCOMPARE(shop.data(CheckListModel::StatusColorRole).value<QColor>(),
                 CheckStatusStyle::color(CheckStatus::Critical));
        QVERIFY(!shop.data(Qt::DecorationRole).value<QIcon>().isNull());
        QCOMPARE(shop.data(CheckListModel::TargetsRole).toInt(), 3);
        QVERIFY(shop.data(CheckListModel::SilencedUntilRole).isNull());
        QVERIFY(m_model->index(0, CheckListModel::NameColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("slow")));
    }

    void ackAndSilenceChangeTheRowInPlace()
    {
        QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        CheckStateStore states(m_db->db(), *m_clock);
        QVERIFY(states.acknowledge(m_ids.shopHttp).ok());
        QVERIFY(states.silence(m_ids.dbTcp, now + 3600 * 1000).ok());
        readAgain();
        QCOMPARE(reset.count(), 0);
        QCOMPARE(changed.count(), 1); // the two rows side by side, in one signal; not site's
        QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 0);
        QCOMPARE(changed.at(0).at(1).toModelIndex().row(), 1);
        QCOMPARE(cell(m_ids.shopHttp, CheckListModel::AcknowledgedColumn), QStringLiteral("yes"));
        QCOMPARE(m_model->index(m_model->rowOfCheck(m_ids.dbTcp), 0).data(CheckListModel::SilencedUntilRole),
                 QVariant(now + 3600 * 1000));
        QVERIFY(!cell(m_ids.dbTcp, CheckListModel::SilencedColumn).isEmpty());

        QVERIFY(states.unsilence(m_ids.dbTcp).ok());
        readAgain();
        QVERIFY(cell(m_ids.dbTcp, CheckListModel::SilencedColumn).isEmpty());
        QCOMPARE(reset.count(), 0);
    }

    void checksComeAndGoInPlace()
    {
        QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
        QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
        CheckStore checks(m_db->db(), *m_clock);
        auto added = checks.add(test::checkDef(QStringLiteral("cache-tcp"), CheckKind::Tcp, Importance::Error,
                                               {}, QStringLiteral("cache01")));
        QVERIFY(added.ok());
        readAgain();
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(m_model->rowOfCheck(*added), 0); // "cache-tcp" sorts first
        QCOMPARE(cell(*added, CheckListModel::StateColumn), QStringLiteral("pending"));
        QVERIFY(m_model->index(0, 0).data(CheckListModel::StatusRole).isNull());

        QVERIFY(checks.remove(m_ids.site).ok());
        readAgain();
        QCOMPARE(removed.count(), 1);
        QCOMPARE(m_model->rowCount(), 3);
        QCOMPARE(m_model->rowOfCheck(m_ids.site), -1);
        QCOMPARE(reset.count(), 0);
    }

    void aRecoveryRecordedByTheCheckerShows()
    {
        CheckStateStore states(m_db->db(), *m_clock);
        m_clock->advanceMs(60000);
        QVERIFY(states.acknowledge(m_ids.shopHttp).ok());
        const QList<CheckRuntime> recovered{test::checkRuntime(
            m_ids.shopHttp, QStringLiteral("web01"), CheckState::Passing, CheckStatus::Ok, now + 60000)};
        QVERIFY(states.record(recovered, {}).ok());
        readAgain();
        QCOMPARE(cell(m_ids.shopHttp, CheckListModel::StateColumn), QStringLiteral("passing"));
        QVERIFY(cell(m_ids.shopHttp, CheckListModel::AcknowledgedColumn).isEmpty()); // acks end at recovery
    }
};

QTEST_MAIN(TestCheckListModel)
#include "tst_checklistmodel.moc"
