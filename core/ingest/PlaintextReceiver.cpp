#include "ingest/PlaintextReceiver.h"

#include "ingest/GraphitePlaintext.h"

#include <QDeadlineTimer>
#include <QLoggingCategory>
#include <QMutex>
#include <QNetworkDatagram>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QTimer>
#include <QUdpSocket>
#include <algorithm>
#include <cerrno>
#include <cstring>
#include <poll.h>
#include <vector>

Q_LOGGING_CATEGORY(lcIngest, "opsdeck.ingest")

namespace opsdeck {

struct PlaintextReceiver::Shared
{
    mutable QMutex mutex;
    ReceiverCounts totals;
    QHash<QString, ReceiverCounts> peers;
    QStringList errors; // the last ParseReport::kMaxErrors
    std::optional<Error> sinkError;
    quint16 tcpPort = 0;
    quint16 udpPort = 0;
    bool listening = false;

    ReceiverCounts* peer(const QString& address)
    {
        auto it = peers.find(address);
        if (it != peers.end())
            return &it.value();
        if (peers.size() >= kMaxPeers)
            return nullptr;
        return &peers[address];
    }

    void addError(const QString& text)
    {
        errors.append(text);
        while (errors.size() > ParseReport::kMaxErrors)
            errors.removeFirst();
    }
};

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

// Lives on the receiver's thread: sockets, buffers, parsing and the sink.
class PlaintextReceiver::Worker : public QObject
{
public:
    Worker(PlaintextReceiver* owner, Sink sink, const Clock& clock, std::shared_ptr<Shared> shared,
           QString source)
        : m_owner(owner), m_sink(std::move(sink)), m_clock(clock), m_shared(std::move(shared)),
          m_source(std::move(source))
    {}

    Status listen(const QHostAddress& address, quint16 port)
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
        qCInfo(lcIngest) << "Graphite plaintext receiver on" << address.toString() << "tcp"
                         << m_tcp->serverPort() << "udp" << m_udp->localPort();
        return {};
    }

    // Takes in everything already sent (drain()), hands it to the sink, then closes. A
    // connection still open counts its last line without a newline, as at EOF.
    void shutdown()
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

    void flush()
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

private:
    struct Connection
    {
        QByteArray buffer;
        QString peer;
        int lineBase = 0;        // lines of this connection already parsed
        bool discarding = false; // inside a line over kMaxLineLength
    };

    void closeAll()
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

    // On stop: accepts the connections waiting in the listen backlog, reads every
    // connection until the kernel has nothing more (EOF, or kStopQuietMs without input)
    // and empties the UDP buffer, all within kStopGraceMs.
    void drain()
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

    void acceptPending()
    {
        if (!m_tcp)
            return;
        do
            acceptConnections(); // newConnection also lands here, from waitForNewConnection()
        while (m_tcp->waitForNewConnection(0));
    }

    // Waits up to timeoutMs for input on any socket and reads the connections that have
    // some (an EOF ends its connection). False when nothing had input.
    bool readReadable(int timeoutMs)
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

    void acceptConnections()
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

    void readSocket(QTcpSocket* s)
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

    void addBytes(const QString& peer, qint64 n)
    {
        QMutexLocker lock(&m_shared->mutex);
        m_shared->totals.bytes += n;
        if (ReceiverCounts* pc = m_shared->peer(peer))
            pc->bytes += n;
    }

    void finishConnection(QTcpSocket* s)
    {
        auto it = m_conns.find(s);
        if (it == m_conns.end())
            return;
        consume(it.value(), true); // a last line without newline counts
        m_conns.erase(it);
        s->disconnect(this);
        s->deleteLater();
    }

    // Parses the complete lines of c.buffer (all of it when `final`), keeps the rest.
    void consume(Connection& c, bool final)
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

    // Parses `text` (complete lines; the last may lack its newline), dropping lines over
    // kMaxLineLength. Returns the number of newlines in it.
    int parseLines(QByteArrayView text, const QString& peer, int lineBase)
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

    void parseRun(QByteArrayView text, const QString& peer, int lineBase)
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

    void tooLong(const QString& peer, int line)
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

    void readDatagrams()
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

    PlaintextReceiver* m_owner;
    Sink m_sink;
    const Clock& m_clock;
    std::shared_ptr<Shared> m_shared;
    QString m_source;
    QTcpServer* m_tcp = nullptr;
    QUdpSocket* m_udp = nullptr;
    QTimer* m_timer = nullptr;
    QHash<QTcpSocket*, Connection> m_conns;
    SampleBatch m_pending;
    QHash<QString, qint64> m_pendingByPeer;
};

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

std::optional<Error> PlaintextReceiver::lastSinkError() const
{
    QMutexLocker lock(&m_shared->mutex);
    return m_shared->sinkError;
}

} // namespace opsdeck
