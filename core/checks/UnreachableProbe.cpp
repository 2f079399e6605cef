#include "checks/UnreachableProbe.h"

#include "metrics/MetricStore.h"

#include <QCoreApplication>

namespace opsdeck {

UnreachableProbe::UnreachableProbe(CheckDefinition check, const MetricStore& store, const Clock& clock,
                                   QObject* parent)
    : CheckProbe(std::move(check), clock, parent), m_store(store)
{}

void UnreachableProbe::start(const QString& target)
{
    if (target.isEmpty())
        return finish(CheckStatus::Unknown, tr("an unreachable check needs a machine"));
    const int stale = check().params.value(QLatin1String("stale_secs")).toInt(300);
    const auto series = m_store.listSeries(target);
    if (!series.ok())
        return finish(CheckStatus::Unknown, series.error().message);
    qint64 newest = 0;
    for (const SeriesInfo& s : *series)
        newest = std::max(newest, s.lastTimestamp);
    const qint64 now = clock().nowSecs();
    if (newest == 0)
        return finish(CheckStatus::Critical, tr("%1: no data at all").arg(target));
    ProbeResult r;
    const qint64 age = std::max<qint64>(0, now - newest);
    r.value = double(age);
    r.perf.append({QStringLiteral("age"), double(age)});
    r.status = age > stale ? CheckStatus::Critical : CheckStatus::Ok;
    r.message = age > stale ? tr("%1: no data for %2 s (more than %3 s)").arg(target).arg(age).arg(stale)
                            : tr("%1: last data %2 s ago").arg(target).arg(age);
    finish(std::move(r));
}

} // namespace opsdeck
