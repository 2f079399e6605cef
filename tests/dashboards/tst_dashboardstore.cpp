// DashboardStore on either dialect (migration 0018 in both): save, get, list, replace
// (version bumped), refusal of an existing name and of `home`, remove; writes made along
// with a save (a Grafana import's sources) commit or roll back with it.

#include "TestDatabase.h"
#include "TestMessage.h"
#include "dashboards/DashboardStore.h"
#include "dashboards/HomeDashboard.h"
#include "sources/SourceRepository.h"

#include <QStandardPaths>
#include <QTest>

using namespace opsdeck;

namespace {

Dashboard dashboard(const QString& name, const QString& title)
{
    Dashboard d;
    d.name = name;
    d.title = title;
    Panel p;
    p.kind = PanelKind::Value;
    p.query.machine = QStringLiteral("web1");
    p.query.metric = QStringLiteral("loadavg-1");
    d.panels << p;
    return d;
}

} // namespace

class TestDashboardStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        OPSDECK_REQUIRE_TEST_DIALECT();
    }

    void saveGetListReplaceRemove()
    {
        test::TestDatabase tmp;
        DashboardStore store(tmp.db(), QStringLiteral("alice"));
        QVERIFY(store.save(dashboard(QStringLiteral("ops"), QStringLiteral("Ops")), false).ok());
        QVERIFY(store.save(dashboard(QStringLiteral("db"), QStringLiteral("DB")), false).ok());

        auto got = store.get(QStringLiteral("ops"));
        QVERIFY2(got.ok(), test::why(got).constData());
        QCOMPARE(got->dashboard, dashboard(QStringLiteral("ops"), QStringLiteral("Ops")));
        QCOMPARE(got->version, 1);
        if (!tmp.isPostgres()) // PostgreSQL stamps the database role (0016's rule)
            QCOMPARE(got->changedBy, QStringLiteral("alice"));

        auto all = store.list();
        QVERIFY(all.ok());
        QCOMPARE(all->size(), 2);
        QCOMPARE(all->at(0).dashboard.name, QStringLiteral("db")); // by name

        const auto again = store.save(dashboard(QStringLiteral("ops"), QStringLiteral("Other")), false);
        QVERIFY(!again.ok());
        QCOMPARE(again.error().code, Error::Code::Refused);
        QCOMPARE(store.get(QStringLiteral("ops"))->dashboard.title, QStringLiteral("Ops")); // untouched

        QVERIFY(store.save(dashboard(QStringLiteral("ops"), QStringLiteral("Other")), true).ok());
        QCOMPARE(store.get(QStringLiteral("ops"))->dashboard.title, QStringLiteral("Other"));
        QCOMPARE(store.get(QStringLiteral("ops"))->version, 2);

        QVERIFY(store.remove(QStringLiteral("ops")).ok());
        QCOMPARE(store.get(QStringLiteral("ops")).error().code, Error::Code::NotFound);
        QCOMPARE(store.remove(QStringLiteral("ops")).error().code, Error::Code::NotFound);
        QCOMPARE(*store.exists(QStringLiteral("db")), true);
    }

    void alsoWriteSharesTheTransaction()
    {
        test::TestDatabase tmp;
        DashboardStore store(tmp.db());
        SourceRepository sources(tmp.db());
        Source s;
        s.kind = SourceKind::Prometheus;
        s.url = QStringLiteral("http://prom.example:9090");
        s.query = QStringLiteral("up");
        s.asKey = QStringLiteral("up");
        // The extra write fails after adding a source: neither the source nor the dashboard stays.
        Status st = store.save(dashboard(QStringLiteral("g1"), QStringLiteral("G1")), false, [&]() -> Status {
            if (auto id = sources.add(s, 1); !id.ok())
                return id.error();
            return Error::failure(QStringLiteral("second source refused"));
        });
        QVERIFY(!st.ok());
        QCOMPARE(st.error().message, QStringLiteral("second source refused"));
        QVERIFY(sources.list().valueOr({}).isEmpty());
        QVERIFY(!store.get(QStringLiteral("g1")).ok());
        // Both commit together.
        st = store.save(dashboard(QStringLiteral("g1"), QStringLiteral("G1")), false, [&]() -> Status {
            auto id = sources.add(s, 1);
            return id.ok() ? Status() : Status(id.error());
        });
        QVERIFY2(st.ok(), test::why(st).constData());
        QCOMPARE(sources.list().valueOr({}).size(), 1);
        QVERIFY(store.get(QStringLiteral("g1")).ok());
        // An existing name without replace: refused before the extra write runs.
        bool ran = false;
        st = store.save(dashboard(QStringLiteral("g1"), QStringLiteral("G1")), false, [&]() -> Status {
            ran = true;
            return {};
        });
        QCOMPARE(st.error().code, Error::Code::Refused);
        QVERIFY(!ran);
    }

    void homeIsBuiltIn()
    {
        test::TestDatabase tmp;
        DashboardStore store(tmp.db());
        const auto saved = store.save(HomeDashboard::build(), true);
        QCOMPARE(saved.error().code, Error::Code::Refused);
        QCOMPARE(store.remove(QStringLiteral("home")).error().code, Error::Code::Refused);
        QCOMPARE(store.list()->size(), 0);
    }

    void invalidIsNotWritten()
    {
        test::TestDatabase tmp;
        DashboardStore store(tmp.db());
        Dashboard bad = dashboard(QStringLiteral("bad"), QStringLiteral("Bad"));
        bad.panels.first().query.metric.clear();
        const auto saved = store.save(bad, false);
        QCOMPARE(saved.error().code, Error::Code::Usage);
        QVERIFY2(saved.error().message.startsWith(QStringLiteral("panels[0].query.metric")),
                 test::why(saved).constData());
        QCOMPARE(store.list()->size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestDashboardStore)
#include "tst_dashboardstore.moc"
