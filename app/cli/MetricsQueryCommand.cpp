// `opsdeck metrics query --machine NAME --metric KEY | --series PATH [--source S]
//  --from T --to T [--points N] [--decimation minmax|lttb|average] [--percent] --format csv|json|table`
// JSON: {"series": KEY, "machine": NAME, "resolution": SECONDS, "points": [[EPOCH, VALUE|null], ...]}

#include "cli/VerbTable.h"
#include "metrics/CpuPercent.h"
#include "metrics/MetricStore.h"
#include "util/Clock.h"
#include "util/TimeSpec.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <limits>

namespace opsdeck::cli {
namespace {

int query(CliContext& ctx, const QCommandLineParser& p, const QStringList& rest)
{
    if (!rest.isEmpty())
        return ctx.usage(CliContext::tr("unexpected argument '%1'").arg(rest.first()));
    const bool bySeries = p.isSet(QStringLiteral("series"));
    if (bySeries == p.isSet(QStringLiteral("metric")))
        return ctx.usage(CliContext::tr("give either --machine NAME --metric KEY or --series PATH"));
    if (!bySeries && !p.isSet(QStringLiteral("machine")))
        return ctx.usage(CliContext::tr("--metric needs --machine NAME"));
    const OutputFormat format = formatOf(p);

    // The values were checked by the verb table.
    const qint64 now = Clock::system().nowSecs();
    MetricQuery q;
    q.machine = p.value(QStringLiteral("machine"));
    q.metric = bySeries ? p.value(QStringLiteral("series")) : p.value(QStringLiteral("metric"));
    q.source = p.value(QStringLiteral("source"));
    q.from = p.isSet(QStringLiteral("from"))
                 ? TimeSpec::parseTime(p.value(QStringLiteral("from")), now).valueOr(now)
                 : now - 3600;
    q.to = p.isSet(QStringLiteral("to"))
               ? TimeSpec::parseTime(p.value(QStringLiteral("to")), now).valueOr(now)
               : now;
    if (p.isSet(QStringLiteral("points")))
        q.maxPoints = p.value(QStringLiteral("points")).toInt();
    const QString how = p.value(QStringLiteral("decimation")).toLower();
    if (how == QLatin1String("lttb"))
        q.decimation = MetricQuery::Decimation::Lttb;
    else if (how == QLatin1String("average"))
        q.decimation = MetricQuery::Decimation::Average;
    const bool percent = p.isSet(QStringLiteral("percent"));
    if (percent && !q.metric.startsWith(QLatin1String("cpu-")))
        return ctx.usage(CliContext::tr("--percent is for cpu-* metrics"));

    auto db = ctx.metricsDatabase();
    if (!db.ok())
        return ctx.fail(db.error());
    MetricStore store(*db);
    store.setMaintenanceIntervalMs(0);
    auto data = percent ? CpuPercent::query(store, q) : store.query(q);
    if (!data.ok())
        return ctx.fail(data.error());

    if (format == OutputFormat::Json) {
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
    for (const SeriesPoint& pt : std::as_const(data->points))
        records.append(
            QJsonObject{{QStringLiteral("time"), pt.timestamp},
                        {QStringLiteral("value"), pt.value ? QJsonValue(*pt.value) : QJsonValue()}});
    printRecords(ctx.out, format, QStringLiteral("points"), {QStringLiteral("time"), QStringLiteral("value")},
                 records, {}, {QStringLiteral("time")});
    return 0;
}

int runQuery(CliContext& ctx)
{
    const QStringList options{QStringLiteral("machine"), QStringLiteral("metric"),
                              QStringLiteral("series"),  QStringLiteral("source"),
                              QStringLiteral("from"),    QStringLiteral("to"),
                              QStringLiteral("points"),  QStringLiteral("decimation"),
                              QStringLiteral("percent"), QStringLiteral("format")};
    return VerbTable(QStringLiteral("metrics query"))
        .option({options.at(0), CliContext::tr("the machine's name"), QStringLiteral("NAME")})
        .option({options.at(1), CliContext::tr("the metric's key, like loadavg-1 or cpu-user"),
                 QStringLiteral("KEY")})
        .option(
            {options.at(2), CliContext::tr("a pushed Graphite path, as received"), QStringLiteral("PATH")})
        .option(
            {options.at(3), CliContext::tr("only this source (default: the freshest)"), QStringLiteral("S")})
        .option({options.at(4), CliContext::tr("start (ISO 8601, epoch, now, -1h; default -1h)"),
                 QStringLiteral("T"), check::time()})
        .option({options.at(5), CliContext::tr("end (default now)"), QStringLiteral("T"), check::time()})
        .option({options.at(6), CliContext::tr("at most this many points (default: all)"),
                 QStringLiteral("N"), check::number(1, std::numeric_limits<int>::max())})
        .option({options.at(7), CliContext::tr("minmax, lttb or average (default minmax)"),
                 QStringLiteral("HOW"),
                 check::oneOf({QStringLiteral("minmax"), QStringLiteral("lttb"), QStringLiteral("average")})})
        .option({options.at(8), CliContext::tr("a cpu-* metric as percent of all CPU time")})
        .option(formatOption())
        .verb(
            {QString(),
             QStringLiteral("(--machine NAME --metric KEY | --series PATH) [--source S] [--from T] [--to T] "
                            "[--points N] [--decimation minmax|lttb|average] [--percent] [--format F]"),
             options, query})
        .run(ctx);
}

} // namespace

OPSDECK_COMMAND("metrics query",
                QT_TRANSLATE_NOOP("commands", "print a series' points from the metrics cache"), runQuery);

} // namespace opsdeck::cli
