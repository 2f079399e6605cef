// AlertHistoryModel: alert_events newest first, filtered in the database (since, check,
// importance, target), new events put on top in place; and CheckMonitor's alertsArrived
// for events another process recorded. On a SQLite file filled through the stores.

#include "CheckFixture.h"
#include "TestSupport.h"
#include "checks/AlertHistoryModel.h"
#include "checks/CheckMonitor.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <memory>

using namespace opsdeck;

class TestAlertHistoryModel : public QObject
{
    Q_OBJECT

    static constexpr qint64 now = 1'800'000'000'000;
    std::unique_ptr<test::TempDatabase> m_db;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<AlertHistoryModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    test::CheckIds m_ids;

    QStringList checksShown() const
    {
        QStringList out;
        for (int r = 0; r < m_model->rowCount(); ++r)
            out << m_model->index(r, AlertHistoryModel::CheckColumn).data().toString();
        return out;
    }
    void filterBy(const AlertFilter& f)
    {
        QSignalSpy loaded(m_model.get(), &AlertHistoryModel::loaded);
        m_model->setFilter(f);
        QVERIFY(loaded.wait(5000));
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_db = std::make_unique<test::TempDatabase>();
        m_clock = std::make_unique<ManualClock>(now);
        m_ids = test::seedChecks(m_db->db(), *m_clock);
        m_model = std::make_unique<AlertHistoryModel>(m_db->db());
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy loaded(m_model.get(), &AlertHistoryModel::loaded);
        m_model->reload();
        QVERIFY(loaded.wait(5000));
    }

    void cleanup()
    {
        m_tester.reset();
        m_model.reset();
        m_clock.reset();
        m_db.reset();
    }

    void listsNewestFirst()
    {
        QCOMPARE(checksShown(), (QStringList{QStringLiteral("shop-http"), QStringLiteral("db-tcp"),
                                             QStringLiteral("site")}));
        const QModelIndex top = m_model->index(0, AlertHistoryModel::TransitionColumn);
        QCOMPARE(top.data().toString(), QStringLiteral("passing → failing"));
        QCOMPARE(m_model->index(0, AlertHistoryModel::TargetColumn).data().toString(),
                 QStringLiteral("web01"));
        QCOMPARE(m_model->index(0, AlertHistoryModel::StatusColumn).data().toString(),
                 QStringLiteral("critical"));
        QCOMPARE(m_model->index(0, AlertHistoryModel::MessageColumn).data().toString(),
                 QStringLiteral("HTTP 503"));
        QCOMPARE(top.data(AlertHistoryModel::AtMsRole).toLongLong(), now - 60000);
        QCOMPARE(top.data(AlertHistoryModel::ImportanceRole).toInt(), int(Importance::Critical));
    }

    void filtersInTheDatabase()
    {
        AlertFilter f;
        f.minImportance = Importance::Error;
        filterBy(f);
        QCOMPARE(checksShown(), (QStringList{QStringLiteral("shop-http"), QStringLiteral("site")}));

        f = {};
        f.check = QStringLiteral("db-tcp");
        filterBy(f);
        QCOMPARE(checksShown(), QStringList{QStringLiteral("db-tcp")});

        f = {};
        f.target = QStringLiteral("web01");
        filterBy(f);
        QCOMPARE(checksShown(), QStringList{QStringLiteral("shop-http")});

        f = {};
        f.sinceMs = now - 150000;
        filterBy(f);
        QCOMPARE(checksShown(), (QStringList{QStringLiteral("shop-http"), QStringLiteral("db-tcp")}));

        f.check = QStringLiteral("nothing-like-it");
        filterBy(f);
        QCOMPARE(m_model->rowCount(), 0);
    }

    void newEventsGoOnTopInPlace()
    {
        QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
        QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
        const QList<AlertEvent> recovered{test::alertEvent(
            m_ids.shopHttp, QStringLiteral("web01"), CheckState::Failing, CheckState::Passing,
            CheckStatus::Ok, Importance::Critical, now + 1000, QStringLiteral("HTTP 200"))};
        QVERIFY(CheckStateStore(m_db->db(), *m_clock).record({}, recovered).ok());
        m_model->refresh();
        QTRY_COMPARE(m_model->rowCount(), 4);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(reset.count(), 0);
        QCOMPARE(m_model->index(0, AlertHistoryModel::TransitionColumn).data().toString(),
                 QStringLiteral("failing → passing"));
        QCOMPARE(m_model->index(1, AlertHistoryModel::MessageColumn).data().toString(),
                 QStringLiteral("HTTP 503"));
    }

    void monitorSaysWhatArrived()
    {
        CheckMonitor monitor(m_db->db(), *m_clock, 0);
        QSignalSpy updated(&monitor, &CheckMonitor::updated);
        QSignalSpy arrived(&monitor, &CheckMonitor::alertsArrived);
        monitor.refresh();
        QVERIFY(updated.wait(5000));
        QCOMPARE(arrived.count(), 0); // the history already there is not news

        const QList<AlertEvent> two{
            test::alertEvent(m_ids.site, QString(), CheckState::Passing, CheckState::Failing,
                             CheckStatus::Critical, Importance::Error, now + 1000,
                             QStringLiteral("HTTP 500")),
            test::alertEvent(m_ids.dbTcp, QStringLiteral("db01"), CheckState::Failing, CheckState::Passing,
                             CheckStatus::Ok, Importance::Warning, now + 2000, QStringLiteral("fast again")),
        };
        QVERIFY(CheckStateStore(m_db->db(), *m_clock).record({}, two).ok());
        monitor.refresh();
        QVERIFY(arrived.wait(5000));
        const auto events = arrived.at(0).at(0).value<QList<AlertEvent>>();
        QCOMPARE(events.size(), 2);
        QCOMPARE(events.at(0).checkName, QStringLiteral("site")); // oldest first
        QCOMPARE(events.at(1).message, QStringLiteral("fast again"));

        monitor.refresh();
        QVERIFY(updated.wait(5000));
        QCOMPARE(arrived.count(), 1);
    }
};

QTEST_MAIN(TestAlertHistoryModel)
#include "tst_alerthistorymodel.moc"
