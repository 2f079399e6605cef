#include "jobs/JobStore.h"

#include "db/StatementCache.h"
#include "jobs/JobClaims.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>
#include <QSqlQuery>
#include <cerrno>
#include <csignal>

namespace opsdeck {
namespace {

QVariant optionalValue(const std::optional<qint64>& v)
{
    return v ? QVariant(*v) : QVariant(QMetaType(QMetaType::LongLong));
}

std::optional<qint64> optionalOf(const QVariant& v)
{
    if (v.isNull())
        return std::nullopt;
    return v.toLongLong();
}

const QString kJobColumns = QStringLiteral(
    "j.id, j.kind, j.target, j.options, j.state, j.operator, j.retry_of, j.cancel_requested, j.runner_pid, "
    "j.output_cap, j.created_ms, j.started_ms, j.finished_ms, "
    "(SELECT count(*) FROM job_hosts h WHERE h.job_id = j.id), "
    "(SELECT count(*) FROM job_hosts h WHERE h.job_id = j.id AND h.state = 'ok'), "
    "(SELECT count(*) FROM job_hosts h WHERE h.job_id = j.id AND h.state = 'failed'), j.pause_reason");

Job jobFrom(const QSqlQuery& q)
{
    Job j;
    j.id = q.value(0).toLongLong();
    j.kind = jobKindFromName(q.value(1).toString()).value_or(JobKind::Command);
    j.target = q.value(2).toString();
    j.options = QJsonDocument::fromJson(q.value(3).toByteArray()).object();
    j.state = jobStateFromName(q.value(4).toString()).value_or(JobState::Interrupted);
    j.operatorName = q.value(5).toString();
    j.retryOf = optionalOf(q.value(6));
    j.cancelRequested = q.value(7).toInt() != 0;
    j.runnerPid = optionalOf(q.value(8));
    j.outputCap = q.value(9).toLongLong();
    j.createdMs = q.value(10).toLongLong();
    j.startedMs = optionalOf(q.value(11));
    j.finishedMs = optionalOf(q.value(12));
    j.hostsTotal = q.value(13).toInt();
    j.hostsOk = q.value(14).toInt();
    j.hostsFailed = q.value(15).toInt();
    j.pauseReason = q.value(16).toString();
    return j;
}

JobHost hostFrom(const QSqlQuery& q)
{
    JobHost h;
    h.machine = q.value(0).toString();
    h.position = q.value(1).toInt();
    h.batch = q.value(2).toInt();
    h.state = hostStateFromName(q.value(3).toString()).value_or(HostState::Interrupted);
    h.step = q.value(4).toString();
    if (!q.value(5).isNull())
        h.exitCode = q.value(5).toInt();
    h.error = q.value(6).toString();
    h.startedMs = optionalOf(q.value(7));
    h.finishedMs = optionalOf(q.value(8));
    h.outputBytes = q.value(9).toLongLong();
    h.outputCut = q.value(10).toLongLong();
    return h;
}

Status closeLastStep(QSqlDatabase& db, qint64 jobId, const QString& machine, std::optional<int> exitCode,
                     const QString& error, qint64 nowMs)
{
    auto q = Database::exec(
        db,
        QStringLiteral("UPDATE job_steps SET finished_ms = ?, exit_code = ?, error = coalesce(?, '') "
                       "WHERE job_id = ? AND machine = ? AND finished_ms IS NULL"),
        {nowMs, exitCode ? QVariant(*exitCode) : QVariant(QMetaType(QMetaType::Int)), error, jobId, machine});
    if (!q.ok())
        return q.error();
    return {};
}

} // namespace

JobStore::JobStore(std::shared_ptr<Database> db) : m_db(std::move(db)) {}

bool JobStore::processAlive(qint64 pid)
{
    if (pid <= 0)
        return false;
    return ::kill(pid_t(pid), 0) == 0 || errno == EPERM;
}

Result<qint64> JobStore::create(const JobSpec& spec, const QList<JobHostPlan>& hosts, qint64 runnerPid,
                                qint64 nowMs) const
{
    qint64 id = 0;
    Status s = m_db->transaction([&](QSqlDatabase& db) -> Status {
        auto j = Database::exec(
            db,
            QStringLiteral(
                "INSERT INTO jobs (kind, target, options, operator, retry_of, runner_pid, output_cap, "
                "created_ms) VALUES (?, coalesce(?, ''), ?, coalesce(?, ''), ?, ?, ?, ?)"),
            {jobKindName(spec.kind), spec.target,
             QString::fromUtf8(QJsonDocument(spec.options).toJson(QJsonDocument::Compact)), spec.operatorName,
             optionalValue(spec.retryOf), runnerPid, spec.outputCap, nowMs});
        if (!j.ok())
            return j.error();
        id = j->lastInsertId().toLongLong();
        StatementCache statements(db);
        StatementCache::Scope scope(statements);
        for (int i = 0; i < hosts.size(); ++i) {
            auto h = StatementCache::run(
                db,
                QStringLiteral(
                    "INSERT INTO job_hosts (job_id, machine, position, batch) VALUES (?, ?, ?, ?)"),
                {id, hosts.at(i).machine, i, hosts.at(i).batch});
            if (!h.ok())
                return h.error();
        }
        // A deploy's service and hosts, in the same transaction: refused, no job.
        return JobClaims::take(db, id, JobClaims::of(spec, hosts), nowMs);
    });
    if (!s.ok())
        return s.error();
    return id;
}

Status JobStore::setState(qint64 jobId, JobState state, qint64 nowMs, const QString& pauseReason) const
{
    return m_db->transaction([&](QSqlDatabase& db) -> Status {
        auto q = Database::exec(
            db,
            QStringLiteral(
                "UPDATE jobs SET state = ?, started_ms = CASE WHEN ? = 'running' THEN "
                "coalesce(started_ms, ?) ELSE started_ms END, finished_ms = CASE WHEN ? = 1 THEN ? ELSE "
                "finished_ms END, pause_reason = coalesce(?, '') WHERE id = ?"),
            {jobStateName(state), jobStateName(state), nowMs, isFinished(state) ? 1 : 0, nowMs,
             state == JobState::Paused ? pauseReason : QString(), jobId});
        if (!q.ok())
            return q.error();
        if (q->numRowsAffected() == 0)
            return Error::notFound(QCoreApplication::translate("JobStore", "there is no job %1").arg(jobId));
        return isFinished(state) ? JobClaims::release(db, jobId) : Status{};
    });
}

Status JobStore::hostStep(qint64 jobId, const QString& machine, const QString& name, qint64 nowMs) const
{
    return m_db->transaction([&](QSqlDatabase& db) -> Status {
        if (Status c = closeLastStep(db, jobId, machine, std::nullopt, QString(), nowMs); !c.ok())
            return c;
        auto h = Database::exec(
            db,
            QStringLiteral("UPDATE job_hosts SET state = 'running', step = coalesce(?, ''), "
                           "started_ms = coalesce(started_ms, ?) WHERE job_id = ? AND machine = ?"),
            {name, nowMs, jobId, machine});
        if (!h.ok())
            return h.error();
        if (h->numRowsAffected() == 0)
            return Error::notFound(
                QCoreApplication::translate("JobStore", "job %1 has no host %2").arg(jobId).arg(machine));
        auto s =
            Database::exec(db,
                           QStringLiteral("INSERT INTO job_steps (job_id, machine, seq, name, started_ms) "
                                          "VALUES (?, ?, (SELECT coalesce(max(seq), 0) + 1 FROM job_steps "
                                          "WHERE job_id = ? AND machine = ?), ?, ?)"),
                           {jobId, machine, jobId, machine, name, nowMs});
        if (!s.ok())
            return s.error();
        return {};
    });
}

Status JobStore::hostFinished(qint64 jobId, const QString& machine, HostState state,
                              std::optional<int> exitCode, const QString& error, qint64 nowMs) const
{
    return m_db->transaction([&](QSqlDatabase& db) -> Status {
        if (Status c = closeLastStep(db, jobId, machine, exitCode, error, nowMs); !c.ok())
            return c;
        auto h = Database::exec(
            db,
            QStringLiteral(
                "UPDATE job_hosts SET state = ?, exit_code = ?, error = coalesce(?, ''), finished_ms = ?, "
                "started_ms = coalesce(started_ms, ?) WHERE job_id = ? AND machine = ?"),
            {hostStateName(state), exitCode ? QVariant(*exitCode) : QVariant(QMetaType(QMetaType::Int)),
             error, nowMs, nowMs, jobId, machine});
        if (!h.ok())
            return h.error();
        if (h->numRowsAffected() == 0)
            return Error::notFound(
                QCoreApplication::translate("JobStore", "job %1 has no host %2").arg(jobId).arg(machine));
        return {};
    });
}

Status JobStore::hostsLeft(qint64 jobId, HostState state) const
{
    return m_db->transaction([&](QSqlDatabase& db) -> Status {
        auto q = Database::exec(
            db, QStringLiteral("UPDATE job_hosts SET state = ? WHERE job_id = ? AND state = 'pending'"),
            {hostStateName(state), jobId});
        if (!q.ok())
            return q.error();
        return {};
    });
}

Status JobStore::appendOutput(qint64 jobId, const QList<OutputChunk>& chunks) const
{
    if (chunks.isEmpty())
        return {};
    return m_db->transaction([&](QSqlDatabase& db) -> Status {
        auto capQuery =
            Database::exec(db, QStringLiteral("SELECT output_cap FROM jobs WHERE id = ?"), {jobId});
        if (!capQuery.ok())
            return capQuery.error();
        if (!capQuery->next())
            return Error::notFound(QCoreApplication::translate("JobStore", "there is no job %1").arg(jobId));
        const qint64 cap = capQuery->value(0).toLongLong();
        StatementCache statements(db);
        StatementCache::Scope scope(statements);
        QHash<QString, qint64> used;
        for (const OutputChunk& c : chunks) {
            if (!used.contains(c.machine)) {
                auto u = StatementCache::run(
                    db, QStringLiteral("SELECT output_bytes FROM job_hosts WHERE job_id = ? AND machine = ?"),
                    {jobId, c.machine});
                if (!u.ok())
                    return u.error();
                if (!u->next())
                    return Error::notFound(QCoreApplication::translate("JobStore", "job %1 has no host %2")
                                               .arg(jobId)
                                               .arg(c.machine));
                used.insert(c.machine, u->value(0).toLongLong());
            }
            qint64& soFar = used[c.machine];
            const qint64 keep = std::clamp<qint64>(cap - soFar, 0, c.data.size());
            if (keep > 0) {
                auto ins = StatementCache::run(db,
                                               QStringLiteral("INSERT INTO job_output (job_id, machine, "
                                                              "stream, at_ms, data) VALUES (?, ?, ?, ?, ?)"),
                                               {jobId, c.machine, int(c.stream), c.atMs, c.data.left(keep)});
                if (!ins.ok())
                    return ins.error();
            }
            soFar += keep;
            auto upd =
                StatementCache::run(db,
                                    QStringLiteral("UPDATE job_hosts SET output_bytes = output_bytes + ?, "
                                                   "output_cut = output_cut + ? WHERE job_id = ? AND "
                                                   "machine = ?"),
                                    {keep, qint64(c.data.size()) - keep + c.dropped, jobId, c.machine});
            if (!upd.ok())
                return upd.error();
        }
        return {};
    });
}

Result<QList<Job>> JobStore::list(const JobFilter& filter) const
{
    QSqlDatabase db = m_db->connection();
    auto q =
        filter.state
            ? Database::exec(
                  db,
                  QStringLiteral("SELECT %1 FROM jobs j WHERE j.state = ? ORDER BY j.id DESC LIMIT ?")
                      .arg(kJobColumns),
                  {jobStateName(*filter.state), filter.limit})
            : Database::exec(
                  db, QStringLiteral("SELECT %1 FROM jobs j ORDER BY j.id DESC LIMIT ?").arg(kJobColumns),
                  {filter.limit});
    if (!q.ok())
        return q.error();
    QList<Job> out;
    while (q->next())
        out.append(jobFrom(*q));
    return out;
}

Result<Job> JobStore::get(qint64 jobId) const
{
    QSqlDatabase db = m_db->connection();
    auto q =
        Database::exec(db, QStringLiteral("SELECT %1 FROM jobs j WHERE j.id = ?").arg(kJobColumns), {jobId});
    if (!q.ok())
        return q.error();
    if (!q->next())
        return Error::notFound(QCoreApplication::translate("JobStore", "there is no job %1").arg(jobId));
    Job job = jobFrom(*q);
    auto h = Database::exec(db,
                            QStringLiteral("SELECT machine, position, batch, state, step, exit_code, error, "
                                           "started_ms, finished_ms, output_bytes, output_cut FROM job_hosts "
                                           "WHERE job_id = ? ORDER BY position"),
                            {jobId});
    if (!h.ok())
        return h.error();
    while (h->next())
        job.hosts.append(hostFrom(*h));
    return job;
}

Result<QList<OutputChunk>> JobStore::output(qint64 jobId, const QString& machine) const
{
    QSqlDatabase db = m_db->connection();
    auto q = machine.isEmpty()
                 ? Database::exec(db,
                                  QStringLiteral("SELECT machine, stream, at_ms, data FROM job_output WHERE "
                                                 "job_id = ? ORDER BY id"),
                                  {jobId})
                 : Database::exec(db,
                                  QStringLiteral("SELECT machine, stream, at_ms, data FROM job_output WHERE "
                                                 "job_id = ? AND machine = ? ORDER BY id"),
                                  {jobId, machine});
    if (!q.ok())
        return q.error();
    QList<OutputChunk> out;
    while (q->next())
        out.append({q->value(0).toString(),
                    q->value(1).toInt() == 2 ? OutputStream::Stderr : OutputStream::Stdout,
                    q->value(2).toLongLong(), q->value(3).toByteArray()});
    return out;
}

Result<JobState> JobStore::requestCancel(qint64 jobId, qint64 nowMs,
                                         const std::function<bool(qint64)>& alive) const
{
    JobState result = JobState::Cancelled;
    Status s = m_db->transaction([&](QSqlDatabase& db) -> Status {
        auto q =
            Database::exec(db, QStringLiteral("SELECT state, runner_pid FROM jobs WHERE id = ?"), {jobId});
        if (!q.ok())
            return q.error();
        if (!q->next())
            return Error::notFound(QCoreApplication::translate("JobStore", "there is no job %1").arg(jobId));
        const JobState state = jobStateFromName(q->value(0).toString()).value_or(JobState::Interrupted);
        if (isFinished(state))
            return Error::refused(QCoreApplication::translate("JobStore", "job %1 has already ended (%2)")
                                      .arg(jobId)
                                      .arg(jobStateName(state)));
        const std::optional<qint64> pid = optionalOf(q->value(1));
        if (pid && alive(*pid)) {
            result = state; // the runner sees the request at each host's next step
            auto u = Database::exec(db, QStringLiteral("UPDATE jobs SET cancel_requested = 1 WHERE id = ?"),
                                    {jobId});
            return u.ok() ? Status{} : Status(u.error());
        }
        auto u = Database::exec(db,
                                QStringLiteral("UPDATE jobs SET cancel_requested = 1, state = 'cancelled', "
                                               "finished_ms = ? WHERE id = ?"),
                                {nowMs, jobId});
        if (!u.ok())
            return u.error();
        if (Status r = JobClaims::release(db, jobId); !r.ok())
            return r;
        auto h =
            Database::exec(db,
                           QStringLiteral("UPDATE job_hosts SET state = CASE state WHEN 'running' THEN "
                                          "'interrupted' ELSE 'cancelled' END WHERE job_id = ? AND state IN "
                                          "('pending', 'running')"),
                           {jobId});
        return h.ok() ? Status{} : Status(h.error());
    });
    if (!s.ok())
        return s.error();
    return result;
}

Result<bool> JobStore::cancelRequested(qint64 jobId) const
{
    QSqlDatabase db = m_db->connection();
    auto q = Database::exec(db, QStringLiteral("SELECT cancel_requested FROM jobs WHERE id = ?"), {jobId});
    if (!q.ok())
        return q.error();
    if (!q->next())
        return Error::notFound(QCoreApplication::translate("JobStore", "there is no job %1").arg(jobId));
    return q->value(0).toInt() != 0;
}

Status JobStore::requestPause(qint64 jobId, PauseRequest request,
                              const std::function<bool(qint64)>& alive) const
{
    return m_db->transaction([&](QSqlDatabase& db) -> Status {
        auto q =
            Database::exec(db, QStringLiteral("SELECT state, runner_pid FROM jobs WHERE id = ?"), {jobId});
        if (!q.ok())
            return q.error();
        if (!q->next())
            return Error::notFound(QCoreApplication::translate("JobStore", "there is no job %1").arg(jobId));
        const JobState state = jobStateFromName(q->value(0).toString()).value_or(JobState::Interrupted);
        if (isFinished(state))
            return Error::refused(QCoreApplication::translate("JobStore", "job %1 has already ended (%2)")
                                      .arg(jobId)
                                      .arg(jobStateName(state)));
        const std::optional<qint64> pid = optionalOf(q->value(1));
        if (!pid || !alive(*pid))
            return Error::refused(
                QCoreApplication::translate(
                    "JobStore",
                    "job %1 has no running process to pause or resume it (see `opsdeck job show %1`)")
                    .arg(jobId));
        if (request == PauseRequest::Pause && state == JobState::Paused)
            return Error::refused(
                QCoreApplication::translate("JobStore", "job %1 is already paused").arg(jobId));
        if (request == PauseRequest::Resume && state != JobState::Paused)
            return Error::refused(QCoreApplication::translate("JobStore", "job %1 is not paused (%2)")
                                      .arg(jobId)
                                      .arg(jobStateName(state)));
        auto u = Database::exec(db, QStringLiteral("UPDATE jobs SET pause_requested = ? WHERE id = ?"),
                                {int(request), jobId});
        return u.ok() ? Status{} : Status(u.error());
    });
}

Result<JobStore::RunnerRequests> JobStore::runnerRequests(qint64 jobId) const
{
    QSqlDatabase db = m_db->connection();
    auto q = Database::exec(
        db, QStringLiteral("SELECT cancel_requested, pause_requested FROM jobs WHERE id = ?"), {jobId});
    if (!q.ok())
        return q.error();
    if (!q->next())
        return Error::notFound(QCoreApplication::translate("JobStore", "there is no job %1").arg(jobId));
    RunnerRequests r;
    r.cancel = q->value(0).toInt() != 0;
    const int pause = q->value(1).toInt();
    r.pause = pause == 1 ? PauseRequest::Pause : pause == 2 ? PauseRequest::Resume : PauseRequest::None;
    return r;
}

Status JobStore::clearPauseRequest(qint64 jobId, PauseRequest seen) const
{
    QSqlDatabase db = m_db->connection();
    auto u = Database::exec(
        db, QStringLiteral("UPDATE jobs SET pause_requested = 0 WHERE id = ? AND pause_requested = ?"),
        {jobId, int(seen)});
    return u.ok() ? Status{} : Status(u.error());
}

Result<int> JobStore::interruptOrphans(qint64 nowMs, const std::function<bool(qint64)>& alive) const
{
    int count = 0;
    Status s = m_db->transaction([&](QSqlDatabase& db) -> Status {
        count = 0;
        auto q = Database::exec(db, QStringLiteral("SELECT id, runner_pid FROM jobs WHERE state IN "
                                                   "('pending', 'running', 'paused')"));
        if (!q.ok())
            return q.error();
        QList<qint64> orphans;
        while (q->next()) {
            const std::optional<qint64> pid = optionalOf(q->value(1));
            if (!pid || !alive(*pid))
                orphans.append(q->value(0).toLongLong());
        }
        for (qint64 id : std::as_const(orphans)) {
            auto j = Database::exec(
                db, QStringLiteral("UPDATE jobs SET state = 'interrupted', finished_ms = ? WHERE id = ?"),
                {nowMs, id});
            if (!j.ok())
                return j.error();
            if (Status r = JobClaims::release(db, id); !r.ok())
                return r;
            auto h = Database::exec(
                db,
                QStringLiteral(
                    "UPDATE job_hosts SET state = 'interrupted', error = CASE error WHEN '' THEN ? "
                    "ELSE error END WHERE job_id = ? AND state = 'running'"),
                {QCoreApplication::translate("JobStore", "Opsdeck stopped while this host ran"), id});
            if (!h.ok())
                return h.error();
            ++count;
        }
        return {};
    });
    if (!s.ok())
        return s.error();
    return count;
}

} // namespace opsdeck
