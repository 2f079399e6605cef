#pragma once

#include "checks/CheckProbe.h"

#include <functional>

class QTcpSocket;

namespace opsdeck {

// A TCP connect to params {host, port, timeout_ms}: connected → ok (the value is the
// connect time in ms), refused, unreachable or no answer within timeout_ms → critical.
// An empty host means the target machine's address (the resolver's answer; without a
// resolver, the machine's name is looked up by DNS).
class TcpProbe final : public CheckProbe
{
    Q_OBJECT
public:
    TcpProbe(CheckDefinition check, const Clock& clock = Clock::system(), QObject* parent = nullptr);
    // A machine's address (the inventory's), or an empty string when it has none.
    using AddressResolver = std::function<QString(const QString& machine)>;
    void setAddressResolver(AddressResolver resolve) { m_resolve = std::move(resolve); }

protected:
    void start(const QString& target) override;
    void abort() override;
    ProbeResult timedOutResult() const override;

private:
    QTcpSocket* m_socket = nullptr;
    QString m_where;
    AddressResolver m_resolve;
};

} // namespace opsdeck
