#pragma once

#include "RealServer.h"
#include "TestSupport.h"
#include "ingest/BackendJson.h"

#include <QMap>
#include <QUrl>
#include <QUrlQuery>

namespace opsdeck::test {

// What a real Prometheus on 127.0.0.1:`port` answers for `promql` over [start, end] at a
// 1 s step, first series only, as (timestamp -> value); empty when it has nothing.
inline QMap<qint64, double> prometheusQueryRange(quint16 port, const QString& promql, qint64 start,
                                                 qint64 end)
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("query"), QString::fromLatin1(QUrl::toPercentEncoding(promql)));
    q.addQueryItem(QStringLiteral("start"), QString::number(start));
    q.addQueryItem(QStringLiteral("end"), QString::number(end));
    q.addQueryItem(QStringLiteral("step"), QStringLiteral("1"));
    const QByteArray body = httpGet(QStringLiteral("http://127.0.0.1:%1/api/v1/query_range?%2")
                                        .arg(port)
                                        .arg(q.toString(QUrl::FullyEncoded)));
    QMap<qint64, double> out;
    auto series = parsePrometheusQueryRange(body);
    if (!series.ok() || series->isEmpty())
        return out;
    for (const SeriesPoint& p : series->first().points)
        if (p.value)
            out.insert(p.timestamp, *p.value);
    return out;
}

// A real Prometheus scraping a real node_exporter every second, each on a free port.
// Check both with OPSDECK_REQUIRE_SERVER before use.
struct ScrapedNodeExporter
{
    quint16 exporterPort = freeTcpPort();
    RealServer exporter{QStringLiteral("node_exporter.sh"), {QString::number(exporterPort)}};
    quint16 port = freeTcpPort(); // Prometheus's
    RealServer prometheus{
        QStringLiteral("prometheus.sh"),
        {QString::number(port), QStringLiteral("1s"), QStringLiteral("127.0.0.1:%1").arg(exporterPort)}};
};

} // namespace opsdeck::test
