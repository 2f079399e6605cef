#pragma once

#include "checks/CheckProbe.h"

#include <QList>
#include <functional>
#include <optional>

namespace opsdeck {

class MetricStore;
struct SeriesPoint;

// A threshold on a series of the local metrics cache (params: metric | series, source,
// op, warning, critical, over, agg): the last `over` known points (default 1) within the
// look-back window, aggregated (last, avg, min, max), compared with `op` against
// critical first, then warning. `metric` is a key on the target machine ("loadavg-1"),
// `series` a machine-less path (a Graphite path). No point in the window: unknown — and
// when the source health callback says the series' source is down, the result names it
// in ProbeResult::sourceDown (SourceOutage then sends one notice for all such checks).
class MetricProbe final : public CheckProbe
{
    Q_OBJECT
public:
    // For a series with no recent data: the name of its source when that source is
    // down (the poll scheduler's status), else an empty string.
    using SourceHealth = std::function<QString(const QString& machine, const QString& metric)>;

    // `store` must outlive the probe. Queries are short reads of one series.
    MetricProbe(CheckDefinition check, const MetricStore& store, const Clock& clock = Clock::system(),
                QObject* parent = nullptr);
    void setSourceHealth(SourceHealth health) { m_health = std::move(health); }

    // The aggregate of the known values (agg: last, avg, min, max); none when empty or
    // agg is not one of those.
    static std::optional<double> aggregate(const QList<double>& values, const QString& agg);
    // Critical when `value op critical`, else Warning when `value op warning`, else Ok.
    // A limit not given is not checked.
    static CheckStatus judge(double value, const QString& op, std::optional<double> warning,
                             std::optional<double> critical);
    static bool validOp(const QString& op);

protected:
    void start(const QString& target) override;
    void abort() override {}

private:
    const MetricStore& m_store;
    SourceHealth m_health;
};

} // namespace opsdeck
