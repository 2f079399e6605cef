#pragma once

// A SQLite cache (inventory and metrics in one file, as a local console has) with known
// data for the home dashboard's figures. Product lines shop (web1 20 % CPU, web2 40 %)
// and data (db1 60 %); pool1 (90 % CPU) is bound to no node: the pool stock. The
// company's CPU is (20 + 40 + 60) / 3 = 40 %; with the pool machine it would be 52.5 %.
// Every machine: memory 25 % used, disk 30 % used. https://shop.example.com/api is bound
// to shop: per minute 90 2xx, 5 3xx, 20 4xx, 5 5xx (availability 95 / 100 = 95 %, 2
// requests a second), 120 ms, 1000 bytes/s. The last hour, one sample a minute.

#include "db/Database.h"
#include "inventory/InventoryWriter.h"
#include "inventory/MachineStore.h"
#include "inventory/TreeStore.h"
#include "metrics/MetricStore.h"
#include "metrics/SeriesMath.h"
#include "util/Clock.h"

#include <QTemporaryDir>
#include <QTest>

namespace opsdeck::test {

struct HomeFixture
{
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("cache.sqlite"));
    std::shared_ptr<Database> db;
    qint64 now = 0;

    static constexpr double cpuBusy(int machine)
    {
        return machine == 0 ? 20 : machine == 1 ? 40 : machine == 2 ? 60 : 90;
    }

    bool build()
    {
        auto opened = Database::open(path);
        if (!opened.ok())
            return false;
        db = *opened;
        InventoryWriter writer(db);
        MachineStore machines(writer);
        TreeStore tree(writer);
        const QStringList names{QStringLiteral("web1"), QStringLiteral("web2"), QStringLiteral("db1"),
                                QStringLiteral("pool1")};
        for (const QString& m : names)
            if (!machines.add({m, QStringLiteral("10.0.0.1"), 22, {}, {}, {}}).ok())
                return false;
        for (const char* n : {"shop", "shop/web", "data"})
            if (!tree.addNode(QString::fromLatin1(n), QStringLiteral("folder")).ok())
                return false;
        bool ok = tree.setProductLine(QStringLiteral("shop"), true).ok() &&
                  tree.setProductLine(QStringLiteral("data"), true).ok() &&
                  tree.bindMachines(QStringLiteral("shop/web"), {names[0], names[1]}).ok() &&
                  tree.bindMachine(QStringLiteral("data"), names[2]).ok() &&
                  tree.bindUrl(QStringLiteral("shop"), QStringLiteral("https://shop.example.com/api")).ok();
        if (!ok)
            return false;
        return fillMetrics(names);
    }

    bool fillMetrics(const QStringList& names)
    {
        MetricStore store(db);
        store.setMaintenanceIntervalMs(0);
        now = Clock::system().nowSecs();
        const qint64 t0 = SeriesMath::alignDown(now, 60) - 3600;
        SampleBatch batch;
        auto add = [&](const QString& machine, const QString& metric, SeriesType type, qint64 t, double v) {
            batch.append({{machine, metric, QStringLiteral("local")}, type, t, v});
        };
        for (int i = 0; i <= 60; ++i) {
            const qint64 t = t0 + i * 60;
            for (int m = 0; m < names.size(); ++m) {
                const double busy = cpuBusy(m) / 100.0;
                add(names[m], QStringLiteral("cpu-user"), SeriesType::Derive, t, 60.0 * busy * i);
                add(names[m], QStringLiteral("cpu-idle"), SeriesType::Derive, t, 60.0 * (1 - busy) * i);
                for (const char* mem : {"memory-used", "memory-buffers", "memory-cached", "memory-free"})
                    add(names[m], QLatin1String(mem), SeriesType::Gauge, t, 1024.0);
                add(names[m], QStringLiteral("disk-usage-sda-used"), SeriesType::Gauge, t, 300);
                add(names[m], QStringLiteral("disk-usage-sda-available"), SeriesType::Gauge, t, 700);
            }
            const QString p = QStringLiteral("url.shop_example_com_api");
            add({}, p + QStringLiteral(".2xx"), SeriesType::Gauge, t, 90);
            add({}, p + QStringLiteral(".3xx"), SeriesType::Gauge, t, 5);
            add({}, p + QStringLiteral(".4xx"), SeriesType::Gauge, t, 20);
            add({}, p + QStringLiteral(".5xx"), SeriesType::Gauge, t, 5);
            add({}, p + QStringLiteral(".response_time"), SeriesType::Gauge, t, 120);
            add({}, p + QStringLiteral(".bytes"), SeriesType::Counter, t, 60000.0 * i);
        }
        for (auto& s : batch)
            if (s.key.machine.isNull())
                s.key.machine = QStringLiteral("");
        return store.append(batch).ok() && store.flush().ok();
    }
};

} // namespace opsdeck::test
