#pragma once

#include "db/Database.h"
#include "jobs/JobRunner.h"
#include "ssh/CredentialProvider.h"

#include <QObject>
#include <QThread>
#include <functional>
#include <memory>

namespace opsdeck {

class MetricStore;

// A job started from the window: its JobRunner (with its JobStore and SSH engine) lives
// on a worker thread of its own, so the history's SQL writes never run on the GUI
// thread. The runner's signals come back here queued and are repeated; pause, resume
// and cancel are posted to the worker. Lives on the GUI thread; deleting it cancels a
// job still running and waits for the worker to end.
class JobSession : public QObject
{
    Q_OBJECT
public:
    // `credentials` answers SSH passphrases and passwords (the window's SecretPrompt);
    // null: the agent and keys without a passphrase only.
    explicit JobSession(std::shared_ptr<Database> db, QObject* parent = nullptr,
                        std::shared_ptr<ssh::CredentialProvider> credentials = {});
    ~JobSession() override;

    // The deploy gate (issue 11, part 5), set before start(): after each batch the runner
    // runs these checks (CheckGate, with probes of the worker thread's own) and pauses
    // when one fails; the gate is asked again every retrySecs until it passes, and
    // gateChecked() says each answer. `metrics` (for metric checks) outlives the session.
    struct Gate
    {
        QStringList checks;
        int retrySecs = 30;
        const MetricStore* metrics = nullptr;
    };
    void setGate(Gate gate) { m_gate = std::move(gate); }

    // Records and starts the job on the worker; started() or startFailed() follows.
    void start(const JobSpec& spec, const QList<HostWork>& hosts, const JobRunner::Options& options);
    qint64 jobId() const { return m_jobId; }
    bool isRunning() const { return m_running; }

    void pause();
    void resume();
    void cancel();

signals:
    void started(qint64 jobId);
    void startFailed(const QString& message);
    void hostStep(const QString& host, const QString& step);
    void output(const QString& host, opsdeck::ssh::SshStream stream, const QByteArray& data);
    void uploadProgress(const QString& host, qint64 sent, qint64 total);
    void hostFinished(const QString& host, opsdeck::HostState state, int exitCode, const QString& error,
                      opsdeck::ssh::SshFailure failure);
    void finished(opsdeck::JobState state, const QString& reason);
    void pausedChanged(bool paused); // the runner held or let go new starts
    void gateChecked(int batch, bool passed, const QString& reason);
    void recordFailed(const QString& message);

private:
    struct Worker;
    // Runs `call` on the worker's runner, if there is one yet.
    void post(std::function<void(JobRunner&)> call);

    std::shared_ptr<Database> m_db;
    std::shared_ptr<ssh::CredentialProvider> m_credentials;
    Gate m_gate;
    QThread m_thread;
    QObject* m_context = nullptr; // lives on m_thread
    Worker* m_worker = nullptr;   // touched only on m_thread
    qint64 m_jobId = 0;
    bool m_running = false;
};

} // namespace opsdeck
