// `opsdeck metrics poll --once`: polls every enabled source once and prints a line per
// (source, machine). Without --once it polls on the sources' intervals (the window's
// scheduler, headless) until SIGINT or SIGTERM.

#include "cli/StopSignal.h"
#include "cli/VerbTable.h"
#include "metrics/MetricStore.h"
#include "sources/PollExecutor.h"
#include "sources/PollRound.h"
#include "sources/PollScheduler.h"
#include "sources/SecretProvider.h"
#include "sources/SourceRepository.h"
#include "sources/SshSourcePoller.h"
#include "util/Clock.h"
#include "util/TimeSpec.h"

#include <QJsonArray>
#include <QJsonObject>
#include <limits>

namespace opsdeck::cli {
namespace {

// Polls until SIGINT/SIGTERM, one line per poll.
int runContinuously(CliContext& ctx, const std::shared_ptr<Database>& db,
                    const std::shared_ptr<Database>& metricsDb, int concurrency)
{
    MetricStore store(metricsDb, Clock::system());
    PollScheduler::Options o;
    o.concurrency = concurrency;
    PollScheduler scheduler(
        db, [&store](const SampleBatch& batch) { return store.append(batch); }, Clock::system(), o);
    QObject::connect(&scheduler, &PollScheduler::polled, [&ctx](const PollOutcome& p) {
        ctx.out << TimeSpec::toIso(p.startedMs / 1000) << " source " << p.target.sourceId << ' '
                << (p.target.machine.isEmpty() ? QStringLiteral("-") : p.target.machine) << ' '
                << (p.ok ? CliContext::tr("ok %1 samples, %2 malformed, %3 ms")
                               .arg(p.samples)
                               .arg(p.malformed)
                               .arg(p.durationMs)
                         : CliContext::tr("failed: %1").arg(p.error))
                << Qt::endl;
    });
    QObject::connect(&scheduler, &PollScheduler::sourcesLoaded, [&ctx](int targets) {
        ctx.err << CliContext::tr("polling %1 targets; stop with Ctrl-C").arg(targets) << Qt::endl;
    });
    StopSignal stop;
    if (Status st = stop.status(); !st.ok())
        return ctx.fail(st.error());
    scheduler.start();
    stop.wait();
    scheduler.stop();
    if (Status st = store.flush(); !st.ok())
        return ctx.fail(st.error());
    return 0;
}

int poll(CliContext& ctx, const QCommandLineParser& p, const QStringList& rest)
{
    if (!rest.isEmpty())
        return ctx.usage(CliContext::tr("unexpected argument '%1'").arg(rest.first()));
    const bool once = p.isSet(QStringLiteral("once"));
    if (!once && p.isSet(QStringLiteral("source")))
        return ctx.usage(CliContext::tr("--source goes with --once"));
    if (!once && p.isSet(QStringLiteral("format")))
        return ctx.usage(CliContext::tr("--format goes with --once"));
    const OutputFormat format = formatOf(p);
    // The values were checked by the verb table.
    const int concurrency =
        p.isSet(QStringLiteral("concurrency")) ? p.value(QStringLiteral("concurrency")).toInt() : 32;
    const qint64 onlySource =
        p.isSet(QStringLiteral("source")) ? p.value(QStringLiteral("source")).toLongLong() : 0;

    auto db = ctx.database();
    if (!db.ok())
        return ctx.fail(db.error());
    auto metricsDb = ctx.metricsDatabase();
    if (!metricsDb.ok())
        return ctx.fail(metricsDb.error());
    if (!once)
        return runContinuously(ctx, *db, *metricsDb, concurrency);
    SourceRepository repo(*db);
    QList<Source> sources;
    if (onlySource > 0) {
        auto one = repo.get(onlySource);
        if (!one.ok())
            return ctx.fail(one.error());
        sources << *one;
    } else {
        auto all = repo.list();
        if (!all.ok())
            return ctx.fail(all.error());
        for (const Source& s : *all)
            if (s.enabled)
                sources << s;
    }

    // A source whose machines cannot be worked out fails as a whole.
    QList<PollRound::Job> jobs;
    QList<PollOutcome> unresolved;
    for (const Source& s : sources) {
        auto targets = repo.targets(s);
        if (!targets.ok()) {
            PollOutcome o;
            o.target = PollTarget{s.id, QString(), QString(), 0};
            o.kind = s.kind;
            o.error = targets.error().message;
            o.startedMs = Clock::system().nowMs();
            unresolved << o;
            continue;
        }
        for (const PollTarget& t : *targets)
            jobs << PollRound::Job{s, t};
    }

    MetricStore store(*metricsDb, Clock::system());
    KeychainSecretProvider secrets;
    PollExecutor executor([&store](const SampleBatch& batch) { return store.append(batch); }, &secrets,
                          Clock::system());
    SshSourcePoller ssh(nullptr, SshSourcePoller::inventoryResolver(*db));
    executor.setSshPoller(&ssh);
    QList<PollOutcome> outcomes = PollRound::runBlocking(executor, concurrency, jobs);
    outcomes += unresolved;

    const HealthPolicy policy;
    QJsonArray records;
    bool anyFailed = false;
    for (const PollOutcome& o : outcomes) {
        anyFailed = anyFailed || !o.ok;
        if (o.target.sourceId > 0 && (o.ok || !o.error.isEmpty()) && o.durationMs >= 0) {
            auto recorded = repo.record(o, policy);
            if (!recorded.ok())
                ctx.err << "opsdeck: " << recorded.error().message << Qt::endl;
        }
        records << QJsonObject{{QStringLiteral("source"), double(o.target.sourceId)},
                               {QStringLiteral("kind"), sourceKindName(o.kind)},
                               {QStringLiteral("machine"), o.target.machine},
                               {QStringLiteral("ok"), o.ok},
                               {QStringLiteral("samples"), o.samples},
                               {QStringLiteral("malformed"), o.malformed},
                               {QStringLiteral("series"), o.series},
                               {QStringLiteral("mapped"), o.mapped},
                               {QStringLiteral("error"), o.error},
                               {QStringLiteral("duration_ms"), double(o.durationMs)}};
    }
    printRecords(ctx.out, format, QStringLiteral("polls"),
                 {QStringLiteral("source"), QStringLiteral("kind"), QStringLiteral("machine"),
                  QStringLiteral("ok"), QStringLiteral("samples"), QStringLiteral("malformed"),
                  QStringLiteral("series"), QStringLiteral("mapped"), QStringLiteral("error"),
                  QStringLiteral("duration_ms")},
                 records);
    if (sources.isEmpty())
        ctx.err << "opsdeck: " << CliContext::tr("no sources to poll; add one with opsdeck source add")
                << Qt::endl;
    return anyFailed ? 1 : 0;
}

int runPoll(CliContext& ctx)
{
    const QStringList options{QStringLiteral("once"), QStringLiteral("source"), QStringLiteral("concurrency"),
                              QStringLiteral("format")};
    return VerbTable(QStringLiteral("metrics poll"))
        .option({options.at(0), CliContext::tr("poll every source once and exit")})
        .option({options.at(1), CliContext::tr("only this source (with --once)"), QStringLiteral("ID"),
                 check::number(1, std::numeric_limits<qint64>::max())})
        .option({options.at(2), CliContext::tr("requests at once (default 32)"), QStringLiteral("N"),
                 check::number(1, 100000)})
        .option(formatOption(CliContext::tr("json, csv, table or text (with --once)")))
        .verb({QString(), QStringLiteral("[--once [--source ID] [--format F]] [--concurrency N]"), options,
               poll})
        .run(ctx);
}

} // namespace

OPSDECK_COMMAND("metrics poll", QT_TRANSLATE_NOOP("commands", "poll the metric sources (--once: each once)"),
                runPoll);

} // namespace opsdeck::cli
