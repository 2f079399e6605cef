// `opsdeck job list|show|log|cancel|retry|template|run`: the jobs' history (ad-hoc
// commands and deployments), a running job's cancel request, a retry of the hosts that did
// not succeed, and job templates (JobTemplateCommand).

#include "cli/JobBuild.h"
#include "cli/JobConsole.h"
#include "cli/JobTemplateCommand.h"
#include "cli/VerbTable.h"
#include "deploy/JobPreparer.h"
#include "jobs/JobJson.h"
#include "jobs/JobStore.h"
#include "util/Clock.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <limits>

namespace opsdeck::cli {
namespace {

// A job id argument, or a usage error.
Result<qint64> jobId(const QStringList& args, const QString& verb)
{
    bool ok = false;
    const qint64 id = args.size() == 1 ? args.first().toLongLong(&ok) : 0;
    if (!ok || id <= 0)
        return Error::usage(
            CliContext::tr("job %1 takes one job ID (a number; see `opsdeck job list`)").arg(verb));
    return id;
}

// Jobs a vanished process left running are shown as interrupted.
Result<JobStore> openStore(CliContext& ctx)
{
    auto db = ctx.database();
    if (!db.ok())
        return db.error();
    JobStore store(*db);
    auto swept = store.interruptOrphans(Clock::system().nowMs());
    if (!swept.ok())
        return swept.error();
    return store;
}

int jobList(CliContext& ctx, const QCommandLineParser& p, const QStringList& rest)
{
    if (!rest.isEmpty())
        return ctx.usage(CliContext::tr("unexpected argument '%1'").arg(rest.first()));
    JobFilter filter;
    if (p.isSet(QStringLiteral("state"))) // checked by the verb table
        filter.state = jobStateFromName(p.value(QStringLiteral("state")).toLower());
    if (p.isSet(QStringLiteral("limit")))
        filter.limit = p.value(QStringLiteral("limit")).toInt();
    const OutputFormat format = formatOf(p);
    auto store = openStore(ctx);
    if (!store.ok())
        return ctx.fail(store.error());
    auto jobs = store->list(filter);
    if (!jobs.ok())
        return ctx.fail(jobs.error());
    QJsonArray rows;
    for (const Job& j : std::as_const(*jobs))
        rows.append(JobJson::job(j));
    printRecords(ctx.out, format, QStringLiteral("jobs"), JobJson::jobColumns(), rows);
    return 0;
}

int jobShow(CliContext& ctx, const QCommandLineParser& p, const QStringList& args)
{
    auto id = jobId(args, QStringLiteral("show"));
    if (!id.ok())
        return ctx.fail(id.error());
    const OutputFormat format = formatOf(p, OutputFormat::Text);
    auto store = openStore(ctx);
    if (!store.ok())
        return ctx.fail(store.error());
    auto job = store->get(*id);
    if (!job.ok())
        return ctx.fail(job.error());
    QJsonObject o = JobJson::job(*job);
    QJsonArray hosts;
    for (const JobHost& h : std::as_const(job->hosts))
        hosts.append(JobJson::host(h));
    if (format == OutputFormat::Json) {
        o.insert(QStringLiteral("hosts"), hosts);
        ctx.out << QJsonDocument(o).toJson(QJsonDocument::Indented);
        return 0;
    }
    QStringList columns = JobJson::jobColumns();
    if (!job->pauseReason.isEmpty())
        columns << QStringLiteral("pause_reason");
    for (const QString& k : std::as_const(columns))
        ctx.out << (k + QLatin1Char(':')).leftJustified(14) << displayValue(o.value(k)) << '\n';
    ctx.out << '\n';
    printRecords(ctx.out, format, QStringLiteral("hosts"), JobJson::hostColumns(), hosts);
    return 0;
}

int jobLog(CliContext& ctx, const QCommandLineParser& p, const QStringList& args)
{
    auto id = jobId(args, QStringLiteral("log"));
    if (!id.ok())
        return ctx.fail(id.error());
    const OutputFormat format = formatOf(p, OutputFormat::Text);
    const QString host = p.value(QStringLiteral("host"));
    auto store = openStore(ctx);
    if (!store.ok())
        return ctx.fail(store.error());
    auto job = store->get(*id);
    if (!job.ok())
        return ctx.fail(job.error());
    if (!host.isEmpty() && std::none_of(job->hosts.begin(), job->hosts.end(),
                                        [&](const JobHost& h) { return h.machine == host; }))
        return ctx.fail(Error::notFound(CliContext::tr("job %1 did not run on %2").arg(*id).arg(host)));
    auto chunks = store->output(*id, host);
    if (!chunks.ok())
        return ctx.fail(chunks.error());
    if (format == OutputFormat::Json) {
        QJsonArray rows;
        for (const OutputChunk& c : std::as_const(*chunks))
            rows.append(JobJson::output(c));
        ctx.out
            << QJsonDocument(QJsonObject{{QStringLiteral("output"), rows}}).toJson(QJsonDocument::Indented);
        return 0;
    }
    // One host: its bytes as they came. Several: each line prefixed by its host.
    QHash<QString, QByteArray> partial;
    for (const OutputChunk& c : std::as_const(*chunks)) {
        if (!host.isEmpty()) {
            ctx.out << QString::fromUtf8(c.data);
            continue;
        }
        QByteArray& rest = partial[c.machine];
        rest += c.data;
        qsizetype nl;
        while ((nl = rest.indexOf('\n')) >= 0) {
            ctx.out << c.machine << ": " << QString::fromUtf8(rest.left(nl)) << '\n';
            rest.remove(0, nl + 1);
        }
    }
    for (auto it = partial.constBegin(); it != partial.constEnd(); ++it)
        if (!it.value().isEmpty())
            ctx.out << it.key() << ": " << QString::fromUtf8(it.value()) << '\n';
    for (const JobHost& h : std::as_const(job->hosts))
        if (h.outputCut > 0 && (host.isEmpty() || h.machine == host))
            ctx.err << CliContext::tr(
                           "opsdeck: %1: %2 bytes of output past the cap of %3 bytes were not kept")
                           .arg(h.machine)
                           .arg(h.outputCut)
                           .arg(job->outputCap)
                    << Qt::endl;
    return 0;
}

int jobCancel(CliContext& ctx, const QCommandLineParser&, const QStringList& args)
{
    auto id = jobId(args, QStringLiteral("cancel"));
    if (!id.ok())
        return ctx.fail(id.error());
    auto db = ctx.database();
    if (!db.ok())
        return ctx.fail(db.error());
    auto state = JobStore(*db).requestCancel(*id, Clock::system().nowMs());
    if (!state.ok())
        return ctx.fail(state.error());
    if (*state == JobState::Cancelled)
        ctx.err << CliContext::tr("job %1 cancelled (its runner had gone)").arg(*id) << Qt::endl;
    else
        ctx.err << CliContext::tr("job %1: cancel requested; each host stops at its next step").arg(*id)
                << Qt::endl;
    return 0;
}

int jobPauseOrResume(CliContext& ctx, const QStringList& args, JobStore::PauseRequest request)
{
    const bool pause = request == JobStore::PauseRequest::Pause;
    auto id = jobId(args, pause ? QStringLiteral("pause") : QStringLiteral("resume"));
    if (!id.ok())
        return ctx.fail(id.error());
    auto db = ctx.database();
    if (!db.ok())
        return ctx.fail(db.error());
    if (Status s = JobStore(*db).requestPause(*id, request); !s.ok())
        return ctx.fail(s.error());
    ctx.err << (pause
                    ? CliContext::tr("job %1: pause requested; its runner holds new hosts within a second "
                                     "(hosts under way finish)")
                          .arg(*id)
                    : CliContext::tr("job %1: resume requested; its runner goes on within a second").arg(*id))
            << Qt::endl;
    return 0;
}

int jobPause(CliContext& ctx, const QCommandLineParser&, const QStringList& args)
{
    return jobPauseOrResume(ctx, args, JobStore::PauseRequest::Pause);
}

int jobResume(CliContext& ctx, const QCommandLineParser&, const QStringList& args)
{
    return jobPauseOrResume(ctx, args, JobStore::PauseRequest::Resume);
}

int jobRetry(CliContext& ctx, const QCommandLineParser& p, const QStringList& args)
{
    auto id = jobId(args, QStringLiteral("retry"));
    if (!id.ok())
        return ctx.fail(id.error());
    auto db = ctx.database();
    if (!db.ok())
        return ctx.fail(db.error());
    auto store = openStore(ctx);
    if (!store.ok())
        return ctx.fail(store.error());
    auto job = store->get(*id);
    if (!job.ok())
        return ctx.fail(job.error());
    // JobPreparer::retry: the hosts that are not ok, as a new job linked to this one.
    auto retry = JobPreparer(*db).retry(*job, Clock::system().nowSecs());
    if (!retry.ok())
        return ctx.fail(retry.error());
    if (p.isSet(QStringLiteral("accept-new")))
        retry->options.ssh.hostKeyPolicy = ssh::HostKeyPolicy::AcceptNew;
    if (retry->hosts.isEmpty()) {
        ctx.err << CliContext::tr("every host of job %1 succeeded: nothing to retry").arg(*id) << Qt::endl;
        return 0;
    }
    ctx.err << retry->intro << Qt::endl;
    return runJobLive(ctx, *db, retry->spec, retry->hosts, retry->options, retry->showSteps);
}

int runJob(CliContext& ctx)
{
    const QString fmt = QStringLiteral("format");
    VerbTable table(QStringLiteral("job"));
    for (const OptionSpec& o : templateOptions())
        table.option(o);
    return table
        .option({QStringLiteral("state"),
                 CliContext::tr("only jobs in this state: pending, running, paused, ok, failed, cancelled, "
                                "interrupted"),
                 QStringLiteral("S"),
                 check::oneOf({QStringLiteral("pending"), QStringLiteral("running"), QStringLiteral("paused"),
                               QStringLiteral("ok"), QStringLiteral("failed"), QStringLiteral("cancelled"),
                               QStringLiteral("interrupted")})})
        .option({QStringLiteral("limit"), CliContext::tr("only the newest N jobs (default 100)"),
                 QStringLiteral("N"), check::number(1, std::numeric_limits<int>::max())})
        .option({QStringLiteral("host"), CliContext::tr("only this host's output"), QStringLiteral("NAME")})
        .option({QStringLiteral("accept-new"),
                 CliContext::tr("write a host's unknown key to Opsdeck's known_hosts")})
        .option(formatOption())
        .verb({QStringLiteral("list"),
               QStringLiteral("[--state S] [--limit N] [--format F]"),
               {QStringLiteral("state"), QStringLiteral("limit"), fmt},
               jobList})
        .verb({QStringLiteral("show"), QStringLiteral("ID [--format F]"), {fmt}, jobShow})
        .verb({QStringLiteral("log"),
               QStringLiteral("ID [--host NAME] [--format json]"),
               {QStringLiteral("host"), fmt},
               jobLog})
        .verb({QStringLiteral("cancel"), QStringLiteral("ID"), {}, jobCancel})
        .verb({QStringLiteral("pause"), QStringLiteral("ID"), {}, jobPause})
        .verb({QStringLiteral("resume"), QStringLiteral("ID"), {}, jobResume})
        .verb({QStringLiteral("retry"),
               QStringLiteral("ID [--accept-new]"),
               {QStringLiteral("accept-new")},
               jobRetry})
        .verb({QStringLiteral("template"),
               QStringLiteral("(save NAME (--kind command|deploy --target T [--command CMD | --package FILE] "
                              "[options] | --from JOB_ID) | list [--format F] | remove NAME)"),
               templateOptionNames() << fmt, jobTemplate})
        .verb({QStringLiteral("run"),
               QStringLiteral("TEMPLATE [--accept-new]"),
               {QStringLiteral("accept-new")},
               jobRunTemplate})
        .run(ctx);
}

} // namespace

OPSDECK_COMMAND(
    "job",
    QT_TRANSLATE_NOOP("commands",
                      "the jobs' history: list, show, log, cancel, pause, resume, retry; job templates"),
    runJob);

} // namespace opsdeck::cli
