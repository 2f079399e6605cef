#include "ssh/TcpDialer.h"

#include <QCoreApplication>
#include <QSocketNotifier>
#include <arpa/inet.h>
#include <cerrno>
#include <cstring>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <unistd.h>

namespace opsdeck::ssh {

namespace {

socklen_t fillAddress(const QHostAddress& a, quint16 port, sockaddr_storage* ss)
{
    std::memset(ss, 0, sizeof(*ss));
    if (a.protocol() == QAbstractSocket::IPv6Protocol) {
        auto* s6 = reinterpret_cast<sockaddr_in6*>(ss);
        s6->sin6_family = AF_INET6;
        s6->sin6_port = htons(port);
        const Q_IPV6ADDR ip = a.toIPv6Address();
        std::memcpy(&s6->sin6_addr, &ip, sizeof(ip));
        return sizeof(sockaddr_in6);
    }
    auto* s4 = reinterpret_cast<sockaddr_in*>(ss);
    s4->sin_family = AF_INET;
    s4->sin_port = htons(port);
    s4->sin_addr.s_addr = htonl(a.toIPv4Address());
    return sizeof(sockaddr_in);
}

} // namespace

TcpDialer::TcpDialer(Connected connected, Failed failed, QObject* parent)
    : QObject(parent), m_connected(std::move(connected)), m_failed(std::move(failed))
{}

TcpDialer::~TcpDialer()
{
    if (m_lookupId >= 0)
        QHostInfo::abortHostLookup(m_lookupId);
    closeSocket();
}

QString TcpDialer::phase() const
{
    return m_fd >= 0 || m_lookupId < 0 ? tr("while connecting") : tr("while resolving the host name");
}

void TcpDialer::dial(const QString& host, quint16 port)
{
    m_host = host;
    m_port = port;
    QHostAddress literal;
    if (literal.setAddress(host)) {
        m_addresses = {literal};
        tryNext();
        return;
    }
    m_lookupId = QHostInfo::lookupHost(host, this, &TcpDialer::onLookup);
}

void TcpDialer::onLookup(const QHostInfo& info)
{
    m_lookupId = -1;
    m_addresses = info.addresses();
    if (info.error() != QHostInfo::NoError || m_addresses.isEmpty()) {
        m_failed(SshError::make(SshFailure::Dns,
                                tr("cannot resolve the host name %1: %2").arg(m_host, info.errorString())));
        return;
    }
    tryNext();
}

void TcpDialer::tryNext()
{
    while (!m_addresses.isEmpty()) {
        const QHostAddress a = m_addresses.takeFirst();
        sockaddr_storage ss;
        const socklen_t len = fillAddress(a, m_port, &ss);
        m_fd = ::socket(ss.ss_family, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
        if (m_fd < 0) {
            m_lastErrno = errno;
            continue;
        }
        const int one = 1;
        ::setsockopt(m_fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof(one));
        if (::connect(m_fd, reinterpret_cast<sockaddr*>(&ss), len) == 0) {
            const int fd = std::exchange(m_fd, -1);
            m_connected(fd);
            return;
        }
        if (errno == EINPROGRESS) {
            m_notifier = new QSocketNotifier(m_fd, QSocketNotifier::Write, this);
            connect(m_notifier, &QSocketNotifier::activated, this, &TcpDialer::onWritable);
            return;
        }
        m_lastErrno = errno;
        closeSocket();
    }
    const QString where = QStringLiteral("%1:%2").arg(m_host).arg(m_port);
    const SshFailure kind = m_lastErrno == ECONNREFUSED ? SshFailure::Refused
                            : m_lastErrno == ETIMEDOUT  ? SshFailure::Timeout
                                                        : SshFailure::Network;
    const QString message =
        m_lastErrno == ECONNREFUSED
            ? tr("connection refused by %1 (is sshd running on that port?)").arg(where)
            : tr("cannot connect to %1: %2").arg(where, QString::fromLocal8Bit(strerror(m_lastErrno)));
    m_failed(SshError::make(kind, message));
}

void TcpDialer::onWritable()
{
    int err = 0;
    socklen_t len = sizeof(err);
    if (::getsockopt(m_fd, SOL_SOCKET, SO_ERROR, &err, &len) != 0)
        err = errno;
    delete m_notifier;
    m_notifier = nullptr;
    if (err == 0) {
        const int fd = std::exchange(m_fd, -1);
        m_connected(fd);
        return;
    }
    m_lastErrno = err;
    closeSocket();
    tryNext();
}

void TcpDialer::abandon()
{
    if (m_lookupId >= 0)
        QHostInfo::abortHostLookup(m_lookupId);
    m_lookupId = -1;
    m_addresses.clear();
    m_connected = [](int fd) {
        ::close(fd);
    };
    m_failed = [](const SshError&) {
    };
    closeSocket();
}

void TcpDialer::closeSocket()
{
    delete m_notifier;
    m_notifier = nullptr;
    if (m_fd >= 0)
        ::close(m_fd);
    m_fd = -1;
}

} // namespace opsdeck::ssh
