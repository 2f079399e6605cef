#include "ssh/SshEngine.h"

#include <QMutexLocker>
#include <QThread>
#include <libssh2.h>
#include <mutex>

namespace opsdeck::ssh {

SshEngine::SshEngine(KnownHostsStore& knownHosts, CredentialProvider* credentials, int threads,
                     QObject* parent)
    : QObject(parent), m_knownHosts(knownHosts), m_credentials(credentials)
{
    static std::once_flag once;
    std::call_once(once, [] {
        libssh2_init(0);
        qRegisterMetaType<SshError>();
        qRegisterMetaType<SshStepResult>();
        qRegisterMetaType<SshStream>();
    });
    if (threads <= 0)
        threads = qBound(1, QThread::idealThreadCount(), 4);
    for (int i = 0; i < threads; ++i) {
        auto* t = new QThread(this);
        t->setObjectName(QStringLiteral("ssh-worker-%1").arg(i));
        auto* context = new QObject; // runs the engine's own calls on that thread
        context->moveToThread(t);
        t->start();
        m_threads.append(t);
        m_threadContexts.append(context);
    }
}

SshEngine::~SshEngine()
{
    QList<QPair<QPointer<SshConnection>, QThread*>> alive;
    {
        QMutexLocker lock(&m_mutex);
        alive = m_connections;
    }
    // Each connection still alive ends on its own thread. Whether it is alive is asked there
    // too: a connection dropped just before may be deleted by that thread at any moment
    // (its deferred delete), so a check from here could race with it (a crash once in CI).
    for (int i = 0; i < m_threads.size(); ++i) {
        QThread* t = m_threads.at(i);
        QMetaObject::invokeMethod(
            m_threadContexts.at(i),
            [&alive, t] {
                for (const auto& [c, home] : alive)
                    if (home == t && c) // asked on its own thread: no delete can race with it
                        c->abandon();
            },
            Qt::BlockingQueuedConnection);
    }
    for (QThread* t : m_threads)
        t->quit();
    for (QThread* t : m_threads)
        t->wait();
    qDeleteAll(m_threadContexts); // their threads have ended
    m_threadsGone->store(true);
}

SshConnectionPtr SshEngine::open(const SshTarget& target, const SshOptions& options)
{
    auto* c = new SshConnection(target, options, m_knownHosts, m_credentials);
    c->moveToThread(m_threads.at(m_next.fetchAndAddRelaxed(1) % m_threads.size()));
    {
        QMutexLocker lock(&m_mutex);
        m_connections.removeIf([](const auto& entry) { return entry.first.isNull(); });
        m_connections.append({c, c->thread()});
    }
    // On its thread while that runs (a deferred delete still pending when the thread quits
    // is done as it finishes); at once when the engine and its threads are gone (the
    // connection was abandoned on its thread then: no socket, no timer left).
    return SshConnectionPtr(c, [gone = m_threadsGone](SshConnection* conn) {
        if (gone->load())
            delete conn;
        else
            conn->deleteLater();
    });
}

} // namespace opsdeck::ssh
