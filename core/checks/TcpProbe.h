#pragma once

#include "checks/CheckProbe.h"

class QTcpSocket;

namespace opsdeck {

// A TCP connect to params {host, port, timeout_ms}: connected → ok (the value is the
// connect time in ms), refused, unreachable or no answer within timeout_ms → critical.
// An empty host means the target machine's name (resolved by DNS).
class TcpProbe final : public CheckProbe
{
    Q_OBJECT
public:
    TcpProbe(CheckDefinition check, const Clock& clock = Clock::system(), QObject* parent = nullptr);

protected:
    void start(const QString& target) override;
    void abort() override;
    ProbeResult timedOutResult() const override;

private:
    QTcpSocket* m_socket = nullptr;
    QString m_where;
};

} // namespace opsdeck
