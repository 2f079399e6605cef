// `opsdeck metrics availability --series-prefix P --from T --to T [--period 1d] [--days N]
//  [--machine NAME] --format json|csv|table`
// Loki's availability (2xx + 3xx) / (all - 4xx) over P.2xx, P.3xx, P.4xx, P.5xx.
// JSON: {"prefix", "average", "periods": [{"start", "end", "requests_2xx", "requests_3xx",
//        "requests_4xx", "requests_5xx", "availability"}]}   (availability 0..1 or null)

#include "cli/VerbTable.h"
#include "metrics/Availability.h"
#include "metrics/MetricStore.h"
#include "util/Clock.h"
#include "util/TimeSpec.h"

#include <QJsonArray>
#include <QJsonObject>

namespace opsdeck::cli {
namespace {

int availability(CliContext& ctx, const QCommandLineParser& p, const QStringList& rest)
{
    if (!rest.isEmpty())
        return ctx.usage(CliContext::tr("unexpected argument '%1'").arg(rest.first()));
    if (!p.isSet(QStringLiteral("series-prefix")))
        return ctx.usage(CliContext::tr("metrics availability needs --series-prefix P"));
    const bool byDays = p.isSet(QStringLiteral("days"));
    if (byDays == p.isSet(QStringLiteral("from")))
        return ctx.usage(CliContext::tr("give either --from T [--to T] or --days N"));
    const OutputFormat format = formatOf(p);
    // The values were checked by the verb table.
    const qint64 now = Clock::system().nowSecs();
    qint64 from = 0;
    qint64 to = now;
    qint64 period = 0;
    if (byDays) {
        from = now - p.value(QStringLiteral("days")).toLongLong() * 86400;
        period = 86400;
    } else {
        from = TimeSpec::parseTime(p.value(QStringLiteral("from")), now).valueOr(0);
        if (p.isSet(QStringLiteral("to")))
            to = TimeSpec::parseTime(p.value(QStringLiteral("to")), now).valueOr(now);
    }
    if (p.isSet(QStringLiteral("period")))
        period = TimeSpec::parseDuration(p.value(QStringLiteral("period"))).valueOr(period);
    auto db = ctx.metricsDatabase();
    if (!db.ok())
        return ctx.fail(db.error());
    MetricStore store(*db);
    store.setMaintenanceIntervalMs(0);
    const QString prefix = p.value(QStringLiteral("series-prefix"));
    auto report = Availability::run(store, p.value(QStringLiteral("machine")), prefix, from, to, period);
    if (!report.ok())
        return ctx.fail(report.error());
    const bool people = format == OutputFormat::Table || format == OutputFormat::Text;
    QJsonArray records;
    for (const auto& r : std::as_const(report->periods))
        records.append(QJsonObject{
            {QStringLiteral("start"), r.start},
            {QStringLiteral("end"), r.end},
            {QStringLiteral("requests_2xx"), r.requests2xx},
            {QStringLiteral("requests_3xx"), r.requests3xx},
            {QStringLiteral("requests_4xx"), r.requests4xx},
            {QStringLiteral("requests_5xx"), r.requests5xx},
            {QStringLiteral("availability"), r.availability ? QJsonValue(*r.availability) : QJsonValue()}});
    const QJsonObject extra{
        {QStringLiteral("prefix"), prefix},
        {QStringLiteral("average"), report->average ? QJsonValue(*report->average) : QJsonValue()}};
    printRecords(ctx.out, format, QStringLiteral("periods"),
                 {QStringLiteral("start"), QStringLiteral("end"), QStringLiteral("requests_2xx"),
                  QStringLiteral("requests_3xx"), QStringLiteral("requests_4xx"),
                  QStringLiteral("requests_5xx"), QStringLiteral("availability")},
                 records, extra, {QStringLiteral("start"), QStringLiteral("end")});
    if (people && report->average)
        ctx.out << CliContext::tr("average availability: %1%").arg(*report->average * 100, 0, 'f', 3) << '\n';
    return 0;
}

int runAvailability(CliContext& ctx)
{
    const QStringList options{QStringLiteral("series-prefix"), QStringLiteral("machine"),
                              QStringLiteral("from"),          QStringLiteral("to"),
                              QStringLiteral("days"),          QStringLiteral("period"),
                              QStringLiteral("format")};
    return VerbTable(QStringLiteral("metrics availability"))
        .option({options.at(0), CliContext::tr("P of the series P.2xx, P.3xx, P.4xx, P.5xx"),
                 QStringLiteral("P")})
        .option({options.at(1),
                 CliContext::tr("the machine the series belong to (default: none, pushed paths)"),
                 QStringLiteral("NAME")})
        .option({options.at(2), CliContext::tr("start"), QStringLiteral("T"), check::time()})
        .option({options.at(3), CliContext::tr("end (default now)"), QStringLiteral("T"), check::time()})
        .option({options.at(4), CliContext::tr("the last N days, one period a day (the n-day average)"),
                 QStringLiteral("N"), check::number(1, 100000)})
        .option({options.at(5), CliContext::tr("one row per period (default: one for the whole range)"),
                 QStringLiteral("D"), check::duration()})
        .option(formatOption())
        .verb(
            {QString(),
             QStringLiteral("--series-prefix P (--from T [--to T] | --days N) [--period D] [--machine NAME] "
                            "[--format F]"),
             options, availability})
        .run(ctx);
}

} // namespace

OPSDECK_COMMAND("metrics availability",
                QT_TRANSLATE_NOOP("commands", "availability (2xx+3xx)/(all-4xx) of status-class series"),
                runAvailability);

} // namespace opsdeck::cli
