// models/dashboards under QAbstractItemModelTester: a table panel's cells formatted in
// their units ("—" for nothing known) and the picker's list (Home first, stored by name,
// Home never duplicated or dropped).

#include "dashboards/DashboardListModel.h"
#include "dashboards/PanelTableModel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace opsdeck;

class TestDashboardModels : public QObject
{
    Q_OBJECT

private slots:
    void panelTable()
    {
        PanelTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        PanelTable t;
        t.rowHeader = QStringLiteral("URL");
        t.columns = {QStringLiteral("qps"), QStringLiteral("response_time"), QStringLiteral("availability")};
        t.units = {ValueUnit::OpsPerSec, ValueUnit::Number, ValueUnit::Percent};
        t.rows = {QStringLiteral("https://a.example"), QStringLiteral("https://b.example")};
        t.cells = {{2.0, 120.0, 95.0}, {std::nullopt, 80.5, std::nullopt}};
        model.setTable(t);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), 4);
        QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), QStringLiteral("URL"));
        QCOMPARE(model.headerData(3, Qt::Horizontal).toString(), QStringLiteral("Availability"));
        QCOMPARE(model.data(model.index(0, 0)).toString(), QStringLiteral("https://a.example"));
        QVERIFY(model.data(model.index(0, 3)).toString().contains(QStringLiteral("95")));
        QVERIFY(model.data(model.index(0, 3)).toString().contains(QLatin1Char('%')));
        QCOMPARE(model.data(model.index(0, 2)).toString(), QStringLiteral("120.0 ms"));
        QCOMPARE(model.data(model.index(1, 1)).toString(), QStringLiteral("—"));
        QVERIFY(!model.data(model.index(1, 1), Qt::UserRole).isValid());
        QCOMPARE(model.data(model.index(1, 2), Qt::UserRole).toDouble(), 80.5);
        model.setTable({});
        QCOMPARE(model.rowCount(), 0);
    }

    void dashboardList()
    {
        DashboardListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.data(model.index(0, 0), DashboardListModel::NameRole).toString(),
                 QStringLiteral("home"));
        QCOMPARE(model.data(model.index(0, 0), DashboardListModel::BuiltInRole).toBool(), true);
        Dashboard b;
        b.name = QStringLiteral("b");
        b.title = QStringLiteral("Bravo");
        Dashboard a;
        a.name = QStringLiteral("a");
        a.title = QStringLiteral("a");
        Dashboard fakeHome;
        fakeHome.name = QStringLiteral("home");
        model.setStored({b, a, fakeHome});
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.rowOf(QStringLiteral("a")), 1);
        QCOMPARE(model.rowOf(QStringLiteral("b")), 2);
        QCOMPARE(model.data(model.index(2, 0)).toString(), QStringLiteral("Bravo (b)"));
        QCOMPARE(model.data(model.index(1, 0)).toString(), QStringLiteral("a"));
        QCOMPARE(model.dashboard(0)->panels.size(), 6); // the built-in one, not the stored "home"
        model.setStored({a});
        QCOMPARE(model.rowCount(), 2);
        model.setStored({});
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.rowOf(QStringLiteral("a")), -1);
    }
};

QTEST_MAIN(TestDashboardModels)
#include "tst_dashboardmodels.moc"
