#include "ingest/PlaintextReceiverWorker.h"

#include "ingest/GraphitePlaintext.h"
#include "util/TimeSpec.h"

#include <QDeadlineTimer>
#include <QLoggingCategory>
#include <QNetworkDatagram>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUdpSocket>
#include <algorithm>
#include <cerrno>
#include <cstring>
#include <poll.h>
#include <vector>

Q_LOGGING_CATEGORY(lcIngest, "opsdeck.ingest")

namespace opsdeck {

namespace {

QString peerName(const QHostAddress& address)
{
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4);
    return isV4 ? QHostAddress(v4).toString() : address.toString();
}

// "line 3: what" from a parse of part of a stream → "<peer>: line <3 + base>: what".
QString streamError(const QString& peer, const QString& error, int lineBase)
{
    static const QLatin1String kLine("line ");
    if (error.startsWith(kLine)) {
        const qsizetype colon = error.indexOf(QLatin1Char(':'));
        bool ok = false;
        const int n = error.mid(kLine.size(), colon - kLine.size()).toInt(&ok);
        if (ok)
            return QStringLiteral("%1: line %2%3").arg(peer).arg(n + lineBase).arg(error.mid(colon));
    }
    return peer + QLatin1String(": ") + error;
}

} // namespace

PlaintextReceiver::Worker::Worker(PlaintextReceiver* owner, Sink sink, const Clock& clock,
                                  std::shared_ptr<Shared> shared, QString source)
    : m_owner(owner), m_sink(std::move(sink)), m_clock(clock), m_shared(std::move(shared)),
      m_source(std::move(source))
{}

Status PlaintextReceiver::Worker::listen(const QHostAddress& address, quint16 port)
{
    m_tcp = new QTcpServer(this);
    m_tcp->setMaxPendingConnections(kMaxConnections);
    if (!m_tcp->listen(address, port)) {
        const QString why = m_tcp->errorString();
        closeAll();
        return Error::failure(PlaintextReceiver::tr("cannot listen on TCP %1:%2: %3")
                                  .arg(address.toString())
                                  .arg(port)
                                  .arg(why));
    }
    m_udp = new QUdpSocket(this);
    const quint16 udpPort = port != 0 ? port : m_tcp->serverPort();
    if (!m_udp->bind(address, udpPort) && (port != 0 || !m_udp->bind(address, 0))) {
        const QString why = m_udp->errorString();
        closeAll();
        return Error::failure(PlaintextReceiver::tr("cannot listen on UDP %1:%2: %3")
                                  .arg(address.toString())
                                  .arg(port)
                                  .arg(why));
    }
    // Room for a burst while this thread parses (the kernel caps it at net.core.rmem_max).
    m_udp->setSocketOption(QAbstractSocket::ReceiveBufferSizeSocketOption, kUdpReceiveBuffer);
    connect(m_tcp, &QTcpServer::newConnection, this, [this] { acceptConnections(); });
    connect(m_udp, &QUdpSocket::readyRead, this, [this] { readDatagrams(); });
    m_timer = new QTimer(this);
    m_timer->setInterval(kFlushIntervalMs);
    connect(m_timer, &QTimer::timeout, this, [this] { flush(); });
    m_timer->start();
    {
        QMutexLocker lock(&m_shared->mutex);
        m_shared->tcpPort = m_tcp->serverPort();
        m_shared->udpPort = m_udp->localPort();
        m_shared->listening = true;
    }
    qCInfo(lcIngest) << "Graphite plaintext receiver on" << address.toString() << "tcp" << m_tcp->serverPort()
                     << "udp" << m_udp->localPort();
    return {};
}

void PlaintextReceiver::Worker::shutdown()
{
    if (m_timer)
        m_timer->stop();
    drain();
    const auto sockets = m_conns.keys();
    for (QTcpSocket* s : sockets) {
        readSocket(s);
        finishConnection(s);
    }
    flush();
    closeAll();
    QMutexLocker lock(&m_shared->mutex);
    m_shared->listening = false;
}

void PlaintextReceiver::Worker::flush()
{
    if (m_pending.isEmpty())
        return;
    SampleBatch batch = std::move(m_pending);
    m_pending = SampleBatch();
    QHash<QString, qint64> byPeer = std::move(m_pendingByPeer);
    m_pendingByPeer.clear();
    const Status st = m_sink ? m_sink(batch) : Status();
    {
        QMutexLocker lock(&m_shared->mutex);
        if (st.ok())
            m_shared->totals.stored += batch.size();
        else
            m_shared->totals.refused += batch.size();
        for (auto it = byPeer.cbegin(); it != byPeer.cend(); ++it) {
            if (ReceiverCounts* p = m_shared->peer(it.key()))
                (st.ok() ? p->stored : p->refused) += it.value();
        }
        if (!st.ok())
            m_shared->sinkError = st.error();
    }
    if (!st.ok())
        qCWarning(lcIngest) << "sink refused" << batch.size() << "samples:" << st.error().message;
    emit m_owner->batchDelivered(int(batch.size()), st.ok());
}

