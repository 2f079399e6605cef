#pragma once

#include "jobs/JobStore.h"
#include "jobs/Rollout.h"
#include "ssh/SshConnection.h"
#include "ssh/SshEngine.h"
#include "util/Clock.h"

#include <QObject>
#include <QTimer>
#include <functional>
#include <memory>

namespace opsdeck {

// One step of a host's work: a command, or an upload checked by its sha256.
struct JobStep
{
    enum class Kind
    {
        Exec,
        Upload
    };
    Kind kind = Kind::Exec;
    QString name;    // what the history and the progress view call it: "command", "install", ...
    QString command; // Exec
    QString localPath, remotePath; // Upload
    int mode = 0644;
    QByteArray knownSha256; // Upload: the file's digest, computed once for every host
};

// What one host of a job does: its steps in order, and what to run when one fails
// (a deploy's rollback), on the same connection.
struct HostWork
{
    ssh::SshTarget target; // label = the job host's name (machine, or machine:port)
    QList<JobStep> steps;
    QList<JobStep> onFailure;
};

// Runs a job: hosts in the Rollout's order over SSH (one connection per host for all its
// steps), everything recorded in the JobStore as it happens — each step with its timing,
// the output (flushed every 250 ms in one transaction, capped per host), exit codes and
// errors. Lives on the thread that created it (the CLI's main thread, a worker thread in
// the window); signals are for the progress view and the CLI's live lines.
//
// A cancelled job stops each host at its next step (a step is never cut in half unless
// it runs past the host timeout); a job cancelled, paused or resumed from another
// process (`job cancel|pause|resume`) is noticed within a second. A failed host may run its onFailure steps
// (rollback).
class JobRunner : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        RolloutOptions rollout;
        ssh::SshOptions ssh;
        int hostTimeoutS = 0; // 0: none; a host that takes longer is cancelled with Timeout
    };

    // The deploy gate (issue 11, part 5): asked after each batch but the last, before the
    // next one starts, with the batch that ended and its hosts; answers once through
    // `done` (on this runner's thread, now or later). An error pauses the rollout with
    // its message as the job's pause reason; resume() asks the gate again.
    using BatchGate =
        std::function<void(int batch, const QStringList& hosts, std::function<void(Status)> done)>;

    JobRunner(JobStore& store, ssh::SshEngine& engine, const Clock& clock = Clock::system(),
              QObject* parent = nullptr);
    ~JobRunner() override;

    // Before start(). None: batches follow each other at once.
    void setBatchGate(BatchGate gate) { m_gate = std::move(gate); }

    // Records the job (hosts pending, in rollout order) and starts it; finished() follows.
    Result<qint64> start(const JobSpec& spec, QList<HostWork> hosts, const Options& options);

    qint64 jobId() const { return m_jobId; }
    void pause();
    void resume();
    void cancel();

signals:
    void hostStep(const QString& host, const QString& step);
    void output(const QString& host, opsdeck::ssh::SshStream stream, const QByteArray& data);
    void uploadProgress(const QString& host, qint64 sent, qint64 total);
    // exitCode -1 when the host never got an exit status (connection, key, timeout...).
    void hostFinished(const QString& host, opsdeck::HostState state, int exitCode, const QString& error,
                      opsdeck::ssh::SshFailure failure);
    void finished(opsdeck::JobState state, const QString& reason);
    // pause() held new starts (true) or resume() let them go on (false).
    void pausedChanged(bool paused);
    // The gate answered after `batch`: passed, or not with the reason the job paused for.
    void gateChecked(int batch, bool passed, const QString& reason);
    // Writing the history failed; the job goes on, the caller shows it.
    void recordFailed(const QString& message);

private:
    struct Running;

    void scheduleNext();
    void runGate(const BatchBoundary& boundary);
    void onGate(quint64 token, int batch, const Status& status);
    void startHost(int index);
    void runStep(int index);
    void onStepFinished(int index, quint64 step, const ssh::SshStepResult& result);
    void onConnectionFailed(int index, const ssh::SshError& error);
    void finishHost(int index, HostState state, int exitCode, const QString& error, ssh::SshFailure failure);
    void flushOutput();
    void checkRequests();
    void finishJob();
    void record(const Status& s);
    void keepOutput(const QString& host, OutputStream stream, const QByteArray& data);

    JobStore& m_store;
    ssh::SshEngine& m_engine;
    const Clock& m_clock;
    Options m_options;
    qint64 m_jobId = 0;
    QList<HostWork> m_hosts;
    std::unique_ptr<Rollout> m_rollout;
    QHash<int, std::shared_ptr<Running>> m_running;
    QList<OutputChunk> m_pendingOutput;
    qint64 m_outputCap = 0;
    QHash<QString, qint64> m_outputSeen; // bytes each host sent so far: past the cap only counted
    QTimer m_flush;
    QTimer m_cancelPoll;
    bool m_finished = false;
    BatchGate m_gate;
    bool m_gateRunning = false;
    quint64 m_gateToken = 0; // an answer for an older ask (or after the end) is ignored
    int m_gatedBatch = -1;   // the last batch the gate let through
};

} // namespace opsdeck
