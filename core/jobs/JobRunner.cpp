#include "jobs/JobRunner.h"

#include <QCoreApplication>
#include <QPointer>

namespace opsdeck {

using ssh::SshFailure;

namespace {

QString exitText(const ssh::SshStepResult& r)
{
    if (!r.exitSignal.isEmpty())
        return QCoreApplication::translate("JobRunner", "killed by signal %1").arg(r.exitSignal);
    return QCoreApplication::translate("JobRunner", "exit status %1").arg(r.exitStatus);
}

} // namespace

// One host in flight.
struct JobRunner::Running
{
    ssh::SshConnectionPtr connection;
    int step = -1;           // index into the steps being run
    bool recovering = false; // running onFailure steps
    quint64 stepId = 0;
    bool done = false;
    // The failure reported once the onFailure steps have run.
    int exitCode = -1;
    QString error;
    SshFailure failure = SshFailure::None;
    std::unique_ptr<QTimer> deadline;
};

JobRunner::JobRunner(JobStore& store, ssh::SshEngine& engine, const Clock& clock, QObject* parent)
    : QObject(parent), m_store(store), m_engine(engine), m_clock(clock)
{
    m_flush.setInterval(250);
    connect(&m_flush, &QTimer::timeout, this, &JobRunner::flushOutput);
    m_cancelPoll.setInterval(1000);
    connect(&m_cancelPoll, &QTimer::timeout, this, &JobRunner::checkRequests);
}

JobRunner::~JobRunner()
{
    for (const auto& r : std::as_const(m_running))
        if (r->connection)
            r->connection->disconnect(this);
    flushOutput();
}

Result<qint64> JobRunner::start(const JobSpec& spec, QList<HostWork> hosts, const Options& options)
{
    m_options = options;
    m_outputCap = spec.outputCap;
    m_hosts = std::move(hosts);
    QStringList names;
    for (const HostWork& h : std::as_const(m_hosts))
        names << h.target.displayName();
    const QList<JobHostPlan> plan = Rollout::plan(names, options.rollout);
    auto id = m_store.create(spec, plan, QCoreApplication::applicationPid(), m_clock.nowMs());
    if (!id.ok())
        return id.error();
    m_jobId = *id;
    if (Status s = m_store.setState(m_jobId, JobState::Running, m_clock.nowMs()); !s.ok())
        return s.error();
    m_rollout = std::make_unique<Rollout>(plan, options.rollout);
    m_flush.start();
    m_cancelPoll.start();
    QMetaObject::invokeMethod(this, &JobRunner::scheduleNext, Qt::QueuedConnection);
    return m_jobId;
}

void JobRunner::pause()
{
    if (!m_rollout || m_finished || m_rollout->paused())
        return;
    m_rollout->pause();
    record(m_store.setState(m_jobId, JobState::Paused, m_clock.nowMs()));
    emit pausedChanged(true);
}

void JobRunner::runGate(const BatchBoundary& boundary)
{
    m_gateRunning = true;
    const quint64 token = ++m_gateToken;
    const int batch = boundary.batch;
    QPointer<JobRunner> self(this);
    m_gate(batch, boundary.hosts, [self, token, batch](Status status) {
        if (self)
            QMetaObject::invokeMethod(
                self.data(), [self, token, batch, status] { self->onGate(token, batch, status); },
                Qt::QueuedConnection);
    });
}

void JobRunner::onGate(quint64 token, int batch, const Status& status)
{
    if (m_finished || token != m_gateToken || !m_gateRunning)
        return;
    m_gateRunning = false;
    if (m_rollout->cancelled()) {
        scheduleNext();
        return;
    }
    if (status.ok()) {
        m_gatedBatch = batch;
        emit gateChecked(batch, true, QString());
        scheduleNext();
        return;
    }
    // Held, not failed: the job waits, paused, with the reason for everyone to see.
    const QString reason = status.error().message;
    const bool wasPaused = m_rollout->paused();
    m_rollout->pause();
    record(m_store.setState(m_jobId, JobState::Paused, m_clock.nowMs(), reason));
    emit gateChecked(batch, false, reason);
    if (!wasPaused)
        emit pausedChanged(true);
}

void JobRunner::resume()
{
    if (!m_rollout || m_finished || !m_rollout->paused())
        return;
    m_rollout->resume();
    record(m_store.setState(m_jobId, JobState::Running, m_clock.nowMs())); // the pause reason goes
    emit pausedChanged(false);
    scheduleNext(); // at a boundary not let through yet, the gate is asked again
}

void JobRunner::cancel()
{
    if (!m_rollout || m_finished || m_rollout->cancelled())
        return;
    m_rollout->cancel(); // running hosts stop at their next step
    scheduleNext();
}

// What another process asked (`job cancel|pause|resume`), read every second.
void JobRunner::checkRequests()
{
    auto requests = m_store.runnerRequests(m_jobId);
    if (!requests.ok())
        return record(requests.error());
    if (requests->cancel)
        return cancel();
    if (requests->pause == JobStore::PauseRequest::None)
        return;
    record(m_store.clearPauseRequest(m_jobId, requests->pause));
    if (requests->pause == JobStore::PauseRequest::Pause)
        pause();
    else
        resume();
}

void JobRunner::scheduleNext()
{
    if (m_finished || !m_rollout)
        return;
    if (m_gate && !m_gateRunning && !m_rollout->paused())
        if (const auto b = m_rollout->boundary(); b && b->batch > m_gatedBatch)
            runGate(*b);
    if (!m_gateRunning)
        for (int index : m_rollout->next())
            startHost(index);
    if (m_rollout->done()) // a cancel while the gate runs ends here; its late answer is ignored
        finishJob();
}

void JobRunner::startHost(int index)
{
    const HostWork& work = m_hosts.at(index);
    const QString host = work.target.displayName();
    auto r = std::make_shared<Running>();
    m_running.insert(index, r);
    record(m_store.hostStep(m_jobId, host, QStringLiteral("connect"), m_clock.nowMs()));
    emit hostStep(host, QStringLiteral("connect"));
    r->connection = m_engine.open(work.target, m_options.ssh);
    ssh::SshConnection* c = r->connection.get();
    connect(c, &ssh::SshConnection::ready, this, [this, index] { runStep(index); });
    connect(c, &ssh::SshConnection::failed, this,
            [this, index](const ssh::SshError& e) { onConnectionFailed(index, e); });
    connect(c, &ssh::SshConnection::stepFinished, this,
            [this, index](quint64 step, const ssh::SshStepResult& result) {
                onStepFinished(index, step, result);
            });
    connect(
        c, &ssh::SshConnection::output, this, [this, host](quint64, ssh::SshStream s, const QByteArray& d) {
            keepOutput(host, s == ssh::SshStream::Stderr ? OutputStream::Stderr : OutputStream::Stdout, d);
            emit output(host, s, d);
        });
    connect(c, &ssh::SshConnection::uploadProgress, this,
            [this, host](quint64, qint64 sent, qint64 total) { emit uploadProgress(host, sent, total); });
    if (m_options.hostTimeoutS > 0) {
        r->deadline = std::make_unique<QTimer>();
        r->deadline->setSingleShot(true);
        connect(r->deadline.get(), &QTimer::timeout, this, [this, index] {
            const auto it = m_running.constFind(index);
            if (it != m_running.constEnd() && !(*it)->done)
                (*it)->connection->cancel(
                    ssh::SshError::make(SshFailure::Timeout,
                                        QCoreApplication::translate("JobRunner", "did not finish within %1 s")
                                            .arg(m_options.hostTimeoutS)));
        });
        r->deadline->start(m_options.hostTimeoutS * 1000);
    }
    c->start();
}

void JobRunner::runStep(int index)
{
    const auto it = m_running.constFind(index);
    if (it == m_running.constEnd() || (*it)->done)
        return;
    Running& r = **it;
    const HostWork& work = m_hosts.at(index);
    const QList<JobStep>& steps = r.recovering ? work.onFailure : work.steps;
    ++r.step;
    // A cancelled job stops its hosts between steps (never a rollback half-done).
    if (m_rollout->cancelled() && !r.recovering && r.step < steps.size()) {
        finishHost(
            index, HostState::Cancelled, -1,
            QCoreApplication::translate("JobRunner", "cancelled before step %1").arg(steps.at(r.step).name),
            SshFailure::Cancelled);
        return;
    }
    if (r.step >= steps.size()) {
        if (r.recovering)
            finishHost(index, HostState::Failed, r.exitCode, r.error, r.failure);
        else
            finishHost(index, HostState::Ok, 0, QString(), SshFailure::None);
        return;
    }
    const JobStep& step = steps.at(r.step);
    const QString host = work.target.displayName();
    record(m_store.hostStep(m_jobId, host, step.name, m_clock.nowMs()));
    emit hostStep(host, step.name);
    r.stepId = step.kind == JobStep::Kind::Exec
                   ? r.connection->exec(step.command)
                   : r.connection->upload(step.localPath, step.remotePath, step.mode, step.knownSha256);
}

void JobRunner::onStepFinished(int index, quint64 step, const ssh::SshStepResult& result)
{
    const auto it = m_running.constFind(index);
    if (it == m_running.constEnd() || (*it)->done || (*it)->stepId != step)
        return;
    Running& r = **it;
    if (result.ok()) {
        runStep(index);
        return;
    }
    const int exitCode = result.error.ok() ? result.exitStatus : -1;
    const QString error = result.error.ok() ? exitText(result) : result.error.error.message;
    const HostState state =
        result.error.kind == SshFailure::Cancelled ? HostState::Cancelled : HostState::Failed;
    // A failed step may be followed by the host's onFailure steps (not after a broken
    // connection, a cancel, or a failure during them).
    const bool canRecover = !r.recovering && state == HostState::Failed &&
                            !m_hosts.at(index).onFailure.isEmpty() &&
                            (result.error.ok() || result.error.kind == SshFailure::Verify ||
                             result.error.kind == SshFailure::Local);
    if (canRecover) {
        r.recovering = true;
        r.step = -1;
        r.exitCode = exitCode;
        r.error = error;
        r.failure = result.error.kind;
        runStep(index);
        return;
    }
    if (r.recovering)
        finishHost(index, HostState::Failed, r.exitCode,
                   QCoreApplication::translate("JobRunner", "%1; then %2 failed too: %3")
                       .arg(r.error, m_hosts.at(index).onFailure.at(r.step).name, error),
                   r.failure);
    else
        finishHost(index, state, exitCode, error, result.error.kind);
}

void JobRunner::onConnectionFailed(int index, const ssh::SshError& error)
{
    const auto it = m_running.constFind(index);
    if (it == m_running.constEnd() || (*it)->done)
        return;
    // Queued steps end with stepFinished first; a failure before any step is the connect's.
    if ((*it)->step < 0 && !(*it)->recovering)
        finishHost(index, error.kind == SshFailure::Cancelled ? HostState::Cancelled : HostState::Failed, -1,
                   error.error.message, error.kind);
}

void JobRunner::finishHost(int index, HostState state, int exitCode, const QString& error, SshFailure failure)
{
    const auto it = m_running.find(index);
    if (it == m_running.end() || (*it)->done)
        return;
    std::shared_ptr<Running> r = *it;
    r->done = true;
    m_running.erase(it);
    const QString host = m_hosts.at(index).target.displayName();
    flushOutput();
    record(m_store.hostFinished(m_jobId, host, state,
                                exitCode >= 0 ? std::optional<int>(exitCode) : std::nullopt, error,
                                m_clock.nowMs()));
    r->connection->disconnect(this);
    r->connection->close();
    m_rollout->finished(index, state == HostState::Ok);
    emit hostFinished(host, state, exitCode, error, failure);
    scheduleNext();
}

// Output waits for the next flush; past the host's cap only its size does, so a host
// that prints without end does not grow this process (JobStore counts it as cut).
void JobRunner::keepOutput(const QString& host, OutputStream stream, const QByteArray& data)
{
    qint64& seen = m_outputSeen[host];
    const qint64 keep = std::clamp<qint64>(m_outputCap - seen, 0, data.size());
    seen += data.size();
    const qint64 dropped = data.size() - keep;
    if (keep > 0)
        m_pendingOutput.append({host, stream, m_clock.nowMs(), data.left(keep), dropped});
    else if (!m_pendingOutput.isEmpty() && m_pendingOutput.last().machine == host &&
             m_pendingOutput.last().data.isEmpty())
        m_pendingOutput.last().dropped += dropped;
    else
        m_pendingOutput.append({host, stream, m_clock.nowMs(), {}, dropped});
}

void JobRunner::flushOutput()
{
    if (m_pendingOutput.isEmpty() || m_jobId == 0)
        return;
    QList<OutputChunk> chunks;
    chunks.swap(m_pendingOutput);
    record(m_store.appendOutput(m_jobId, chunks));
}

void JobRunner::finishJob()
{
    if (m_finished)
        return;
    m_finished = true;
    m_flush.stop();
    m_cancelPoll.stop();
    flushOutput();
    JobState state = JobState::Ok;
    QString reason;
    if (m_rollout->cancelled()) {
        state = JobState::Cancelled;
        reason = QCoreApplication::translate("JobRunner", "cancelled");
        record(m_store.hostsLeft(m_jobId, HostState::Cancelled));
    } else if (m_rollout->stopped()) {
        state = JobState::Failed;
        reason = m_rollout->stopReason(); // the hosts not reached stay pending
    } else if (m_rollout->failed() > 0) {
        state = JobState::Failed;
        reason = QCoreApplication::translate("JobRunner", "%1 of %2 hosts failed")
                     .arg(m_rollout->failed())
                     .arg(m_hosts.size());
    }
    record(m_store.setState(m_jobId, state, m_clock.nowMs()));
    emit finished(state, reason);
}

void JobRunner::record(const Status& s)
{
    if (!s.ok())
        emit recordFailed(s.error().message);
}

} // namespace opsdeck
