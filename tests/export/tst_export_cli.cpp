// `opsdeck export` through the built binary on a real cache written with
// MetricStore::append + flush: the files it writes, and its exit codes.

#include "ExportTestSupport.h"
#include "TestSupport.h"
#include "export/ChartExporter.h"
#include "metrics/MachineChartLoader.h"
#include "metrics/MetricStore.h"

#include <QDateTime>
#include <QDir>
#include <QImage>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>
#include <cmath>

using namespace opsdeck;

class TstExportCli : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TempDatabase> m_db;
    QTemporaryDir m_dir;
    qint64 m_from = 0; // the range every test asks for: 3 h of minutes, a 20-minute gap
    qint64 m_to = 0;

    QString out(const QString& name) const { return m_dir.filePath(name); }

    test::CliRun exportCli(const QStringList& args) const
    {
        return test::runCli(QStringList{QStringLiteral("--db"), m_db->path(), QStringLiteral("export")} +
                            args);
    }

    QStringList chartArgs(const QString& file, const QStringList& extra = {}) const
    {
        return QStringList{QStringLiteral("chart"),
                           QStringLiteral("--machine"),
                           QStringLiteral("web1"),
                           QStringLiteral("--metric"),
                           QStringLiteral("loadavg-1"),
                           QStringLiteral("--from"),
                           QString::number(m_from),
                           QStringLiteral("--to"),
                           QString::number(m_to),
                           QStringLiteral("--out"),
                           file} +
               extra;
    }

    SeriesData queried() const
    {
        MetricStore store(m_db->db());
        MetricQuery q;
        q.machine = QStringLiteral("web1");
        q.metric = QStringLiteral("loadavg-1");
        q.from = m_from;
        q.to = m_to;
        auto r = store.query(q);
        return r.ok() ? *r : SeriesData{};
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_db = std::make_unique<test::TempDatabase>();
        m_to = QDateTime::currentSecsSinceEpoch() / 60 * 60 - 120;
        m_from = m_to - 3 * 3600;
        MetricStore store(m_db->db());
        SampleBatch batch;
        auto add = [&](const QString& metric, SeriesType type, qint64 t, double v) {
            batch.append({{QStringLiteral("web1"), metric, QStringLiteral("local")}, type, t, v});
        };
        for (qint64 t = m_from; t <= m_to; t += 60) {
            const qint64 i = (t - m_from) / 60;
            if (i >= 60 && i < 80)
                continue; // the gap
            for (qint64 s = 0; s < 60 && t + s <= m_to;
                 s += 15) // every 15 s: more points than a small chart has pixels
                add(QStringLiteral("loadavg-1"), SeriesType::Gauge, t + s,
                    1 + std::sin(double(i * 60 + s) / 600.0));
            add(QStringLiteral("loadavg-5"), SeriesType::Gauge, t, 1.2);
            add(QStringLiteral("loadavg-15"), SeriesType::Gauge, t, 1.1);
            add(QStringLiteral("memory-used"), SeriesType::Gauge, t, 2e9 + double(i) * 1e6);
            add(QStringLiteral("memory-free"), SeriesType::Gauge, t, 6e9 - double(i) * 1e6);
            add(QStringLiteral("memory-cached"), SeriesType::Gauge, t, 1e9);
            add(QStringLiteral("memory-buffers"), SeriesType::Gauge, t, 1e8);
            add(QStringLiteral("traffic-eth0-rxbytes"), SeriesType::Derive, t, double(i) * 6e6);
            add(QStringLiteral("traffic-eth0-txbytes"), SeriesType::Derive, t, double(i) * 3e6);
            add(QStringLiteral("disk-usage-sda1-used"), SeriesType::Gauge, t, 300);
            add(QStringLiteral("disk-usage-sda1-available"), SeriesType::Gauge, t, 700);
        }
        QVERIFY(store.append(batch).ok());
        QVERIFY(store.flush().ok());
        // The inventory names sda1's mount points (as the collector and node_exporter polls do).
        QSqlDatabase c = (*m_db)->connection();
        QVERIFY(
            Database::exec(c, QStringLiteral("INSERT INTO pools (name, created_at) VALUES ('default', 0)"))
                .ok());
        QVERIFY(Database::exec(c, QStringLiteral("INSERT INTO machines (name, address, pool_id, created_at) "
                                                 "VALUES ('web1', '10.0.0.1', (SELECT id FROM pools), 0)"))
                    .ok());
        QVERIFY(Database::exec(c, QStringLiteral("INSERT INTO machine_meta (machine_id, key, value, source, "
                                                 "updated_at) VALUES ((SELECT id FROM machines), "
                                                 "'disk-usage-sda1-mount', '/data', 'collector', 0)"))
                    .ok());
    }

    void pngHasTheAskedSize()
    {
        const QString file = out(QStringLiteral("load.png"));
        const auto r = exportCli(chartArgs(file, {QStringLiteral("--size"), QStringLiteral("640x360"),
                                                  QStringLiteral("--theme"), QStringLiteral("dark")}));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QImage image(file);
        QCOMPARE(image.size(), QSize(640, 360));
        QVERIFY(qGray(image.pixel(1, 1)) < 60);
    }

    void rawCsvIsTheQuerysPoints()
    {
        const QString file = out(QStringLiteral("raw.csv"));
        const auto r = exportCli(chartArgs(file, {QStringLiteral("--raw")}));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const SeriesData data = queried();
        QVERIFY(data.points.size() > 150);
        const QList<QByteArray> rows = test::readAll(file).trimmed().split('\n');
        QCOMPARE(rows.size(), data.points.size() + 1);
        QCOMPARE(rows.first(), QByteArray("time,value"));
        int unknown = 0;
        for (qsizetype i = 0; i < data.points.size(); ++i) {
            const QList<QByteArray> f = rows.at(i + 1).split(',');
            QCOMPARE(f.size(), 2);
            QCOMPARE(f.at(0).toLongLong(), data.points.at(i).timestamp);
            if (!data.points.at(i).value) {
                QVERIFY(f.at(1).isEmpty());
                ++unknown;
                continue;
            }
            bool ok = false;
            QCOMPARE(f.at(1).toDouble(&ok), *data.points.at(i).value); // exactly: shortest round-trip text
            QVERIFY(ok);
        }
        QVERIFY(unknown >= 1); // the gap
    }

    void csvIsWhatTheChartDraws()
    {
        const QString file = out(QStringLiteral("shown.csv"));
        const auto r = exportCli(chartArgs(file, {QStringLiteral("--size"), QStringLiteral("300x200")}));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const SeriesData data = queried();
        ChartData chart;
        ChartLine line;
        line.segments = MachineChartLoader::toSegments(data.points, 3 * qint64(data.resolution));
        chart.lines << line;
        const ChartData shown = ChartPainter(chart, m_from, m_to).shown(QSizeF(300, 200));
        QVERIFY(shown.pointCount() < chart.pointCount()); // 300 px thin 3 h of minutes
        QCOMPARE(test::readAll(file), ChartExporter::csvOf(shown));
    }

    void svgKeepsTheGap()
    {
        const QString file = out(QStringLiteral("load.svg"));
        const auto r = exportCli(chartArgs(file));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const auto svg = test::svgPathsStroked(test::readAll(file), ChartPainter::lineColor(0));
        QVERIFY2(svg.ok, qPrintable(svg.error));
        QCOMPARE(svg.paths.size(), 1);
        const auto [subpaths, points] = test::subpathsAndPoints(svg.paths.first());
        QCOMPARE(subpaths, 2);
        // 1200 px draw all of 3 h of 15 s points: every known point of the query.
        const SeriesData data = queried();
        const auto known = std::count_if(data.points.cbegin(), data.points.cend(),
                                         [](const SeriesPoint& p) { return p.value.has_value(); });
        QVERIFY(known > 600);
        QCOMPARE(points, int(known));
    }

    void hostIsAMultiPagePdf()
    {
        if (!test::havePoppler())
            OPSDECK_SKIP_OR_FAIL("pdfinfo/pdftotext (poppler-utils) are not installed");
        const QString file = out(QStringLiteral("web1.pdf"));
        const auto r = exportCli({QStringLiteral("host"), QStringLiteral("web1"), QStringLiteral("--from"),
                                  QString::number(m_from), QStringLiteral("--to"), QString::number(m_to),
                                  QStringLiteral("--out"), file});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        // Load, memory, traffic and disk usage have data, two charts a page.
        QCOMPARE(test::pdfPages(file), 2);
        const QString first = test::pdfText(file, 1);
        QVERIFY2(first.contains(QStringLiteral("Host web1")), qPrintable(first));
        QVERIFY2(first.contains(QStringLiteral("Page 1 of 2")), qPrintable(first));
        QVERIFY2(first.contains(QStringLiteral("Last:")), qPrintable(first));
        const QString second = test::pdfText(file, 2);
        QVERIFY2(second.contains(QStringLiteral("Page 2 of 2")), qPrintable(second));
        // The disk's line is named by its mount point, as the host page titles it.
        QVERIFY2(second.contains(QStringLiteral("/data (sda1)")), qPrintable(second));
    }

    void refusesUnknownsAndEmptyRangesWithFour()
    {
        const QString file = out(QStringLiteral("never.png"));
        auto unknownMachine = exportCli({QStringLiteral("chart"), QStringLiteral("--machine"),
                                         QStringLiteral("nosuch"), QStringLiteral("--metric"),
                                         QStringLiteral("loadavg-1"), QStringLiteral("--out"), file});
        QCOMPARE(unknownMachine.exitCode, 4);
        QVERIFY2(unknownMachine.err.contains("unknown machine 'nosuch'"), unknownMachine.err.constData());
        auto unknownMetric = exportCli({QStringLiteral("chart"), QStringLiteral("--machine"),
                                        QStringLiteral("web1"), QStringLiteral("--metric"),
                                        QStringLiteral("nosuch-metric"), QStringLiteral("--out"), file});
        QCOMPARE(unknownMetric.exitCode, 4);
        auto unknownSeries = exportCli({QStringLiteral("chart"), QStringLiteral("--series"),
                                        QStringLiteral("no.such.path"), QStringLiteral("--out"), file});
        QCOMPARE(unknownSeries.exitCode, 4);
        auto empty =
            exportCli({QStringLiteral("chart"), QStringLiteral("--machine"), QStringLiteral("web1"),
                       QStringLiteral("--metric"), QStringLiteral("loadavg-1"), QStringLiteral("--from"),
                       QString::number(m_from + 61 * 60), QStringLiteral("--to"),
                       QString::number(m_from + 75 * 60), QStringLiteral("--out"), file});
        QCOMPARE(empty.exitCode, 4);
        QVERIFY2(empty.err.contains("has no points"), empty.err.constData());
        auto unknownHost = exportCli({QStringLiteral("host"), QStringLiteral("nosuch"),
                                      QStringLiteral("--out"), out(QStringLiteral("never.pdf"))});
        QCOMPARE(unknownHost.exitCode, 4);
        QVERIFY(!QFile::exists(file));
        QVERIFY(!QFile::exists(out(QStringLiteral("never.pdf"))));
    }

    void refusesBadArgumentsWithTwoBeforeWriting()
    {
        // An existing file stays as it was.
        const QString keep = out(QStringLiteral("keep.png"));
        {
            QFile f(keep);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("old");
        }
        const QList<QStringList> bad{
            chartArgs(out(QStringLiteral("x.gif"))),
            chartArgs(keep, {QStringLiteral("--size"), QStringLiteral("12x5")}),
            chartArgs(keep, {QStringLiteral("--theme"), QStringLiteral("pink")}),
            chartArgs(keep, {QStringLiteral("--raw")}),
            chartArgs(keep, {QStringLiteral("--from"), QStringLiteral("yesterday-ish")}),
            {QStringLiteral("chart"), QStringLiteral("--metric"), QStringLiteral("loadavg-1"),
             QStringLiteral("--out"), keep},
            {QStringLiteral("chart"), QStringLiteral("--machine"), QStringLiteral("web1"),
             QStringLiteral("--metric"), QStringLiteral("loadavg-1")},
            {QStringLiteral("host"), QStringLiteral("web1"), QStringLiteral("--out"), keep},
            {QStringLiteral("host"), QStringLiteral("--out"), out(QStringLiteral("x.pdf"))},
            {QStringLiteral("pie"), QStringLiteral("--out"), keep},
        };
        for (const auto& args : bad) {
            const auto r = exportCli(args);
            QVERIFY2(r.exitCode == 2, qPrintable(args.join(QLatin1Char(' ')) + QLatin1String(": ") +
                                                 QString::fromUtf8(r.err)));
            QVERIFY2(r.err.startsWith("opsdeck: "), r.err.constData()); // the message first, no Qt noise
        }
        QCOMPARE(test::readAll(keep), QByteArray("old"));
        QVERIFY(!QFile::exists(out(QStringLiteral("x.gif"))));
        QVERIFY(!QFile::exists(out(QStringLiteral("x.pdf"))));
    }
};

QTEST_MAIN(TstExportCli)
#include "tst_export_cli.moc"
