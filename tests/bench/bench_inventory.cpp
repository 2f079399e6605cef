// Inventory at fleet scale (issue 3): generates a document of MACHINES hosts in NODES
// tree nodes, imports it, re-imports it, then brings every machine online and places
// UNITS units, and times the bulk reads. Prints figures; asserts only correctness.
//
//   bench_inventory [MACHINES=100000] [NODES=10000] [UNITS=200000]

#include "TestSupport.h"
#include "inventory/InventoryApplier.h"
#include "inventory/InventoryReader.h"
#include "inventory/MachineStore.h"
#include "inventory/UnitStore.h"
#include "inventory_io/InventoryJsonParser.h"
#include "inventory_io/InventoryJsonWriter.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QStandardPaths>
#include <QTextStream>
#include <cstdio>
#include <ctime>

using namespace opsdeck;

namespace {

QTextStream out(stdout);

// Wall time and this process's CPU time since start(): on a shared, loaded machine the
// CPU time is the steadier figure.
class Timer
{
public:
    void start()
    {
        m_wall.start();
        m_cpu = std::clock();
    }
    qint64 elapsed() const { return m_wall.elapsed(); }
    qint64 cpuMs() const { return static_cast<qint64>((std::clock() - m_cpu) * 1000.0 / CLOCKS_PER_SEC); }

private:
    QElapsedTimer m_wall;
    std::clock_t m_cpu = 0;
};

Timer t;

void figure(const char* what, qint64 ms, qint64 count = 0)
{
    const qint64 cpu = t.cpuMs();
    out << QStringLiteral("%1: %2 ms wall, %3 ms CPU").arg(QString::fromLatin1(what)).arg(ms).arg(cpu);
    if (count > 0 && cpu > 0)
        out << QStringLiteral(" (%1 per CPU second)").arg(count * 1000 / cpu);
    out << Qt::endl;
}

[[noreturn]] void die(const QString& what)
{
    out << "FAILED: " << what << Qt::endl;
    std::exit(1);
}

// all / pl<k> (10 product lines) / team<t> (10 each) / svc<s> (services, the rest).
InventoryDocument generate(int machines, int nodes, QStringList* services)
{
    InventoryDocument doc;
    doc.sourceName = QStringLiteral("bench.json");
    doc.nodes << InventoryNode{QStringLiteral("all"), NodeKind::Folder, {}, false};
    QStringList teams;
    for (int k = 0; k < 10; ++k) {
        const QString pl = QStringLiteral("all/pl%1").arg(k);
        doc.nodes << InventoryNode{pl, NodeKind::Folder, {{"owner", QStringLiteral("team%1").arg(k)}}, k < 8};
        for (int t = 0; t < 10; ++t) {
            teams << pl + QStringLiteral("/team%1").arg(t);
            doc.nodes << InventoryNode{teams.last(), NodeKind::Group, {}, false};
        }
    }
    const int leaves = std::max(1, nodes - static_cast<int>(doc.nodes.size()));
    for (int s = 0; s < leaves; ++s) {
        services->append(teams.at(s % teams.size()) + QStringLiteral("/svc%1").arg(s));
        doc.nodes << InventoryNode{services->last(), NodeKind::Service, {}, false};
    }
    for (int i = 0; i < machines; ++i) {
        InventoryHost h;
        h.name = QStringLiteral("host%1.example.com").arg(i, 6, 10, QLatin1Char('0'));
        h.address = QStringLiteral("10.%1.%2.%3").arg((i >> 16) & 255).arg((i >> 8) & 255).arg(i & 255);
        h.user = QStringLiteral("deploy");
        h.pool = QStringLiteral("pool.bj%1").arg(i % 4, 2, 10, QLatin1Char('0'));
        h.nodePaths << services->at(i % services->size());
        h.meta.insert(QStringLiteral("rack"), QStringLiteral("r%1").arg(i % 40));
        h.meta.insert(QStringLiteral("cores"), 8 + (i % 4) * 8);
        doc.hosts << h;
    }
    return doc;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    const QStringList args = app.arguments();
    const int machines = args.value(1, QStringLiteral("100000")).toInt();
    const int nodes = args.value(2, QStringLiteral("10000")).toInt();
    const int unitCount = args.value(3, QStringLiteral("200000")).toInt();
    out << QStringLiteral("bench_inventory: %1 machines, %2 nodes, %3 units%4")
               .arg(machines)
               .arg(nodes)
               .arg(unitCount)
               .arg(test::benchSmoke() ? QStringLiteral(" (smoke)") : QString())
        << Qt::endl;

    test::TempDatabase tmp;
    InventoryWriter writer(tmp.db());
    InventoryApplier applier(writer);
    InventoryReader reader(tmp.db());
    QStringList services;

    t.start();
    const InventoryDocument generated = generate(machines, nodes, &services);
    const QByteArray json = writeInventoryJson(generated);
    figure("generate + write JSON", t.elapsed());
    out << QStringLiteral("document: %1 MB of JSON").arg(json.size() / 1048576.0, 0, 'f', 1) << Qt::endl;

    t.start();
    auto parsed = parseInventoryJson(json, QStringLiteral("bench.json"));
    if (!parsed.ok())
        die(parsed.error().message);
    const qint64 parseMs = t.elapsed();
    figure("parse JSON", parseMs, machines);

    t.start();
    auto plan = applier.plan(*parsed);
    if (!plan.ok())
        die(plan.error().message);
    figure("dry run (plan) into an empty database", t.elapsed(), machines);

    t.start();
    auto first = applier.apply(*parsed);
    if (!first.ok())
        die(first.error().message);
    const qint64 applyMs = t.elapsed();
    figure("import (apply, one transaction)", applyMs, machines);
    out << QStringLiteral("import total (parse + apply; goal < 5000 ms): %1 ms wall").arg(parseMs + applyMs)
        << Qt::endl;
    if (first->machines.added != machines || first->nodes.added != static_cast<int>(parsed->nodes.size()))
        die(QStringLiteral("import added %1 machines and %2 nodes")
                .arg(first->machines.added)
                .arg(first->nodes.added));

    t.start();
    auto again = applier.apply(*parsed);
    if (!again.ok() || again->hasChanges())
        die(QStringLiteral("re-import changed something"));
    figure("re-import of the same document (no changes)", t.elapsed(), machines);

    // Lifecycle in bulk: every machine to READY (one audit row per machine and event).
    QStringList names;
    names.reserve(machines);
    for (const InventoryHost& h : std::as_const(parsed->hosts))
        names << h.name;
    MachineStore store(writer);
    t.start();
    if (Status s = store.transition(names, MachineEvent::Init); !s.ok())
        die(s.error().message);
    if (Status s = store.transition(names, MachineEvent::Online); !s.ok())
        die(s.error().message);
    figure("init + online of every machine (2 audited transitions each)", t.elapsed(), 2LL * machines);

    QList<UnitSpec> units;
    units.reserve(unitCount);
    for (int u = 0; u < unitCount; ++u) {
        const int m = u % machines;
        units << UnitSpec{services.at(m % services.size()), names.at(m), 8000 + u / machines};
    }
    t.start();
    if (Status s = UnitStore(writer).addMany(units); !s.ok())
        die(s.error().message);
    figure("add units (one transaction, audited)", t.elapsed(), unitCount);

    t.start();
    auto all = reader.loadAllMachines();
    if (!all.ok() || all->size() != machines)
        die(QStringLiteral("loadAllMachines"));
    figure("loadAllMachines()", t.elapsed(), machines);
    t.start();
    auto tree = reader.loadTree();
    if (!tree.ok() || tree->size() != parsed->nodes.size() || tree->first().totalUnits != unitCount)
        die(QStringLiteral("loadTree"));
    figure("loadTree() with counts", t.elapsed());
    t.start();
    auto allUnits = reader.loadUnits();
    if (!allUnits.ok() || allUnits->size() != unitCount)
        die(QStringLiteral("loadUnits"));
    figure("loadUnits()", t.elapsed(), unitCount);
    MachineFilter byState;
    byState.state = MachineState::Ready;
    byState.pool = QStringLiteral("pool.bj01");
    t.start();
    auto filtered = reader.loadAllMachines(byState);
    if (!filtered.ok())
        die(filtered.error().message);
    figure("loadAllMachines(state READY, one pool)", t.elapsed());
    AuditFilter recent;
    recent.limit = 1000;
    t.start();
    auto audit = reader.loadAudit(recent);
    if (!audit.ok() || audit->size() != std::min(1000, 2 * machines + unitCount + 1))
        die(QStringLiteral("loadAudit"));
    figure("loadAudit(newest 1000)", t.elapsed());
    out << "bench_inventory: ok" << Qt::endl;
    return 0;
}
