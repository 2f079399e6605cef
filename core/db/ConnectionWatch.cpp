#include "db/ConnectionWatch.h"

#include <algorithm>

namespace opsdeck {

int reconnectDelayMs(int attempt, int firstMs, int maxMs)
{
    qint64 delay = std::max(firstMs, 1);
    for (int i = 1; i < attempt && delay < maxMs; ++i)
        delay *= 2;
    return int(std::min<qint64>(delay, maxMs));
}

// The part that runs on the watch's own thread: one ping at a time, on that thread's
// connection (which ThreadConnections opens again when it was lost).
class ConnectionPing : public QObject
{
    Q_OBJECT
public:
    explicit ConnectionPing(std::shared_ptr<Database> db) : m_db(std::move(db)) {}

    void ping()
    {
        const Status status = m_db->ping();
        emit done(status.ok(), status.ok() ? QString() : status.error().message);
    }

    // Its connection goes on its own thread, before the thread ends.
    void release() { m_db->releaseConnection(); }

signals:
    void done(bool ok, const QString& reason);

private:
    std::shared_ptr<Database> m_db;
};

ConnectionWatch::ConnectionWatch(std::shared_ptr<Database> db, const Clock& clock, const Options& options,
                                 QObject* parent)
    : QObject(parent), m_db(std::move(db)), m_clock(clock), m_options(options)
{
    m_thread.setObjectName(QStringLiteral("opsdeck-db-watch"));
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &ConnectionWatch::checkNow);
}

ConnectionWatch::~ConnectionWatch()
{
    m_timer.stop();
    if (m_thread.isRunning()) {
        QMetaObject::invokeMethod(m_ping, &ConnectionPing::release, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }
    delete m_ping;
}

void ConnectionWatch::start()
{
    if (m_thread.isRunning() || !m_db || m_db->dialect() != Dialect::Postgres)
        return;
    m_ping = new ConnectionPing(m_db);
    m_ping->moveToThread(&m_thread);
    connect(m_ping, &ConnectionPing::done, this, &ConnectionWatch::pinged, Qt::QueuedConnection);
    m_thread.start();
    schedule(m_options.intervalMs);
}

void ConnectionWatch::checkNow()
{
    if (!m_ping || m_inFlight)
        return;
    m_inFlight = true;
    m_timer.stop();
    QMetaObject::invokeMethod(m_ping, &ConnectionPing::ping, Qt::QueuedConnection);
}

void ConnectionWatch::pinged(bool ok, const QString& reason)
{
    m_inFlight = false;
    if (ok) {
        const bool wasLost = !isConnected();
        m_lostSinceMs = -1;
        m_nextAttemptMs = -1;
        m_attempts = 0;
        m_reason.clear();
        schedule(m_options.intervalMs);
        if (wasLost) {
            // Other threads' connections died with the server too; none has failed yet.
            m_db->reconnectAll();
            emit restored();
        }
        return;
    }
    const bool first = isConnected();
    if (first)
        m_lostSinceMs = m_clock.nowMs();
    ++m_attempts;
    m_reason = reason;
    const int delay = reconnectDelayMs(m_attempts, m_options.firstRetryMs, m_options.maxRetryMs);
    schedule(delay);
    if (first)
        emit lost(reason);
    emit retrying(m_attempts, delay, reason);
}

void ConnectionWatch::schedule(int delayMs)
{
    m_nextAttemptMs = m_clock.nowMs() + delayMs;
    m_timer.start(delayMs);
}

} // namespace opsdeck

#include "ConnectionWatch.moc"
