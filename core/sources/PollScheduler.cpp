#include "sources/PollScheduler.h"

#include "sources/PollSchedulerWorker.h"
#include "sources/PollStatusWriter.h"
#include "sources/SecretProvider.h"
#include "sources/SshSourcePoller.h"

#include <QLoggingCategory>
#include <algorithm>

Q_LOGGING_CATEGORY(lcPoll, "opsdeck.sources.poll")

namespace opsdeck {

PollScheduler::PollScheduler(std::shared_ptr<Database> db, SampleSink sink, const Clock& clock,
                             const Options& options, QObject* parent)
    : QObject(parent), m_db(std::move(db)), m_sink(std::move(sink)), m_clock(clock), m_options(options)
{
    qRegisterMetaType<opsdeck::PollOutcome>();
    qRegisterMetaType<opsdeck::TargetState>();
    m_thread.setObjectName(QStringLiteral("opsdeck-poller"));
    m_statusThread.setObjectName(QStringLiteral("opsdeck-pollstat"));
}

PollScheduler::~PollScheduler()
{
    stop();
}

void PollScheduler::start()
{
    if (m_worker)
        return;
    if (m_options.recordOutcomes) {
        m_writer = new PollStatusWriter(m_db, m_options.schedule.health);
        m_writer->moveToThread(&m_statusThread);
        connect(&m_statusThread, &QThread::finished, m_writer, &QObject::deleteLater);
        m_statusThread.start();
    }
    m_worker = new PollSchedulerWorker(m_db, m_sink, m_clock, m_options, m_writer);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &PollSchedulerWorker::targetStateChanged, this, &PollScheduler::targetStateChanged);
    connect(m_worker, &PollSchedulerWorker::polled, this, &PollScheduler::polled);
    connect(m_worker, &PollSchedulerWorker::sourcesLoaded, this, &PollScheduler::sourcesLoaded);
    connect(m_worker, &PollSchedulerWorker::reloaded, this, &PollScheduler::onReloaded);
    if (m_writer)
        connect(m_writer, &PollStatusWriter::recorded, this, &PollScheduler::onRecorded);
    m_thread.start();
    QMetaObject::invokeMethod(m_worker, &PollSchedulerWorker::begin, Qt::QueuedConnection);
}

