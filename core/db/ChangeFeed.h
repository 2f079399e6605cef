#pragma once

#include "db/Database.h"
#include "util/Clock.h"
#include "util/Result.h"

#include <QMetaType>
#include <QObject>
#include <QString>
#include <QStringView>
#include <atomic>
#include <functional>
#include <memory>
#include <optional>

class QThread;

namespace opsdeck {

class ChangeFeedWorker;

// One row written by some console, as the NOTIFY of migration 0011 names it:
// "KIND:OP:ID", e.g. "machine:update:42" or "job_host:insert:7/web-1".
struct Change
{
    QString kind;          // machine, pool, node, service, unit, relation, source, job, job_host, audit
    QString op;            // insert, update, delete; reload ("KIND:reload:*", a bulk write
                           // of that kind: the feed emits resync() for it, not changed())
    QString id;            // the row's id; a job host's is "JOB/MACHINE"
    qint64 receivedMs = 0; // when this console read it (the feed's clock)

    // The id as a number (0 when it is not one, e.g. a job host's).
    qint64 number() const;
    // A job host's job id and machine ("7/web-1" -> 7, "web-1"); 0 and "" otherwise.
    qint64 jobId() const;
    QString machine() const;

    // The payload parsed; nullopt when it is not "KIND:OP:ID" with a known OP, a
    // lower-case KIND and a non-empty ID (the ID may itself hold ':').
    static std::optional<Change> parse(QStringView payload);

    friend bool operator==(const Change&, const Change&) = default;
};

// How long to wait before the next attempt to reach a lost server: `firstMs`, doubled
// per failure up to `maxMs`.
struct Backoff
{
    int firstMs = 500;
    int maxMs = 30000;
    int delayFor(int failures) const;
};

// The live changes of a shared PostgreSQL database: one connection of its own, on its
// own thread, LISTENs on "opsdeck_changes" and hands each notification to the receivers'
// threads as a Change. On a SQLite file it does nothing (isActive() is false; the
// in-process InventoryEvents and the revision poll say what changed).
//
// A lost server is noticed by a heartbeat (a SELECT on the feed's connection every
// heartbeatMs); lost() says why, and the feed tries again with backoff. Once back it
// listens again and emits resync() once: notifications sent meanwhile are gone, so the
// receivers reload whole.
class ChangeFeed : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        int heartbeatMs = 1000;
        Backoff backoff;
        const Clock* clock = &Clock::system();
    };

    explicit ChangeFeed(std::shared_ptr<Database> db, QObject* parent = nullptr);
    ChangeFeed(std::shared_ptr<Database> db, const Options& options, QObject* parent = nullptr);
    ~ChangeFeed() override;

    static QString channel() { return QStringLiteral("opsdeck_changes"); }

    // True on PostgreSQL, where the feed runs.
    bool isActive() const { return m_active; }
    // True while listening (between live() and lost()).
    bool isLive() const { return m_live.load(); }
    // Notifications whose payload was not a Change (ignored).
    int malformedCount() const { return m_malformed.load(); }
    // Notifications turned into changed().
    qint64 receivedCount() const { return m_received.load(); }

signals:
    // A row changed in some console (this one included).
    void changed(const opsdeck::Change& change);
    // Listening (at start, and after each reconnect).
    void live();
    // The server cannot be reached; the feed keeps trying.
    void lost(const opsdeck::Error& error);
    // Back after lost(): changes in between were missed, reload whole once.
    void resync();

private:
    friend class ChangeFeedWorker;
    bool m_active = false;
    std::atomic<bool> m_live{false};
    std::atomic<int> m_malformed{0};
    std::atomic<qint64> m_received{0};
    QThread* m_thread = nullptr;
    ChangeFeedWorker* m_worker = nullptr;
};

} // namespace opsdeck

Q_DECLARE_METATYPE(opsdeck::Change)
