#include "cli/JobBuild.h"

#include "cli/CommandRegistry.h"
#include "cli/VerbTable.h"

namespace opsdeck::cli {
QList<HostWork> commandWork(const QList<ssh::SshTarget>& targets, const QString& command)
{
    return JobPreparer::commandWork(targets, command);
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
    return JobPreparer(db).prepare(kind, target, options, nowSecs);
}

} // namespace opsdeck::cli
