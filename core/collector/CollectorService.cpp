#include "collector/CollectorService.h"

#include "collector/MachineMetaWriter.h"
#include "collector/PluginConfig.h"
#include "collector/PluginRunner.h"
#include "metrics/MetricStore.h"

#include <QLoggingCategory>
#include <QThread>
#include <QTimer>

namespace opsdeck {

namespace {

Q_LOGGING_CATEGORY(lcCollector, "opsdeck.collector")

} // namespace

CollectorService::CollectorService(std::shared_ptr<Database> db, MetricStore* store, const Clock& clock,
                                   LocalCollector collector, QObject* parent)
    : QObject(parent), m_db(std::move(db)), m_store(store), m_clock(clock), m_collector(std::move(collector)),
      m_pluginDir(defaultPluginDir())
{}

CollectorService::~CollectorService()
{
    stop();
}

void CollectorService::setIntervalMs(int ms)
{
    m_intervalMs = std::max(ms, 100);
}

void CollectorService::start()
{
    if (m_thread)
        return;
    m_thread = new QThread;
    m_thread->setObjectName(QStringLiteral("opsdeck-collector"));
    m_timer = new QTimer;
    m_timer->setInterval(m_intervalMs);
    m_timer->moveToThread(m_thread);
    // Both run on the collector thread: the timer is its object.
    connect(m_timer, &QTimer::timeout, m_timer, [this] { report(runPass(false)); });
    connect(m_thread, &QThread::started, m_timer, [this] {
        m_timer->start();
        report(runPass(false));
    });
    connect(m_thread, &QThread::finished, m_timer, &QObject::deleteLater);
    m_thread->start(QThread::LowPriority);
    {
        QMutexLocker lock(&m_stateMutex);
        if (m_state == State::Idle)
            m_state = State::Running;
    }
    qCInfo(lcCollector) << "collector started, every" << m_intervalMs << "ms, machine"
                        << m_collector.machine();
    emit stateChanged();
}

void CollectorService::stop()
{
    if (!m_thread)
        return;
    m_thread->quit();
    m_thread->wait(); // the timer goes with the thread (finished -> deleteLater)
    delete m_thread;
    m_thread = nullptr;
    m_timer = nullptr;
    {
        QMutexLocker lock(&m_stateMutex);
        m_state = State::Idle;
    }
    emit stateChanged();
}

Result<CollectorPass> CollectorService::collectOnce()
{
    Result<CollectorPass> result = runPass(true);
    report(result);
    return result;
}

Result<CollectorPass> CollectorService::runPass(bool flush)
{
    QMutexLocker lock(&m_passMutex);
    Result<CollectorPass> pass = m_collector.collect(m_clock);
    if (!pass.ok())
        return pass.error();
    for (const CollectorFact& w : pass->warnings)
        qCDebug(lcCollector) << "part" << w.key << "not read:" << w.value;
    runPlugins(*pass);
    SampleBatch samples = pass->samples;
    QList<CollectorFact> meta = pass->meta;
    for (const PluginPass& p : pass->plugins) {
        samples += p.samples;
        for (const CollectorFact& m : p.meta)
            meta.append({p.name + QLatin1Char('.') + m.key, m.value});
    }
    if (m_store) {
        if (Status st = m_store->append(samples); !st.ok())
            return Error::failure(tr("cannot store the local samples: %1").arg(st.error().message));
        if (flush) {
            if (Status st = m_store->flush(); !st.ok())
                return Error::failure(tr("cannot store the local samples: %1").arg(st.error().message));
        }
    }
    if (m_db) {
        const auto written = MachineMetaWriter(*m_db).write(pass->machine, meta, pass->timestamp);
        if (!written.ok())
            return Error::failure(
                tr("cannot store the local machine's meta: %1").arg(written.error().message));
    }
    return pass;
}

void CollectorService::runPlugins(CollectorPass& pass) const
{
    if (m_pluginDir.isEmpty())
        return;
    const PluginConfig config = loadPluginDir(m_pluginDir);
    pass.plugins = PluginRunner(pass.machine).run(config.plugins, pass.timestamp);
    PluginRunner::addConfigWarnings(pass.plugins, config.warnings);
}

void CollectorService::report(const Result<CollectorPass>& result)
{
    // From the collector thread, hand the outcome to the service's own thread.
    if (QThread::currentThread() != thread()) {
        const bool ok = result.ok();
        const qint64 ts = ok ? result->timestamp : 0;
        const int samples = ok ? result->sampleCount() : 0;
        const QString error = ok ? QString() : result.error().message;
        const QStringList warnings = ok ? PluginRunner::warningLines(result->plugins) : QStringList();
        QMetaObject::invokeMethod(
            this,
            [this, ok, ts, samples, error, warnings] {
                if (ok) {
                    setState(State::Running, ts, {}, warnings);
                    emit passFinished(ts, samples);
                } else {
                    setState(State::Error, -1, error);
                    emit passFailed(error);
                }
            },
            Qt::QueuedConnection);
        if (!ok)
            qCWarning(lcCollector) << "collector pass failed:" << error;
        return;
    }
    if (result.ok()) {
        setState(m_thread ? State::Running : State::Idle, result->timestamp, {},
                 PluginRunner::warningLines(result->plugins));
        emit passFinished(result->timestamp, result->sampleCount());
    } else {
        qCWarning(lcCollector) << "collector pass failed:" << result.error().message;
        setState(State::Error, -1, result.error().message);
        emit passFailed(result.error().message);
    }
}

void CollectorService::setState(State state, qint64 lastPass, const QString& error,
                                const QStringList& warnings)
{
    bool changed = false;
    {
        QMutexLocker lock(&m_stateMutex);
        if (!m_thread && state == State::Running)
            state = State::Idle; // a pass reported after stop()
        changed = m_state != state || m_lastError != error || (lastPass >= 0 && m_lastWarnings != warnings);
        m_state = state;
        if (lastPass >= 0)
            m_lastWarnings = warnings;
        if (lastPass >= 0)
            m_lastPass = lastPass;
        m_lastError = error;
    }
    if (changed)
        emit stateChanged();
}

CollectorService::State CollectorService::state() const
{
    QMutexLocker lock(&m_stateMutex);
    return m_state;
}

qint64 CollectorService::lastPassTime() const
{
    QMutexLocker lock(&m_stateMutex);
    return m_lastPass;
}

QString CollectorService::lastError() const
{
    QMutexLocker lock(&m_stateMutex);
    return m_lastError;
}

QStringList CollectorService::lastWarnings() const
{
    QMutexLocker lock(&m_stateMutex);
    return m_lastWarnings;
}

} // namespace opsdeck
