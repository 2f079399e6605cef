// `opsdeck deploy SERVICE_PATH --package FILE ...`: a program package to every unit of a
// service over SSH, as a job: canary, batches, a failure threshold, rollback.

#include "cli/JobConsole.h"
#include "cli/VerbTable.h"
#include "deploy/DeployJob.h"
#include "util/Clock.h"

#include <limits>

namespace opsdeck::cli {
namespace {

int intOption(const QCommandLineParser& p, const char* name, int fallback)
{
    const QString n = QString::fromLatin1(name);
    return p.isSet(n) ? p.value(n).toInt() : fallback; // checked by the verb table
}

int deploy(CliContext& ctx, const QCommandLineParser& p, const QStringList& args)
{
    if (args.size() != 1 || !p.isSet(QStringLiteral("package")))
        return ctx.usage(CliContext::tr("deploy takes one SERVICE_PATH and --package FILE"));
    DeployJob::Request request;
    request.servicePath = nodePathArgument(args.first());
    request.packageFile = p.value(QStringLiteral("package"));
    request.release = p.value(QStringLiteral("release"));
    request.rollback = p.isSet(QStringLiteral("rollback"));
    request.onlyUnits = p.value(QStringLiteral("units")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    JobRunner::Options options;
    options.rollout.canary = intOption(p, "canary", 0);
    options.rollout.batch = intOption(p, "batch", 0);
    options.rollout.parallel = intOption(p, "parallel", 10);
    options.rollout.maxFailPercent = intOption(p, "max-fail", 100);
    options.hostTimeoutS = intOption(p, "timeout", 0);
    if (p.isSet(QStringLiteral("accept-new")))
        options.ssh.hostKeyPolicy = ssh::HostKeyPolicy::AcceptNew;
    auto db = ctx.database();
    if (!db.ok())
        return ctx.fail(db.error());
    // Everything that can be checked here is, before anything is sent.
    auto built = DeployJob(*db).build(request, Clock::system().nowSecs());
    if (!built.ok())
        return ctx.fail(built.error());
    ctx.err << CliContext::tr("deploying release %1 of %2 to %3 unit(s); hooks: %4")
                   .arg(built->release, request.servicePath)
                   .arg(built->hosts.size())
                   .arg(built->manifest.hooks.join(QStringLiteral(", ")))
            << Qt::endl;
    built->spec.options.insert(QStringLiteral("canary"), options.rollout.canary);
    built->spec.options.insert(QStringLiteral("batch"), options.rollout.batch);
    built->spec.options.insert(QStringLiteral("parallel"), options.rollout.parallel);
    built->spec.options.insert(QStringLiteral("max_fail"), options.rollout.maxFailPercent);
    return runJobLive(ctx, *db, built->spec, built->hosts, options, true);
}

int runDeploy(CliContext& ctx)
{
    const QStringList options{QStringLiteral("package"),  QStringLiteral("release"),
                              QStringLiteral("canary"),   QStringLiteral("batch"),
                              QStringLiteral("parallel"), QStringLiteral("max-fail"),
                              QStringLiteral("rollback"), QStringLiteral("accept-new"),
                              QStringLiteral("timeout"),  QStringLiteral("units")};
    return VerbTable(QStringLiteral("deploy"),
                     CliContext::tr("Deploys a program package to a service's units."))
        .option({options.at(0), CliContext::tr("the package (.tar.gz with hooks/)"), QStringLiteral("FILE")})
        .option({options.at(1), CliContext::tr("the release's name (default: the UTC time)"),
                 QStringLiteral("NAME")})
        .option({options.at(2), CliContext::tr("the first N units alone first; one failing stops the rest"),
                 QStringLiteral("N"), check::number(0, 100000)})
        .option({options.at(3), CliContext::tr("then batches of N units (default: all at once)"),
                 QStringLiteral("N"), check::number(0, 100000)})
        .option({options.at(4), CliContext::tr("units in flight at most (default 10)"), QStringLiteral("N"),
                 check::number(1, 1000)})
        .option({options.at(5),
                 CliContext::tr("stop starting units when more than PCT% failed (default 100)"),
                 QStringLiteral("PCT"), check::number(0, 100)})
        .option({options.at(6), CliContext::tr("a unit that fails goes back to its previous release")})
        .option({options.at(7), CliContext::tr("write a host's unknown key to Opsdeck's known_hosts")})
        .option({options.at(8), CliContext::tr("seconds one unit may take (default: no limit)"),
                 QStringLiteral("S"), check::number(1, 86400)})
        .option({options.at(9), CliContext::tr("only these units (machine, or machine:port)"),
                 QStringLiteral("LIST")})
        .verb({QString(),
               QStringLiteral(
                   "SERVICE_PATH --package FILE [--release NAME] [--canary N] [--batch N] [--parallel N] "
                   "[--max-fail PCT] [--rollback] [--accept-new] [--timeout S] [--units LIST]"),
               options, deploy})
        .run(ctx);
}

} // namespace

OPSDECK_COMMAND("deploy",
                QT_TRANSLATE_NOOP("commands", "deploy a program package to a service's units over SSH"),
                runDeploy);

} // namespace opsdeck::cli
