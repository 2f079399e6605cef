// `opsdeck metrics availability --series-prefix P --from T --to T [--period 1d] [--days N]
//  [--machine NAME] --format json|csv|table`
// Loki's availability (2xx + 3xx) / (all - 4xx) over P.2xx, P.3xx, P.4xx, P.5xx.
// JSON: {"prefix", "average", "periods": [{"start", "end", "requests_2xx", "requests_3xx",
//        "requests_4xx", "requests_5xx", "availability"}]}   (availability 0..1 or null)

#include "cli/CommandRegistry.h"
#include "cli/Output.h"
#include "metrics/Availability.h"
#include "metrics/MetricStore.h"
#include "util/Clock.h"
#include "util/TimeSpec.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>

namespace opsdeck::cli {
namespace {

int runAvailability(CliContext& ctx)
{
    QCommandLineParser p;
    p.addHelpOption();
    p.addPositionalArgument(QStringLiteral("verb"), CliContext::tr("availability"));
    p.addOptions({
        {QStringLiteral("series-prefix"), CliContext::tr("P of the series P.2xx, P.3xx, P.4xx, P.5xx"),
         QStringLiteral("P")},
        {QStringLiteral("machine"),
         CliContext::tr("the machine the series belong to (default: none, pushed paths)"),
         QStringLiteral("NAME")},
        {QStringLiteral("from"), CliContext::tr("start"), QStringLiteral("T")},
        {QStringLiteral("to"), CliContext::tr("end (default now)"), QStringLiteral("T")},
        {QStringLiteral("days"), CliContext::tr("the last N days, one period a day (the n-day average)"),
         QStringLiteral("N")},
        {QStringLiteral("period"), CliContext::tr("one row per period (default: one for the whole range)"),
         QStringLiteral("D")},
        {QStringLiteral("format"), CliContext::tr("json, csv or table"), QStringLiteral("FORMAT")},
    });
    if (const auto done = ctx.parse(p))
        return *done;
    if (p.positionalArguments().size() > 1)
        return ctx.usage(CliContext::tr("unexpected argument '%1'").arg(p.positionalArguments().at(1)));
    if (!p.isSet(QStringLiteral("series-prefix")))
        return ctx.usage(CliContext::tr("metrics availability needs --series-prefix P"));
    const bool byDays = p.isSet(QStringLiteral("days"));
    if (byDays == p.isSet(QStringLiteral("from")))
        return ctx.usage(CliContext::tr("give either --from T [--to T] or --days N"));
    auto format = parseOutputFormat(p.value(QStringLiteral("format")));
    if (!format.ok())
        return ctx.fail(format.error());
    const qint64 now = Clock::system().nowSecs();
    qint64 from = 0;
    qint64 to = now;
    qint64 period = 0;
    if (byDays) {
        bool ok = false;
        const int days = p.value(QStringLiteral("days")).toInt(&ok);
        if (!ok || days < 1)
            return ctx.usage(CliContext::tr("--days needs a positive number"));
        to = now;
        from = now - qint64(days) * 86400;
        period = 86400;
    } else {
        auto f = TimeSpec::parseTime(p.value(QStringLiteral("from")), now);
        if (!f.ok())
            return ctx.fail(f.error());
        from = *f;
        if (p.isSet(QStringLiteral("to"))) {
            auto t = TimeSpec::parseTime(p.value(QStringLiteral("to")), now);
            if (!t.ok())
                return ctx.fail(t.error());
            to = *t;
        }
    }
    if (p.isSet(QStringLiteral("period"))) {
        auto d = TimeSpec::parseDuration(p.value(QStringLiteral("period")));
        if (!d.ok())
            return ctx.fail(d.error());
        period = *d;
    }
    auto db = ctx.database();
    if (!db.ok())
        return ctx.fail(db.error());
    MetricStore store(*db);
    store.setMaintenanceIntervalMs(0);
    const QString prefix = p.value(QStringLiteral("series-prefix"));
    auto report = Availability::run(store, p.value(QStringLiteral("machine")), prefix, from, to, period);
    if (!report.ok())
        return ctx.fail(report.error());
    const bool people = *format == OutputFormat::Table || *format == OutputFormat::Text;
    auto time = [&](qint64 t) {
        return people ? QJsonValue(TimeSpec::toIso(t)) : QJsonValue(t);
    };
    QJsonArray records;
    for (const auto& r : std::as_const(report->periods))
        records.append(QJsonObject{
            {QStringLiteral("start"), time(r.start)},
            {QStringLiteral("end"), time(r.end)},
            {QStringLiteral("requests_2xx"), r.requests2xx},
            {QStringLiteral("requests_3xx"), r.requests3xx},
            {QStringLiteral("requests_4xx"), r.requests4xx},
            {QStringLiteral("requests_5xx"), r.requests5xx},
            {QStringLiteral("availability"), r.availability ? QJsonValue(*r.availability) : QJsonValue()}});
    const QJsonObject extra{
        {QStringLiteral("prefix"), prefix},
        {QStringLiteral("average"), report->average ? QJsonValue(*report->average) : QJsonValue()}};
    printRecords(ctx.out, *format, QStringLiteral("periods"),
                 {QStringLiteral("start"), QStringLiteral("end"), QStringLiteral("requests_2xx"),
                  QStringLiteral("requests_3xx"), QStringLiteral("requests_4xx"),
                  QStringLiteral("requests_5xx"), QStringLiteral("availability")},
                 records, extra);
    if (people && report->average)
        ctx.out << CliContext::tr("average availability: %1%").arg(*report->average * 100, 0, 'f', 3) << '\n';
    return 0;
}

} // namespace

OPSDECK_COMMAND("metrics availability",
                QT_TRANSLATE_NOOP("commands", "availability (2xx+3xx)/(all-4xx) of status-class series"),
                runAvailability);

} // namespace opsdeck::cli
