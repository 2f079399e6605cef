// SourceTargetsModel: the machines of one source with their poll status, including the
// ones not polled yet; follows the selected source and refreshes in place.

#include "SourceFixture.h"
#include "TestSupport.h"
#include "sources/SourceStatusWatcher.h"
#include "sources/SourceTargetsModel.h"

#include <QAbstractItemModelTester>
#include <QBrush>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <memory>

using namespace opsdeck;

class TestSourceTargetsModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_db = std::make_unique<test::TempDatabase>();
        test::seedInventory(m_db->db());
        test::seedSources(m_db->db());
        m_model = new SourceTargetsModel(m_db->db(), this);
        m_tester = new QAbstractItemModelTester(m_model,
                                                QAbstractItemModelTester::FailureReportingMode::QtTest, this);
    }

    void cleanup()
    {
        delete m_tester;
        delete m_model;
        m_tester = nullptr;
        m_model = nullptr;
        m_db.reset();
    }

    void emptyWithoutASource()
    {
        QCOMPARE(m_model->rowCount(), 0);
        QVERIFY(show(0));
        QCOMPARE(m_model->rowCount(), 0);
    }

    void listsEveryMachineOfTheSource()
    {
        QVERIFY(show(1));
        QCOMPARE(m_model->rowCount(), 3);
        QStringList machines;
        for (int r = 0; r < m_model->rowCount(); ++r)
            machines << cell(r, SourceTargetsModel::MachineColumn);
        QCOMPARE(machines,
                 (QStringList{QStringLiteral("db01"), QStringLiteral("web01"), QStringLiteral("web02")}));

        // db01: never polled.
        QVERIFY(cell(0, SourceTargetsModel::StateColumn).startsWith(QLatin1String("stale")));
        QCOMPARE(cell(0, SourceTargetsModel::LastAttemptColumn), QStringLiteral("never"));
        QVERIFY(!m_model->index(0, SourceTargetsModel::LastOkColumn)
                     .data(SourceTargetsModel::EpochRole)
                     .isValid());
        // web01: ok.
        QCOMPARE(cell(1, SourceTargetsModel::StateColumn), QStringLiteral("ok"));
        QCOMPARE(cell(1, SourceTargetsModel::SamplesColumn), QStringLiteral("507"));
        QCOMPARE(cell(1, SourceTargetsModel::MalformedColumn), QStringLiteral("3"));
        // How much of its page was mapped, and its last malformed lines (tooltip and role).
        QCOMPARE(cell(1, SourceTargetsModel::MappedColumn), QStringLiteral("41 of 812"));
        const QStringList kept = m_model->index(1, SourceTargetsModel::MalformedColumn)
                                     .data(SourceTargetsModel::MalformedLinesRole)
                                     .toStringList();
        QCOMPARE(kept, (QStringList{QStringLiteral("line 12: bad label name: node_x{9=\"a\"} 1"),
                                    QStringLiteral("line 40: missing value: node_y")}));
        const QString tip =
            m_model->index(1, SourceTargetsModel::MalformedColumn).data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(QLatin1String("line 40: missing value: node_y")), qPrintable(tip));
        QCOMPARE(cell(2, SourceTargetsModel::MappedColumn), QString()); // no answer read
        QVERIFY(m_model->index(2, SourceTargetsModel::MalformedColumn)
                    .data(SourceTargetsModel::MalformedLinesRole)
                    .toStringList()
                    .isEmpty());
        QVERIFY(m_model->index(1, SourceTargetsModel::LastOkColumn)
                    .data(SourceTargetsModel::EpochRole)
                    .isValid());
        QVERIFY(cell(1, SourceTargetsModel::LastOkColumn) != QStringLiteral("never"));
        // web02: down, with its error.
        QCOMPARE(cell(2, SourceTargetsModel::StateColumn), QStringLiteral("down"));
        QCOMPARE(cell(2, SourceTargetsModel::LastErrorColumn), QStringLiteral("connection refused"));
        QCOMPARE(m_model->index(2, 0).data(SourceTargetsModel::StateRole).toInt(), int(TargetState::Down));
        QCOMPARE(m_model->index(2, SourceTargetsModel::StateColumn)
                     .data(Qt::ForegroundRole)
                     .value<QBrush>()
                     .color(),
                 SourceOverview::stateColor(TargetState::Down));
        QCOMPARE(m_model->index(1, SourceTargetsModel::StateColumn)
                     .data(Qt::ForegroundRole)
                     .value<QBrush>()
                     .color(),
                 SourceOverview::stateColor(TargetState::Ok));
        for (int c = 0; c < SourceTargetsModel::ColumnCount; ++c)
            QVERIFY(!m_model->headerData(c, Qt::Horizontal).toString().isEmpty());
    }

    void aBackendHasOneUnboundTarget()
    {
        QVERIFY(show(3));
        QCOMPARE(m_model->rowCount(), 1);
        QVERIFY(!cell(0, SourceTargetsModel::MachineColumn).isEmpty());
        QCOMPARE(m_model->rowAt(0)->machine, QString());
    }

    void followsTheSelectedSourceAndRefreshesInPlace()
    {
        QVERIFY(show(1));
        QVERIFY(show(2));
        QCOMPARE(m_model->rowCount(), 1);
        QCOMPARE(cell(0, SourceTargetsModel::MachineColumn), QStringLiteral("cache01"));

        SourceStatusWatcher watcher(60'000);
        m_model->refreshOn(&watcher);
        QSignalSpy reset(m_model, &QAbstractItemModel::modelReset);
        QSignalSpy loaded(m_model, &SourceTargetsModel::loaded);
        PollOutcome ok;
        ok.target = PollTarget{2, QStringLiteral("cache01"), QStringLiteral("10.0.2.1"), 22};
        ok.ok = true;
        ok.samples = 12;
        ok.startedMs = QDateTime::currentMSecsSinceEpoch();
        QVERIFY(SourceRepository(m_db->db()).record(ok, HealthPolicy{}).ok());
        watcher.notifyChanged();
        watcher.notifyChanged();
        watcher.fireNow();
        QTRY_COMPARE(loaded.size(), 1);
        QCOMPARE(reset.size(), 0);
        QCOMPARE(cell(0, SourceTargetsModel::StateColumn), QStringLiteral("ok"));
        QCOMPARE(cell(0, SourceTargetsModel::SamplesColumn), QStringLiteral("12"));
    }

    void aRemovedSourceIsReported()
    {
        QVERIFY(show(1));
        QVERIFY(SourceRepository(m_db->db()).remove(1).ok());
        QSignalSpy failed(m_model, &SourceTargetsModel::loadFailed);
        m_model->reload();
        QTRY_COMPARE(failed.size(), 1);
        QCOMPARE(m_model->rowCount(), 0);
    }

private:
    bool show(qint64 id)
    {
        QSignalSpy loaded(m_model, &SourceTargetsModel::loaded);
        m_model->setSourceId(id);
        return !loaded.isEmpty() || loaded.wait(5000);
    }
    QString cell(int row, int column) const { return m_model->index(row, column).data().toString(); }

    std::unique_ptr<test::TempDatabase> m_db;
    SourceTargetsModel* m_model = nullptr;
    QAbstractItemModelTester* m_tester = nullptr;
};

QTEST_MAIN(TestSourceTargetsModel)
#include "tst_sourcetargetsmodel.moc"
