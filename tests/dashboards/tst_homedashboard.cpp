// The built-in home dashboard (Loki's home page) over a real SQLite cache with known
// data (HomeFixture.h): the company's CPU leaves the pool machine out, resource use per
// product line, the domain's QPS / response time / bandwidth / availability, and the
// product lines' availability over a day and as n-day averages.

#include "HomeFixture.h"
#include "dashboards/DashboardJson.h"
#include "dashboards/HomeDashboard.h"
#include "dashboards/PanelEvaluator.h"
#include "dashboards/PanelSeries.h"

#include <QTest>

using namespace opsdeck;

class TestHomeDashboard : public QObject
{
    Q_OBJECT

    test::HomeFixture f;
    std::unique_ptr<MetricStore> store;

    PanelData evaluate(int index)
    {
        PanelEvaluator e(*store, f.db);
        auto d = e.evaluate(HomeDashboard::build().panels.at(index), {0, f.now});
        if (!d.ok())
            qWarning() << d.error().message;
        return d.ok() ? *d : PanelData();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(f.build());
        store = std::make_unique<MetricStore>(f.db);
        store->setMaintenanceIntervalMs(0);
    }

    void isAValidDashboard()
    {
        const Dashboard home = HomeDashboard::build();
        QCOMPARE(home.name, QStringLiteral("home"));
        QVERIFY(DashboardJson::validate(home).ok());
        auto back = DashboardJson::parse(DashboardJson::serialize(home));
        QVERIFY(back.ok());
        QCOMPARE(*back, home);
    }

    void companyCpuLeavesThePoolOut()
    {
        const PanelData d = evaluate(0);
        QVERIFY2(d.problem.isEmpty(), qPrintable(d.problem));
        QVERIFY(d.value);
        QVERIFY2(std::abs(*d.value - 40.0) < 0.01, qPrintable(QString::number(*d.value)));
        QCOMPARE(d.unit, ValueUnit::Percent);

        PanelEvaluator e(*store, f.db);
        auto machines = e.machinesOf(HomeDashboard::build().panels.at(0).query);
        QVERIFY(machines.ok());
        QCOMPARE(*machines,
                 (QStringList{QStringLiteral("db1"), QStringLiteral("web1"), QStringLiteral("web2")}));
    }

    void cpuChartHasOneLinePerAssignedMachine()
    {
        const PanelData d = evaluate(1);
        QVERIFY2(d.problem.isEmpty(), qPrintable(d.problem));
        QCOMPARE(d.chart.lines.size(), 3);
        QVERIFY(d.chart.pointCount() > 50);
        for (const ChartLine& line : d.chart.lines) // a minute of data a point, no gap: one segment
            QCOMPARE(line.segments.size(), 1);
        QCOMPARE(d.chart.unit, QStringLiteral("%"));
    }

    void resourceUseByProductLine()
    {
        const PanelData d = evaluate(2);
        QVERIFY2(d.problem.isEmpty(), qPrintable(d.problem));
        QCOMPARE(d.table.rows, (QStringList{QStringLiteral("data"), QStringLiteral("shop")}));
        QCOMPARE(d.table.columns,
                 (QStringList{QStringLiteral("cpu"), QStringLiteral("memory"), QStringLiteral("disk")}));
        const auto& data = d.table.cells.at(0);
        const auto& shop = d.table.cells.at(1);
        QVERIFY(data.at(0) && std::abs(*data.at(0) - 60.0) < 0.01);
        QVERIFY(shop.at(0) && std::abs(*shop.at(0) - 30.0) < 0.01); // (20 + 40) / 2
        QVERIFY(shop.at(1) && std::abs(*shop.at(1) - 25.0) < 0.01);
        QVERIFY(shop.at(2) && std::abs(*shop.at(2) - 30.0) < 0.01);
    }

    void domains()
    {
        const PanelData d = evaluate(3);
        QVERIFY2(d.problem.isEmpty(), qPrintable(d.problem));
        QCOMPARE(d.table.rows, QStringList{QStringLiteral("https://shop.example.com/api")});
        const auto& row = d.table.cells.at(0);
        QVERIFY(row.at(0) && *row.at(0) > 1.8 && *row.at(0) < 2.1); // qps
        QVERIFY(row.at(1) && std::abs(*row.at(1) - 120.0) < 0.01);  // ms
        QVERIFY(row.at(2) && std::abs(*row.at(2) - 1000.0) < 0.01); // bytes/s
        QVERIFY(row.at(3) && std::abs(*row.at(3) - 95.0) < 0.01);   // (90 + 5) / (120 - 20)
    }

    void productLineAvailabilityAndNDayAverages()
    {
        for (int panel : {4, 5}) {
            const PanelData d = evaluate(panel);
            QVERIFY2(d.problem.isEmpty(), qPrintable(d.problem));
            // data has no URL bound: not listed (Loki's rule).
            QCOMPARE(d.table.rows, QStringList{QStringLiteral("shop")});
            const auto& row = d.table.cells.at(0);
            QVERIFY(row.at(0) && std::abs(*row.at(0) - 95.0) < 0.01);
            QVERIFY(row.at(1) && std::abs(*row.at(1) - 120.0) < 0.01);
        }
    }

    void unknownNodeIsAProblemNotAFailure()
    {
        Panel p = HomeDashboard::build().panels.at(0);
        p.query.node = QStringLiteral("nowhere");
        PanelEvaluator e(*store, f.db);
        auto d = e.evaluate(p, {0, f.now});
        QVERIFY(d.ok());
        QVERIFY(d->problem.contains(QStringLiteral("nowhere")));
        QVERIFY(!d->value);
    }

    void statistics()
    {
        QList<double> v{5, 1, 3, 2, 4, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20};
        QCOMPARE(*PanelSeries::ofValues(v, PanelStatistic::P95), 19.0);
        QCOMPARE(*PanelSeries::ofValues(v, PanelStatistic::Last), 20.0);
        QCOMPARE(*PanelSeries::ofValues(v, PanelStatistic::Sum), 210.0);
        QCOMPARE(*PanelSeries::ofValues(v, PanelStatistic::Min), 1.0);
        QVERIFY(!PanelSeries::ofValues({}, PanelStatistic::Avg));
    }
};

QTEST_GUILESS_MAIN(TestHomeDashboard)
#include "tst_homedashboard.moc"