void PollScheduler::stop()
{
    if (!m_worker)
        return;
    QMetaObject::invokeMethod(m_worker, &PollSchedulerWorker::finish, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    m_worker = nullptr; // deleted by the thread's finished()
    if (m_writer) {
        // Let the writer finish the batches it was sent, then stop its thread.
        QMetaObject::invokeMethod(
            m_writer, [] {}, Qt::BlockingQueuedConnection);
        m_statusThread.quit();
        m_statusThread.wait();
        m_writer = nullptr;
    }
}

void PollScheduler::reload()
{
    if (m_worker)
        QMetaObject::invokeMethod(m_worker, &PollSchedulerWorker::reload, Qt::QueuedConnection);
}

std::optional<FailureRecord> PollScheduler::lastFailure() const
{
    return FailureTracker::latest({&m_reloadFailures, &m_recordFailures});
}

QHash<qint64, QString> PollScheduler::skippedSources() const
{
    QMutexLocker lock(&m_problemsMutex);
    return m_skipped;
}

void PollScheduler::onReloaded(const QHash<qint64, QString>& skipped, const QString& error)
{
    {
        QMutexLocker lock(&m_problemsMutex);
        m_skipped = skipped;
    }
    QString problem = error;
    if (problem.isEmpty() && !skipped.isEmpty()) {
        const qint64 first = *std::min_element(skipped.keyBegin(), skipped.keyEnd());
        problem = tr("%n source(s) skipped; source %1: %2", nullptr, int(skipped.size()))
                      .arg(first)
                      .arg(skipped.value(first));
    }
    note(m_reloadFailures, problem);
}

void PollScheduler::onRecorded(const QString& error)
{
    note(m_recordFailures, error);
}

void PollScheduler::note(FailureTracker& tracker, const QString& error)
{
    if (!error.isEmpty()) {
        const FailureRecord run = tracker.fail(Error::failure(error), m_clock.nowMs());
        emit failed(error, run.failures);
    } else if (tracker.succeed() && !lastFailure()) {
        emit recovered();
    }
}

PollSchedulerWorker::PollSchedulerWorker(std::shared_ptr<Database> db, SampleSink sink, const Clock& clock,
                                         const PollScheduler::Options& options, PollStatusWriter* writer)
    : m_db(db), m_repo(db), m_sink(std::move(sink)), m_clock(clock), m_options(options),
      m_schedule(options.schedule), m_writer(writer)
{}

PollSchedulerWorker::~PollSchedulerWorker() = default;

void PollSchedulerWorker::begin()
{
    m_secrets = new KeychainSecretProvider(this);
    PollExecutor::Options eo;
    eo.maxBytes = m_options.maxBytes;
    m_executor = new PollExecutor(m_sink, m_secrets, m_clock, eo, this);
    SshSourcePoller::Options so;
    so.maxBytes = m_options.maxBytes;
    m_ssh = new SshSourcePoller(nullptr, SshSourcePoller::inventoryResolver(m_db), so, this);
    m_executor->setSshPoller(m_ssh);
    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
    m_timer->setTimerType(Qt::PreciseTimer);
    connect(m_timer, &QTimer::timeout, this, &PollSchedulerWorker::tick);
    m_reloadTimer = new QTimer(this);
    connect(m_reloadTimer, &QTimer::timeout, this, &PollSchedulerWorker::reload);
    m_reloadTimer->start(std::max(1, m_options.reloadSecs) * 1000);
    m_stateTimer = new QTimer(this);
    connect(m_stateTimer, &QTimer::timeout, this, &PollSchedulerWorker::publishStates);
    m_stateTimer->start(1000);
    reload();
}

void PollSchedulerWorker::finish()
{
    sendOutcomes();
    m_stopping = true;
    if (m_timer)
        m_timer->stop();
    if (m_reloadTimer)
        m_reloadTimer->stop();
    if (m_stateTimer)
        m_stateTimer->stop();
    // Secrets first (their jobs call into the executor), then the executor, which drops
    // the requests in flight without calling back.
    delete m_secrets;
    m_secrets = nullptr;
    delete m_ssh; // its connections close; polls in flight never call back
    m_ssh = nullptr;
    if (m_executor)
        m_executor->setSshPoller(nullptr);
    delete m_executor;
    m_executor = nullptr;
}

void PollSchedulerWorker::reload()
{
    if (m_stopping)
        return;
    auto sources = m_repo.list();
    if (!sources.ok()) {
        emit reloaded({}, tr("cannot read the sources: %1").arg(sources.error().message));
        return;
    }
    QHash<qint64, QString> skipped;
    auto known = m_repo.statuses();
    QHash<QString, TargetStatus> previous;
    if (known.ok())
        for (const TargetStatus& t : *known)
            previous.insert(QString::number(t.sourceId) + QLatin1Char('\x1f') + t.machine, t);
    m_sources.clear();
    m_targetCache.clear();
    QList<PollSchedule::Key> keys;
    const qint64 now = m_clock.nowMs();
    for (const Source& s : *sources) {
        if (!s.enabled)
            continue;
        auto targets = m_repo.targets(s);
        if (!targets.ok()) {
            skipped.insert(s.id, targets.error().message);
            continue;
        }
        m_sources.insert(s.id, s);
        for (const PollTarget& t : *targets) {
            const PollSchedule::Key key{s.id, t.machine};
            const TargetStatus before =
                previous.value(QString::number(s.id) + QLatin1Char('\x1f') + t.machine, TargetStatus{});
            m_schedule.upsert(key, s.intervalSecs, now, before.lastOk, before.consecutiveFailures);
            m_targetCache.insert(QString::number(s.id) + QLatin1Char('\x1f') + t.machine, t);
            keys << key;
        }
    }
    m_schedule.retainOnly(keys);
    emit reloaded(skipped, {});
    emit sourcesLoaded(int(keys.size()));
    tick();
}

void PollSchedulerWorker::tick()
{
    if (m_stopping || !m_executor)
        return;
    const int room = m_options.concurrency - m_schedule.inFlight();
    if (room > 0) {
        const QList<PollSchedule::Key> due = m_schedule.takeDue(m_clock.nowMs(), room);
        for (const PollSchedule::Key& key : due) {
            const auto source = m_sources.constFind(key.sourceId);
            const auto target =
                m_targetCache.constFind(QString::number(key.sourceId) + QLatin1Char('\x1f') + key.machine);
            if (source == m_sources.cend() || target == m_targetCache.cend()) {
                m_schedule.remove(key);
                continue;
            }
            m_executor->poll(*source, *target, [this](PollOutcome outcome) { onPolled(outcome); });
        }
    }
    armTimer();
}

void PollSchedulerWorker::armTimer()
{
    if (m_stopping)
        return;
    if (m_schedule.inFlight() >= m_options.concurrency) {
        m_timer->stop(); // the next finished poll ticks
        return;
    }
    const auto next = m_schedule.nextDueMs();
    qint64 wait = 1000;
    if (next)
        wait = std::clamp<qint64>(*next - m_clock.nowMs(), 0, 1000);
    m_timer->start(int(wait));
}

void PollSchedulerWorker::onPolled(const PollOutcome& outcome)
{
    if (m_stopping)
        return;
    const PollSchedule::Key key{outcome.target.sourceId, outcome.target.machine};
    m_schedule.finished(key, outcome.ok, m_clock.nowMs());
    if (m_writer)
        m_pending << outcome;
    emit polled(outcome);
    if (!m_timer->isActive() || m_timer->remainingTime() > 0)
        tick();
}

void PollSchedulerWorker::sendOutcomes(const QList<SourceRepository::StateUpdate>& states)
{
    if (!m_writer || (m_pending.isEmpty() && states.isEmpty()))
        return;
    QMetaObject::invokeMethod(
        m_writer, [writer = m_writer, batch = std::move(m_pending), states] { writer->write(batch, states); },
        Qt::QueuedConnection);
    m_pending.clear();
}

void PollSchedulerWorker::publishStates()
{
    if (m_stopping)
        return;
    // A change an outcome caused is stored with that outcome; only a change that time
    // alone caused (ok -> stale after silence) needs its own update. A target's first
    // state (from nothing) is what the database already holds or will get with its first
    // outcome.
    QList<SourceRepository::StateUpdate> updates;
    for (const PollSchedule::StateChange& c : m_schedule.evaluate(m_clock.nowMs())) {
        if (c.from && c.to == TargetState::Stale)
            updates << SourceRepository::StateUpdate{c.key.sourceId, c.key.machine, c.to};
        emit targetStateChanged(c.key.sourceId, c.key.machine, c.to);
    }
    sendOutcomes(updates); // outcomes first, then the updates, in one transaction
}

} // namespace opsdeck
