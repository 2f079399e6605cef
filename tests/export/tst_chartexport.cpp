// The chart painter and exporter in process, offscreen: axes, thinning, gaps, and every
// format's file (PNG size, SVG path, PDF pages, CSV rows).

#include "ExportTestSupport.h"
#include "TestSupport.h"
#include "export/ChartAxes.h"
#include "export/ChartExporter.h"
#include "export/PdfReport.h"
#include "export/PngWriter.h"

#include <QDir>
#include <QImage>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>

using namespace opsdeck;

namespace {

constexpr qint64 kFrom = 1'780'000'000; // a fixed day, so the ticks are the same on every run
constexpr qint64 kTo = kFrom + 86400;

// One line over the day, a point a minute, with a gap from 10:00 to 11:00 after the start.
ChartData dayWithGap(int lines = 1)
{
    ChartData data;
    data.title = QStringLiteral("load");
    data.unit = QStringLiteral("%");
    for (int l = 0; l < lines; ++l) {
        ChartLine line;
        line.name = QStringLiteral("line %1").arg(l);
        QList<QPointF> first, second;
        for (qint64 t = kFrom; t <= kTo; t += 60) {
            const double v = 50 + 40 * std::sin(double(t - kFrom) / 3000.0) + l;
            if (t < kFrom + 10 * 3600)
                first << QPointF(double(t) * 1000, v);
            else if (t >= kFrom + 11 * 3600)
                second << QPointF(double(t) * 1000, v);
        }
        line.segments = {first, second};
        data.lines << line;
    }
    return data;
}

} // namespace

class TstChartExport : public QObject
{
    Q_OBJECT

private slots:
    void timeTicksAreRoundAndFit()
    {
        const auto ticks = ChartAxes::timeTicks(kFrom, kTo, 1000);
        QVERIFY(!ticks.isEmpty());
        QVERIFY(ticks.size() <= 1000 / 90 + 1);
        const qint64 step = qint64(ticks.at(1).value - ticks.at(0).value);
        QVERIFY2(step % 3600 == 0, qPrintable(QString::number(step)));
        for (const auto& t : ticks) {
            QVERIFY(t.value >= kFrom && t.value <= kTo);
            QVERIFY2(t.label.contains(QLatin1Char(':')), qPrintable(t.label)); // HH:mm on a day
        }
        // A week at the same width: whole days, labelled by date.
        const auto week = ChartAxes::timeTicks(kFrom, kFrom + 7 * 86400, 1000);
        QVERIFY(week.size() >= 3);
        QVERIFY2(!week.first().label.contains(QLatin1Char(':')), qPrintable(week.first().label));
    }

    void valueScaleIsRound()
    {
        const auto s = ChartAxes::valueScale(3, 87, 5);
        QCOMPARE(s.min, 0.0);
        QCOMPARE(s.max, 100.0);
        QCOMPARE(s.ticks.size(), 6);
        QCOMPARE(s.ticks.at(1).label, QStringLiteral("20"));
        const auto pinned = ChartAxes::valueScale(0, 42, 5, 100);
        QCOMPARE(pinned.max, 100.0);
        // Large values take one SI prefix for the whole axis.
        const auto big = ChartAxes::valueScale(0, 123456, 4);
        QCOMPARE(big.ticks.last().label, QStringLiteral("150k"));
        QCOMPARE(big.ticks.at(1).label, QStringLiteral("50k"));
        const auto small = ChartAxes::valueScale(0, 0.9, 4);
        QCOMPARE(small.ticks.at(1).label, QStringLiteral("0.25"));
        QCOMPARE(ChartAxes::formatValue(1234567, 2), QStringLiteral("1234.57k"));
    }

    void thinningKeepsExtremesAndGaps()
    {
        ChartData data = dayWithGap();
        // A spike and a dip one minute wide each.
        data.lines[0].segments[1][100].setY(1000);
        data.lines[0].segments[0][7].setY(-5);
        const double width = 300;
        const ChartData thin = ChartPainter::decimated(data, kFrom, kTo, width);
        QCOMPARE(thin.lines.first().segments.size(), 2);
        QVERIFY(thin.pointCount() <= 2 * (int(width) + 2));
        QVERIFY(thin.pointCount() < data.pointCount() / 2);
        const auto stats = ChartPainter::statsOf(thin.lines.first());
        QCOMPARE(*stats.maximum, 1000.0);
        QCOMPARE(*stats.minimum, -5.0);
        // Few points: untouched.
        const ChartData wide = ChartPainter::decimated(data, kFrom, kTo, 5000);
        QCOMPARE(wide.pointCount(), data.pointCount());
    }

