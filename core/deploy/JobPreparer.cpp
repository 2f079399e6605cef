#include "deploy/JobPreparer.h"

#include "deploy/DeployJob.h"
#include "inventory/InventoryWriter.h"
#include "jobs/HostTargets.h"
#include "util/TreePath.h"

#include <QCoreApplication>

namespace opsdeck {
QList<HostWork> JobPreparer::commandWork(const QList<ssh::SshTarget>& targets, const QString& command)
{
    QList<HostWork> hosts;
    for (const ssh::SshTarget& t : targets)
        hosts.append(
            {t, {JobStep{JobStep::Kind::Exec, QStringLiteral("command"), command, {}, {}, 0644, {}}}, {}});
    return hosts;
}

// The hosts a command job names: machines by name, a tree node, or a service's units.
Result<QList<ssh::SshTarget>> JobPreparer::commandTargets(const QString& select, const QString& target,
                                                          QString& named) const
{
    const HostTargets targets(m_db);
    if (select == QLatin1String("node")) {
        named = trimmedTreePath(target);
        auto list = targets.underNode(named);
        if (list.ok() && list->isEmpty())
            return Error::notFound(
                QCoreApplication::translate("JobPreparer", "no machine is bound to %1 or below it")
                    .arg(named));
        return list;
    }
    if (select == QLatin1String("service")) {
        named = trimmedTreePath(target);
        auto list = targets.ofService(named);
        if (list.ok() && list->isEmpty())
            return Error::notFound(
                QCoreApplication::translate("JobPreparer", "the service %1 has no units").arg(named));
        return list;
    }
    if (!select.isEmpty() && select != QLatin1String("hosts"))
        return Error::usage(
            QCoreApplication::translate("JobPreparer", "unknown host selection '%1' (hosts, node or service)")
                .arg(select));
    named = target;
    QList<ssh::SshTarget> out;
    for (const QString& name : target.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        auto t = targets.byName(name.trimmed());
        if (!t.ok())
            return t.error();
        out.append(*t);
    }
    if (out.isEmpty())
        return Error::usage(QCoreApplication::translate("JobPreparer", "--hosts names no host"));
    return out;
}

Result<PreparedJob> JobPreparer::prepareCommand(const QString& target, const QJsonObject& o) const
{
    const QString command = o.value(QStringLiteral("command")).toString();
    if (command.trimmed().isEmpty())
        return Error::usage(QCoreApplication::translate("JobPreparer", "a command job needs a command"));
    PreparedJob job;
    job.options.rollout.parallel = o.value(QStringLiteral("parallel")).toInt(32);
    job.options.hostTimeoutS = o.value(QStringLiteral("timeout")).toInt(0);
    if (job.options.hostTimeoutS > 0)
        job.options.ssh.connectTimeoutMs = job.options.hostTimeoutS * 1000;
    const QString select = o.value(QStringLiteral("select")).toString(QStringLiteral("hosts"));
    QString named;
    auto targets = commandTargets(select, target, named);
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

Result<PreparedJob> JobPreparer::prepareDeploy(const QString& target, const QJsonObject& o,
                                               qint64 nowSecs) const
{
    DeployJob::Request request;
    request.servicePath = trimmedTreePath(target);
    request.packageFile = o.value(QStringLiteral("package")).toString();
    if (request.packageFile.isEmpty())
        return Error::usage(QCoreApplication::translate("JobPreparer", "a deploy job needs a package"));
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
    auto built = DeployJob(m_db).build(request, nowSecs);
    if (!built.ok())
        return built.error();
    job.intro =
        QCoreApplication::translate("JobPreparer", "deploying release %1 of %2 to %3 unit(s); hooks: %4")
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

Result<PreparedJob> JobPreparer::prepare(JobKind kind, const QString& target, const QJsonObject& options,
                                         qint64 nowSecs) const
{
    Result<PreparedJob> job = Error::failure(QString());
    if (kind == JobKind::Command)
        job = prepareCommand(target, options);
    else if (kind == JobKind::Deploy)
        job = prepareDeploy(target, options, nowSecs);
    else
        return Error::refused(
            QCoreApplication::translate("JobPreparer", "a %1 job cannot be built from a template")
                .arg(jobKindName(kind)));
    if (!job.ok())
        return job;
    const qint64 cap = options.value(QStringLiteral("output_cap")).toInteger(0);
    if (cap > 0) {
        job->spec.outputCap = cap;
        job->spec.options.insert(QStringLiteral("output_cap"), cap);
    }
    return job;
}

Result<JobTemplate> JobPreparer::templateOf(const Job& job, const QString& name)
{
    if (job.kind != JobKind::Command && job.kind != JobKind::Deploy)
        return Error::refused(
            QCoreApplication::translate("JobPreparer", "a %1 job cannot be saved as a template")
                .arg(jobKindName(job.kind)));
    JobTemplate t{name, job.kind, job.target, job.options, 0, 0, {}};
    t.options.remove(QStringLiteral("release"));
    t.options.remove(QStringLiteral("sha256"));
    if (job.kind == JobKind::Command && !t.options.contains(QStringLiteral("select"))) {
        QStringList machines;
        for (const JobHost& h : std::as_const(job.hosts))
            machines << h.machine;
        t.target = machines.join(QLatin1Char(','));
        t.options.insert(QStringLiteral("select"), QStringLiteral("hosts"));
    }
    if (job.outputCap != JobSpec().outputCap)
        t.options.insert(QStringLiteral("output_cap"), job.outputCap);
    return t;
}

Result<PreparedJob> JobPreparer::again(const Job& job, qint64 nowSecs) const
{
    if (job.kind != JobKind::RelationChanged) {
        auto t = templateOf(job, QString());
        if (!t.ok())
            return t.error();
        return prepare(t->kind, t->target, t->options, nowSecs);
    }
    auto built = DeployJob(m_db).relationChanged(job.target);
    if (!built.ok())
        return built.error();
    if (built->hosts.isEmpty())
        return Error::refused(
            QCoreApplication::translate("JobPreparer", "no unit needs %1: nothing to notify")
                .arg(job.target));
    PreparedJob out;
    out.spec = built->spec;
    out.hosts = built->hosts;
    out.showSteps = true;
    out.options.rollout.parallel = job.options.value(QStringLiteral("parallel")).toInt(10);
    return out;
}

Result<QList<HostWork>> JobPreparer::retryWork(const Job& job, const QStringList& labels,
                                               qint64 nowSecs) const
{
    if (job.kind == JobKind::Command) {
        const HostTargets targets(m_db);
        QList<ssh::SshTarget> list;
        for (const QString& label : labels) {
            auto t = targets.byName(label);
            if (!t.ok())
                return t.error();
            list.append(*t);
        }
        return commandWork(list, job.options.value(QStringLiteral("command")).toString());
    }
    Result<DeployJob::Built> built = Error::failure(QString());
    if (job.kind == JobKind::Deploy) {
        DeployJob::Request r;
        r.servicePath = job.target;
        r.packageFile = job.options.value(QStringLiteral("package")).toString();
        r.release = job.options.value(QStringLiteral("release")).toString();
        r.rollback = job.options.value(QStringLiteral("rollback")).toBool();
        r.onlyUnits = labels;
        built = DeployJob(m_db).build(r, nowSecs);
    } else if (job.kind == JobKind::RelationChanged) {
        built = DeployJob(m_db).relationChanged(job.target);
    } else {
        return Error::refused(QCoreApplication::translate("JobPreparer", "a %1 job cannot be retried")
                                  .arg(jobKindName(job.kind)));
    }
    if (!built.ok())
        return built.error();
    QList<HostWork> hosts;
    for (const HostWork& w : std::as_const(built->hosts))
        if (labels.contains(w.target.displayName()))
            hosts.append(w);
    return hosts;
}

Result<PreparedJob> JobPreparer::retry(qint64 jobId, qint64 nowSecs) const
{
    auto job = JobStore(m_db).get(jobId);
    if (!job.ok())
        return job.error();
    return retry(*job, nowSecs);
}

Result<PreparedJob> JobPreparer::retry(const Job& job, qint64 nowSecs) const
{
    if (!isFinished(job.state))
        return Error::refused(QCoreApplication::translate("JobPreparer", "job %1 is still %2")
                                  .arg(job.id)
                                  .arg(jobStateName(job.state)));
    QStringList labels;
    for (const JobHost& h : std::as_const(job.hosts))
        if (h.state != HostState::Ok)
            labels << h.machine;
    PreparedJob out;
    out.showSteps = job.kind != JobKind::Command;
    out.spec.kind = job.kind;
    out.spec.target = job.target;
    out.spec.options = job.options;
    out.spec.operatorName = InventoryWriter::osUserName();
    out.spec.retryOf = job.id;
    out.spec.outputCap = job.outputCap;
    // The same rollout, without the canary: the hosts left are retried as they stand.
    out.options.rollout.batch = job.options.value(QStringLiteral("batch")).toInt(0);
    out.options.rollout.parallel = job.options.value(QStringLiteral("parallel")).toInt(10);
    out.options.rollout.maxFailPercent = job.options.value(QStringLiteral("max_fail")).toInt(100);
    out.options.hostTimeoutS = job.options.value(QStringLiteral("timeout")).toInt(0);
    if (labels.isEmpty())
        return out;
    auto hosts = retryWork(job, labels, nowSecs);
    if (!hosts.ok())
        return hosts.error();
    out.hosts = *hosts;
    out.intro = QCoreApplication::translate("JobPreparer", "retrying %1 host(s) of job %2: %3")
                    .arg(out.hosts.size())
                    .arg(job.id)
                    .arg(labels.join(QStringLiteral(", ")));
    return out;
}

} // namespace opsdeck
