#pragma once

#include "ssh/SshConnection.h"

#include <QAtomicInt>
#include <QList>
#include <QMutex>
#include <QObject>
#include <QPointer>
#include <atomic>
#include <memory>

class QThread;

namespace opsdeck::ssh {

class CredentialProvider;
class KnownHostsStore;

// Owns the worker threads SSH connections run on (a few, not one per host: each runs an
// event loop that drives many non-blocking sessions through socket notifiers) and hands
// out connections spread over them. The engine should outlive its connections; one
// still alive when the engine goes is torn down (socket closed, no more signals) first.
class SshEngine final : public QObject
{
    Q_OBJECT
public:
    // `threads` 0: min(idealThreadCount, 4). `credentials` may be null (keys without a
    // passphrase and the agent only). Both references must outlive the engine.
    explicit SshEngine(KnownHostsStore& knownHosts, CredentialProvider* credentials = nullptr,
                       int threads = 0, QObject* parent = nullptr);
    ~SshEngine() override;

    // A new connection on the next worker thread, not started: connect to its signals,
    // then call start(). Dropping the last reference cancels and frees it on its thread.
    SshConnectionPtr open(const SshTarget& target, const SshOptions& options = {});
    int threadCount() const { return int(m_threads.size()); }

private:
    KnownHostsStore& m_knownHosts;
    CredentialProvider* m_credentials;
    QList<QThread*> m_threads;
    QAtomicInt m_next{0};
    QMutex m_mutex;
    // To close their sockets if they outlive us; each with the thread it lives on (fixed at
    // open()), which alone may look at it.
    QList<QPair<QPointer<SshConnection>, QThread*>> m_connections;
    QList<QObject*> m_threadContexts; // one per thread, living there
    // Set once our threads have ended: a connection dropped after that has no thread to
    // delete it later, so its last reference deletes it at once (LSan found the leak).
    std::shared_ptr<std::atomic_bool> m_threadsGone = std::make_shared<std::atomic_bool>(false);
};

} // namespace opsdeck::ssh
