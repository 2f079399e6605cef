#pragma once

#include "jobs/JobTypes.h"
#include "util/Result.h"

#include <QSqlDatabase>
#include <QStringList>

namespace opsdeck {

// What a deploy job holds while it is pending, running or paused (migration 0012,
// job_claims): "service:PATH" and "host:NAME" of each of its hosts. Taken inside the
// job's insert transaction, one statement per claim that only takes over a claim whose
// job has ended, so of two consoles deploying one service at once one gets the job and
// the other a refusal naming the job that holds it. Other kinds claim nothing.
//
// Released when the job ends (JobStore::setState to an ended state, requestCancel,
// interruptOrphans). A claim is never stuck: one whose job has ended (or is gone) is
// taken over; a job left running by a crashed console ends as interrupted when the
// orphan sweep (`opsdeck job list`) or `opsdeck job cancel N` finds its runner gone.
namespace JobClaims {

QStringList of(const JobSpec& spec, const QList<JobHostPlan>& hosts);

// Refused (naming the holding job, its operator and since when) when any claim is held
// by a job that has not ended. Runs on `db` inside the caller's transaction.
Status take(QSqlDatabase& db, qint64 jobId, const QStringList& claims, qint64 nowMs);
Status release(QSqlDatabase& db, qint64 jobId);

} // namespace JobClaims
} // namespace opsdeck
