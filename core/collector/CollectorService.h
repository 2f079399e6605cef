#pragma once

#include "collector/LocalCollector.h"
#include "db/Database.h"
#include "util/Clock.h"
#include "util/Result.h"

#include <QMutex>
#include <QObject>
#include <QStringList>
#include <memory>

class QThread;
class QTimer;

namespace opsdeck {

class MetricStore;

// Runs the local collector every interval (10 s by default) on a thread of its own,
// never the GUI thread: each pass's samples go to the MetricStore, its meta into
// machine_meta of the machine row with the collector's machine name (when that row
// exists). State, last pass time and last error can be read from any thread; the
// signals come on the thread the service lives in.
class CollectorService : public QObject
{
    Q_OBJECT
public:
    enum class State
    {
        Idle,    // not started
        Running, // started; the last pass (if any yet) went well
        Error,   // the last pass failed (lastError() says why)
    };
    Q_ENUM(State)

    static constexpr int defaultIntervalMs = 10000;

    // `db` (for machine_meta) may be null, `store` too (then samples are not kept);
    // both, and `clock`, must outlive the service.
    CollectorService(std::shared_ptr<Database> db, MetricStore* store, const Clock& clock,
                     LocalCollector collector = LocalCollector(), QObject* parent = nullptr);
    ~CollectorService() override; // stops and joins the thread

    void setIntervalMs(int ms); // takes effect at the next start(); at least 100 ms
    int intervalMs() const { return m_intervalMs; }

    // Where the conf.d plugins are read from, again at every pass (defaultPluginDir()
    // unless set; empty: no plugins). Set it before start().
    void setPluginDir(const QString& dir) { m_pluginDir = dir; }
    const QString& pluginDir() const { return m_pluginDir; }

    // Starts the thread; the first pass runs at once, then one every interval.
    void start();
    // Stops the timer and joins the thread (a pass under way is finished first).
    void stop();
    bool isStarted() const { return m_thread != nullptr; }

    // One pass now, on the calling thread (the CLI's `collect --once`); the samples are
    // flushed to the database before it returns. Not run at the same time as a
    // periodic pass.
    Result<CollectorPass> collectOnce();

    State state() const;
    qint64 lastPassTime() const; // epoch seconds of the last good pass; 0: none yet
    QString lastError() const;
    // The last pass's plugin warnings, "<plugin>.warn.<what>: message" (a pass with
    // plugin warnings still counts as a good pass).
    QStringList lastWarnings() const;
    const LocalCollector& collector() const { return m_collector; }

signals:
    void passFinished(qint64 timestamp, int samples);
    void passFailed(const QString& error);
    void stateChanged();

private:
    Result<CollectorPass> runPass(bool flush);
    void report(const Result<CollectorPass>& result);
    void setState(State state, qint64 lastPass, const QString& error, const QStringList& warnings = {});
    void runPlugins(CollectorPass& pass) const;

    std::shared_ptr<Database> m_db;
    MetricStore* m_store;
    const Clock& m_clock;
    LocalCollector m_collector;
    int m_intervalMs = defaultIntervalMs;
    QString m_pluginDir;

    QThread* m_thread = nullptr;
    QTimer* m_timer = nullptr; // lives in m_thread

    QMutex m_passMutex; // one pass at a time
    mutable QMutex m_stateMutex;
    State m_state = State::Idle;
    qint64 m_lastPass = 0;
    QString m_lastError;
    QStringList m_lastWarnings;
};

} // namespace opsdeck