void PlaintextReceiver::Worker::closeAll()
{
    if (m_timer)
        m_timer->stop();
    for (auto it = m_conns.begin(); it != m_conns.end(); ++it) {
        it.key()->disconnect(this);
        it.key()->abort();
        it.key()->deleteLater();
    }
    m_conns.clear();
    delete m_tcp;
    m_tcp = nullptr;
    delete m_udp;
    m_udp = nullptr;
    delete m_timer;
    m_timer = nullptr;
}

void PlaintextReceiver::Worker::drain()
{
    const QDeadlineTimer deadline(kStopGraceMs);
    bool waitQuiet = false;
    for (;;) {
        acceptPending();
        readDatagrams();
        const int timeout = waitQuiet ? int(std::min<qint64>(kStopQuietMs, deadline.remainingTime())) : 0;
        if (readReadable(timeout)) {
            waitQuiet = false;
        } else {
            if (waitQuiet || m_conns.isEmpty())
                return;
            waitQuiet = true; // open connections: give what is in flight a moment
        }
        if (deadline.hasExpired())
            return;
    }
}

void PlaintextReceiver::Worker::acceptPending()
{
    if (!m_tcp)
        return;
    do
        acceptConnections(); // newConnection also lands here, from waitForNewConnection()
    while (m_tcp->waitForNewConnection(0));
}

bool PlaintextReceiver::Worker::readReadable(int timeoutMs)
{
    std::vector<pollfd> fds;
    std::vector<QTcpSocket*> sockets;
    fds.reserve(size_t(m_conns.size()) + 2);
    sockets.reserve(size_t(m_conns.size()));
    for (auto it = m_conns.cbegin(); it != m_conns.cend(); ++it) {
        fds.push_back({int(it.key()->socketDescriptor()), POLLIN, 0});
        sockets.push_back(it.key());
    }
    if (m_tcp)
        fds.push_back({int(m_tcp->socketDescriptor()), POLLIN, 0});
    if (m_udp)
        fds.push_back({int(m_udp->socketDescriptor()), POLLIN, 0});
    const int n = ::poll(fds.data(), nfds_t(fds.size()), timeoutMs);
    if (n < 0)
        return errno == EINTR;
    for (size_t i = 0; i < sockets.size(); ++i) {
        if (fds[i].revents == 0 || !m_conns.contains(sockets[i]))
            continue;
        sockets[i]->waitForReadyRead(0); // reads what the kernel holds; readyRead/disconnected follow
        readSocket(sockets[i]);
    }
    return n > 0;
}

void PlaintextReceiver::Worker::acceptConnections()
{
    while (QTcpSocket* s = m_tcp->nextPendingConnection()) {
        if (m_conns.size() >= kMaxConnections) {
            qCWarning(lcIngest) << "too many connections; refusing" << s->peerAddress().toString();
            s->abort();
            s->deleteLater();
            continue;
        }
        Connection c;
        c.peer = peerName(s->peerAddress());
        m_conns.insert(s, c);
        connect(s, &QTcpSocket::readyRead, this, [this, s] { readSocket(s); });
        connect(s, &QTcpSocket::disconnected, this, [this, s] {
            readSocket(s);
            finishConnection(s);
        });
        if (s->bytesAvailable() > 0)
            readSocket(s);
    }
}

void PlaintextReceiver::Worker::readSocket(QTcpSocket* s)
{
    auto it = m_conns.find(s);
    if (it == m_conns.end())
        return;
    Connection& c = it.value();
    while (s->bytesAvailable() > 0) {
        const qsizetype before = c.buffer.size();
        c.buffer.append(s->read(256 * 1024));
        addBytes(c.peer, c.buffer.size() - before);
        consume(c, false);
    }
}

void PlaintextReceiver::Worker::addBytes(const QString& peer, qint64 n)
{
    QMutexLocker lock(&m_shared->mutex);
    m_shared->totals.bytes += n;
    if (ReceiverCounts* pc = m_shared->peer(peer))
        pc->bytes += n;
}

void PlaintextReceiver::Worker::finishConnection(QTcpSocket* s)
{
    auto it = m_conns.find(s);
    if (it == m_conns.end())
        return;
    consume(it.value(), true); // a last line without newline counts
    m_conns.erase(it);
    s->disconnect(this);
    s->deleteLater();
}

