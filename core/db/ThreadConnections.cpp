#include "db/ThreadConnections.h"

#include <QMutex>
#include <QSet>
#include <QThread>
#include <QUuid>
#include <atomic>
#include <vector>

namespace opsdeck {

struct ThreadConnections::Shared
{
    explicit Shared(ConnectionProfile p)
        : profile(std::move(p)),
          prefix(QStringLiteral("opsdeck-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
    {}

    // Removes `name` once, whichever thread (or the owner's destructor) gets there first.
    void close(const QString& name)
    {
        {
            QMutexLocker lock(&mutex);
            if (!open.remove(name))
                return;
        }
        QSqlDatabase::removeDatabase(name);
    }

    const ConnectionProfile profile;
    const QString prefix;
    std::atomic<quint64> serial{0};
    // Bumped by reconnectAll(): a thread's connection made under an older generation is
    // opened again before it is handed out.
    std::atomic<quint64> generation{0};
    QMutex mutex;
    QSet<QString> open;
};

namespace {

using Shared = ThreadConnections::Shared;

// One thread's connections, one per database it has touched (usually one or two).
class ThreadSlots
{
public:
    static ThreadSlots& local()
    {
        thread_local ThreadSlots perThread;
        return perThread;
    }

    ~ThreadSlots()
    {
        QObject::disconnect(m_finishedHook);
        closeAll();
    }

    struct Slot
    {
        std::weak_ptr<Shared> owner;
        const Shared* raw; // compared only while `owner` is alive, so never a reused address
        QString name;
        quint64 generation = 0;
    };

    Slot* find(const Shared* shared)
    {
        std::erase_if(m_slots, [](const Slot& s) { return s.owner.expired(); });
        for (Slot& s : m_slots)
            if (s.raw == shared)
                return &s;
        return nullptr;
    }

    void add(const std::shared_ptr<Shared>& shared, const QString& name, quint64 generation)
    {
        m_slots.push_back({shared, shared.get(), name, generation});
        hookThreadFinished();
    }

    void close(const Shared* shared)
    {
        for (auto it = m_slots.begin(); it != m_slots.end(); ++it) {
            if (it->raw != shared)
                continue;
            if (auto owner = it->owner.lock())
                owner->close(it->name);
            m_slots.erase(it);
            return;
        }
    }

    void closeAll()
    {
        const std::vector<Slot> taken = std::exchange(m_slots, {});
        for (const Slot& s : taken)
            if (auto owner = s.owner.lock())
                owner->close(s.name);
    }

private:
    // A QThread (a pool thread too) announces its end in its own thread, before its
    // thread-local storage goes: close there, and drop the hook so a restarted QThread
    // does not collect one per run.
    void hookThreadFinished()
    {
        if (m_finishedHook)
            return;
        QThread* thread = QThread::currentThread();
        m_finishedHook = QObject::connect(
            thread, &QThread::finished, thread,
            [] {
                ThreadSlots& self = local();
                QObject::disconnect(self.m_finishedHook);
                self.m_finishedHook = {};
                self.closeAll();
            },
            Qt::DirectConnection);
    }

    std::vector<Slot> m_slots;
    QMetaObject::Connection m_finishedHook;
};

} // namespace

ThreadConnections::ThreadConnections(ConnectionProfile profile)
    : m_shared(std::make_shared<Shared>(std::move(profile)))
{}

ThreadConnections::~ThreadConnections()
{
    ThreadSlots::local().close(m_shared.get());
    // Other threads' connections: Qt allows removing them from here as long as no query
    // runs on them, which holds once their owner (the Database) is being destroyed.
    QList<QString> names;
    {
        QMutexLocker lock(&m_shared->mutex);
        names = m_shared->open.values();
    }
    for (const QString& name : std::as_const(names))
        m_shared->close(name);
}

const ConnectionProfile& ThreadConnections::profile() const
{
    return m_shared->profile;
}

Result<QSqlDatabase> ThreadConnections::acquire() const
{
    ThreadSlots& mine = ThreadSlots::local();
    const quint64 generation = m_shared->generation.load();
    if (ThreadSlots::Slot* slot = mine.find(m_shared.get())) {
        QSqlDatabase db = QSqlDatabase::database(slot->name, false);
        // A server connection that was lost (Database::exec closed it) or that predates
        // reconnectAll() is opened again under the same name; a SQLite file's never closes.
        if (slot->generation == generation && (db.isOpen() || !m_shared->profile.reconnects()))
            return db;
        if (Status reopened = m_shared->profile.reopen(db); !reopened.ok())
            return reopened.error();
        slot->generation = generation;
        return db;
    }
    const QString name = m_shared->prefix + QLatin1Char('-') + QString::number(++m_shared->serial);
    auto db = m_shared->profile.open(name);
    if (!db.ok())
        return db.error();
    {
        QMutexLocker lock(&m_shared->mutex);
        m_shared->open.insert(name);
    }
    mine.add(m_shared, name, generation);
    return db;
}

void ThreadConnections::releaseForThisThread() const
{
    ThreadSlots::local().close(m_shared.get());
}

void ThreadConnections::reconnectAll() const
{
    ++m_shared->generation;
}

int ThreadConnections::openCount() const
{
    QMutexLocker lock(&m_shared->mutex);
    return int(m_shared->open.size());
}

} // namespace opsdeck
