// SourceTableModel: one row per source with its targets' summary, loaded off the GUI
// thread, refreshed in place, and reloaded (coalesced) on the poll scheduler's signals.

#include "SourceFixture.h"
#include "TestSupport.h"
#include "sources/PollScheduler.h"
#include "sources/SourceStatusWatcher.h"
#include "sources/SourceTableModel.h"

#include <QAbstractItemModelTester>
#include <QBrush>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <memory>

using namespace opsdeck;

class TestSourceTableModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_db = std::make_unique<test::TempDatabase>();
        test::seedInventory(m_db->db());
        test::seedSources(m_db->db());
        m_model = new SourceTableModel(m_db->db(), this);
        m_tester = new QAbstractItemModelTester(m_model,
                                                QAbstractItemModelTester::FailureReportingMode::QtTest, this);
        QVERIFY(load());
    }

    void cleanup()
    {
        delete m_tester;
        delete m_model;
        m_tester = nullptr;
        m_model = nullptr;
        m_db.reset();
    }

    void listsEverySourceWithItsTargets()
    {
        QCOMPARE(m_model->rowCount(), 3);
        QCOMPARE(m_model->columnCount(), int(SourceTableModel::ColumnCount));
        QCOMPARE(cell(0, SourceTableModel::KindColumn), QStringLiteral("node-exporter"));
        QCOMPARE(cell(0, SourceTableModel::UrlColumn), QStringLiteral("http://{address}:9100/metrics"));
        QVERIFY(cell(0, SourceTableModel::BindingColumn).contains(QLatin1String("shop")));
        QCOMPARE(cell(0, SourceTableModel::TargetsColumn), QStringLiteral("3"));
        QCOMPARE(cell(0, SourceTableModel::OkColumn), QStringLiteral("1"));
        QCOMPARE(cell(0, SourceTableModel::StaleColumn), QStringLiteral("1")); // db01, never polled
        QCOMPARE(cell(0, SourceTableModel::DownColumn), QStringLiteral("1"));
        QCOMPARE(cell(0, SourceTableModel::LastErrorColumn), QStringLiteral("web02: connection refused"));
        QCOMPARE(cell(0, SourceTableModel::MalformedColumn), QStringLiteral("3"));

        QVERIFY(cell(1, SourceTableModel::BindingColumn).contains(QLatin1String("cache01")));
        QCOMPARE(cell(1, SourceTableModel::IntervalColumn), QStringLiteral("30 s"));
        QCOMPARE(cell(1, SourceTableModel::TimeoutColumn), QStringLiteral("5 s"));
        QCOMPARE(m_model->index(1, 0).data(SourceTableModel::EnabledRole).toBool(), false);
        QCOMPARE(m_model->index(0, 0).data(SourceTableModel::EnabledRole).toBool(), true);
        QCOMPARE(cell(1, SourceTableModel::StaleColumn), QStringLiteral("1"));

        QVERIFY(cell(2, SourceTableModel::UrlColumn).contains(QLatin1String("servers.*.load")));
        QCOMPARE(cell(2, SourceTableModel::TargetsColumn), QStringLiteral("1"));
        QCOMPARE(m_model->index(2, 0).data(SourceTableModel::SourceIdRole).toLongLong(), qint64(3));
        QCOMPARE(m_model->rowOfSource(2), 1);
        QCOMPARE(m_model->rowOfSource(99), -1);
    }

    void statesHaveColourAndText()
    {
        QCOMPARE(m_model->index(0, 0).data(SourceTableModel::WorstStateRole).toInt(), int(TargetState::Down));
        const auto colour = [&](int column) {
            return m_model->index(0, column).data(Qt::ForegroundRole).value<QBrush>().color();
        };
        QCOMPARE(colour(SourceTableModel::OkColumn), SourceOverview::stateColor(TargetState::Ok));
        QCOMPARE(colour(SourceTableModel::StaleColumn), SourceOverview::stateColor(TargetState::Stale));
        QCOMPARE(colour(SourceTableModel::DownColumn), SourceOverview::stateColor(TargetState::Down));
        QVERIFY(SourceOverview::stateColor(TargetState::Ok) != SourceOverview::stateColor(TargetState::Down));
        // No colour on a zero count.
        QVERIFY(!m_model->index(1, SourceTableModel::DownColumn).data(Qt::ForegroundRole).isValid());
        for (int c = 0; c < SourceTableModel::ColumnCount; ++c)
            QVERIFY(!m_model->headerData(c, Qt::Horizontal).toString().isEmpty());
    }

    void aStatusChangeUpdatesInPlace()
    {
        QSignalSpy reset(m_model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);
        PollOutcome ok;
        ok.target = PollTarget{1, QStringLiteral("web02"), QStringLiteral("10.0.0.2"), 22};
        ok.ok = true;
        ok.startedMs = QDateTime::currentMSecsSinceEpoch();
        QVERIFY(SourceRepository(m_db->db()).record(ok, HealthPolicy{}).ok());
        QVERIFY(load());
        QCOMPARE(reset.size(), 0);
        QVERIFY(changed.size() >= 1);
        QCOMPARE(cell(0, SourceTableModel::OkColumn), QStringLiteral("2"));
        QCOMPARE(cell(0, SourceTableModel::DownColumn), QStringLiteral("0"));
        QCOMPARE(cell(0, SourceTableModel::LastErrorColumn), QString());
    }

    void anAddedOrRemovedSourceResets()
    {
        QSignalSpy reset(m_model, &QAbstractItemModel::modelReset);
        QVERIFY(SourceRepository(m_db->db()).remove(2).ok());
        QVERIFY(load());
        QCOMPARE(reset.size(), 1);
        QCOMPARE(m_model->rowCount(), 2);
        QCOMPARE(m_model->rowOfSource(3), 1);
    }

    void pollSignalsReloadOnceAfterTheInterval()
    {
        PollScheduler scheduler(
            m_db->db(), [](const SampleBatch&) { return Status{}; }, Clock::system(),
            PollScheduler::Options{});
        SourceStatusWatcher watcher(60'000); // driven by hand below
        watcher.watch(&scheduler);
        m_model->refreshOn(&watcher);
        QSignalSpy due(&watcher, &SourceStatusWatcher::refreshDue);
        QSignalSpy loaded(m_model, &SourceTableModel::loaded);

        QVERIFY(SourceRepository(m_db->db()).setEnabled(2, true).ok());
        PollOutcome o;
        for (int i = 0; i < 50; ++i)
            emit scheduler.polled(o);
        emit scheduler.targetStateChanged(1, QStringLiteral("web02"), TargetState::Ok);
        QTRY_VERIFY(watcher.isPending()); // queued connections delivered
        QCoreApplication::processEvents();
        QCOMPARE(due.size(), 0);
        QCOMPARE(loaded.size(), 0);
        watcher.fireNow();
        QCOMPARE(due.size(), 1);
        QVERIFY(!watcher.isPending());
        QTRY_COMPARE(loaded.size(), 1);
        QCOMPARE(m_model->index(1, 0).data(SourceTableModel::EnabledRole).toBool(), true);
        watcher.fireNow(); // nothing pending: nothing happens
        QCOMPARE(due.size(), 1);

        // A real timer fires on its own.
        watcher.setIntervalMs(10);
        emit scheduler.sourcesLoaded(3);
        QTRY_COMPARE(due.size(), 2);
        QTRY_COMPARE(loaded.size(), 2);
    }

    void aDatabaseErrorIsReported()
    {
        QSqlDatabase c = m_db->db()->connection();
        QVERIFY(Database::exec(c, QStringLiteral("DROP TABLE source_targets")).ok());
        QSignalSpy failed(m_model, &SourceTableModel::loadFailed);
        m_model->reload();
        QTRY_COMPARE(failed.size(), 1);
        QVERIFY(!failed.first().first().toString().isEmpty());
        QCOMPARE(m_model->rowCount(), 3); // what was shown stays
    }

private:
    bool load()
    {
        QSignalSpy loaded(m_model, &SourceTableModel::loaded);
        m_model->reload();
        return loaded.wait(5000);
    }
    QString cell(int row, int column) const { return m_model->index(row, column).data().toString(); }

    std::unique_ptr<test::TempDatabase> m_db;
    SourceTableModel* m_model = nullptr;
    QAbstractItemModelTester* m_tester = nullptr;
};

QTEST_MAIN(TestSourceTableModel)
#include "tst_sourcetablemodel.moc"
