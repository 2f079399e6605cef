// RetentionRules: carbon's storage-schemas.conf (seed 001), first match wins, the
// settings row, and the store giving each series its own rule's retention.

#include "TestSupport.h"
#include "metrics/MetricStore.h"
#include "metrics/RetentionRules.h"

#include <QStandardPaths>
#include <QTest>

using namespace opsdeck;

namespace {

constexpr qint64 T0 = 1699920000; // a UTC midnight

const QByteArray kSeedSchemas = "# Schema definitions for Whisper files. Entries are scanned in order,\n"
                                "# and first match wins.\n"
                                "[carbon]\n"
                                "pattern = ^carbon\\.\n"
                                "retentions = 60:90d\n"
                                "\n"
                                "[server]\n"
                                "pattern = ^server\\..*\n"
                                "retentions = 60s:1d,5m:7d,15m:3y\n"
                                "\n"
                                "[default]\n"
                                "pattern = .*\n"
                                "retentions = 60s:1d,5m:7d\n";

} // namespace

class TstRetentionRules : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void parsesCarbonSchemas()
    {
        auto imported = RetentionRules::parseSchemas(kSeedSchemas, QStringLiteral("storage-schemas.conf"));
        QVERIFY2(imported.ok(), imported.ok() ? "" : qPrintable(imported.error().message));
        const RetentionRules& rules = imported->rules;
        QCOMPARE(rules.rules().size(), 2);
        QCOMPARE(rules.rules().at(0).name, QStringLiteral("carbon"));
        QCOMPARE(rules.rules().at(0).policy.toString(), QStringLiteral("1m:90d"));
        QCOMPARE(rules.rules().at(1).name, QStringLiteral("server"));
        QCOMPARE(rules.rules().at(1).policy.toString(), QStringLiteral("1m:1d,5m:7d,15m:1095d"));
        QVERIFY(imported->defaultPolicy);
        QCOMPARE(imported->defaultPolicy->toString(), QStringLiteral("1m:1d,5m:7d"));

        QCOMPARE(rules.match(QStringLiteral("server.web1.load"))->toString(),
                 rules.rules().at(1).policy.toString());
        QCOMPARE(rules.match(QStringLiteral("carbon.agents.x"))->toString(), QStringLiteral("1m:90d"));
        QVERIFY(!rules.match(QStringLiteral("test.a")));
        QVERIFY(!rules.match(QStringLiteral("cpu-user")));
    }

    void badSchemasNameFileAndLine()
    {
        auto noRet = RetentionRules::parseSchemas(
            "[a]\npattern = ^a\n\n[b]\npattern = x\nretentions = 1m:1d\n", QStringLiteral("s.conf"));
        QVERIFY(!noRet.ok());
        QCOMPARE(noRet.error().code, Error::Code::Usage);
        QVERIFY2(noRet.error().message.startsWith(QLatin1String("s.conf line 1: ")),
                 qPrintable(noRet.error().message));
        auto badRe = RetentionRules::parseSchemas("[a]\npattern = ^(a\nretentions = 1m:1d\n",
                                                  QStringLiteral("s.conf"));
        QVERIFY(!badRe.ok());
        QVERIFY(badRe.error().message.contains(QLatin1String("s.conf line 1")));
        auto badRet = RetentionRules::parseSchemas("\n[a]\npattern = a\nretentions = 5m:1d,1m:7d\n",
                                                   QStringLiteral("s.conf"));
        QVERIFY(!badRet.ok());
        QVERIFY(badRet.error().message.startsWith(QLatin1String("s.conf line 2: ")));
        auto junk = RetentionRules::parseSchemas("pattern = a\n", QStringLiteral("s.conf"));
        QVERIFY(!junk.ok());
        QVERIFY(junk.error().message.startsWith(QLatin1String("s.conf line 1: ")));
    }

    void addRemoveFirstMatchWins()
    {
        RetentionRules rules;
        QVERIFY(
            rules.add(QStringLiteral("wide"), QStringLiteral("^server\\."), QStringLiteral("1m:1d")).ok());
        QVERIFY(rules
                    .add(QStringLiteral("narrow"), QStringLiteral("^server\\.db"),
                         QStringLiteral("10s:1h,1m:1d"), 0)
                    .ok());
        QCOMPARE(rules.match(QStringLiteral("server.db1.qps"))->baseStep(), 10);
        QCOMPARE(rules.match(QStringLiteral("server.web1.qps"))->baseStep(), 60);
        QVERIFY(!rules.add(QStringLiteral("x"), QStringLiteral("("), QStringLiteral("1m:1d")).ok());
        QVERIFY(!rules.add(QStringLiteral("default"), QStringLiteral("a"), QStringLiteral("1m:1d")).ok());
        QVERIFY(!rules.add(QStringLiteral("y"), QStringLiteral("a"), QStringLiteral("1d:1m")).ok());
        QVERIFY(rules.remove(QStringLiteral("narrow")));
        QVERIFY(!rules.remove(QStringLiteral("narrow")));
        QCOMPARE(rules.match(QStringLiteral("server.db1.qps"))->baseStep(), 60);
    }

    void savedAndLoaded()
    {
        test::TempDatabase tdb;
        QSqlDatabase c = tdb->connection();
        auto none = RetentionRules::load(c);
        QVERIFY(none.ok());
        QVERIFY(none->isEmpty());
        auto imported = RetentionRules::parseSchemas(kSeedSchemas, QStringLiteral("s"));
        QVERIFY(imported->rules.save(c).ok());
        auto back = RetentionRules::load(c);
        QVERIFY(back.ok());
        QCOMPARE(back->toText(), imported->rules.toText());
        QVERIFY(RetentionRules().save(c).ok()); // empty: the row goes
        QVERIFY(RetentionRules::load(c)->isEmpty());
    }

    void seriesFollowTheirRule()
    {
        test::TempDatabase tdb;
        ManualClock clock(T0 * 1000);
        MetricStore store(tdb.db(), clock);
        store.setMaintenanceIntervalMs(0);
        RetentionRules rules;
        QVERIFY(rules
                    .add(QStringLiteral("server"), QStringLiteral("^server\\..*"),
                         QStringLiteral("60s:1d,5m:7d,15m:3y"))
                    .ok());
        QVERIFY(store.setRetentionRules(rules).ok());
        QCOMPARE(store.retentionRules().toText(), rules.toText());

        // Three days of one-minute data for a server.* path and another one.
        qint64 t = T0 - 3 * 86400;
        clock.setMs(t * 1000);
        while (t < T0) {
            SampleBatch batch;
            for (int i = 0; i < 720; ++i, t += 60) {
                batch.append(
                    IncomingSample{{QString(), QStringLiteral("server.web1.load"), QStringLiteral("push")},
                                   SeriesType::Gauge,
                                   t,
                                   2.0});
                batch.append(IncomingSample{{QString(), QStringLiteral("test.a"), QStringLiteral("push")},
                                            SeriesType::Gauge,
                                            t,
                                            3.0});
            }
            clock.setMs(t * 1000);
            QVERIFY(store.append(batch).ok());
            QVERIFY(store.flush().ok());
            QVERIFY(store.maintain().ok());
        }
        const qint64 now = clock.nowSecs();
        auto query = [&](const QString& metric) {
            MetricQuery q;
            q.metric = metric;
            q.from = now - 36 * 3600;
            q.to = now;
            return store.query(q);
        };
        auto server = query(QStringLiteral("server.web1.load"));
        QVERIFY2(server.ok(), server.ok() ? "" : qPrintable(server.error().message));
        QCOMPARE(server->resolution, 300); // its raw archive keeps one day
        auto other = query(QStringLiteral("test.a"));
        QVERIFY(other.ok());
        QCOMPARE(other->resolution, 60); // the default keeps raw data two days

        // The rules survive a new store on the same database.
        MetricStore again(tdb.db(), clock);
        QCOMPARE(again.retentionRules().toText(), rules.toText());
        QVERIFY(again.retentionStatus().ok());
    }
};

QTEST_GUILESS_MAIN(TstRetentionRules)
#include "tst_retentionrules.moc"
