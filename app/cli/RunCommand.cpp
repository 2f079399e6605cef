// `opsdeck run (--hosts H1,H2 | --node PATH | --service PATH) [--parallel N] [--timeout S]
// [--accept-new] -- COMMAND`: one command on many hosts over SSH (core/ssh) as a job
// (core/jobs: stored with its output), output prefixed by host name as it arrives, then a
// summary. Exit 0 when every host ran it with status 0, 3 when a host key was
// refused (unknown without --accept-new, changed, revoked), else 1 when any host failed.

#include "cli/JobConsole.h"
#include "cli/VerbTable.h"
#include "inventory/InventoryWriter.h"
#include "jobs/HostTargets.h"
#include "jobs/JobRunner.h"

#include <QJsonObject>

namespace opsdeck::cli {
namespace {

using namespace opsdeck::ssh;

// The hosts the operator named: --hosts, --node or --service.
Result<QList<SshTarget>> targetsOf(const QCommandLineParser& p, const std::shared_ptr<Database>& db,
                                   QString& named)
{
    const HostTargets targets(db);
    const int given = int(p.isSet(QStringLiteral("hosts"))) + int(p.isSet(QStringLiteral("node"))) +
                      int(p.isSet(QStringLiteral("service")));
    if (given != 1)
        return Error::usage(CliContext::tr("run needs one of --hosts H1,H2, --node PATH or --service PATH"));
    if (p.isSet(QStringLiteral("node"))) {
        named = nodePathArgument(p.value(QStringLiteral("node")));
        auto list = targets.underNode(named);
        if (list.ok() && list->isEmpty())
            return Error::notFound(CliContext::tr("no machine is bound to %1 or below it").arg(named));
        return list;
    }
    if (p.isSet(QStringLiteral("service"))) {
        named = nodePathArgument(p.value(QStringLiteral("service")));
        auto list = targets.ofService(named);
        if (list.ok() && list->isEmpty())
            return Error::notFound(CliContext::tr("the service %1 has no units").arg(named));
        return list;
    }
    named = p.value(QStringLiteral("hosts"));
    QList<SshTarget> out;
    for (const QString& name : named.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        auto t = targets.byName(name.trimmed());
        if (!t.ok())
            return t.error();
        out.append(*t);
    }
    if (out.isEmpty())
        return Error::usage(CliContext::tr("--hosts names no host"));
    return out;
}

int runRun(CliContext& ctx, const QCommandLineParser& p, const QStringList& rest)
{
    if (rest.isEmpty())
        return ctx.usage(CliContext::tr("run needs a command after --"));
    const QString command = rest.join(QLatin1Char(' '));
    JobRunner::Options options;
    options.rollout.parallel =
        p.isSet(QStringLiteral("parallel")) ? p.value(QStringLiteral("parallel")).toInt() : 32;
    options.hostTimeoutS =
        p.isSet(QStringLiteral("timeout")) ? p.value(QStringLiteral("timeout")).toInt() : 0;
    if (options.hostTimeoutS > 0)
        options.ssh.connectTimeoutMs = options.hostTimeoutS * 1000;
    if (p.isSet(QStringLiteral("accept-new")))
        options.ssh.hostKeyPolicy = HostKeyPolicy::AcceptNew;
    auto db = ctx.database();
    if (!db.ok())
        return ctx.fail(db.error());
    QString named;
    auto targets = targetsOf(p, *db, named);
    if (!targets.ok())
        return ctx.fail(targets.error());
    QList<HostWork> hosts;
    for (const SshTarget& t : std::as_const(*targets))
        hosts.append(
            {t, {JobStep{JobStep::Kind::Exec, QStringLiteral("command"), command, {}, {}, 0644, {}}}, {}});

    JobSpec spec;
    spec.kind = JobKind::Command;
    spec.target = named;
    spec.options = {{QStringLiteral("command"), command},
                    {QStringLiteral("parallel"), options.rollout.parallel},
                    {QStringLiteral("timeout"), options.hostTimeoutS}};
    spec.operatorName = InventoryWriter::osUserName();
    return runJobLive(ctx, *db, spec, hosts, options, false);
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
        .verb({QString(),
               QStringLiteral("(--hosts H1,H2 | --node PATH | --service PATH) [--parallel N] [--timeout S] "
                              "[--accept-new] -- COMMAND"),
               {QStringLiteral("hosts"), QStringLiteral("node"), QStringLiteral("service"),
                QStringLiteral("parallel"), QStringLiteral("timeout"), QStringLiteral("accept-new")},
               runRun})
        .run(ctx);
}

} // namespace

OPSDECK_COMMAND("run", QT_TRANSLATE_NOOP("commands", "run one command on many hosts over SSH"), runCommand);

} // namespace opsdeck::cli
