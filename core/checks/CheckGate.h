#pragma once

#include "checks/CheckProbeFactory.h"
#include "checks/CheckScheduler.h"
#include "db/Database.h"
#include "util/Result.h"

#include <QObject>
#include <QStringList>
#include <functional>
#include <memory>

namespace opsdeck {

// The deploy gate (issue 11, part 5): chosen checks run once on a batch's hosts after the
// batch, and the rollout goes on only when every result is OK. Built here, in core/checks,
// as a plain std::function of JobRunner::BatchGate's signature, so core/jobs knows only
// the function type and never links core/checks.
namespace CheckGate {

// void(batch, hosts, done): what JobRunner::setBatchGate takes.
using Gate = std::function<void(int batch, const QStringList& hosts, std::function<void(Status)> done)>;

// NotFound naming the first of `names` that is no check (the CLI asks before a job starts).
Status validate(const std::shared_ptr<Database>& db, const QStringList& names);

// A gate that runs `names` once (CheckScheduler::runOnce with those names and the batch's
// hosts as its machines: a bound check on its targets among them, an unbound one as it
// is; recorded like any round) and answers OK when every result is OK, else
// Error::refused(reasonOf(...)); refused too when nothing ran at all (no silent pass).
// Each ask has its own scheduler, a child of `context` (which, and `services`'
// pointers, must outlive the answer).
Gate make(std::shared_ptr<Database> db, ProbeServices services, QStringList names, QObject* context);

// "gate: web-http on web2 is critical: HTTP 503; ..." for the results that are not OK, by
// check and target; empty when all are.
QString reasonOf(const QList<CheckScheduler::Outcome>& outcomes);

} // namespace CheckGate
} // namespace opsdeck
