#pragma once

// Known metrics for compare tests: host `hostNN` (1-based k) has loadavg-1 = k + 0.5 on
// odd minutes and k on even ones, every minute over the two hours before kNow; memory-used
// is k GiB. Host `spikeHost` adds one minute of 100 at kNow - 3600.

#include "metrics/MetricStore.h"

#include <QTest>

namespace opsdeck::test {

constexpr qint64 kCompareNow = 1'750'000'020 / 60 * 60;

inline QString hostName(int k)
{
    return QStringLiteral("host%1").arg(k, 2, 10, QLatin1Char('0'));
}

inline void fillCompareHosts(MetricStore& store, const QStringList& hosts, const QString& spikeHost = {})
{
    SampleBatch batch;
    for (int k = 1; k <= hosts.size(); ++k) {
        const QString& host = hosts[k - 1];
        for (int i = 0; i <= 120; ++i) {
            const qint64 t = kCompareNow - 7200 + 60 * i;
            double load = k + ((t / 60) % 2 ? 0.5 : 0.0);
            if (host == spikeHost && t == kCompareNow - 3600)
                load = 100;
            batch << IncomingSample{SeriesKey{host, QStringLiteral("loadavg-1"), QStringLiteral("local")},
                                    SeriesType::Gauge, t, load};
            batch << IncomingSample{SeriesKey{host, QStringLiteral("memory-used"), QStringLiteral("local")},
                                    SeriesType::Gauge, t, double(k) * 1024 * 1024 * 1024};
        }
    }
    QVERIFY(store.append(batch).ok());
    QVERIFY(store.flush().ok());
}

} // namespace opsdeck::test
