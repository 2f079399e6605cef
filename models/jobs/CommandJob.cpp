#include "jobs/CommandJob.h"

#include "inventory/InventoryWriter.h"
#include "jobs/HostTargets.h"

#include <QCoreApplication>
#include <QSet>

namespace opsdeck {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("CommandJob", text);
}

HostWork commandWork(const ssh::SshTarget& target, const QString& command)
{
    return {target, {JobStep{JobStep::Kind::Exec, QStringLiteral("command"), command, {}, {}, 0644, {}}}, {}};
}

} // namespace

Result<CommandJobPlan> planCommandJob(const std::shared_ptr<Database>& db, const QString& targets,
                                      const QString& command)
{
    if (command.trimmed().isEmpty())
        return Error::usage(tr("no command to run"));
    const HostTargets resolve(db);
    QList<ssh::SshTarget> found;
    for (const QString& raw : targets.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString item = raw.trimmed();
        if (item.isEmpty())
            continue;
        if (item.startsWith(QLatin1String("node:")) || item.startsWith(QLatin1String("service:"))) {
            const bool node = item.startsWith(QLatin1String("node:"));
            const QString path = item.mid(item.indexOf(QLatin1Char(':')) + 1);
            auto many = node ? resolve.underNode(path) : resolve.ofService(path);
            if (!many.ok())
                return many.error();
            found += *many;
            continue;
        }
        auto one = resolve.byName(item);
        if (!one.ok())
            return one.error();
        found << *one;
    }
    if (found.isEmpty())
        return Error::usage(tr("no hosts to run the command on"));
    CommandJobPlan plan;
    QSet<QString> seen;
    for (const ssh::SshTarget& t : std::as_const(found))
        if (!seen.contains(t.displayName())) {
            seen.insert(t.displayName());
            plan.hosts << commandWork(t, command);
        }
    plan.options.rollout.parallel = 32;
    plan.spec.kind = JobKind::Command;
    plan.spec.target = targets.trimmed();
    plan.spec.options = {{QStringLiteral("command"), command},
                         {QStringLiteral("parallel"), plan.options.rollout.parallel},
                         {QStringLiteral("timeout"), 0}};
    plan.spec.operatorName = InventoryWriter::osUserName();
    return plan;
}

Result<CommandJobPlan> planCommandRetry(const std::shared_ptr<Database>& db, qint64 jobId)
{
    auto job = JobStore(db).get(jobId);
    if (!job.ok())
        return job.error();
    if (!isFinished(job->state))
        return Error::refused(tr("job %1 is still running").arg(jobId));
    if (job->kind != JobKind::Command)
        return Error::refused(tr("retry job %1 from the command line: opsdeck job retry %1").arg(jobId));
    const QString command = job->options.value(QStringLiteral("command")).toString();
    const HostTargets resolve(db);
    CommandJobPlan plan;
    for (const JobHost& h : std::as_const(job->hosts)) {
        if (h.state == HostState::Ok)
            continue;
        auto t = resolve.byName(h.machine);
        if (!t.ok())
            return t.error();
        plan.hosts << commandWork(*t, command);
    }
    if (plan.hosts.isEmpty())
        return Error::refused(tr("every host of job %1 succeeded: nothing to retry").arg(jobId));
    plan.spec.kind = JobKind::Command;
    plan.spec.target = job->target;
    plan.spec.options = job->options;
    plan.spec.operatorName = InventoryWriter::osUserName();
    plan.spec.retryOf = jobId;
    plan.spec.outputCap = job->outputCap;
    plan.options.rollout.parallel = job->options.value(QStringLiteral("parallel")).toInt(10);
    plan.options.rollout.maxFailPercent = job->options.value(QStringLiteral("max_fail")).toInt(100);
    plan.options.hostTimeoutS = job->options.value(QStringLiteral("timeout")).toInt(0);
    return plan;
}

} // namespace opsdeck
