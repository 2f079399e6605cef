#pragma once

#include "checks/CheckScheduler.h"
#include "db/Database.h"
#include "util/Result.h"

#include <QObject>
#include <atomic>
#include <memory>

class QThread;

namespace opsdeck {

class CheckServiceWorker;
class MetricStore;

// The checker of a running console: a CheckScheduler on a thread of its own (its probes,
// its SQL, an SshSourcePoller and a CurlMulti of that thread), writing each
// result's series to the metrics store. On a shared PostgreSQL database only one console
// runs the checks at a time: the one holding the session advisory lock kLeaderLock on its
// checker's connection (tried again every `leaderRetryMs`, so another console takes over
// when the holder quits or loses the server); the others see the results through the
// ChangeFeed. On a SQLite file the console is always the checker.
//
// Signals arrive on the thread that owns the service (queued).
class CheckService : public QObject
{
    Q_OBJECT
public:
    static constexpr qint64 kLeaderLock = 0x6f70736465636b; // "opsdeck"
    struct Options
    {
        CheckScheduler::Options scheduler;
        int leaderRetryMs = 10000;
        const Clock* clock = &Clock::system();
    };

    // `store` must outlive the service.
    CheckService(std::shared_ptr<Database> db, MetricStore& store, const Options& options,
                 QObject* parent = nullptr);
    ~CheckService() override;

    // Whether this console runs the checks now.
    bool isLeader() const { return m_leader.load(); }
    // How often it has asked for the checker's role (tests wait on it).
    int leaderAttempts() const { return m_attempts.load(); }

signals:
    void leaderChanged(bool leader);
    void probed(const opsdeck::CheckScheduler::Outcome& outcome);
    void alert(const opsdeck::AlertEvent& event, bool notify);
    void failed(const opsdeck::Error& error);
    // The lifecycle link (checks' `abnormal_after`): the abnormal transition offered to the
    // operator, or made (setting checks.auto_abnormal), for a machine whose check kept failing.
    void abnormalOffered(const QString& machine, const QString& check, const QString& reason);
    void abnormalMade(const QString& machine, const QString& check, const QString& reason);

private:
    friend class CheckServiceWorker;
    QThread* m_thread = nullptr;
    CheckServiceWorker* m_worker = nullptr;
    std::atomic<bool> m_leader{false};
    std::atomic<int> m_attempts{0};
};

} // namespace opsdeck