    void legendStats()
    {
        ChartLine line;
        line.segments = {{QPointF(0, 1), QPointF(1, 5)}, {QPointF(5, 3)}};
        const auto s = ChartPainter::statsOf(line);
        QCOMPARE(*s.last, 3.0);
        QCOMPARE(*s.average, 3.0);
        QCOMPARE(*s.maximum, 5.0);
        QCOMPARE(*s.minimum, 1.0);
        QVERIFY(!ChartPainter::statsOf(ChartLine{}).last);
    }

    void pngHasTheAskedSizeAndTheme()
    {
        QTemporaryDir dir;
        ChartExporter::Options o;
        o.from = kFrom;
        o.to = kTo;
        o.size = QSize(640, 360);
        o.theme = ChartTheme::Dark;
        const QString path = dir.filePath(QStringLiteral("c.png"));
        QVERIFY(ChartExporter::exportChart(dayWithGap(), o, path).ok());
        QImage image(path);
        QCOMPARE(image.size(), QSize(640, 360));
        QVERIFY(qGray(image.pixel(2, 2)) < 60); // dark background
        // The line's colour is somewhere in the plot.
        bool found = false;
        for (int y = 0; y < image.height() && !found; ++y)
            for (int x = 0; x < image.width() && !found; ++x)
                found = image.pixel(x, y) == ChartPainter::lineColor(0).rgb();
        QVERIFY(found);
    }

    void svgHoldsTheThinnedSegmentsAsSubpaths()
    {
        QTemporaryDir dir;
        ChartExporter::Options o;
        o.from = kFrom;
        o.to = kTo;
        o.size = QSize(800, 400);
        const ChartData data = dayWithGap(2);
        const QString path = dir.filePath(QStringLiteral("c.svg"));
        QVERIFY(ChartExporter::exportChart(data, o, path).ok());
        const ChartData shown = ChartPainter(data, kFrom, kTo).shown(QSizeF(o.size));
        for (int l = 0; l < 2; ++l) {
            const auto svg = test::svgPathsStroked(test::readAll(path), ChartPainter::lineColor(l));
            QVERIFY2(svg.ok, qPrintable(svg.error));
            QCOMPARE(svg.paths.size(), 1);
            const auto [subpaths, points] = test::subpathsAndPoints(svg.paths.first());
            QCOMPARE(subpaths, 2); // the gap stays a gap
            QCOMPARE(points, shown.lines.at(l).pointCount());
            QVERIFY(points < data.lines.at(l).pointCount());
        }
    }

    void pdfReportHasItsPages()
    {
        if (!test::havePoppler())
            OPSDECK_SKIP_OR_FAIL("pdfinfo/pdftotext (poppler-utils) are not installed");
        QTemporaryDir dir;
        ChartExporter::Options o;
        o.from = kFrom;
        o.to = kTo;
        o.reportTitle = QStringLiteral("Host web1");
        o.chartsPerPage = 2;
        const QList<ChartData> charts(5, dayWithGap());
        const QString path = dir.filePath(QStringLiteral("r.pdf"));
        QVERIFY(ChartExporter::exportReport(charts, o, path).ok());
        QCOMPARE(PdfReport::pageCount(5, 2), 3);
        QCOMPARE(test::pdfPages(path), 3);
        const QString last = test::pdfText(path, 3);
        QVERIFY2(last.contains(QStringLiteral("Host web1")), qPrintable(last));
        QVERIFY2(last.contains(QStringLiteral("Page 3 of 3")), qPrintable(last));
        QVERIFY2(last.contains(QStringLiteral("generated")), qPrintable(last));
        // One chart: one page.
        const QString one = dir.filePath(QStringLiteral("one.PDF"));
        QVERIFY(ChartExporter::exportChart(dayWithGap(), o, one).ok());
        QCOMPARE(test::pdfPages(one), 1);
    }

