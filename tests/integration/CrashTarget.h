#pragma once

#include <QByteArray>
#include <QProcess>
#include <QStringList>
#include <QTcpSocket>
#include <QTimer>

namespace opsdeck::test {

// One process for tst_crash_safety to kill: started with its commit reports on stderr
// ("listening", "committed N", "maintained": see `opsdeck receive --report-commits` and
// crash_engine_main.cpp), fed Graphite plaintext over TCP from the event loop, killed
// with SIGKILL. Line k of the stream is "crash.t<k % kSeries> <k> <streamBase + k / kSeries>":
// its value is its sequence number and no two lines share a (series, timestamp).
class CrashTarget
{
public:
    struct Command
    {
        QString program;
        QStringList args;
        bool needsMaintenance = false; // the engine helper: report maintenance passes too
        int maxKillDelayMs = 500;      // killed up to this long after its first commit report
    };
    static constexpr int kSeries = 16;
    // opsdeck_crash_engine writes this many 10 s points per series, 3 h old, before listening.
    static constexpr int kPrefillPerSeries = 360;
    static constexpr qint64 kPrefillPoints = qint64(kSeries) * kPrefillPerSeries;

    explicit CrashTarget(Command command);
    ~CrashTarget();
    CrashTarget(const CrashTarget&) = delete;
    CrashTarget& operator=(const CrashTarget&) = delete;

    // Starts the process, waits for its "listening" line, connects to 127.0.0.1:port and
    // starts streaming. False (see diagnostics()) when any step fails.
    bool start(quint16 port);
    // SIGKILL `ms` from now, lines still streaming; waits until the process is gone and
    // reads the reports it printed before. False when it ended on its own first.
    bool killAfter(int ms);

    qint64 committed() const { return m_committed; } // the last "committed N"
    int maintained() const { return m_maintained; }  // passes reported since the stream began
    qint64 sent() const { return m_sent; }           // lines handed to the socket
    qint64 streamBase() const { return m_base; }     // the timestamp of the first line
    QString diagnostics() const;

private:
    void readReports();
    void pump();

    Command m_command;
    QProcess m_process;
    QTcpSocket m_socket;
    QTimer m_pump;
    QByteArray m_partial;
    QByteArray m_otherOutput;
    bool m_listening = false;
    bool m_killed = false;
    qint64 m_committed = 0;
    int m_maintained = 0;
    qint64 m_sent = 0;
    qint64 m_base = 0;
};

} // namespace opsdeck::test
