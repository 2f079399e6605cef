#pragma once

#include "cli/VerbTable.h"
#include "db/Database.h"
#include "deploy/JobPreparer.h"
#include "jobs/JobRunner.h"

#include <QJsonObject>
#include <memory>

namespace opsdeck::cli {

// A job ready to run: what `run`, `deploy` and `job run TEMPLATE` hand to runJobLive.
using PreparedJob = opsdeck::PreparedJob;

// Builds a job from its kind, target and options, the way `run` and `deploy` build it
// from their command lines, with every check made before anything is sent
// (JobPreparer::prepare, which lists the options).
Result<PreparedJob> prepareJob(const std::shared_ptr<Database>& db, JobKind kind, const QString& target,
                               const QJsonObject& options, qint64 nowSecs);

// One exec step running `command` on each target (JobPreparer::commandWork).
QList<HostWork> commandWork(const QList<ssh::SshTarget>& targets, const QString& command);

} // namespace opsdeck::cli
