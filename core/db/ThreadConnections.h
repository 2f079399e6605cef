#pragma once

#include "db/ConnectionProfile.h"
#include "util/Result.h"

#include <QSqlDatabase>
#include <memory>

namespace opsdeck {

// Every thread's own connection to one database. Qt's SQL connections may be used only
// by the thread that opened them, so acquire() opens one per calling thread on first
// use and hands the same one back afterwards. A server connection that was lost is
// opened again, under the same name, the next time its thread asks for it.
//
// A thread's connections live in thread-local storage, not in a map keyed by a thread
// id or a QThread address (the OS and the allocator reuse both, and Qt refuses a
// connection that another thread opened). They are closed when the thread finishes:
// a QThread's (pool threads included) from its finished() signal, delivered directly
// in that thread; any other thread's (std::thread) when its thread-local storage is
// destroyed. Whatever is still open when this object goes is closed then.
class ThreadConnections
{
public:
    explicit ThreadConnections(ConnectionProfile profile);
    ~ThreadConnections();
    ThreadConnections(const ThreadConnections&) = delete;
    ThreadConnections& operator=(const ThreadConnections&) = delete;

    const ConnectionProfile& profile() const;

    // The calling thread's connection, opened on first use.
    Result<QSqlDatabase> acquire() const;
    // Closes the calling thread's connection now, if it has one.
    void releaseForThisThread() const;
    // Every thread's connection is opened again at its next acquire() (the server came
    // back after a loss: a connection that has not failed yet may still be dead).
    void reconnectAll() const;
    // Connections open right now, over all threads.
    int openCount() const;

    struct Shared; // the part that thread-local slots refer to (weakly)

private:
    std::shared_ptr<Shared> m_shared;
};

} // namespace opsdeck