    void pdfReportDrawsLongTablesOverPages()
    {
        if (!test::havePoppler())
            OPSDECK_SKIP_OR_FAIL("pdfinfo/pdftotext (poppler-utils) are not installed");
        ReportTable table;
        table.title = QStringLiteral("Fleet disks");
        table.header = {QStringLiteral("Machine"), QStringLiteral("Disk")};
        for (int i = 1; i <= 150; ++i)
            table.rows << QStringList{QStringLiteral("host%1").arg(i, 3, 10, QLatin1Char('0')),
                                      QStringLiteral("%1 %").arg(i)};
        ReportTable small;
        small.title = QStringLiteral("Two rows");
        small.header = {QStringLiteral("Line"), QStringLiteral("CPU")};
        small.rows = {{QStringLiteral("shop"), QStringLiteral("30 %")},
                      {QStringLiteral("data"), QStringLiteral("61 %")}};
        // chart + small table share page 1; the long table starts a page of its own
        const QList<ReportItem> items{{dayWithGap(), std::nullopt}, {{}, small}, {{}, table}};
        PdfReport::Options ro;
        ro.chartsPerPage = 2;
        const QList<PdfReport::Page> pages = PdfReport::layout(items, ro);
        QVERIFY2(pages.size() >= 3, qPrintable(QString::number(pages.size())));
        QCOMPARE(pages.first().size(), 2);
        int rows = 0;
        for (qsizetype i = 1; i < pages.size(); ++i) {
            QCOMPARE(pages.at(i).size(), 1);
            QCOMPARE(pages.at(i).first().firstRow, rows);
            rows += pages.at(i).first().rowCount;
        }
        QCOMPARE(rows, 150);

        QTemporaryDir dir;
        ChartExporter::Options o;
        o.from = kFrom;
        o.to = kTo;
        o.reportTitle = QStringLiteral("Fleet");
        o.chartsPerPage = 2;
        const QString path = dir.filePath(QStringLiteral("t.pdf"));
        QVERIFY(ChartExporter::exportReport(items, o, path).ok());
        const int n = int(pages.size());
        QCOMPARE(test::pdfPages(path), n);
        const QString first = test::pdfText(path, 1);
        QVERIFY2(first.contains(QStringLiteral("Two rows")) && first.contains(QStringLiteral("61 %")) &&
                     !first.contains(QStringLiteral("host001")),
                 qPrintable(first));
        for (int page = 2; page <= n; ++page) {
            const QString text = test::pdfText(path, page);
            QVERIFY2(text.contains(QStringLiteral("Fleet disks")) &&
                         text.contains(QStringLiteral("Machine")) &&
                         text.contains(QStringLiteral("Page %1 of %2").arg(page).arg(n)) &&
                         text.contains(QStringLiteral("generated")),
                     qPrintable(text));
            const int firstRow = pages.at(page - 1).first().firstRow + 1;
            const int lastRow = firstRow + pages.at(page - 1).first().rowCount - 1;
            QVERIFY2(text.contains(QStringLiteral("host%1").arg(firstRow, 3, 10, QLatin1Char('0'))) &&
                         text.contains(QStringLiteral("host%1").arg(lastRow, 3, 10, QLatin1Char('0'))),
                     qPrintable(text));
        }
        QVERIFY(test::pdfText(path, n).contains(QStringLiteral("host150")));
        QVERIFY(test::pdfText(path, 3).contains(QStringLiteral("(continued)")));
    }

    void csvIsWhatIsDrawn()
    {
        QTemporaryDir dir;
        ChartExporter::Options o;
        o.from = kFrom;
        o.to = kTo;
        o.size = QSize(500, 300);
        const ChartData data = dayWithGap();
        const QString path = dir.filePath(QStringLiteral("c.csv"));
        QVERIFY(ChartExporter::exportChart(data, o, path).ok());
        const QByteArray csv = test::readAll(path);
        const ChartData shown = ChartPainter(data, kFrom, kTo).shown(QSizeF(o.size));
        QCOMPARE(csv, ChartExporter::csvOf(shown));
        const QList<QByteArray> rows = csv.trimmed().split('\n');
        QCOMPARE(rows.first(), QByteArray("time,value"));
        QCOMPARE(rows.size(), 1 + shown.pointCount() + 1); // header, the points, the gap's row
        int empty = 0;
        for (const auto& r : rows)
            empty += r.endsWith(',') ? 1 : 0;
        QCOMPARE(empty, 1);
        QCOMPARE(rows.at(1), QByteArray::number(kFrom) + ',' +
                                 ChartExporter::number(shown.lines[0].segments[0][0].y()).toUtf8());
        // Several lines are named.
        QVERIFY(ChartExporter::csvOf(dayWithGap(2)).startsWith("line,time,value\nline 0,"));
    }

