#include "checks/TcpProbe.h"

#include <QCoreApplication>
#include <QTcpSocket>

namespace opsdeck {

TcpProbe::TcpProbe(CheckDefinition check, const Clock& clock, QObject* parent)
    : CheckProbe(std::move(check), clock, parent)
{
    const int ms = this->check().params.value(QLatin1String("timeout_ms")).toInt(10000);
    setTimeoutMs(ms > 0 ? ms : 10000);
}

void TcpProbe::start(const QString& target)
{
    QString host = param("host");
    if (host.isEmpty() && m_resolve && !target.isEmpty())
        host = m_resolve(target);
    if (host.isEmpty())
        host = target;
    const int port = check().params.value(QLatin1String("port")).toInt(0);
    if (host.isEmpty() || port <= 0 || port > 65535)
        return finish(CheckStatus::Unknown, tr("a TCP check needs a host and a port (1-65535)"));
    m_where = QStringLiteral("%1:%2").arg(host).arg(port);
    m_socket = new QTcpSocket(this);
    connect(m_socket, &QTcpSocket::connected, this, [this] {
        ProbeResult r;
        r.status = CheckStatus::Ok;
        r.value = double(elapsedMs());
        r.message = tr("%1 accepts connections (%2 ms)").arg(m_where).arg(elapsedMs());
        r.perf.append({QStringLiteral("time"), *r.value});
        abort();
        finish(std::move(r));
    });
    connect(m_socket, &QTcpSocket::errorOccurred, this, [this] {
        const QString why = m_socket->errorString();
        abort();
        finish(CheckStatus::Critical, tr("%1: %2").arg(m_where, why));
    });
    m_socket->connectToHost(host, quint16(port));
}

void TcpProbe::abort()
{
    if (!m_socket)
        return;
    QTcpSocket* s = m_socket;
    m_socket = nullptr;
    s->disconnect(this);
    s->abort();
    s->deleteLater();
}

ProbeResult TcpProbe::timedOutResult() const
{
    ProbeResult r;
    r.status = CheckStatus::Critical;
    r.message = tr("%1: no connection within %2 ms").arg(m_where).arg(timeoutMs());
    return r;
}

} // namespace opsdeck
