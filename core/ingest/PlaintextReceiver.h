#pragma once

#include "ingest/ParseReport.h"
#include "metrics/Sample.h"
#include "util/Clock.h"
#include "util/Result.h"

#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <QStringList>
#include <functional>
#include <memory>
#include <optional>

namespace opsdeck {

// What a receiver has taken in so far (totals or one peer's share).
struct ReceiverCounts
{
    qint64 stored = 0;    // samples the sink accepted
    qint64 malformed = 0; // lines refused: parse errors and lines over kMaxLineLength
    qint64 tooLong = 0;   // of `malformed`, the lines over kMaxLineLength (dropped unread)
    qint64 refused = 0;   // well-formed samples the sink refused (its error in lastSinkError)
    qint64 tooOld = 0;    // well-formed samples older than the max age: dropped, not given to the sink
    qint64 bytes = 0;     // bytes read from connections and datagrams
};

// Graphite's plaintext protocol on TCP and UDP (carbon's port 2003 by default), so
// scripts that push to carbon push to Opsdeck unchanged. Sockets, parsing and the sink
// all run on the receiver's own thread; the thread that owns the object only starts
// and stops it.
//
// TCP: lines may be split across packets; a connection's last line without a newline
// counts when the peer closes. A line longer than kMaxLineLength is dropped and counted
// as malformed (and tooLong) — the rest of the connection goes on. UDP: each datagram is
// parsed on its own; one without a trailing newline is one line.
//
// Samples are handed to the sink in batches: at most every kFlushIntervalMs, or at once
// when kMaxPendingSamples are waiting, and on flush()/stop().
class PlaintextReceiver : public QObject
{
    Q_OBJECT
public:
    using Sink = std::function<Status(const SampleBatch&)>;

    static constexpr quint16 kDefaultPort = 2003;
    static constexpr qsizetype kMaxLineLength = 64 * 1024;
    static constexpr int kFlushIntervalMs = 200;
    static constexpr int kMaxPendingSamples = 10000;
    static constexpr int kMaxConnections = 1024;
    static constexpr int kMaxPeers = 4096; // per-peer counts kept for at most this many addresses
    // stop() waits at most this long for input still arriving, and stops waiting once
    // the open connections have been quiet for kStopQuietMs.
    static constexpr int kStopGraceMs = 3000;
    static constexpr int kStopQuietMs = 100;
    static constexpr int kUdpReceiveBuffer = 4 * 1024 * 1024; // asked for; the kernel caps it

    // `sink` is called on the receiver's thread (MetricStore::append is thread-safe);
    // `clock` gives "now" (a timestamp of -1, the max age) and must outlive the receiver.
    explicit PlaintextReceiver(Sink sink, const Clock& clock = Clock::system(), QObject* parent = nullptr);
    ~PlaintextReceiver() override; // stop()s

    // Series are keyed {"", path, source}; default "graphite-push".
    void setSource(const QString& source);
    // Samples older than now - secs are dropped and counted as tooOld (the store's
    // maintenance would prune them: give it the longest retention). 0, the default: no
    // limit. May be called while listening.
    void setMaxAge(qint64 secs);

    // Binds TCP and UDP on address:port (port 0: any free port, the same for both when
    // possible — see tcpPort()/udpPort()) and starts the receiver's thread.
    Status listen(const QHostAddress& address = QHostAddress(QHostAddress::LocalHost),
                  quint16 port = kDefaultPort);
    bool isListening() const;
    quint16 tcpPort() const;
    quint16 udpPort() const;

    // Hands every pending sample to the sink now; returns when done.
    void flush();
    // Takes in what was sent before it — connections waiting to be accepted, bytes in the
    // kernel's buffers of each connection (until EOF, or a quiet kStopQuietMs; at most
    // kStopGraceMs in all), datagrams in the UDP buffer — hands it all to the sink, closes
    // every socket and stops the thread. listen() may be called again.
    void stop();

    ReceiverCounts counts() const;
    QHash<QString, ReceiverCounts> countsByPeer() const; // by peer address (no port)
    // The last ParseReport::kMaxErrors problems, each "<peer>: line N: what".
    QStringList recentErrors() const;
    // The last ParseReport::kMaxErrors samples dropped as too old, each
    // "<peer>: <path> at <time>: why".
    QStringList recentRejections() const;
    // The sink's last error, if it ever refused a batch.
    std::optional<Error> lastSinkError() const;

signals:
    // After a batch went to the sink (from the receiver's thread).
    void batchDelivered(int samples, bool ok);

private:
    class Worker;
    friend class Worker;
    struct Shared;

    std::shared_ptr<Shared> m_shared;
    QString m_source;
    Sink m_sink;
    const Clock& m_clock;
    Worker* m_worker = nullptr;
    class QThread* m_thread = nullptr;
};

} // namespace opsdeck

Q_DECLARE_METATYPE(opsdeck::ReceiverCounts)
