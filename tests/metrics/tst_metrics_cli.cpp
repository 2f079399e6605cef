#include "TestSupport.h"
#include "metrics/MetricStore.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace opsdeck;

class TstMetricsCli : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TempDatabase> m_db;
    qint64 m_start = 0;

    QStringList base() const { return {QStringLiteral("--db"), m_db->path(), QStringLiteral("metrics")}; }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_db = std::make_unique<test::TempDatabase>();
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        m_start = (now - 7200) / 60 * 60;
        MetricStore store(m_db->db());
        SampleBatch batch;
        for (qint64 t = m_start; t <= m_start + 3600; t += 60) {
            batch.append({{QStringLiteral("web1"), QStringLiteral("loadavg-1"), QStringLiteral("local")},
                          SeriesType::Gauge,
                          t,
                          double((t - m_start) / 60)});
            batch.append(
                {{QStringLiteral("web1"), QStringLiteral("traffic-eth0-rxbytes"), QStringLiteral("local")},
                 SeriesType::Derive,
                 t,
                 double(t - m_start) * 500});
            for (const auto& [cls, n] : {std::pair{"2xx", 97.0}, {"3xx", 1.0}, {"4xx", 10.0}, {"5xx", 2.0}})
                batch.append({{QString(), QStringLiteral("site.www.") + QLatin1String(cls),
                               QStringLiteral("graphite-push")},
                              SeriesType::Gauge,
                              t,
                              n});
        }
        QVERIFY(store.append(batch).ok());
        QVERIFY(store.flush().ok());
    }

    void retentionRulesImportListAddRemove()
    {
        QTemporaryDir dir;
        test::TempDatabase tdb;
        {
            // One pushed series that the import moves under another retention.
            MetricStore store(tdb.db());
            QVERIFY(store
                        .append({IncomingSample{
                            {QString(), QStringLiteral("server.web1.load"), QStringLiteral("graphite-push")},
                            SeriesType::Gauge,
                            QDateTime::currentSecsSinceEpoch(),
                            1}})
                        .ok());
            QVERIFY(store.flush().ok());
        }
        const QString db = tdb.path();
        const QString conf = dir.filePath(QStringLiteral("storage-schemas.conf"));
        QFile f(conf);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("[server]\npattern = ^server\\..*\nretentions = 60s:1d,5m:7d,15m:3y\n\n"
                "[default]\npattern = .*\nretentions = 60s:1d,5m:7d\n");
        f.close();
        auto cli = [&](const QStringList& args) {
            return test::runCli(QStringList{QStringLiteral("--db"), db, QStringLiteral("metrics"),
                                            QStringLiteral("retention")} +
                                args);
        };
        auto imported = cli({QStringLiteral("import"), conf});
        QVERIFY2(imported.exitCode == 0, imported.err.constData());
        QVERIFY2(imported.err.contains("1 existing series now follow another retention"),
                 imported.err.constData());
        QVERIFY(cli({QStringLiteral("add"), QStringLiteral("db"), QStringLiteral("--pattern"),
                     QStringLiteral("^server\\.db"), QStringLiteral("--retentions"),
                     QStringLiteral("10s:1h,1m:1d"), QStringLiteral("--position"), QStringLiteral("1")})
                    .exitCode == 0);
        auto listed = cli({QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(listed.exitCode, 0);
        const QJsonArray rules =
            QJsonDocument::fromJson(listed.out).object().value(QStringLiteral("rules")).toArray();
        QCOMPARE(rules.size(), 3);
        QCOMPARE(rules.at(0)[QStringLiteral("name")].toString(), QStringLiteral("db"));
        QCOMPARE(rules.at(1)[QStringLiteral("pattern")].toString(), QStringLiteral("^server\\..*"));
        QCOMPARE(rules.at(1)[QStringLiteral("retentions")].toString(),
                 QStringLiteral("1m:1d,5m:7d,15m:1095d"));
        QCOMPARE(rules.at(2)[QStringLiteral("name")].toString(), QStringLiteral("default"));
        QCOMPARE(rules.at(2)[QStringLiteral("retentions")].toString(), QStringLiteral("1m:1d,5m:7d"));

        QCOMPARE(cli({QStringLiteral("remove"), QStringLiteral("db")}).exitCode, 0);
        QCOMPARE(cli({QStringLiteral("remove"), QStringLiteral("db")}).exitCode, 4);

        // Bad input fails before the database is opened.
        const QString other = dir.filePath(QStringLiteral("none.sqlite"));
        QFile bad(dir.filePath(QStringLiteral("bad.conf")));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write("[x]\npattern = ^(x\nretentions = 1m:1d\n");
        bad.close();
        auto refused = test::runCli({QStringLiteral("--db"), other, QStringLiteral("metrics"),
                                     QStringLiteral("retention"), QStringLiteral("import"), bad.fileName()});
        QCOMPARE(refused.exitCode, 2);
        QVERIFY(refused.err.contains("bad.conf line 1"));
        auto badRe = test::runCli({QStringLiteral("--db"), other, QStringLiteral("metrics"),
                                   QStringLiteral("retention"), QStringLiteral("add"), QStringLiteral("x"),
                                   QStringLiteral("--pattern"), QStringLiteral("("),
                                   QStringLiteral("--retentions"), QStringLiteral("1m:1d")});
        QCOMPARE(badRe.exitCode, 2);
        QVERIFY(!QFile::exists(other));
    }

    void queryAsJson()
    {
        auto r = test::runCli(
            base() << QStringLiteral("query") << QStringLiteral("--machine") << QStringLiteral("web1")
                   << QStringLiteral("--metric") << QStringLiteral("loadavg-1") << QStringLiteral("--from")
                   << QString::number(m_start) << QStringLiteral("--to") << QString::number(m_start + 3600)
                   << QStringLiteral("--format") << QStringLiteral("json"));
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o.value(QStringLiteral("series")).toString(), QStringLiteral("loadavg-1"));
        QCOMPARE(o.value(QStringLiteral("machine")).toString(), QStringLiteral("web1"));
        QCOMPARE(o.value(QStringLiteral("resolution")).toInt(), 60);
        const QJsonArray pts = o.value(QStringLiteral("points")).toArray();
        QCOMPARE(pts.size(), 61);
        QCOMPARE(pts.at(5).toArray().at(0).toInteger(), m_start + 300);
        QCOMPARE(pts.at(5).toArray().at(1).toDouble(), 5.0);
    }

    // "resolution" is the step of the archive read, not a spacing guessed from the
    // timestamps: raw data polled at uneven moments still says 60.
    void queryResolutionIsTheArchiveStep_data()
    {
        QTest::addColumn<QList<int>>("offsets"); // seconds after the hour's start
        QTest::addColumn<qint64>("back");        // the range starts this long before the data
        QTest::addColumn<int>("resolution");
        QList<int> uneven; // one poll a minute, at a different second each time
        for (int i = 0; i < 60; ++i)
            uneven << 60 * i + (i * 37) % 59;
        QList<int> tenSeconds;
        for (int t = 0; t < 3600; t += 10)
            tenSeconds << t;
        QTest::newRow("raw, uneven polls") << uneven << qint64(0) << 60;
        QTest::newRow("raw, every 10 s") << tenSeconds << qint64(0) << 60;
        QTest::newRow("five days back: the 5 min archive") << uneven << qint64(5 * 86400) << 300;
    }
    void queryResolutionIsTheArchiveStep()
    {
        QFETCH(QList<int>, offsets);
        QFETCH(qint64, back);
        QFETCH(int, resolution);
        test::TempDatabase tdb;
        {
            MetricStore store(tdb.db());
            SampleBatch batch;
            for (int offset : offsets)
                batch.append({{QStringLiteral("web1"), QStringLiteral("loadavg-1"), QStringLiteral("local")},
                              SeriesType::Gauge,
                              m_start + offset,
                              1.0});
            QVERIFY(store.append(batch).ok());
            QVERIFY(store.flush().ok());
        }
        auto r = test::runCli({QStringLiteral("--db"), tdb.path(), QStringLiteral("metrics"),
                               QStringLiteral("query"), QStringLiteral("--machine"), QStringLiteral("web1"),
                               QStringLiteral("--metric"), QStringLiteral("loadavg-1"),
                               QStringLiteral("--from"), QString::number(m_start - back),
                               QStringLiteral("--to"), QString::number(m_start + 3600),
                               QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(r.out).object().value(QStringLiteral("resolution")).toInt(),
                 resolution);
    }

    void queryAsCsvWithPointsLimit()
    {
        auto r = test::runCli(
            base() << QStringLiteral("query") << QStringLiteral("--machine") << QStringLiteral("web1")
                   << QStringLiteral("--metric") << QStringLiteral("traffic-eth0-rxbytes")
                   << QStringLiteral("--from") << QString::number(m_start) << QStringLiteral("--to")
                   << QString::number(m_start + 3600) << QStringLiteral("--points") << QStringLiteral("10")
                   << QStringLiteral("--format") << QStringLiteral("csv"));
        QCOMPARE(r.exitCode, 0);
        const QList<QByteArray> lines = r.out.trimmed().split('\n');
        QCOMPARE(lines.first(), QByteArray("time,value"));
        QVERIFY(lines.size() - 1 <= 10 && lines.size() > 2);
        QVERIFY(lines.at(1).endsWith(",500")); // bytes per second
    }

    void seriesPathAndPercentAndErrors()
    {
        auto r = test::runCli(base() << QStringLiteral("query") << QStringLiteral("--series")
                                     << QStringLiteral("site.www.2xx") << QStringLiteral("--from")
                                     << QString::number(m_start) << QStringLiteral("--format")
                                     << QStringLiteral("json"));
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(r.out).object().value(QStringLiteral("machine")).toString(),
                 QString());

        auto missing = test::runCli(base() << QStringLiteral("query") << QStringLiteral("--machine")
                                           << QStringLiteral("web1") << QStringLiteral("--metric")
                                           << QStringLiteral("nope") << QStringLiteral("--format")
                                           << QStringLiteral("json"));
        QCOMPARE(missing.exitCode, 4);
        QVERIFY(missing.err.contains("nope"));
        auto bad = test::runCli(base() << QStringLiteral("query") << QStringLiteral("--metric")
                                       << QStringLiteral("loadavg-1"));
        QCOMPARE(bad.exitCode, 2);
        auto badTime = test::runCli(base() << QStringLiteral("query") << QStringLiteral("--machine")
                                           << QStringLiteral("web1") << QStringLiteral("--metric")
                                           << QStringLiteral("loadavg-1") << QStringLiteral("--from")
                                           << QStringLiteral("yesterday-ish"));
        QCOMPARE(badTime.exitCode, 2);
    }

    void reportSumsBytes()
    {
        auto r = test::runCli(
            base() << QStringLiteral("report") << QStringLiteral("--machine") << QStringLiteral("web1")
                   << QStringLiteral("--metric") << QStringLiteral("traffic-rxbytes")
                   << QStringLiteral("--param") << QStringLiteral("eth0") << QStringLiteral("--stat")
                   << QStringLiteral("sum") << QStringLiteral("--period") << QStringLiteral("10m")
                   << QStringLiteral("--from") << QString::number(m_start / 600 * 600)
                   << QStringLiteral("--to") << QString::number(m_start / 600 * 600 + 6 * 3600 - 1)
                   << QStringLiteral("--format") << QStringLiteral("json"));
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o.value(QStringLiteral("series")).toString(), QStringLiteral("traffic-eth0-rxbytes"));
        QCOMPARE(o.value(QStringLiteral("statistic")).toString(), QStringLiteral("sum"));
        const QJsonArray periods = o.value(QStringLiteral("periods")).toArray();
        QCOMPARE(periods.size(), 36);
        bool sawFull = false;
        bool sawNull = false;
        for (const auto& p : periods) {
            const QJsonValue v = p.toObject().value(QStringLiteral("value"));
            sawFull |= v.isDouble() && v.toDouble() == 600.0 * 500;
            sawNull |= v.isNull();
        }
        QVERIFY(sawFull);
        QVERIFY(sawNull);
        auto bad = test::runCli(
            base() << QStringLiteral("report") << QStringLiteral("--machine") << QStringLiteral("web1")
                   << QStringLiteral("--metric") << QStringLiteral("loadavg-1") << QStringLiteral("--stat")
                   << QStringLiteral("median") << QStringLiteral("--period") << QStringLiteral("5m")
                   << QStringLiteral("--from") << QStringLiteral("-1h"));
        QCOMPARE(bad.exitCode, 2);
    }

    void availability()
    {
        auto r = test::runCli(base() << QStringLiteral("availability") << QStringLiteral("--series-prefix")
                                     << QStringLiteral("site.www") << QStringLiteral("--from")
                                     << QString::number(m_start) << QStringLiteral("--format")
                                     << QStringLiteral("json"));
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        const QJsonArray periods = o.value(QStringLiteral("periods")).toArray();
        QCOMPARE(periods.size(), 1);
        QVERIFY(qAbs(periods.at(0).toObject().value(QStringLiteral("availability")).toDouble() -
                     98.0 / 100.0) < 1e-9);
        auto missing = test::runCli(base() << QStringLiteral("availability")
                                           << QStringLiteral("--series-prefix") << QStringLiteral("site.none")
                                           << QStringLiteral("--from") << QStringLiteral("-1d"));
        QCOMPARE(missing.exitCode, 4);
    }

    void seriesList()
    {
        auto r = test::runCli(base() << QStringLiteral("series") << QStringLiteral("--machine")
                                     << QStringLiteral("web1") << QStringLiteral("--format")
                                     << QStringLiteral("json"));
        QCOMPARE(r.exitCode, 0);
        const QJsonArray rows =
            QJsonDocument::fromJson(r.out).object().value(QStringLiteral("series")).toArray();
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(0).toObject().value(QStringLiteral("metric")).toString(),
                 QStringLiteral("loadavg-1"));
        QCOMPARE(rows.at(1).toObject().value(QStringLiteral("type")).toString(), QStringLiteral("derive"));
        auto all = test::runCli(base() << QStringLiteral("series") << QStringLiteral("--format")
                                       << QStringLiteral("csv"));
        QCOMPARE(all.exitCode, 0);
        QCOMPARE(all.out.trimmed().split('\n').size(), 1 + 6);
        auto none = test::runCli(base() << QStringLiteral("series") << QStringLiteral("--machine")
                                        << QStringLiteral("ghost"));
        QCOMPARE(none.exitCode, 4);
    }
};

QTEST_GUILESS_MAIN(TstMetricsCli)
#include "tst_metrics_cli.moc"
