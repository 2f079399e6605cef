#include "jobs/JobClaims.h"

#include "db/Database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlQuery>

namespace opsdeck::JobClaims {
namespace {

// Why `claim` could not be taken: the job holding it, read back.
Error held(QSqlDatabase& db, const QString& claim)
{
    auto q =
        Database::exec(db,
                       QStringLiteral("SELECT c.job_id, j.operator, j.state, j.created_ms FROM job_claims c "
                                      "JOIN jobs j ON j.id = c.job_id WHERE c.claim = ?"),
                       {claim});
    const bool colon = claim.indexOf(QLatin1Char(':')) > 0;
    const QString what = colon ? claim.section(QLatin1Char(':'), 1) : claim;
    const QString kind = colon ? claim.section(QLatin1Char(':'), 0, 0) : QString();
    if (!q.ok() || !q->next())
        return Error::refused(
            QCoreApplication::translate(
                "JobClaims", "%1 %2 is held by another deploy that has not ended; try again when it has")
                .arg(kind, what));
    const qint64 job = q->value(0).toLongLong();
    const QString who = q->value(1).toString().isEmpty() ? QCoreApplication::translate("JobClaims", "someone")
                                                         : q->value(1).toString();
    const QString since = QDateTime::fromMSecsSinceEpoch(q->value(3).toLongLong())
                              .toLocalTime()
                              .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    return Error::refused(QCoreApplication::translate(
                              "JobClaims",
                              "%1 %2 is being deployed by job %3 (%4, %5 since %6): wait for it to end, or "
                              "cancel it with `opsdeck job cancel %3`")
                              .arg(kind, what)
                              .arg(job)
                              .arg(who, q->value(2).toString(), since));
}

} // namespace

QStringList of(const JobSpec& spec, const QList<JobHostPlan>& hosts)
{
    QStringList out;
    if (spec.kind != JobKind::Deploy)
        return out;
    QString path = spec.target.trimmed();
    while (path.startsWith(QLatin1Char('/')))
        path.remove(0, 1);
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    out << QStringLiteral("service:") + path;
    for (const JobHostPlan& h : hosts)
        if (!out.contains(QStringLiteral("host:") + h.machine))
            out << QStringLiteral("host:") + h.machine;
    return out;
}

Status take(QSqlDatabase& db, qint64 jobId, const QStringList& claims, qint64 nowMs)
{
    // One statement per claim: a new claim is inserted; a held one is taken over only
    // when its job has ended (on PostgreSQL a concurrent insert of the same claim waits
    // for the other transaction and then sees its job, not ended: nothing is taken).
    static const QString sql = QStringLiteral(
        "INSERT INTO job_claims (claim, job_id, claimed_ms) VALUES (?, ?, ?) ON CONFLICT (claim) DO UPDATE "
        "SET job_id = excluded.job_id, claimed_ms = excluded.claimed_ms WHERE EXISTS (SELECT 1 FROM jobs j "
        "WHERE j.id = job_claims.job_id AND j.state IN ('ok', 'failed', 'cancelled', 'interrupted'))");
    for (const QString& claim : claims) {
        auto q = Database::exec(db, sql, {claim, jobId, nowMs});
        if (!q.ok())
            return q.error();
        if (q->numRowsAffected() == 0)
            return held(db, claim);
    }
    return {};
}

Status release(QSqlDatabase& db, qint64 jobId)
{
    auto q = Database::exec(db, QStringLiteral("DELETE FROM job_claims WHERE job_id = ?"), {jobId});
    return q.ok() ? Status{} : Status(q.error());
}

} // namespace opsdeck::JobClaims
