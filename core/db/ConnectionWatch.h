#pragma once

#include "db/Database.h"
#include "util/Clock.h"

#include <QObject>
#include <QString>
#include <QThread>
#include <QTimer>
#include <memory>

namespace opsdeck {

// How long to wait before the `attempt`-th try to reach a lost server (1-based):
// firstMs, doubling each time, never more than maxMs.
int reconnectDelayMs(int attempt, int firstMs, int maxMs);

class ConnectionPing;

// Watches a shared database's server for the window. Every `intervalMs` it pings the
// server (Database::ping) on a thread of its own, never the caller's. When a ping fails
// it says so once (lost()) and tries again after 1 s, 2 s, 4 s ... up to 30 s
// (retrying() after each failed try); when the server answers again, every thread's
// connection is opened again (Database::reconnectAll) and restored() follows. For a
// SQLite file it never starts: there is no server to lose.
// Lives on the thread that made it; its signals arrive there.
class ConnectionWatch : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        int intervalMs = 5000;
        int firstRetryMs = 1000;
        int maxRetryMs = 30000;
    };

    ConnectionWatch(std::shared_ptr<Database> db, const Clock& clock, const Options& options,
                    QObject* parent = nullptr);
    ConnectionWatch(std::shared_ptr<Database> db, QObject* parent = nullptr)
        : ConnectionWatch(std::move(db), Clock::system(), Options{}, parent)
    {}
    ~ConnectionWatch() override;

    // Starts watching (a no-op for a database without a server).
    void start();
    bool isWatching() const { return m_thread.isRunning(); }

    bool isConnected() const { return m_lostSinceMs < 0; }
    // While lost: since when (clock ms), why, how many tries failed, when the next is due.
    qint64 lostSinceMs() const { return m_lostSinceMs; }
    QString lostReason() const { return m_reason; }
    int failedAttempts() const { return m_attempts; }
    qint64 nextAttemptMs() const { return m_nextAttemptMs; }

public slots:
    // Pings now rather than at the next tick (a write just failed; the user asked).
    void checkNow();

signals:
    void lost(const QString& reason);
    void retrying(int failedAttempts, int nextDelayMs, const QString& reason);
    void restored();

private:
    void pinged(bool ok, const QString& reason);
    void schedule(int delayMs);

    std::shared_ptr<Database> m_db;
    const Clock& m_clock;
    Options m_options;
    QThread m_thread;
    ConnectionPing* m_ping = nullptr; // lives on m_thread
    QTimer m_timer;
    bool m_inFlight = false;
    qint64 m_lostSinceMs = -1;
    qint64 m_nextAttemptMs = -1;
    int m_attempts = 0;
    QString m_reason;
};

} // namespace opsdeck
