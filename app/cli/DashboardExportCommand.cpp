// `opsdeck export dashboard NAME [--from T] [--to T] [--title TEXT] [--theme light|dark] --out FILE.pdf`:
// a dashboard (a stored one, or the built-in home) as a multi-page PDF report through the
// same ChartExporter::exportReport as `export host`: two charts a page, each page with the
// title, the range, the generation time and "Page i of n". Chart panels as they are; a
// value panel as the chart of its series with the value in its title; a table panel as a
// drawn table (its header row and the rows PanelEvaluator gives, the cells as the
// window's table shows them), on as many pages as its rows need. Without --from/--to each
// panel covers its own range, ending now. Exit 2: bad arguments or not .pdf; 4: an unknown
// dashboard, or nothing (no point, no table cell) in the range. Offline, with no display
// (a GUI command, as export).

#include "charts/ValueFormat.h"
#include "cli/DashboardCli.h"
#include "dashboards/PanelEvaluator.h"
#include "dashboards/PanelTableModel.h"
#include "export/ChartExporter.h"
#include "metrics/MetricStore.h"
#include "util/Clock.h"
#include "util/TimeSpec.h"

namespace opsdeck::cli {
namespace {

const QString optFrom = QStringLiteral("from");
const QString optTo = QStringLiteral("to");
const QString optTitle = QStringLiteral("title");
const QString optTheme = QStringLiteral("theme");
const QString optOut = QStringLiteral("out");

Result<ChartExporter::Options> optionsOf(const QCommandLineParser& p)
{
    if (!p.isSet(optOut))
        return Error::usage(CliContext::tr("--out FILE.pdf is needed"));
    if (ChartExporter::formatOf(p.value(optOut)) != ExportFormat::Pdf)
        return Error::usage(CliContext::tr("export dashboard writes a PDF: end --out in .pdf, not '%1'")
                                .arg(p.value(optOut)));
    ChartExporter::Options o;
    const qint64 now = Clock::system().nowSecs();
    o.to = p.isSet(optTo) ? TimeSpec::parseTime(p.value(optTo), now).valueOr(now) : 0;
    o.from = p.isSet(optFrom) ? TimeSpec::parseTime(p.value(optFrom), now).valueOr(now) : 0;
    if (p.isSet(optFrom) && !p.isSet(optTo))
        o.to = now;
    if (o.from > 0 && o.to <= o.from)
        return Error::usage(CliContext::tr("--from must be before --to"));
    if (!p.isSet(optFrom) && p.isSet(optTo))
        return Error::usage(CliContext::tr("--to goes with --from"));
    o.theme =
        p.value(optTheme).trimmed().toLower() == QLatin1String("dark") ? ChartTheme::Dark : ChartTheme::Light;
    o.generated = QDateTime::currentDateTime();
    o.chartsPerPage = 2;
    return o;
}

// A table panel as the report draws it: the same header and cell texts as the window's table.
ReportTable tableOf(const PanelData& data)
{
    PanelTableModel model;
    model.setTable(data.table);
    ReportTable t;
    t.title = data.panel.title.isEmpty() ? data.panel.query.key() : data.panel.title;
    for (int c = 0; c < model.columnCount(); ++c)
        t.header << model.headerData(c, Qt::Horizontal, Qt::DisplayRole).toString();
    for (int r = 0; r < model.rowCount(); ++r) {
        QStringList row;
        for (int c = 0; c < model.columnCount(); ++c)
            row << model.data(model.index(r, c), Qt::DisplayRole).toString();
        t.rows << row;
    }
    return t;
}

bool hasValues(const PanelTable& table)
{
    for (const auto& row : table.cells)
        for (const auto& cell : row)
            if (cell)
                return true;
    return false;
}

// What a chart or value panel draws in the report.
Result<ChartData> chartOf(const PanelEvaluator& evaluator, const PanelData& data,
                          const PanelEvaluator::Range& range, int maxPoints)
{
    if (data.panel.kind == PanelKind::Chart)
        return data.chart;
    Panel asChart = data.panel;
    asChart.kind = PanelKind::Chart;
    auto chart = evaluator.evaluate(asChart, range, maxPoints);
    if (!chart.ok())
        return chart.error();
    ChartData c = chart->chart;
    const QString title = data.panel.title.isEmpty() ? data.panel.query.key() : data.panel.title;
    c.title = data.value ? CliContext::tr("%1: %2").arg(title, ValueFormat::format(data.unit, *data.value))
                         : CliContext::tr("%1: no data").arg(title);
    return c;
}

int dashboardReport(CliContext& ctx, const QCommandLineParser& p, const QStringList& args)
{
    if (args.size() != 1)
        return ctx.usage(args.isEmpty() ? CliContext::tr("name the dashboard: export dashboard NAME")
                                        : CliContext::tr("unexpected argument '%1'").arg(args.at(1)));
    auto options = optionsOf(p);
    if (!options.ok())
        return ctx.fail(options.error());
    auto d = dashboard::find(ctx, args.first());
    if (!d.ok())
        return ctx.fail(d.error());
    auto inventory = ctx.database();
    if (!inventory.ok())
        return ctx.fail(inventory.error());
    auto metrics = ctx.metricsDatabase();
    if (!metrics.ok())
        return ctx.fail(metrics.error());
    MetricStore store(*metrics);
    store.setMaintenanceIntervalMs(0);
    const PanelEvaluator evaluator(store, *inventory);
    const PanelEvaluator::Range range{options->from, options->to};
    const int maxPoints = 2 * options->size.width();
    auto panels = evaluator.evaluate(*d, range, maxPoints);
    if (!panels.ok())
        return ctx.fail(panels.error());
    QList<ReportItem> items;
    bool anything = false;
    for (const PanelData& data : std::as_const(*panels)) {
        if (data.panel.kind == PanelKind::Table) {
            anything = anything || hasValues(data.table);
            items << ReportItem{{}, tableOf(data)};
            continue;
        }
        auto chart = chartOf(evaluator, data, range, maxPoints);
        if (!chart.ok())
            return ctx.fail(chart.error());
        if (chart->pointCount() > 0) {
            anything = true;
            items << ReportItem{*chart, std::nullopt};
        }
    }
    if (!anything)
        return ctx.fail(Error::notFound(
            range.from > 0
                ? CliContext::tr("dashboard %1 has no points from %2 to %3")
                      .arg(d->name, TimeSpec::toIso(range.from), TimeSpec::toIso(range.to))
                : CliContext::tr("dashboard %1 has no points in its panels' ranges").arg(d->name)));
    if (options->from == 0) { // the report's header: the widest panel range
        options->to = Clock::system().nowSecs();
        options->from = options->to;
        for (const PanelData& data : std::as_const(*panels))
            options->from = std::min(options->from, data.from);
    }
    options->reportTitle = p.isSet(optTitle) ? p.value(optTitle) : d->title;
    if (auto st = ChartExporter::exportReport(items, *options, p.value(optOut)); !st.ok())
        return ctx.fail(st.error());
    return 0;
}

int runExportDashboard(CliContext& ctx)
{
    return VerbTable(QStringLiteral("export dashboard"),
                     CliContext::tr("A dashboard as a multi-page PDF report, without a display."))
        .option({optFrom, CliContext::tr("start (ISO 8601, epoch, now, -1h; default: each panel's range)"),
                 QStringLiteral("T"), check::time()})
        .option({optTo, CliContext::tr("end (default now)"), QStringLiteral("T"), check::time()})
        .option({optTitle, CliContext::tr("the report's title (default: the dashboard's)"),
                 QStringLiteral("TEXT")})
        .option({optTheme, CliContext::tr("light or dark (default light)"), QStringLiteral("THEME"),
                 check::oneOf({QStringLiteral("light"), QStringLiteral("dark")})})
        .option({optOut, CliContext::tr("the PDF file to write"), QStringLiteral("FILE")})
        .verb({QString(),
               QStringLiteral("NAME [--from T] [--to T] [--title TEXT] [--theme light|dark] --out FILE.pdf"),
               {optFrom, optTo, optTitle, optTheme, optOut},
               dashboardReport})
        .run(ctx);
}

} // namespace

OPSDECK_GUI_COMMAND("export dashboard",
                    QT_TRANSLATE_NOOP("commands", "write a dashboard to a multi-page PDF report"),
                    runExportDashboard);

} // namespace opsdeck::cli
