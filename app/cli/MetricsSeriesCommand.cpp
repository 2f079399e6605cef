// `opsdeck metrics series [--machine NAME] --format json|csv|table`: the series in the cache.
// JSON: {"series": [{"machine", "metric", "source", "type", "first", "last"}]} (epoch seconds)

#include "cli/CommandRegistry.h"
#include "cli/Output.h"
#include "metrics/MetricStore.h"
#include "util/TimeSpec.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>

namespace opsdeck::cli {
namespace {

int runSeries(CliContext& ctx)
{
    QCommandLineParser p;
    p.addHelpOption();
    p.addPositionalArgument(QStringLiteral("verb"), CliContext::tr("series"));
    p.addOptions({
        {QStringLiteral("machine"), CliContext::tr("only this machine's series"), QStringLiteral("NAME")},
        {QStringLiteral("format"), CliContext::tr("json, csv or table"), QStringLiteral("FORMAT")},
    });
    if (const auto done = ctx.parse(p))
        return *done;
    if (p.positionalArguments().size() > 1)
        return ctx.usage(CliContext::tr("unexpected argument '%1'").arg(p.positionalArguments().at(1)));
    auto format = parseOutputFormat(p.value(QStringLiteral("format")));
    if (!format.ok())
        return ctx.fail(format.error());
    auto db = ctx.database();
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
    const bool people = *format == OutputFormat::Table || *format == OutputFormat::Text;
    QJsonArray records;
    for (const SeriesInfo& s : std::as_const(*list)) {
        auto time = [&](qint64 t) {
            return people ? QJsonValue(TimeSpec::toIso(t)) : QJsonValue(t);
        };
        records.append(QJsonObject{{QStringLiteral("machine"), s.key.machine},
                                   {QStringLiteral("metric"), s.key.metric},
                                   {QStringLiteral("source"), s.key.source},
                                   {QStringLiteral("type"), seriesTypeName(s.type)},
                                   {QStringLiteral("first"), time(s.firstTimestamp)},
                                   {QStringLiteral("last"), time(s.lastTimestamp)}});
    }
    printRecords(ctx.out, *format, QStringLiteral("series"),
                 {QStringLiteral("machine"), QStringLiteral("metric"), QStringLiteral("source"),
                  QStringLiteral("type"), QStringLiteral("first"), QStringLiteral("last")},
                 records);
    return 0;
}

} // namespace

OPSDECK_COMMAND("metrics series", QT_TRANSLATE_NOOP("commands", "list the series in the metrics cache"),
                runSeries);

} // namespace opsdeck::cli
