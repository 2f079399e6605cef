#include "db/ChangeFeed.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QTimer>
#include <algorithm>

namespace opsdeck {

Q_LOGGING_CATEGORY(lcChangeFeed, "opsdeck.db.changefeed")

qint64 Change::number() const
{
    bool ok = false;
    const qint64 n = id.toLongLong(&ok);
    return ok ? n : 0;
}

qint64 Change::jobId() const
{
    const qsizetype slash = id.indexOf(u'/');
    if (slash <= 0)
        return 0;
    bool ok = false;
    const qint64 n = QStringView(id).left(slash).toLongLong(&ok);
    return ok ? n : 0;
}

QString Change::machine() const
{
    const qsizetype slash = id.indexOf(u'/');
    return slash <= 0 ? QString() : id.mid(slash + 1);
}

std::optional<Change> Change::parse(QStringView payload)
{
    const qsizetype first = payload.indexOf(u':');
    if (first <= 0 || first > 32)
        return std::nullopt;
    const qsizetype second = payload.indexOf(u':', first + 1);
    if (second < 0 || second + 1 >= payload.size())
        return std::nullopt;
    const QStringView kind = payload.left(first);
    for (QChar c : kind)
        if (!((c >= u'a' && c <= u'z') || c == u'_'))
            return std::nullopt;
    const QStringView op = payload.mid(first + 1, second - first - 1);
    if (op != u"insert" && op != u"update" && op != u"delete" && op != u"reload")
        return std::nullopt;
    Change c;
    c.kind = kind.toString();
    c.op = op.toString();
    c.id = payload.mid(second + 1).toString();
    return c;
}

int Backoff::delayFor(int failures) const
{
    qint64 ms = std::max(1, firstMs);
    for (int i = 1; i < failures && ms < maxMs; ++i)
        ms *= 2;
    return int(std::min<qint64>(ms, std::max(firstMs, maxMs)));
}

// Lives on the feed's thread: owns the LISTEN connection (the Database's connection of
// that thread), the heartbeat and the retry timer.
class ChangeFeedWorker : public QObject
{
    Q_OBJECT
public:
    ChangeFeedWorker(ChangeFeed* feed, std::shared_ptr<Database> db, const ChangeFeed::Options& options)
        : m_feed(feed), m_db(std::move(db)), m_options(options)
    {}

public slots:
    void start()
    {
        m_heartbeat = new QTimer(this);
        m_heartbeat->setInterval(std::max(10, m_options.heartbeatMs));
        connect(m_heartbeat, &QTimer::timeout, this, &ChangeFeedWorker::beat);
        m_retry = new QTimer(this);
        m_retry->setSingleShot(true);
        connect(m_retry, &QTimer::timeout, this, &ChangeFeedWorker::connectNow);
        connectNow();
    }

    void stop()
    {
        if (m_heartbeat)
            m_heartbeat->stop();
        if (m_retry)
            m_retry->stop();
        drop();
    }

private slots:
    void connectNow()
    {
        std::optional<Error> error;
        { // the handle is gone before drop() closes the connection
            auto conn = m_db->tryConnection();
            if (!conn.ok())
                return failed(conn.error());
            QSqlDriver* driver = conn->driver();
            if (driver->subscribeToNotification(ChangeFeed::channel()))
                connect(driver, &QSqlDriver::notification, this, &ChangeFeedWorker::notified,
                        Qt::UniqueConnection);
            else
                error = Database::sqlError(
                    QCoreApplication::translate("ChangeFeed", "listening for changes on %1 failed")
                        .arg(m_db->path()),
                    driver->lastError());
        }
        if (error) {
            drop();
            return failed(*error);
        }
        m_heartbeat->start();
        const bool wasLost = m_failures > 0 || m_wasLive;
        m_failures = 0;
        m_wasLive = true;
        m_feed->m_live.store(true);
        qCInfo(lcChangeFeed) << "listening on" << ChangeFeed::channel();
        emit m_feed->live();
        if (wasLost)
            emit m_feed->resync();
    }

    void beat()
    {
        std::optional<Error> error;
        { // the handle and the query are gone before drop() closes the connection
            auto conn = m_db->tryConnection();
            if (!conn.ok())
                return lose(conn.error());
            QSqlQuery q(*conn);
            if (!q.exec(QStringLiteral("SELECT 1"))) {
                const QString what = QCoreApplication::translate(
                                         "ChangeFeed", "the connection to %1 for live changes was lost")
                                         .arg(m_db->path());
                error = q.lastError().text().trimmed().isEmpty()
                            ? Error::failure(what + QCoreApplication::translate(
                                                        "ChangeFeed", ": the server closed the connection"))
                            : Database::sqlError(what, q.lastError());
            }
        }
        if (error)
            lose(*error);
    }

    void notified(const QString& name, QSqlDriver::NotificationSource, const QVariant& payload)
    {
        if (name != ChangeFeed::channel())
            return;
        std::optional<Change> change = Change::parse(payload.toString());
        if (!change) {
            m_feed->m_malformed.fetch_add(1);
            qCWarning(lcChangeFeed) << "ignored a malformed change notification:"
                                    << payload.toString().left(80);
            return;
        }
        change->receivedMs = m_options.clock->nowMs();
        m_feed->m_received.fetch_add(1);
        if (change->op == QLatin1String("reload"))
            emit m_feed->resync(); // a bulk write (migration 0014): reload whole
        else
            emit m_feed->changed(*change);
    }

private:
    void lose(const Error& error)
    {
        m_heartbeat->stop();
        drop();
        m_feed->m_live.store(false);
        failed(error);
    }

    void failed(const Error& error)
    {
        ++m_failures;
        if (m_failures == 1) { // once per outage; the retries stay quiet
            qCWarning(lcChangeFeed) << error.message;
            emit m_feed->lost(error);
        }
        m_retry->start(m_options.backoff.delayFor(m_failures));
    }

    // Closes the feed's connection (its LISTEN goes with it); the next connectNow() opens anew.
    void drop() { m_db->releaseConnection(); }

    ChangeFeed* m_feed;
    std::shared_ptr<Database> m_db;
    ChangeFeed::Options m_options;
    QTimer* m_heartbeat = nullptr;
    QTimer* m_retry = nullptr;
    int m_failures = 0;
    bool m_wasLive = false;
};

ChangeFeed::ChangeFeed(std::shared_ptr<Database> db, QObject* parent)
    : ChangeFeed(std::move(db), Options{}, parent)
{}

ChangeFeed::ChangeFeed(std::shared_ptr<Database> db, const Options& options, QObject* parent)
    : QObject(parent), m_active(db && db->dialect() == Dialect::Postgres)
{
    qRegisterMetaType<Change>();
    if (!m_active)
        return;
    m_thread = new QThread;
    m_thread->setObjectName(QStringLiteral("ChangeFeed"));
    m_worker = new ChangeFeedWorker(this, std::move(db), options);
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::started, m_worker, &ChangeFeedWorker::start);
    m_thread->start();
}

ChangeFeed::~ChangeFeed()
{
    if (!m_thread)
        return;
    QMetaObject::invokeMethod(m_worker, &ChangeFeedWorker::stop, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    delete m_worker; // its thread has finished: deleting it here is safe
    delete m_thread;
}

} // namespace opsdeck

#include "ChangeFeed.moc"
