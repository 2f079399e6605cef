#pragma once

#include "db/Database.h"
#include "sources/PollExecutor.h"
#include "sources/PollOutcome.h"
#include "sources/PollSchedule.h"
#include "util/Clock.h"
#include "util/FailureTracker.h"

#include <QHash>
#include <QMutex>
#include <QObject>
#include <QThread>
#include <memory>

namespace opsdeck {

class PollSchedulerWorker;
class PollStatusWriter;

// Polls every enabled source's targets on their intervals, on a thread of its own:
// at most `concurrency` requests at once, first polls spread over the interval,
// failing targets backed off, outcomes recorded in `source_targets` once a second from
// a second thread (a database busy with a metrics flush never stalls polling), and each
// status change (ok / stale / down) signalled. The GUI thread only gets signals.
class PollScheduler : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        int concurrency = 64;
        PollSchedule::Options schedule;
        int reloadSecs = 60; // how often the sources are re-read (also on reload())
        qint64 maxBytes = 16 * 1024 * 1024;
        bool recordOutcomes = true; // write source_targets rows
    };

    PollScheduler(std::shared_ptr<Database> db, SampleSink sink, const Clock& clock, const Options& options,
                  QObject* parent = nullptr);
    ~PollScheduler() override;

    void start();
    void stop(); // waits for the thread; requests in flight are dropped
    bool isRunning() const { return m_thread.isRunning(); }

    // Re-reads the sources now (after one was added, changed or removed). Any thread.
    void reload();

    // What the poller cannot do right now: read the sources, resolve a source's targets
    // (that source is skipped until a reload resolves them) or record outcomes. None once
    // the same work succeeds again. Any thread.
    std::optional<FailureRecord> lastFailure() const;
    // Sources skipped at the last reload, with the reason.
    QHash<qint64, QString> skippedSources() const;

signals:
    // Something above failed; `failures` counts the failures since the last success.
    void failed(const QString& message, int failures);
    void recovered();
    void targetStateChanged(qint64 sourceId, const QString& machine, opsdeck::TargetState state);
    void polled(const opsdeck::PollOutcome& outcome);
    void sourcesLoaded(int targets);

private:
    void onReloaded(const QHash<qint64, QString>& skipped, const QString& error);
    void onRecorded(const QString& error);
    void note(FailureTracker& tracker, const QString& error);

    mutable QMutex m_problemsMutex;
    QHash<qint64, QString> m_skipped; // guarded by m_problemsMutex
    FailureTracker m_reloadFailures;
    FailureTracker m_recordFailures;
    std::shared_ptr<Database> m_db;
    SampleSink m_sink;
    const Clock& m_clock;
    Options m_options;
    QThread m_thread;       // polling
    QThread m_statusThread; // writing source_targets
    PollSchedulerWorker* m_worker = nullptr;
    PollStatusWriter* m_writer = nullptr;
};

} // namespace opsdeck

Q_DECLARE_METATYPE(opsdeck::PollOutcome)
Q_DECLARE_METATYPE(opsdeck::TargetState)
