#pragma once

#include "checks/CheckProbe.h"

namespace opsdeck {

class MetricStore;

// Host unreachable (params: stale_secs, default 300): critical when the metrics cache
// holds no sample of the target machine newer than stale_secs (any series, any source);
// ok otherwise, with the age of the newest sample as the value.
class UnreachableProbe final : public CheckProbe
{
    Q_OBJECT
public:
    UnreachableProbe(CheckDefinition check, const MetricStore& store, const Clock& clock = Clock::system(),
                     QObject* parent = nullptr);

protected:
    void start(const QString& target) override;
    void abort() override {}

private:
    const MetricStore& m_store;
};

} // namespace opsdeck
