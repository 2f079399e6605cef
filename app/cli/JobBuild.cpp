#include "cli/JobBuild.h"

#include "cli/CommandRegistry.h"
#include "cli/VerbTable.h"
#include "deploy/DeployJob.h"
#include "inventory/InventoryWriter.h"
#include "jobs/HostTargets.h"

namespace opsdeck::cli {
namespace {

using namespace opsdeck::ssh;

// The hosts a command job names: machines by name, a tree node, or a service's units.
Result<QList<SshTarget>> commandTargets(const std::shared_ptr<Database>& db, const QString& select,
                                        const QString& target, QString& named)
{
    const HostTargets targets(db);
    if (select == QLatin1String("node")) {
        named = nodePathArgument(target);
        auto list = targets.underNode(named);
        if (list.ok() && list->isEmpty())
            return Error::notFound(CliContext::tr("no machine is bound to %1 or below it").arg(named));
        return list;
    }
    if (select == QLatin1String("service")) {
        named = nodePathArgument(target);
        auto list = targets.ofService(named);
        if (list.ok() && list->isEmpty())
            return Error::notFound(CliContext::tr("the service %1 has no units").arg(named));
        return list;
    }
    if (!select.isEmpty() && select != QLatin1String("hosts"))
        return Error::usage(
            CliContext::tr("unknown host selection '%1' (hosts, node or service)").arg(select));
    named = target;
    QList<SshTarget> out;
    for (const QString& name : target.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        auto t = targets.byName(name.trimmed());
        if (!t.ok())
            return t.error();
        out.append(*t);
    }
    if (out.isEmpty())
        return Error::usage(CliContext::tr("--hosts names no host"));
    return out;
}

Result<PreparedJob> prepareCommand(const std::shared_ptr<Database>& db, const QString& target,
                                   const QJsonObject& o)
{
    const QString command = o.value(QStringLiteral("command")).toString();
    if (command.trimmed().isEmpty())
        return Error::usage(CliContext::tr("a command job needs a command"));
    PreparedJob job;
    job.options.rollout.parallel = o.value(QStringLiteral("parallel")).toInt(32);
    job.options.hostTimeoutS = o.value(QStringLiteral("timeout")).toInt(0);
    if (job.options.hostTimeoutS > 0)
        job.options.ssh.connectTimeoutMs = job.options.hostTimeoutS * 1000;
    const QString select = o.value(QStringLiteral("select")).toString(QStringLiteral("hosts"));
    QString named;
    auto targets = commandTargets(db, select, target, named);
    if (!targets.ok())
        return targets.error();
    job.hosts = commandWork(*targets, command);
    job.spec.kind = JobKind::Command;
    job.spec.target = named;
    job.spec.options = {{QStringLiteral("command"), command},
                        {QStringLiteral("select"), select},
                        {QStringLiteral("parallel"), job.options.rollout.parallel},
                        {QStringLiteral("timeout"), job.options.hostTimeoutS}};
    job.spec.operatorName = InventoryWriter::osUserName();
    return job;
}

Result<PreparedJob> prepareDeploy(const std::shared_ptr<Database>& db, const QString& target,
                                  const QJsonObject& o, qint64 nowSecs)
{
    DeployJob::Request request;
    request.servicePath = nodePathArgument(target);
    request.packageFile = o.value(QStringLiteral("package")).toString();
    if (request.packageFile.isEmpty())
        return Error::usage(CliContext::tr("a deploy job needs a package"));
    request.release = o.value(QStringLiteral("release")).toString();
    request.rollback = o.value(QStringLiteral("rollback")).toBool();
    const QString units = o.value(QStringLiteral("units")).toString();
    request.onlyUnits = units.split(QLatin1Char(','), Qt::SkipEmptyParts);
    PreparedJob job;
    job.showSteps = true;
    job.options.rollout.canary = o.value(QStringLiteral("canary")).toInt(0);
    job.options.rollout.batch = o.value(QStringLiteral("batch")).toInt(0);
    job.options.rollout.parallel = o.value(QStringLiteral("parallel")).toInt(10);
    job.options.rollout.maxFailPercent = o.value(QStringLiteral("max_fail")).toInt(100);
    job.options.hostTimeoutS = o.value(QStringLiteral("timeout")).toInt(0);
    // Everything that can be checked here is, before anything is sent.
    auto built = DeployJob(db).build(request, nowSecs);
    if (!built.ok())
        return built.error();
    job.intro = CliContext::tr("deploying release %1 of %2 to %3 unit(s); hooks: %4")
                    .arg(built->release, request.servicePath)
                    .arg(built->hosts.size())
                    .arg(built->manifest.hooks.join(QStringLiteral(", ")));
    job.spec = built->spec;
    job.hosts = built->hosts;
    job.spec.options.insert(QStringLiteral("canary"), job.options.rollout.canary);
    job.spec.options.insert(QStringLiteral("batch"), job.options.rollout.batch);
    job.spec.options.insert(QStringLiteral("parallel"), job.options.rollout.parallel);
    job.spec.options.insert(QStringLiteral("max_fail"), job.options.rollout.maxFailPercent);
    if (job.options.hostTimeoutS > 0)
        job.spec.options.insert(QStringLiteral("timeout"), job.options.hostTimeoutS);
    if (!units.isEmpty())
        job.spec.options.insert(QStringLiteral("units"), units);
    return job;
}

} // namespace

QList<HostWork> commandWork(const QList<SshTarget>& targets, const QString& command)
{
    QList<HostWork> hosts;
    for (const SshTarget& t : targets)
        hosts.append(
            {t, {JobStep{JobStep::Kind::Exec, QStringLiteral("command"), command, {}, {}, 0644, {}}}, {}});
    return hosts;
}

std::optional<qint64> parseByteSize(const QString& text)
{
    QString t = text.trimmed().toUpper();
    if (t.endsWith(QLatin1Char('B')) && t.size() > 1 && !t.at(t.size() - 2).isDigit())
        t.chop(1); // "8MB" as "8M"
    qint64 unit = 1;
    if (t.endsWith(QLatin1Char('K')))
        unit = 1024;
    else if (t.endsWith(QLatin1Char('M')))
        unit = 1024 * 1024;
    else if (t.endsWith(QLatin1Char('G')))
        unit = 1024 * 1024 * 1024;
    if (unit != 1)
        t.chop(1);
    bool ok = false;
    const qint64 n = t.toLongLong(&ok);
    if (!ok || n < 0 || n > (qint64(1) << 40) / unit)
        return std::nullopt;
    return n * unit;
}

ValueCheck byteSizeCheck()
{
    return [](const QString& option, const QString& value) -> Status {
        const auto n = parseByteSize(value);
        if (!n || *n < 1024)
            return Error::usage(
                CliContext::tr("--%1 takes a size of at least 1K, like 65536, 64K or 8M").arg(option));
        return {};
    };
}

Result<PreparedJob> prepareJob(const std::shared_ptr<Database>& db, JobKind kind, const QString& target,
                               const QJsonObject& options, qint64 nowSecs)
{
    Result<PreparedJob> job = Error::failure(QString());
    if (kind == JobKind::Command)
        job = prepareCommand(db, target, options);
    else if (kind == JobKind::Deploy)
        job = prepareDeploy(db, target, options, nowSecs);
    else
        return Error::refused(
            CliContext::tr("a %1 job cannot be built from a template").arg(jobKindName(kind)));
    if (!job.ok())
        return job;
    const qint64 cap = options.value(QStringLiteral("output_cap")).toInteger(0);
    if (cap > 0) {
        job->spec.outputCap = cap;
        job->spec.options.insert(QStringLiteral("output_cap"), cap);
    }
    return job;
}

} // namespace opsdeck::cli
