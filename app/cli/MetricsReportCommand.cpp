// `opsdeck metrics report --machine NAME --metric KEY [--param P] [--source S]
//  --stat sum|max|min|avg --period 5m --from T --to T --format csv|json|table`
// kanyun's usage report: one value per period (aligned to the epoch; empty -> null).
// JSON: {"series", "machine", "statistic", "period", "resolution", "periods": [{"start", "value"}]}

#include "cli/VerbTable.h"
#include "metrics/MetricStore.h"
#include "metrics/UsageReport.h"
#include "util/Clock.h"
#include "util/TimeSpec.h"

#include <QJsonArray>
#include <QJsonObject>

namespace opsdeck::cli {
namespace {

int report(CliContext& ctx, const QCommandLineParser& p, const QStringList& rest)
{
    if (!rest.isEmpty())
        return ctx.usage(CliContext::tr("unexpected argument '%1'").arg(rest.first()));
    for (const char* required : {"machine", "metric", "stat", "period", "from"})
        if (!p.isSet(QString::fromLatin1(required)))
            return ctx.usage(CliContext::tr("metrics report needs --%1").arg(QString::fromLatin1(required)));
    const OutputFormat format = formatOf(p);
    // The values were checked by the verb table.
    UsageReport::Request r;
    r.machine = p.value(QStringLiteral("machine"));
    r.metric = p.value(QStringLiteral("metric"));
    r.param = p.value(QStringLiteral("param"));
    r.source = p.value(QStringLiteral("source"));
    r.statistic =
        UsageReport::statisticFromName(p.value(QStringLiteral("stat")).toLower()).value_or(r.statistic);
    r.period = TimeSpec::parseDuration(p.value(QStringLiteral("period"))).valueOr(0);
    const qint64 now = Clock::system().nowSecs();
    r.from = TimeSpec::parseTime(p.value(QStringLiteral("from")), now).valueOr(now);
    r.to = p.isSet(QStringLiteral("to"))
               ? TimeSpec::parseTime(p.value(QStringLiteral("to")), now).valueOr(now)
               : now;

    auto db = ctx.metricsDatabase();
    if (!db.ok())
        return ctx.fail(db.error());
    MetricStore store(*db);
    store.setMaintenanceIntervalMs(0);
    auto report = UsageReport::run(store, r);
    if (!report.ok())
        return ctx.fail(report.error());
    QJsonArray records;
    for (const auto& period : std::as_const(report->periods))
        records.append(
            QJsonObject{{QStringLiteral("start"), period.start},
                        {QStringLiteral("value"), period.value ? QJsonValue(*period.value) : QJsonValue()}});
    const QJsonObject extra{{QStringLiteral("series"), report->key.metric},
                            {QStringLiteral("machine"), report->key.machine},
                            {QStringLiteral("statistic"), UsageReport::statisticName(r.statistic)},
                            {QStringLiteral("period"), r.period},
                            {QStringLiteral("resolution"), report->resolution}};
    printRecords(ctx.out, format, QStringLiteral("periods"),
                 {QStringLiteral("start"), QStringLiteral("value")}, records, extra,
                 {QStringLiteral("start")});
    return 0;
}

Status checkStat(const QString& option, const QString& value)
{
    if (UsageReport::statisticFromName(value.toLower()))
        return {};
    return Error::usage(CliContext::tr("--%1 is sum, max, min or avg, not '%2'").arg(option, value));
}

int runReport(CliContext& ctx)
{
    const QStringList options{QStringLiteral("machine"), QStringLiteral("metric"), QStringLiteral("param"),
                              QStringLiteral("source"),  QStringLiteral("stat"),   QStringLiteral("period"),
                              QStringLiteral("from"),    QStringLiteral("to"),     QStringLiteral("format")};
    return VerbTable(QStringLiteral("metrics report"))
        .option({options.at(0), CliContext::tr("the machine's name"), QStringLiteral("NAME")})
        .option({options.at(1), CliContext::tr("the metric's key; {param} marks where --param goes"),
                 QStringLiteral("KEY")})
        .option({options.at(2), CliContext::tr("the device or interface (eth0, sda)"), QStringLiteral("P")})
        .option(
            {options.at(3), CliContext::tr("only this source (default: the freshest)"), QStringLiteral("S")})
        .option({options.at(4), CliContext::tr("sum, max, min or avg"), QStringLiteral("STAT"), checkStat})
        .option({options.at(5), CliContext::tr("one value per period, like 5m or 1d"), QStringLiteral("D"),
                 check::duration()})
        .option({options.at(6), CliContext::tr("start"), QStringLiteral("T"), check::time()})
        .option({options.at(7), CliContext::tr("end (default now)"), QStringLiteral("T"), check::time()})
        .option(formatOption())
        .verb({QString(),
               QStringLiteral("--machine NAME --metric KEY [--param P] [--source S] --stat sum|max|min|avg "
                              "--period D --from T [--to T] [--format F]"),
               options, report})
        .run(ctx);
}

} // namespace

OPSDECK_COMMAND("metrics report",
                QT_TRANSLATE_NOOP("commands", "one value per period of a series (kanyun's usage report)"),
                runReport);

} // namespace opsdeck::cli
