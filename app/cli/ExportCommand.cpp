// `opsdeck export chart (--machine NAME --metric KEY | --series PATH) [--source S] [--from T]
//  [--to T] [--size WxH] [--title TEXT] [--theme light|dark] [--raw] --out FILE.(png|svg|pdf|csv)`
// `opsdeck export host NAME [--from T] [--to T] [--title TEXT] [--theme light|dark] --out FILE.pdf`
// Offline from the metrics cache, with no display (main() gives these a QGuiApplication on
// the offscreen platform). Exit 2: bad arguments or an unknown extension; 4: an unknown
// machine or series, or no points in the range. Every option is checked before the cache
// is opened; the file is written whole or not at all (QSaveFile).

#include "charts/HostPageMounts.h"
#include "cli/VerbTable.h"
#include "export/ChartExporter.h"
#include "metrics/MachineChartLoader.h"
#include "metrics/MetricStore.h"
#include "util/Clock.h"
#include "util/TimeSpec.h"

#include <QRegularExpression>
#include <algorithm>

namespace opsdeck::cli {
namespace {

const QString optMachine = QStringLiteral("machine");
const QString optMetric = QStringLiteral("metric");
const QString optSeries = QStringLiteral("series");
const QString optSource = QStringLiteral("source");
const QString optFrom = QStringLiteral("from");
const QString optTo = QStringLiteral("to");
const QString optSize = QStringLiteral("size");
const QString optTitle = QStringLiteral("title");
const QString optTheme = QStringLiteral("theme");
const QString optRaw = QStringLiteral("raw");
const QString optOut = QStringLiteral("out");

constexpr int minSide = 200;
constexpr int maxSide = 10000;

std::optional<QSize> parseSize(const QString& text)
{
    static const QRegularExpression re(QStringLiteral("^\\s*(\\d{1,5})\\s*[xX]\\s*(\\d{1,5})\\s*$"));
    const auto m = re.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    const QSize size(m.captured(1).toInt(), m.captured(2).toInt());
    if (size.width() < minSide || size.height() < minSide || size.width() > maxSide ||
        size.height() > maxSide)
        return std::nullopt;
    return size;
}

ValueCheck sizeCheck()
{
    return [](const QString& option, const QString& value) -> Status {
        if (parseSize(value))
            return {};
        return Error::usage(CliContext::tr("--%1 takes WIDTHxHEIGHT in pixels, each from %2 to %3, such as "
                                           "1200x600, not '%4'")
                                .arg(option)
                                .arg(minSide)
                                .arg(maxSide)
                                .arg(value));
    };
}

// What every verb shares, checked before the cache is opened.
struct Common
{
    ChartExporter::Options options;
    ExportFormat format = ExportFormat::Png;
    QString out;
};

Result<Common> commonOf(const QCommandLineParser& p)
{
    Common c;
    if (!p.isSet(optOut))
        return Error::usage(CliContext::tr("--out FILE is needed"));
    c.out = p.value(optOut);
    const auto format = ChartExporter::formatOf(c.out);
    if (!format)
        return Error::usage(
            CliContext::tr("cannot tell the format of '%1': end it in .png, .svg, .pdf or .csv").arg(c.out));
    c.format = *format;
    // The values were checked by the verb table.
    const qint64 now = Clock::system().nowSecs();
    c.options.from = p.isSet(optFrom) ? TimeSpec::parseTime(p.value(optFrom), now).valueOr(now) : now - 3600;
    c.options.to = p.isSet(optTo) ? TimeSpec::parseTime(p.value(optTo), now).valueOr(now) : now;
    if (c.options.to <= c.options.from)
        return Error::usage(CliContext::tr("--from must be before --to"));
    if (p.isSet(optSize))
        c.options.size = *parseSize(p.value(optSize));
    c.options.theme =
        p.value(optTheme).trimmed().toLower() == QLatin1String("dark") ? ChartTheme::Dark : ChartTheme::Light;
    c.options.generated = QDateTime::currentDateTime();
    return c;
}

Error emptyRange(const QString& what, const ChartExporter::Options& o)
{
    return Error::notFound(CliContext::tr("%1 has no points from %2 to %3")
                               .arg(what, TimeSpec::toIso(o.from), TimeSpec::toIso(o.to)));
}

// The machine must have something in the cache: its name alone tells nothing offline.
Status knownMachine(const MetricStore& store, const QString& machine)
{
    auto series = store.listSeries(machine);
    if (!series.ok())
        return series.error();
    if (series->isEmpty())
        return Error::notFound(
            CliContext::tr("unknown machine '%1': the metrics cache holds no series for it").arg(machine));
    return {};
}

int chart(CliContext& ctx, const QCommandLineParser& p, const QStringList& rest)
{
    if (!rest.isEmpty())
        return ctx.usage(CliContext::tr("unexpected argument '%1'").arg(rest.first()));
    const bool bySeries = p.isSet(optSeries);
    if (bySeries == p.isSet(optMetric))
        return ctx.usage(CliContext::tr("give either --machine NAME --metric KEY or --series PATH"));
    if (!bySeries && !p.isSet(optMachine))
        return ctx.usage(CliContext::tr("--metric needs --machine NAME"));
    auto common = commonOf(p);
    if (!common.ok())
        return ctx.fail(common.error());
    if (p.isSet(optRaw) && common->format != ExportFormat::Csv)
        return ctx.usage(CliContext::tr("--raw is for a .csv file"));

    MetricQuery q;
    q.machine = p.value(optMachine);
    q.metric = bySeries ? p.value(optSeries) : p.value(optMetric);
    q.source = p.value(optSource);
    q.from = common->options.from;
    q.to = common->options.to;

    auto db = ctx.metricsDatabase();
    if (!db.ok())
        return ctx.fail(db.error());
    MetricStore store(*db);
    store.setMaintenanceIntervalMs(0);
    auto data = store.query(q);
    if (!data.ok()) {
        // Say which is unknown, the machine or its series.
        if (data.error().code == Error::Code::NotFound && !q.machine.isEmpty()) {
            if (auto known = knownMachine(store, q.machine); !known.ok())
                return ctx.fail(known.error());
        }
        return ctx.fail(data.error());
    }
    const QString what = q.machine.isEmpty() ? q.metric : q.machine + QLatin1Char(':') + q.metric;
    if (std::none_of(data->points.cbegin(), data->points.cend(),
                     [](const SeriesPoint& pt) { return pt.value; }))
        return ctx.fail(emptyRange(what, common->options));

    Status written;
    if (p.isSet(optRaw)) {
        written = ChartExporter::exportRawCsv(data->points, common->out);
    } else {
        ChartData chartData;
        chartData.title = p.isSet(optTitle) ? p.value(optTitle) : what;
        ChartLine line;
        line.name = q.metric;
        line.segments =
            MachineChartLoader::toSegments(data->points, 3 * qint64(std::max(data->resolution, 1)));
        chartData.lines << line;
        written = ChartExporter::exportChart(chartData, common->options, common->out);
    }
    if (!written.ok())
        return ctx.fail(written.error());
    return 0;
}

// The disk usage chart's lines named by their mount points ("/home (sda2)"), as the host
// page titles them, from the inventory's machine_meta; by device when it cannot be read
// (said on stderr: the export works from the cache alone).
void nameDisksByMount(CliContext& ctx, const QString& machine, QList<ChartData>& charts)
{
    Result<DeviceMounts> mounts = Error::failure(QString());
    if (auto db = ctx.database(); db.ok())
        mounts = HostPageMounts::read(**db, machine);
    else
        mounts = db.error();
    if (!mounts.ok()) {
        ctx.err << CliContext::tr("opsdeck: disk usage by device: the mount points could not be read: %1")
                       .arg(mounts.error().message)
                << Qt::endl;
        return;
    }
    for (ChartData& chart : charts)
        if (chart.kind == MachineChartKind::DiskUsage)
            for (ChartLine& line : chart.lines)
                line.name = HostPagePlanner::diskUsageTitle(line.name, mounts->value(line.name));
}

int host(CliContext& ctx, const QCommandLineParser& p, const QStringList& rest)
{
    if (rest.size() != 1)
        return ctx.usage(rest.isEmpty() ? CliContext::tr("name the machine: export host NAME")
                                        : CliContext::tr("unexpected argument '%1'").arg(rest.at(1)));
    auto common = commonOf(p);
    if (!common.ok())
        return ctx.fail(common.error());
    if (common->format != ExportFormat::Pdf)
        return ctx.usage(CliContext::tr("export host writes a PDF: end --out in .pdf"));
    const QString machine = rest.first();

    auto db = ctx.metricsDatabase();
    if (!db.ok())
        return ctx.fail(db.error());
    MetricStore store(*db);
    store.setMaintenanceIntervalMs(0);
    if (auto known = knownMachine(store, machine); !known.ok())
        return ctx.fail(known.error());
    MachineChartLoader::Request request;
    request.machine = machine;
    request.from = common->options.from;
    request.to = common->options.to;
    request.maxPoints = 2 * common->options.size.width(); // the painter thins to its own width
    const MachineChartSet set = MachineChartLoader::load(store, request);
    if (!set.error.isEmpty())
        return ctx.fail(Error::failure(set.error));
    QList<ChartData> charts;
    for (const auto& c : set.charts) {
        if (c.pointCount() > 0)
            charts << c;
    }
    if (charts.isEmpty())
        return ctx.fail(emptyRange(machine, common->options));
    nameDisksByMount(ctx, machine, charts);
    common->options.reportTitle =
        p.isSet(optTitle) ? p.value(optTitle) : CliContext::tr("Host %1").arg(machine);
    common->options.chartsPerPage = 2;
    if (auto st = ChartExporter::exportReport(charts, common->options, common->out); !st.ok())
        return ctx.fail(st.error());
    return 0;
}

int runExport(CliContext& ctx)
{
    const QStringList chartOptions{optMachine, optMetric, optSeries, optSource, optFrom, optTo,
                                   optSize,    optTitle,  optTheme,  optRaw,    optOut};
    const QStringList hostOptions{optFrom, optTo, optTitle, optTheme, optOut};
    return VerbTable(
               QStringLiteral("export"),
               CliContext::tr("Charts from the metrics cache as PNG, SVG, PDF or CSV, without a display."))
        .option({optMachine, CliContext::tr("the machine's name"), QStringLiteral("NAME")})
        .option({optMetric, CliContext::tr("the metric's key, like loadavg-1 or cpu-user"),
                 QStringLiteral("KEY")})
        .option({optSeries, CliContext::tr("a pushed Graphite path, as received"), QStringLiteral("PATH")})
        .option({optSource, CliContext::tr("only this source (default: the freshest)"), QStringLiteral("S")})
        .option({optFrom, CliContext::tr("start (ISO 8601, epoch, now, -1h; default -1h)"),
                 QStringLiteral("T"), check::time()})
        .option({optTo, CliContext::tr("end (default now)"), QStringLiteral("T"), check::time()})
        .option({optSize, CliContext::tr("the image's size in pixels (default 1200x600)"),
                 QStringLiteral("WxH"), sizeCheck()})
        .option({optTitle, CliContext::tr("the chart's (or report's) title"), QStringLiteral("TEXT")})
        .option({optTheme, CliContext::tr("light or dark (default light)"), QStringLiteral("THEME"),
                 check::oneOf({QStringLiteral("light"), QStringLiteral("dark")})})
        .option({optRaw, CliContext::tr("CSV: every stored point, not the points drawn")})
        .option({optOut, CliContext::tr("the file to write; its extension picks the format"),
                 QStringLiteral("FILE")})
        .verb(
            {QStringLiteral("chart"),
             QStringLiteral("(--machine NAME --metric KEY | --series PATH) [--source S] [--from T] [--to T] "
                            "[--size WxH] [--title TEXT] [--theme light|dark] [--raw] "
                            "--out FILE.(png|svg|pdf|csv)"),
             chartOptions, chart})
        .verb({QStringLiteral("host"),
               QStringLiteral("NAME [--from T] [--to T] [--title TEXT] [--theme light|dark] --out FILE.pdf"),
               hostOptions, host})
        .run(ctx);
}

} // namespace

OPSDECK_GUI_COMMAND("export",
                    QT_TRANSLATE_NOOP("commands",
                                      "write charts from the metrics cache to PNG, SVG, PDF or CSV"),
                    runExport);

} // namespace opsdeck::cli