    void csvOfStackedLinesHoldsEachLinesOwnValue()
    {
        ChartData stacked;
        auto line = [](const char* name, double first, double second, ChartLineStyle style) {
            ChartLine l;
            l.name = QString::fromLatin1(name);
            l.segments = {{QPointF(60000, first), QPointF(120000, second)}};
            l.style = style;
            return l;
        };
        stacked.lines = {line("used", 10, 12, ChartLineStyle::Area),
                         line("cached", 15, 20, ChartLineStyle::Stack), // drawn at its top: 10 + 5, 12 + 8
                         line("free", 16, 20, ChartLineStyle::Stack)};
        QCOMPARE(ChartExporter::csvOf(stacked), QByteArray("line,time,value\n"
                                                           "used,60,10\nused,120,12\n"
                                                           "cached,60,5\ncached,120,8\n"
                                                           "free,60,1\nfree,120,0\n"));
    }

    void failedExportLeavesNothing()
    {
        QTemporaryDir dir;
        ChartExporter::Options o;
        o.from = kFrom;
        o.to = kTo;
        const QString gif = dir.filePath(QStringLiteral("c.gif"));
        const auto unknown = ChartExporter::exportChart(dayWithGap(), o, gif);
        QVERIFY(!unknown.ok());
        QCOMPARE(unknown.error().code, Error::Code::Usage);
        QVERIFY(!QFile::exists(gif));
        // A report with no charts: the old file stays as it was, no temporary is left.
        const QString pdf = dir.filePath(QStringLiteral("r.pdf"));
        {
            QFile f(pdf);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("old");
        }
        QVERIFY(!ChartExporter::exportReport(QList<ChartData>(), o, pdf).ok());
        QCOMPARE(test::readAll(pdf), QByteArray("old"));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), 1);
        QVERIFY(
            !ChartExporter::exportChart(dayWithGap(), o, dir.filePath(QStringLiteral("no/such/dir/c.png")))
                 .ok());
    }

    void pngWriterRoundTrips()
    {
        // Few colours: a palette, exact.
        QImage few(123, 45, QImage::Format_RGB32);
        for (int y = 0; y < few.height(); ++y)
            for (int x = 0; x < few.width(); ++x)
                few.setPixel(x, y, qRgb((x % 16) * 16, (y % 8) * 32, 7)); // 128 colours
        const QImage fewBack = QImage::fromData(PngWriter::encode(few, PngWriter::Colours::Palette), "png");
        QCOMPARE(fewBack.format(), QImage::Format_Indexed8);
        QCOMPARE(fewBack.convertToFormat(QImage::Format_RGB32), few);
        // Many colours: exact as RGB, or the 256 most used and the nearest of them.
        QImage many(300, 200, QImage::Format_RGB32);
        many.fill(Qt::white);
        for (int y = 0; y < 50; ++y)
            for (int x = 0; x < many.width(); ++x)
                many.setPixel(x, y, qRgb(x % 256, y * 5, 128));
        const QImage exact = QImage::fromData(PngWriter::encode(many, PngWriter::Colours::Exact, 9), "png");
        QCOMPARE(exact.convertToFormat(QImage::Format_RGB32), many);
        const QImage paletted = QImage::fromData(PngWriter::encode(many), "png");
        QCOMPARE(paletted.size(), many.size());
        QCOMPARE(paletted.pixel(299, 199), qRgb(255, 255, 255));
        QVERIFY(std::abs(qRed(paletted.pixel(100, 10)) - 100) < 40);
    }

    void emptyChartSaysSo()
    {
        QTemporaryDir dir;
        ChartExporter::Options o;
        o.from = kFrom;
        o.to = kTo;
        ChartData empty;
        empty.title = QStringLiteral("nothing");
        const QString path = dir.filePath(QStringLiteral("e.svg"));
        QVERIFY(ChartExporter::exportChart(empty, o, path).ok());
        QVERIFY(test::readAll(path).contains("No data in this range"));
    }
};

QTEST_MAIN(TstChartExport)
#include "tst_chartexport.moc"
