// `opsdeck check run --once [--node PATH]`: every enabled check once on each of its
// targets, recorded like the window's runs (state and alert history), one line or record
// per (check, target). Exits with Nagios's codes for the worst result (0 OK, 1 WARNING,
// 2 CRITICAL, 3 UNKNOWN), so cron or Nagios itself can run it.

#include "checks/CheckScheduler.h"
#include "checks/LifecycleLink.h"
#include "cli/CheckServices.h"
#include "cli/VerbTable.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonObject>

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

QString shellQuoted(QString text)
{
    return QLatin1Char('\'') + text.replace(QLatin1Char('\''), QStringLiteral("'\\''")) + QLatin1Char('\'');
}

// The lifecycle link (LifecycleLink): a machine's check failing for its abnormal_after
// runs is moved to ERROR_DETECTED when checks.auto_abnormal is on, else suggested on
// stderr. Each run suggests again while the condition holds (a new process each time).
void linkLifecycle(CliContext& ctx, const std::shared_ptr<Database>& db,
                   const QList<CheckScheduler::Outcome>& outcomes, QList<Error>& failures)
{
    LifecycleLink link(db);
    if (Status s = link.reloadSetting(); !s.ok()) {
        failures << s.error();
        return;
    }
    QObject::connect(&link, &LifecycleLink::offer, &link,
                     [&ctx](const QString& machine, const QString&, const QString& reason) {
                         ctx.err << "opsdeck: "
                                 << CliContext::tr("%1: %2; to mark it abnormal: opsdeck machine transition "
                                                   "%1 abnormal --reason %3")
                                        .arg(machine, reason, shellQuoted(reason))
                                 << Qt::endl;
                     });
    QObject::connect(
        &link, &LifecycleLink::transitioned, &link,
        [&ctx](const QString& machine, const QString&, const QString& reason) {
            ctx.err << "opsdeck: "
                    << CliContext::tr("%1 is now ERROR_DETECTED (abnormal): %2").arg(machine, reason)
                    << Qt::endl;
        });
    for (const CheckScheduler::Outcome& o : outcomes)
        if (auto done = link.observe(o); !done.ok())
            failures << done.error();
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
    auto shared = CheckServices::open(ctx, *db);
    if (!shared.ok())
        return unknown(ctx, shared.error());
    MetricStore& metrics = (*shared)->metrics();
    CheckScheduler scheduler(*db, (*shared)->services());
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
    linkLifecycle(ctx, *db, outcomes, failures);
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
