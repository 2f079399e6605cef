// `opsdeck check run --once [--node PATH]`: every enabled check once on each of its
// targets, recorded like the window's runs (state and alert history), one line or record
// per (check, target). Exits with Nagios's codes for the worst result (0 OK, 1 WARNING,
// 2 CRITICAL, 3 UNKNOWN), so cron or Nagios itself can run it.

#include "checks/CheckLookups.h"
#include "checks/CheckScheduler.h"
#include "cli/VerbTable.h"
#include "metrics/MetricStore.h"
#include "sources/SshSourcePoller.h"
#include "util/Clock.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>

namespace opsdeck::cli {
namespace {

constexpr int kUnknownExit = 3;

QJsonObject outcomeRecord(const CheckScheduler::Outcome& o)
{
    return {{QStringLiteral("check"), o.check.name},
            {QStringLiteral("id"), double(o.check.id)},
            {QStringLiteral("type"), checkKindName(o.check.kind)},
            {QStringLiteral("target"), o.target},
            {QStringLiteral("status"), checkStatusName(o.result.status)},
            {QStringLiteral("state"), checkStateName(o.runtime.state)},
            {QStringLiteral("message"), o.result.message},
            {QStringLiteral("value"),
             o.result.value ? QJsonValue(*o.result.value) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("elapsed_ms"), double(o.result.elapsedMs)}};
}

// Any error before a result is Nagios's UNKNOWN (3), never its CRITICAL (the usage exit 2).
int unknown(CliContext& ctx, const Error& e)
{
    ctx.fail(e);
    return kUnknownExit;
}

int runOnce(CliContext& ctx, const QCommandLineParser& p, const QStringList& args, bool* ran)
{
    *ran = true;
    if (!args.isEmpty())
        return unknown(ctx, Error::usage(CliContext::tr("check run takes no arguments")));
    if (!p.isSet(QStringLiteral("once")))
        return unknown(ctx, Error::usage(CliContext::tr(
                                "check run needs --once (the window runs the checks continuously)")));
    auto db = ctx.database();
    if (!db.ok())
        return unknown(ctx, db.error());
    auto metricsDb = ctx.metricsDatabase();
    if (!metricsDb.ok())
        return unknown(ctx, metricsDb.error());
    MetricStore metrics(*metricsDb, Clock::system());
    QNetworkAccessManager network;
    SshSourcePoller ssh(nullptr, SshSourcePoller::inventoryResolver(*db));
    ProbeServices services;
    services.network = &network;
    services.ssh = &ssh;
    services.metrics = &metrics;
    CheckScheduler scheduler(*db, check_lookups::withInventory(services, *db));
    scheduler.setSampleSink([&metrics](const SampleBatch& batch) { return metrics.append(batch); });

    QList<CheckScheduler::Outcome> outcomes;
    QList<Error> failures;
    QEventLoop loop;
    QObject::connect(&scheduler, &CheckScheduler::failed, &loop,
                     [&failures](const Error& e) { failures << e; });
    QObject::connect(&scheduler, &CheckScheduler::roundFinished, &loop,
                     [&](const QList<CheckScheduler::Outcome>& all) {
                         outcomes = all;
                         loop.quit();
                     });
    if (Status s = scheduler.runOnce(p.value(QStringLiteral("node")).trimmed()); !s.ok())
        return unknown(ctx, s.error());
    loop.exec();

    if (Status s = metrics.flush(); !s.ok())
        failures << s.error();
    CheckStatus worst = CheckStatus::Ok;
    QJsonArray rows;
    for (const CheckScheduler::Outcome& o : std::as_const(outcomes)) {
        worst = worse(worst, o.result.status);
        rows.append(outcomeRecord(o));
    }
    for (const Error& e : std::as_const(failures))
        ctx.err << "opsdeck: " << e.message << Qt::endl;
    if (outcomes.isEmpty())
        ctx.err << "opsdeck: " << CliContext::tr("no checks to run; add one with opsdeck check add")
                << Qt::endl;
    printRecords(ctx.out, formatOf(p, OutputFormat::Text), QStringLiteral("results"),
                 {QStringLiteral("status"), QStringLiteral("check"), QStringLiteral("target"),
                  QStringLiteral("state"), QStringLiteral("message"), QStringLiteral("value"),
                  QStringLiteral("elapsed_ms"), QStringLiteral("type"), QStringLiteral("id")},
                 rows);
    if (!failures.isEmpty())
        return kUnknownExit; // a result that could not be recorded: the run cannot vouch for it
    return nagiosExitCode(worst);
}

int runCheckRun(CliContext& ctx)
{
    bool ran = false;
    const int rc =
        VerbTable(QStringLiteral("check run"))
            .option({QStringLiteral("once"), CliContext::tr("run every check once and exit")})
            .option({QStringLiteral("node"), CliContext::tr("only the machines under this tree node"),
                     QStringLiteral("PATH")})
            .option(formatOption(CliContext::tr("text (default), json, csv or table")))
            .verb({QString(),
                   QStringLiteral("--once [--node PATH] [--format F]"),
                   {QStringLiteral("once"), QStringLiteral("node"), QStringLiteral("format")},
                   [&ran](CliContext& c, const QCommandLineParser& p, const QStringList& args) {
                       return runOnce(c, p, args, &ran);
                   }})
            .run(ctx);
    // The grammar's own refusals (exit 2) are UNKNOWN too; --help stays 0.
    return !ran && rc == 2 ? kUnknownExit : rc;
}

} // namespace

OPSDECK_COMMAND("check run",
                QT_TRANSLATE_NOOP("commands",
                                  "run every check once (--once); exits 0 OK, 1 WARNING, 2 CRITICAL, "
                                  "3 UNKNOWN"),
                runCheckRun);

} // namespace opsdeck::cli