void PlaintextReceiver::Worker::consume(Connection& c, bool final)
{
    qsizetype start = 0;
    if (c.discarding) {
        const qsizetype nl = c.buffer.indexOf('\n');
        if (nl < 0) {
            c.buffer.clear();
            if (final)
                c.discarding = false;
            return;
        }
        start = nl + 1;
        c.discarding = false;
        ++c.lineBase;
    }
    qsizetype end = final ? c.buffer.size() : c.buffer.lastIndexOf('\n') + 1;
    if (end > start) {
        c.lineBase += parseLines(QByteArrayView(c.buffer).sliced(start, end - start), c.peer, c.lineBase);
        start = end;
    }
    if (c.buffer.size() - start > kMaxLineLength) {
        tooLong(c.peer, c.lineBase + 1);
        c.discarding = true;
        c.buffer.clear();
        return;
    }
    c.buffer.remove(0, start);
}

int PlaintextReceiver::Worker::parseLines(QByteArrayView text, const QString& peer, int lineBase)
{
    const char* p = text.data();
    const char* const end = p + text.size();
    const char* runStart = p;
    int lines = 0, runBase = lineBase;
    while (p < end) {
        const char* nl = static_cast<const char*>(std::memchr(p, '\n', size_t(end - p)));
        const char* lineEnd = nl ? nl : end;
        if (lineEnd - p > kMaxLineLength) {
            parseRun(QByteArrayView(runStart, p - runStart), peer, runBase);
            tooLong(peer, lineBase + lines + 1);
            runStart = nl ? nl + 1 : end;
            runBase = lineBase + lines + 1;
        }
        if (!nl)
            break;
        ++lines;
        p = nl + 1;
    }
    parseRun(QByteArrayView(runStart, end - runStart), peer, runBase);
    return lines;
}

void PlaintextReceiver::Worker::parseRun(QByteArrayView text, const QString& peer, int lineBase)
{
    if (text.isEmpty())
        return;
    PlaintextResult r = parseGraphitePlaintext(text, m_clock.nowSecs(), m_source);
    if (r.report.malformed > 0) {
        QMutexLocker lock(&m_shared->mutex);
        m_shared->totals.malformed += r.report.malformed;
        if (ReceiverCounts* pc = m_shared->peer(peer))
            pc->malformed += r.report.malformed;
        for (const QString& e : std::as_const(r.report.errors))
            m_shared->addError(streamError(peer, e, lineBase));
    }
    dropTooOld(r.samples, peer);
    if (r.samples.isEmpty())
        return;
    m_pendingByPeer[peer] += r.samples.size();
    if (m_pending.isEmpty())
        m_pending = std::move(r.samples);
    else
        m_pending.append(r.samples);
    if (m_pending.size() >= kMaxPendingSamples)
        flush();
}

void PlaintextReceiver::Worker::dropTooOld(SampleBatch& samples, const QString& peer)
{
    const qint64 maxAge = m_shared->maxAgeSecs.load(std::memory_order_relaxed);
    if (maxAge <= 0 || samples.isEmpty())
        return;
    const qint64 cutoff = m_clock.nowSecs() - maxAge;
    QStringList why;
    const qsizetype dropped = samples.removeIf([&](const IncomingSample& s) {
        if (s.timestamp >= cutoff)
            return false;
        if (why.size() < ParseReport::kMaxErrors)
            why << PlaintextReceiver::tr("%1: %2 at %3: older than the retention keeps (since %4), dropped")
                       .arg(peer, s.key.metric, TimeSpec::toIso(s.timestamp), TimeSpec::toIso(cutoff));
        return true;
    });
    if (dropped == 0)
        return;
    QMutexLocker lock(&m_shared->mutex);
    m_shared->totals.tooOld += dropped;
    if (ReceiverCounts* pc = m_shared->peer(peer))
        pc->tooOld += dropped;
    for (const QString& w : std::as_const(why))
        Shared::keepLast(m_shared->rejections, w);
}

void PlaintextReceiver::Worker::tooLong(const QString& peer, int line)
{
    QMutexLocker lock(&m_shared->mutex);
    ++m_shared->totals.malformed;
    ++m_shared->totals.tooLong;
    if (ReceiverCounts* pc = m_shared->peer(peer)) {
        ++pc->malformed;
        ++pc->tooLong;
    }
    m_shared->addError(PlaintextReceiver::tr("%1: line %2: longer than %3 bytes, dropped")
                           .arg(peer)
                           .arg(line)
                           .arg(kMaxLineLength));
}

void PlaintextReceiver::Worker::readDatagrams()
{
    while (m_udp && m_udp->hasPendingDatagrams()) {
        const QNetworkDatagram d = m_udp->receiveDatagram();
        if (!d.isValid())
            break;
        const QString peer = peerName(d.senderAddress());
        addBytes(peer, d.data().size());
        parseLines(d.data(), peer, 0);
    }
}

} // namespace opsdeck
