// `opsdeck metrics query --machine NAME --metric KEY | --series PATH [--source S]
//  --from T --to T [--points N] [--decimation minmax|lttb|average] [--percent] --format csv|json|table`
// JSON: {"series": KEY, "machine": NAME, "resolution": SECONDS, "points": [[EPOCH, VALUE|null], ...]}

#include "cli/CommandRegistry.h"
#include "cli/Output.h"
#include "metrics/CpuPercent.h"
#include "metrics/MetricStore.h"
#include "util/Clock.h"
#include "util/TimeSpec.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace opsdeck::cli {
namespace {

int runQuery(CliContext& ctx)
{
    QCommandLineParser p;
    p.addHelpOption();
    p.addPositionalArgument(QStringLiteral("verb"), CliContext::tr("query"));
    p.addOptions({
        {QStringLiteral("machine"), CliContext::tr("the machine's name"), QStringLiteral("NAME")},
        {QStringLiteral("metric"), CliContext::tr("the metric's key, like loadavg-1 or cpu-user"),
         QStringLiteral("KEY")},
        {QStringLiteral("series"), CliContext::tr("a pushed Graphite path, as received"),
         QStringLiteral("PATH")},
        {QStringLiteral("source"), CliContext::tr("only this source (default: the freshest)"),
         QStringLiteral("S")},
        {QStringLiteral("from"), CliContext::tr("start (ISO 8601, epoch, now, -1h; default -1h)"),
         QStringLiteral("T")},
        {QStringLiteral("to"), CliContext::tr("end (default now)"), QStringLiteral("T")},
        {QStringLiteral("points"), CliContext::tr("at most this many points (default: all)"),
         QStringLiteral("N")},
        {QStringLiteral("decimation"), CliContext::tr("minmax, lttb or average (default minmax)"),
         QStringLiteral("HOW")},
        {QStringLiteral("percent"), CliContext::tr("a cpu-* metric as percent of all CPU time")},
        {QStringLiteral("format"), CliContext::tr("json, csv or table"), QStringLiteral("FORMAT")},
    });
    if (const auto done = ctx.parse(p))
        return *done;
    if (p.positionalArguments().size() > 1)
        return ctx.usage(CliContext::tr("unexpected argument '%1'").arg(p.positionalArguments().at(1)));
    const bool bySeries = p.isSet(QStringLiteral("series"));
    if (bySeries == p.isSet(QStringLiteral("metric")))
        return ctx.usage(CliContext::tr("give either --machine NAME --metric KEY or --series PATH"));
    if (!bySeries && !p.isSet(QStringLiteral("machine")))
        return ctx.usage(CliContext::tr("--metric needs --machine NAME"));
    auto format = parseOutputFormat(p.value(QStringLiteral("format")));
    if (!format.ok())
        return ctx.fail(format.error());

    const qint64 now = Clock::system().nowSecs();
    auto from = TimeSpec::parseTime(
        p.value(QStringLiteral("from")).isEmpty() ? QStringLiteral("-1h") : p.value(QStringLiteral("from")),
        now);
    if (!from.ok())
        return ctx.fail(from.error());
    auto to = TimeSpec::parseTime(
        p.value(QStringLiteral("to")).isEmpty() ? QStringLiteral("now") : p.value(QStringLiteral("to")), now);
    if (!to.ok())
        return ctx.fail(to.error());
    MetricQuery q;
    q.machine = p.value(QStringLiteral("machine"));
    q.metric = bySeries ? p.value(QStringLiteral("series")) : p.value(QStringLiteral("metric"));
    q.source = p.value(QStringLiteral("source"));
    q.from = *from;
    q.to = *to;
    if (p.isSet(QStringLiteral("points"))) {
        bool ok = false;
        q.maxPoints = p.value(QStringLiteral("points")).toInt(&ok);
        if (!ok || q.maxPoints < 1)
            return ctx.usage(CliContext::tr("--points needs a positive number"));
    }
    const QString how = p.value(QStringLiteral("decimation")).toLower();
    if (how == QLatin1String("lttb"))
        q.decimation = MetricQuery::Decimation::Lttb;
    else if (how == QLatin1String("average"))
        q.decimation = MetricQuery::Decimation::Average;
    else if (!how.isEmpty() && how != QLatin1String("minmax"))
        return ctx.usage(CliContext::tr("--decimation is minmax, lttb or average, not '%1'").arg(how));
    const bool percent = p.isSet(QStringLiteral("percent"));
    if (percent && !q.metric.startsWith(QLatin1String("cpu-")))
        return ctx.usage(CliContext::tr("--percent is for cpu-* metrics"));

    auto db = ctx.database();
    if (!db.ok())
        return ctx.fail(db.error());
    MetricStore store(*db);
    store.setMaintenanceIntervalMs(0);
    auto data = percent ? CpuPercent::query(store, q) : store.query(q);
    if (!data.ok())
        return ctx.fail(data.error());

    if (*format == OutputFormat::Json) {
        QJsonArray points;
        for (const SeriesPoint& pt : std::as_const(data->points))
            points.append(
                QJsonArray{QJsonValue(pt.timestamp), pt.value ? QJsonValue(*pt.value) : QJsonValue()});
        const QJsonObject root{{QStringLiteral("series"), data->key.metric},
                               {QStringLiteral("machine"), data->key.machine},
                               {QStringLiteral("resolution"), data->resolution},
                               {QStringLiteral("points"), points}};
        ctx.out << QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Compact)) << '\n';
        ctx.out.flush();
        return 0;
    }
    QJsonArray records;
    const bool csv = *format == OutputFormat::Csv;
    for (const SeriesPoint& pt : std::as_const(data->points))
        records.append(
            QJsonObject{{QStringLiteral("time"),
                         csv ? QJsonValue(pt.timestamp) : QJsonValue(TimeSpec::toIso(pt.timestamp))},
                        {QStringLiteral("value"), pt.value ? QJsonValue(*pt.value) : QJsonValue()}});
    printRecords(ctx.out, *format, QStringLiteral("points"),
                 {QStringLiteral("time"), QStringLiteral("value")}, records);
    return 0;
}

} // namespace

OPSDECK_COMMAND("metrics query",
                QT_TRANSLATE_NOOP("commands", "print a series' points from the metrics cache"), runQuery);

} // namespace opsdeck::cli
