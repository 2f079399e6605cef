#pragma once

#include "export/ChartPainter.h"
#include "export/PdfReport.h"
#include "metrics/MetricStore.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSize>
#include <optional>

class QIODevice;

namespace opsdeck {

enum class ExportFormat
{
    Png,
    Svg,
    Pdf,
    Csv
};

// Writes charts to files; the format comes from the file's extension. Every write goes
// to a temporary file that replaces the target only once complete (QSaveFile), so a
// failed export leaves nothing half-written. Needs a QGuiApplication (fonts), which may
// run on the offscreen platform: no display.
class ChartExporter
{
    Q_DECLARE_TR_FUNCTIONS(ChartExporter)
public:
    struct Options
    {
        qint64 from = 0; // epoch seconds: the time axis
        qint64 to = 0;
        QSize size{1200, 600}; // PNG and SVG pixels; the layout (and so the CSV's thinning) of every format
        ChartTheme theme = ChartTheme::Light;
        QString reportTitle;   // PDF: the report's title (default: the first chart's)
        QDateTime generated;   // PDF: when it was made (default: now)
        int chartsPerPage = 1; // PDF: charts on one page, one above the other
    };

    // png, svg, pdf or csv (any case); nullopt for anything else.
    static std::optional<ExportFormat> formatOf(const QString& path);

    // One chart in the format of `path`'s extension. CSV holds exactly the points drawn.
    static Status exportChart(const ChartData& chart, const Options& options, const QString& path);
    // Several charts as one multi-page PDF report.
    static Status exportReport(const QList<ChartData>& charts, const Options& options, const QString& path);
    // Charts and tables as one multi-page PDF report (PdfReport lays them out).
    static Status exportReport(const QList<ReportItem>& items, const Options& options, const QString& path);
    // `time,value` rows of raw points as the store gave them (empty value = unknown): the
    // CSV of `--raw`, the same text as `metrics query --format csv`.
    static Status exportRawCsv(const QList<SeriesPoint>& points, const QString& path);

    // The CSV of a chart's lines: `time,value` for one line, `line,time,value` for
    // several; a row with an empty value between two segments marks the gap. A stacked
    // line is drawn at its top, but its rows hold its own value (top minus the line it
    // is stacked on), as the crosshair's tooltip does.
    static QByteArray csvOf(const ChartData& chart);
    static QByteArray csvOf(const QList<SeriesPoint>& points);
    // Shortest text that reads back as the same double.
    static QString number(double value);

private:
    static Status write(const QString& path, const std::function<Status(QIODevice&)>& fill);
};

} // namespace opsdeck
