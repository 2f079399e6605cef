#include "jobs/CommandJob.h"

#include "inventory/InventoryWriter.h"
#include "jobs/HostTargets.h"
#include "jobs/JobTemplateStore.h"
#include "util/Clock.h"

#include <QCoreApplication>
#include <QSet>

namespace opsdeck {
Result<PreparedJob> planCommandJob(const std::shared_ptr<Database>& db, const QString& targets,
                                   const QString& command)
{
    if (command.trimmed().isEmpty())
        return Error::usage(QCoreApplication::translate("CommandJob", "no command to run"));
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
        return Error::usage(QCoreApplication::translate("CommandJob", "no hosts to run the command on"));
    PreparedJob plan;
    QSet<QString> seen;
    QList<ssh::SshTarget> unique;
    for (const ssh::SshTarget& t : std::as_const(found))
        if (!seen.contains(t.displayName())) {
            seen.insert(t.displayName());
            unique << t;
        }
    plan.hosts = JobPreparer::commandWork(unique, command);
    plan.options.rollout.parallel = 32;
    plan.spec.kind = JobKind::Command;
    plan.spec.target = targets.trimmed();
    plan.spec.options = {{QStringLiteral("command"), command},
                         {QStringLiteral("parallel"), plan.options.rollout.parallel},
                         {QStringLiteral("timeout"), 0}};
    plan.spec.operatorName = InventoryWriter::osUserName();
    return plan;
}

Result<PreparedJob> planCommandRetry(const std::shared_ptr<Database>& db, qint64 jobId)
{
    auto plan = JobPreparer(db).retry(jobId, Clock::system().nowSecs());
    if (plan.ok() && plan->hosts.isEmpty())
        return Error::refused(
            QCoreApplication::translate("CommandJob", "every host of job %1 succeeded: nothing to retry")
                .arg(jobId));
    return plan;
}

Result<PreparedJob> planJob(const std::shared_ptr<Database>& db, JobKind kind, const QString& target,
                            const QJsonObject& options)
{
    return JobPreparer(db).prepare(kind, target, options, Clock::system().nowSecs());
}

Result<PreparedJob> planRunAgain(const std::shared_ptr<Database>& db, qint64 jobId)
{
    auto job = JobStore(db).get(jobId);
    if (!job.ok())
        return job.error();
    return JobPreparer(db).again(*job, Clock::system().nowSecs());
}

Result<PreparedJob> planTemplate(const std::shared_ptr<Database>& db, const QString& name)
{
    auto t = JobTemplateStore(db).get(name);
    if (!t.ok())
        return t.error();
    return planJob(db, t->kind, t->target, t->options);
}

} // namespace opsdeck
