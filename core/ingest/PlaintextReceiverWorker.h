#pragma once

// Internal to PlaintextReceiver: what its thread shares with the owner (under the
// mutex), and the worker that lives on that thread.

#include "ingest/PlaintextReceiver.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>
#include <QMutex>
#include <QStringList>
#include <atomic>

class QTcpServer;
class QTcpSocket;
class QTimer;
class QUdpSocket;

namespace opsdeck {

struct PlaintextReceiver::Shared
{
    mutable QMutex mutex;
    ReceiverCounts totals;
    QHash<QString, ReceiverCounts> peers;
    QStringList errors;     // the last ParseReport::kMaxErrors
    QStringList rejections; // the last ParseReport::kMaxErrors
    std::atomic<qint64> maxAgeSecs = 0;
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

    static void keepLast(QStringList& list, const QString& text)
    {
        list.append(text);
        while (list.size() > ParseReport::kMaxErrors)
            list.removeFirst();
    }
    void addError(const QString& text) { keepLast(errors, text); }
};

// Lives on the receiver's thread: sockets, buffers, parsing and the sink.
class PlaintextReceiver::Worker : public QObject
{
public:
    Worker(PlaintextReceiver* owner, Sink sink, const Clock& clock, std::shared_ptr<Shared> shared,
           QString source);

    Status listen(const QHostAddress& address, quint16 port);

    // Takes in everything already sent (drain()), hands it to the sink, then closes. A
    // connection still open counts its last line without a newline, as at EOF.
    void shutdown();

    void flush();

private:
    struct Connection
    {
        QByteArray buffer;
        QString peer;
        int lineBase = 0;        // lines of this connection already parsed
        bool discarding = false; // inside a line over kMaxLineLength
    };

    void closeAll();

    // On stop: accepts the connections waiting in the listen backlog, reads every
    // connection until the kernel has nothing more (EOF, or kStopQuietMs without input)
    // and empties the UDP buffer, all within kStopGraceMs.
    void drain();

    void acceptPending();

    // Waits up to timeoutMs for input on any socket and reads the connections that have
    // some (an EOF ends its connection). False when nothing had input.
    bool readReadable(int timeoutMs);

    void acceptConnections();

    void readSocket(QTcpSocket* s);

    void addBytes(const QString& peer, qint64 n);

    void finishConnection(QTcpSocket* s);

    // Parses the complete lines of c.buffer (all of it when `final`), keeps the rest.
    void consume(Connection& c, bool final);

    // Parses `text` (complete lines; the last may lack its newline), dropping lines over
    // kMaxLineLength. Returns the number of newlines in it.
    int parseLines(QByteArrayView text, const QString& peer, int lineBase);

    void parseRun(QByteArrayView text, const QString& peer, int lineBase);

    // Drops the samples older than the max age, counted as tooOld.
    void dropTooOld(SampleBatch& samples, const QString& peer);

    void tooLong(const QString& peer, int line);

    void readDatagrams();

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

} // namespace opsdeck
