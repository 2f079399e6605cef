#pragma once

#include "sources/PollScheduler.h"
#include "sources/SourceRepository.h"

#include <QHash>
#include <QTimer>

namespace opsdeck {

class KeychainSecretProvider;
class PollStatusWriter;
class SshSourcePoller;

// PollScheduler's half that lives on the polling thread.
class PollSchedulerWorker : public QObject
{
    Q_OBJECT
public:
    // `writer` (may be null) lives on another thread and gets outcomes in batches.
    PollSchedulerWorker(std::shared_ptr<Database> db, SampleSink sink, const Clock& clock,
                        const PollScheduler::Options& options, PollStatusWriter* writer);
    ~PollSchedulerWorker() override;

public slots:
    void begin(); // on the worker thread: builds the network objects, loads sources
    void reload();
    void finish(); // on the worker thread: stops timers, drops everything

signals:
    void targetStateChanged(qint64 sourceId, const QString& machine, opsdeck::TargetState state);
    void polled(const opsdeck::PollOutcome& outcome);
    void sourcesLoaded(int targets);
    // After each reload: the sources skipped (id -> reason) and, when the sources could
    // not be read at all, why (else empty).
    void reloaded(const QHash<qint64, QString>& skipped, const QString& error);

private:
    void tick();
    void armTimer();
    void onPolled(const PollOutcome& outcome);
    void publishStates();
    void sendOutcomes(const QList<SourceRepository::StateUpdate>& states = {});

    std::shared_ptr<Database> m_db;
    SourceRepository m_repo;
    SampleSink m_sink;
    const Clock& m_clock;
    PollScheduler::Options m_options;
    PollSchedule m_schedule;
    QHash<qint64, Source> m_sources;
    QHash<QString, PollTarget> m_targetCache; // "source\x1fmachine" -> target
    KeychainSecretProvider* m_secrets = nullptr;
    PollExecutor* m_executor = nullptr;
    SshSourcePoller* m_ssh = nullptr; // ssh sources' open connections
    QTimer* m_timer = nullptr;
    QTimer* m_reloadTimer = nullptr;
    QTimer* m_stateTimer = nullptr;
    PollStatusWriter* m_writer = nullptr;
    QList<PollOutcome> m_pending; // outcomes not yet handed to the writer
    bool m_stopping = false;
};

} // namespace opsdeck
