#include "ingest/PlaintextReceiver.h"

#include "ingest/PlaintextReceiverWorker.h"

#include <QThread>
#include <algorithm>

namespace opsdeck {

PlaintextReceiver::PlaintextReceiver(Sink sink, const Clock& clock, QObject* parent)
    : QObject(parent), m_shared(std::make_shared<Shared>()), m_source(QStringLiteral("graphite-push")),
      m_sink(std::move(sink)), m_clock(clock)
{}

PlaintextReceiver::~PlaintextReceiver()
{
    stop();
}

void PlaintextReceiver::setSource(const QString& source)
{
    m_source = source;
}

void PlaintextReceiver::setMaxAge(qint64 secs)
{
    m_shared->maxAgeSecs.store(std::max<qint64>(secs, 0), std::memory_order_relaxed);
}

Status PlaintextReceiver::listen(const QHostAddress& address, quint16 port)
{
    stop();
    m_thread = new QThread;
    m_thread->setObjectName(QStringLiteral("plaintext-receiver"));
    m_worker = new Worker(this, m_sink, m_clock, m_shared, m_source);
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread->start();
    Status st;
    Worker* w = m_worker;
    QMetaObject::invokeMethod(
        w, [&st, w, address, port] { st = w->listen(address, port); }, Qt::BlockingQueuedConnection);
    if (!st.ok())
        stop();
    return st;
}

bool PlaintextReceiver::isListening() const
{
    QMutexLocker lock(&m_shared->mutex);
    return m_shared->listening;
}

quint16 PlaintextReceiver::tcpPort() const
{
    QMutexLocker lock(&m_shared->mutex);
    return m_shared->tcpPort;
}

quint16 PlaintextReceiver::udpPort() const
{
    QMutexLocker lock(&m_shared->mutex);
    return m_shared->udpPort;
}

void PlaintextReceiver::flush()
{
    if (!m_worker)
        return;
    Worker* w = m_worker;
    QMetaObject::invokeMethod(
        w, [w] { w->flush(); }, Qt::BlockingQueuedConnection);
}

void PlaintextReceiver::stop()
{
    if (!m_thread)
        return;
    Worker* w = m_worker;
    QMetaObject::invokeMethod(
        w, [w] { w->shutdown(); }, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    delete m_thread; // the worker went with the thread's finished() → deleteLater
    m_thread = nullptr;
    m_worker = nullptr;
}

ReceiverCounts PlaintextReceiver::counts() const
{
    QMutexLocker lock(&m_shared->mutex);
    return m_shared->totals;
}

QHash<QString, ReceiverCounts> PlaintextReceiver::countsByPeer() const
{
    QMutexLocker lock(&m_shared->mutex);
    return m_shared->peers;
}

QStringList PlaintextReceiver::recentErrors() const
{
    QMutexLocker lock(&m_shared->mutex);
    return m_shared->errors;
}

QStringList PlaintextReceiver::recentRejections() const
{
    QMutexLocker lock(&m_shared->mutex);
    return m_shared->rejections;
}

std::optional<Error> PlaintextReceiver::lastSinkError() const
{
    QMutexLocker lock(&m_shared->mutex);
    return m_shared->sinkError;
}

} // namespace opsdeck
