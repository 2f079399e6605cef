// `opsdeck run (--hosts H1,H2 | --node PATH | --service PATH) [--parallel N] [--timeout S]
// [--accept-new] [--output-cap SIZE] -- COMMAND`: one command on many hosts over SSH
// (core/ssh) as a job (core/jobs: stored with its output, built by JobBuild), output
// prefixed by host name as it arrives, then a summary. Exit 0 when every host ran it with status 0, 3 when a
// host key was refused (unknown without --accept-new, changed, revoked), else 1 when any host failed.

#include "cli/JobBuild.h"
#include "cli/JobConsole.h"
#include "cli/VerbTable.h"
#include "util/Clock.h"

#include <QJsonObject>

namespace opsdeck::cli {
namespace {

using namespace opsdeck::ssh;

int runRun(CliContext& ctx, const QCommandLineParser& p, const QStringList& rest)
{
    if (rest.isEmpty())
        return ctx.usage(CliContext::tr("run needs a command after --"));
    const int given = int(p.isSet(QStringLiteral("hosts"))) + int(p.isSet(QStringLiteral("node"))) +
                      int(p.isSet(QStringLiteral("service")));
    if (given != 1)
        return ctx.usage(CliContext::tr("run needs one of --hosts H1,H2, --node PATH or --service PATH"));
    QJsonObject options{{QStringLiteral("command"), rest.join(QLatin1Char(' '))}};
    for (const QString& select : {QStringLiteral("hosts"), QStringLiteral("node"), QStringLiteral("service")})
        if (p.isSet(select))
            options.insert(QStringLiteral("select"), select);
    const QString select = options.value(QStringLiteral("select")).toString();
    if (p.isSet(QStringLiteral("parallel"))) // checked by the verb table
        options.insert(QStringLiteral("parallel"), p.value(QStringLiteral("parallel")).toInt());
    if (p.isSet(QStringLiteral("timeout")))
        options.insert(QStringLiteral("timeout"), p.value(QStringLiteral("timeout")).toInt());
    if (p.isSet(QStringLiteral("output-cap")))
        options.insert(QStringLiteral("output_cap"),
                       parseByteSize(p.value(QStringLiteral("output-cap"))).value_or(0));
    auto db = ctx.database();
    if (!db.ok())
        return ctx.fail(db.error());
    auto job = prepareJob(*db, JobKind::Command, p.value(select), options, Clock::system().nowSecs());
    if (!job.ok())
        return ctx.fail(job.error());
    if (p.isSet(QStringLiteral("accept-new")))
        job->options.ssh.hostKeyPolicy = HostKeyPolicy::AcceptNew;
    return runJobLive(ctx, *db, job->spec, job->hosts, job->options, job->showSteps);
}

int runCommand(CliContext& ctx)
{
    return VerbTable(QStringLiteral("run"), CliContext::tr("Runs one command on many hosts over SSH."))
        .option({QStringLiteral("hosts"), CliContext::tr("comma-separated machine names, or host[:port]"),
                 QStringLiteral("H1,H2")})
        .option({QStringLiteral("node"), CliContext::tr("every machine bound to this tree node or below it"),
                 QStringLiteral("PATH")})
        .option({QStringLiteral("service"), CliContext::tr("every machine running a unit of this service"),
                 QStringLiteral("PATH")})
        .option({QStringLiteral("parallel"), CliContext::tr("hosts at once (default 32)"),
                 QStringLiteral("N"), check::number(1, 1000)})
        .option({QStringLiteral("timeout"),
                 CliContext::tr("seconds a host may take, connecting and running (default: 15 s to connect, "
                                "no limit to run)"),
                 QStringLiteral("S"), check::number(1, 86400)})
        .option({QStringLiteral("accept-new"),
                 CliContext::tr("write a host's unknown key to Opsdeck's known_hosts (a changed key is "
                                "always refused)")})
        .option({QStringLiteral("output-cap"),
                 CliContext::tr("output kept per host, bytes or with K, M, G (default 8M); the rest is "
                                "counted, not kept"),
                 QStringLiteral("SIZE"), check::size(1024)})
        .verb({QString(),
               QStringLiteral("(--hosts H1,H2 | --node PATH | --service PATH) [--parallel N] [--timeout S] "
                              "[--accept-new] [--output-cap SIZE] -- COMMAND"),
               {QStringLiteral("hosts"), QStringLiteral("node"), QStringLiteral("service"),
                QStringLiteral("parallel"), QStringLiteral("timeout"), QStringLiteral("accept-new"),
                QStringLiteral("output-cap")},
               runRun})
        .run(ctx);
}

} // namespace

OPSDECK_COMMAND("run", QT_TRANSLATE_NOOP("commands", "run one command on many hosts over SSH"), runCommand);

} // namespace opsdeck::cli
