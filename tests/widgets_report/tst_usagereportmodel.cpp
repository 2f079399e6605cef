#include "report/UsageReportModel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace opsdeck;

class TstUsageReportModel : public QObject
{
    Q_OBJECT
private:
    static UsageReport::Report sample()
    {
        UsageReport::Report r;
        r.key = {QStringLiteral("vm1"), QStringLiteral("traffic-eth0-rxbytes"), QStringLiteral("local")};
        r.resolution = 60;
        r.periods = {{600, 1200000.0}, {1200, std::nullopt}, {1800, 0.25}, {2400, 1.0 / 3.0}};
        return r;
    }

private slots:
    void tableShowsPeriodsAndNulls()
    {
        UsageReportModel model;
        new QAbstractItemModelTester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest, this);
        QCOMPARE(model.rowCount(), 0);
        model.setReport(sample());
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.columnCount(), 2);
        QCOMPARE(
            model.index(0, UsageReportModel::StartColumn).data(UsageReportModel::StartSecsRole).toLongLong(),
            600);
        QCOMPARE(model.index(0, UsageReportModel::ValueColumn).data().toString(), QStringLiteral("1200000"));
        QCOMPARE(model.index(1, UsageReportModel::ValueColumn).data().toString(), QStringLiteral("—"));
        QVERIFY(!model.index(1, UsageReportModel::ValueColumn).data(Qt::EditRole).isValid());
        QVERIFY(!model.index(1, 0).data(UsageReportModel::HasValueRole).toBool());
        QCOMPARE(model.index(2, UsageReportModel::ValueColumn).data(Qt::EditRole).toDouble(), 0.25);
        QCOMPARE(
            model.index(2, UsageReportModel::StartColumn).data(Qt::EditRole).toDateTime().toSecsSinceEpoch(),
            1800);
        QVERIFY(!model.headerData(UsageReportModel::ValueColumn, Qt::Horizontal).toString().isEmpty());
        model.clear();
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(model.isEmpty());
    }

    void csvAsTheCliWritesIt()
    {
        QCOMPARE(UsageReportModel::csvOf(sample()),
                 QByteArray("start,value\n600,1200000\n1200,\n1800,0.25\n2400,0.333333333333333\n"));
        QCOMPARE(UsageReportModel::csvOf({}), QByteArray("start,value\n"));
    }

    void chartBreaksAtEmptyPeriods()
    {
        const ChartData chart = UsageReportModel::chartOf(sample(), QStringLiteral("t"));
        QCOMPARE(chart.lines.size(), 1);
        QCOMPARE(chart.lines[0].segments.size(), 2);
        QCOMPARE(chart.lines[0].segments[0].size(), 1);
        QCOMPARE(chart.lines[0].segments[1].size(), 2);
        QCOMPARE(chart.lines[0].segments[1][0], QPointF(1800000.0, 0.25));
    }
};

QTEST_GUILESS_MAIN(TstUsageReportModel)
#include "tst_usagereportmodel.moc"
