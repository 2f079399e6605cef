#pragma once

// Sources over the inventory fixture (InventoryFixture.h), with poll outcomes:
//   1: node-exporter on node shop  -> web01 ok (507 samples, 3 malformed, the last two
//      kept: lines 12 and 40; 41 of 812 series mapped), web02 down
//      (refused twice), db01 never polled (stale)
//   2: node-exporter on machine cache01, disabled, never polled
//   3: graphite backend bound to nothing, never polled

#include "InventoryFixture.h"
#include "sources/SourceRepository.h"

#include <QDateTime>

namespace opsdeck::test {

inline void seedSources(const std::shared_ptr<Database>& db)
{
    SourceRepository repo(db);
    auto must = [](const auto& r) {
        if (!r.ok())
            qFatal("seeding the sources failed: %s", qPrintable(r.error().message));
    };
    Source shop;
    shop.url = QStringLiteral("http://{address}:9100/metrics");
    shop.nodePath = QStringLiteral("shop");
    must(repo.add(shop, 0));
    Source cache = shop;
    cache.nodePath.clear();
    cache.machine = QStringLiteral("cache01");
    cache.enabled = false;
    cache.intervalSecs = 30;
    cache.timeoutSecs = 5;
    must(repo.add(cache, 0));
    Source graphite;
    graphite.kind = SourceKind::Graphite;
    graphite.url = QStringLiteral("http://graphite.example:8080");
    graphite.query = QStringLiteral("servers.*.load");
    must(repo.add(graphite, 0));

    const qint64 now = QDateTime::currentSecsSinceEpoch();
    PollOutcome ok;
    ok.target = PollTarget{1, QStringLiteral("web01"), QStringLiteral("10.0.0.1"), 22};
    ok.ok = true;
    ok.samples = 507;
    ok.malformed = 3;
    ok.startedMs = now * 1000;
    ok.parsed = true;
    ok.series = 812;
    ok.mapped = 41;
    ok.malformedLines = {
        MalformedLine{12, QStringLiteral("bad label name"), QStringLiteral("node_x{9=\"a\"} 1")},
        MalformedLine{40, QStringLiteral("missing value"), QStringLiteral("node_y")}};
    must(repo.record(ok, HealthPolicy{}));
    PollOutcome refused;
    refused.target = PollTarget{1, QStringLiteral("web02"), QStringLiteral("10.0.0.2"), 22};
    refused.error = QStringLiteral("connection refused");
    refused.startedMs = now * 1000;
    must(repo.record(refused, HealthPolicy{}));
    must(repo.record(refused, HealthPolicy{}));
}

} // namespace opsdeck::test
