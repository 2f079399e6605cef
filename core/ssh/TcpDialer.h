#pragma once

#include "ssh/SshTypes.h"

#include <QHostAddress>
#include <QHostInfo>
#include <QList>
#include <QObject>
#include <functional>

class QSocketNotifier;

namespace opsdeck::ssh {

// Resolves a host name (QHostInfo, off this thread) and opens a non-blocking TCP socket to
// it, trying each address in turn, without blocking the thread it lives on. Reports once:
// the connected descriptor (now the caller's to close) or the error.
class TcpDialer final : public QObject
{
    Q_OBJECT
public:
    using Connected = std::function<void(int fd)>;
    using Failed = std::function<void(SshError)>;
    TcpDialer(Connected connected, Failed failed, QObject* parent = nullptr);
    ~TcpDialer() override;

    void dial(const QString& host, quint16 port);
    // Stops for good: closes the socket, drops the lookup; no callback runs after this.
    void abandon();
    QString phase() const; // "resolving host name" or "connecting"

private:
    void onLookup(const QHostInfo& info);
    void tryNext();
    void onWritable();
    void closeSocket();

    Connected m_connected;
    Failed m_failed;
    QString m_host;
    quint16 m_port = 0;
    QList<QHostAddress> m_addresses;
    int m_lookupId = -1;
    int m_fd = -1;
    int m_lastErrno = 0;
    QSocketNotifier* m_notifier = nullptr;
};

} // namespace opsdeck::ssh
