#include "cli/JobBuild.h"

#include "cli/CommandRegistry.h"
#include "cli/VerbTable.h"

namespace opsdeck::cli {
QList<HostWork> commandWork(const QList<ssh::SshTarget>& targets, const QString& command)
{
    return JobPreparer::commandWork(targets, command);
}

Result<PreparedJob> prepareJob(const std::shared_ptr<Database>& db, JobKind kind, const QString& target,
                               const QJsonObject& options, qint64 nowSecs)
{
    return JobPreparer(db).prepare(kind, target, options, nowSecs);
}

} // namespace opsdeck::cli
