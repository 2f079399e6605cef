// `opsdeck metrics series [--machine NAME] --format json|csv|table`: the series in the cache.
// JSON: {"series": [{"machine", "metric", "source", "type", "first", "last"}]} (epoch seconds)

#include "cli/VerbTable.h"
#include "metrics/MetricStore.h"

#include <QJsonArray>
#include <QJsonObject>

namespace opsdeck::cli {
namespace {

int series(CliContext& ctx, const QCommandLineParser& p, const QStringList& rest)
{
    if (!rest.isEmpty())
        return ctx.usage(CliContext::tr("unexpected argument '%1'").arg(rest.first()));
    const OutputFormat format = formatOf(p);
    auto db = ctx.metricsDatabase();
    if (!db.ok())
        return ctx.fail(db.error());
    MetricStore store(*db);
    store.setMaintenanceIntervalMs(0);
    const QString machine = p.value(QStringLiteral("machine"));
    auto list = store.listSeries(machine);
    if (!list.ok())
        return ctx.fail(list.error());
    if (p.isSet(QStringLiteral("machine")) && list->isEmpty())
        return ctx.fail(
            Error::notFound(CliContext::tr("the metrics cache has no series of machine '%1'").arg(machine)));
    QJsonArray records;
    for (const SeriesInfo& s : std::as_const(*list))
        records.append(QJsonObject{{QStringLiteral("machine"), s.key.machine},
                                   {QStringLiteral("metric"), s.key.metric},
                                   {QStringLiteral("source"), s.key.source},
                                   {QStringLiteral("type"), seriesTypeName(s.type)},
                                   {QStringLiteral("first"), s.firstTimestamp},
                                   {QStringLiteral("last"), s.lastTimestamp}});
    printRecords(ctx.out, format, QStringLiteral("series"),
                 {QStringLiteral("machine"), QStringLiteral("metric"), QStringLiteral("source"),
                  QStringLiteral("type"), QStringLiteral("first"), QStringLiteral("last")},
                 records, {}, {QStringLiteral("first"), QStringLiteral("last")});
    return 0;
}

int runSeries(CliContext& ctx)
{
    return VerbTable(QStringLiteral("metrics series"))
        .option(
            {QStringLiteral("machine"), CliContext::tr("only this machine's series"), QStringLiteral("NAME")})
        .option(formatOption())
        .verb({QString(),
               QStringLiteral("[--machine NAME] [--format F]"),
               {QStringLiteral("machine"), QStringLiteral("format")},
               series})
        .run(ctx);
}

} // namespace

OPSDECK_COMMAND("metrics series", QT_TRANSLATE_NOOP("commands", "list the series in the metrics cache"),
                runSeries);

} // namespace opsdeck::cli
