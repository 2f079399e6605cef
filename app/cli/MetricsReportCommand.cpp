// `opsdeck metrics report --machine NAME --metric KEY [--param P] [--source S]
//  --stat sum|max|min|avg --period 5m --from T --to T --format csv|json|table`
// kanyun's usage report: one value per period (aligned to the epoch; empty -> null).
// JSON: {"series", "machine", "statistic", "period", "resolution", "periods": [{"start", "value"}]}

#include "cli/CommandRegistry.h"
#include "cli/Output.h"
#include "metrics/MetricStore.h"
#include "metrics/UsageReport.h"
#include "util/Clock.h"
#include "util/TimeSpec.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>

namespace opsdeck::cli {
namespace {

int runReport(CliContext& ctx)
{
    QCommandLineParser p;
    p.addHelpOption();
    p.addPositionalArgument(QStringLiteral("verb"), CliContext::tr("report"));
    p.addOptions({
        {QStringLiteral("machine"), CliContext::tr("the machine's name"), QStringLiteral("NAME")},
        {QStringLiteral("metric"), CliContext::tr("the metric's key; {param} marks where --param goes"),
         QStringLiteral("KEY")},
        {QStringLiteral("param"), CliContext::tr("the device or interface (eth0, sda)"), QStringLiteral("P")},
        {QStringLiteral("source"), CliContext::tr("only this source (default: the freshest)"),
         QStringLiteral("S")},
        {QStringLiteral("stat"), CliContext::tr("sum, max, min or avg"), QStringLiteral("STAT")},
        {QStringLiteral("period"), CliContext::tr("one value per period, like 5m or 1d"),
         QStringLiteral("D")},
        {QStringLiteral("from"), CliContext::tr("start"), QStringLiteral("T")},
        {QStringLiteral("to"), CliContext::tr("end (default now)"), QStringLiteral("T")},
        {QStringLiteral("format"), CliContext::tr("json, csv or table"), QStringLiteral("FORMAT")},
    });
    if (const auto done = ctx.parse(p))
        return *done;
    if (p.positionalArguments().size() > 1)
        return ctx.usage(CliContext::tr("unexpected argument '%1'").arg(p.positionalArguments().at(1)));
    for (const char* required : {"machine", "metric", "stat", "period", "from"})
        if (!p.isSet(QString::fromLatin1(required)))
            return ctx.usage(CliContext::tr("metrics report needs --%1").arg(QString::fromLatin1(required)));
    auto format = parseOutputFormat(p.value(QStringLiteral("format")));
    if (!format.ok())
        return ctx.fail(format.error());
    UsageReport::Request r;
    r.machine = p.value(QStringLiteral("machine"));
    r.metric = p.value(QStringLiteral("metric"));
    r.param = p.value(QStringLiteral("param"));
    r.source = p.value(QStringLiteral("source"));
    const auto stat = UsageReport::statisticFromName(p.value(QStringLiteral("stat")));
    if (!stat)
        return ctx.usage(
            CliContext::tr("--stat is sum, max, min or avg, not '%1'").arg(p.value(QStringLiteral("stat"))));
    r.statistic = *stat;
    auto period = TimeSpec::parseDuration(p.value(QStringLiteral("period")));
    if (!period.ok())
        return ctx.fail(period.error());
    r.period = *period;
    const qint64 now = Clock::system().nowSecs();
    auto from = TimeSpec::parseTime(p.value(QStringLiteral("from")), now);
    if (!from.ok())
        return ctx.fail(from.error());
    auto to = TimeSpec::parseTime(
        p.isSet(QStringLiteral("to")) ? p.value(QStringLiteral("to")) : QStringLiteral("now"), now);
    if (!to.ok())
        return ctx.fail(to.error());
    r.from = *from;
    r.to = *to;

    auto db = ctx.database();
    if (!db.ok())
        return ctx.fail(db.error());
    MetricStore store(*db);
    store.setMaintenanceIntervalMs(0);
    auto report = UsageReport::run(store, r);
    if (!report.ok())
        return ctx.fail(report.error());
    const bool people = *format == OutputFormat::Table || *format == OutputFormat::Text;
    QJsonArray records;
    for (const auto& period : std::as_const(report->periods))
        records.append(
            QJsonObject{{QStringLiteral("start"),
                         people ? QJsonValue(TimeSpec::toIso(period.start)) : QJsonValue(period.start)},
                        {QStringLiteral("value"), period.value ? QJsonValue(*period.value) : QJsonValue()}});
    const QJsonObject extra{{QStringLiteral("series"), report->key.metric},
                            {QStringLiteral("machine"), report->key.machine},
                            {QStringLiteral("statistic"), UsageReport::statisticName(r.statistic)},
                            {QStringLiteral("period"), r.period},
                            {QStringLiteral("resolution"), report->resolution}};
    printRecords(ctx.out, *format, QStringLiteral("periods"),
                 {QStringLiteral("start"), QStringLiteral("value")}, records, extra);
    return 0;
}

} // namespace

OPSDECK_COMMAND("metrics report",
                QT_TRANSLATE_NOOP("commands", "one value per period of a series (kanyun's usage report)"),
                runReport);

} // namespace opsdeck::cli
