#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

namespace opsdeck {

enum class JobKind
{
    Command,
    Deploy,
    RelationChanged,
    Init
};
enum class JobState
{
    Pending,
    Running,
    Paused,
    Ok,
    Failed,
    Cancelled,
    Interrupted
};
enum class HostState
{
    Pending,
    Running,
    Ok,
    Failed,
    Cancelled,
    Interrupted
};
enum class OutputStream
{
    Stdout = 1,
    Stderr = 2
};

// The names stored in the database and printed by the CLI.
QString jobKindName(JobKind k);
std::optional<JobKind> jobKindFromName(const QString& name);
QString jobStateName(JobState s);
std::optional<JobState> jobStateFromName(const QString& name);
QString hostStateName(HostState s);
std::optional<HostState> hostStateFromName(const QString& name);
bool isFinished(JobState s);
bool isFinished(HostState s);

// What a new job is asked to do.
struct JobSpec
{
    JobKind kind = JobKind::Command;
    QString target;      // as the operator named it
    QJsonObject options; // never a secret
    QString operatorName;
    std::optional<qint64> retryOf;
    qint64 outputCap = 8 * 1024 * 1024; // bytes kept per host
};

struct JobHostPlan
{
    QString machine;
    int batch = 0;
};

struct JobHost
{
    QString machine;
    int position = 0;
    int batch = 0;
    HostState state = HostState::Pending;
    QString step;
    std::optional<int> exitCode;
    QString error;
    std::optional<qint64> startedMs;
    std::optional<qint64> finishedMs;
    qint64 outputBytes = 0;
    qint64 outputCut = 0;
};

struct Job
{
    qint64 id = 0;
    JobKind kind = JobKind::Command;
    QString target;
    QJsonObject options;
    JobState state = JobState::Pending;
    QString operatorName;
    std::optional<qint64> retryOf;
    bool cancelRequested = false;
    std::optional<qint64> runnerPid;
    qint64 outputCap = 0;
    qint64 createdMs = 0;
    std::optional<qint64> startedMs;
    std::optional<qint64> finishedMs;
    int hostsTotal = 0;
    int hostsOk = 0;
    int hostsFailed = 0;
    QString pauseReason;  // why a paused job waits (a deploy gate's reason), else empty
    QList<JobHost> hosts; // filled by JobStore::get, empty in lists
};

struct JobFilter
{
    std::optional<JobState> state;
    int limit = 100;
};

struct OutputChunk
{
    QString machine;
    OutputStream stream = OutputStream::Stdout;
    qint64 atMs = 0;
    QByteArray data;
    qint64 dropped = 0; // bytes after `data` not carried (past the cap): counted as cut
};

} // namespace opsdeck
