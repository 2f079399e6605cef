// Inventory at fleet scale (issue 3): generates a document of MACHINES hosts in NODES
// tree nodes, imports it, re-imports it, then brings every machine online and places
// UNITS units, and times the bulk reads (the machine table's load, sorted by name, and
// its filters). The store part runs on SQLite and then on a real PostgreSQL 15
// (postgres.sh, issue 12) in the same run, and both figures are printed side by side with
// their ratio (team mode's goal: PostgreSQL at most 2x SQLite). Prints figures; asserts
// only correctness.
//
//   bench_inventory [MACHINES=100000] [NODES=10000] [UNITS=200000]

#include "TestDatabase.h"
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

// One store figure per step, in order, for the side-by-side table at the end.
struct Figure
{
    QString what;
    qint64 wallMs = 0;
};
using Figures = QList<Figure>;

void figure(const char* what, qint64 ms, qint64 count = 0, Figures* figures = nullptr)
{
    const qint64 cpu = t.cpuMs();
    out << QStringLiteral("%1: %2 ms wall, %3 ms CPU").arg(QString::fromLatin1(what)).arg(ms).arg(cpu);
    if (count > 0 && cpu > 0)
        out << QStringLiteral(" (%1 per CPU second)").arg(count * 1000 / cpu);
    out << Qt::endl;
    if (figures)
        figures->append({QString::fromLatin1(what), ms});
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

// What both dialects' runs share: the parsed document and the names it needs.
struct Workload
{
    InventoryDocument parsed;
    QStringList services;
    QStringList names;
    int machines = 0;
    int units = 0;
    qint64 parseMs = 0;
};

void importInto(InventoryApplier& applier, const Workload& w, Figures* figures)
{
    t.start();
    auto plan = applier.plan(w.parsed);
    if (!plan.ok())
        die(plan.error().message);
    figure("dry run (plan) into an empty database", t.elapsed(), w.machines, figures);

    t.start();
    auto first = applier.apply(w.parsed);
    if (!first.ok())
        die(first.error().message);
    const qint64 applyMs = t.elapsed();
    figure("import (apply, one transaction)", applyMs, w.machines, figures);
    out << QStringLiteral("import total (parse + apply; goal < 5000 ms): %1 ms wall").arg(w.parseMs + applyMs)
        << Qt::endl;
    if (first->machines.added != w.machines || first->nodes.added != static_cast<int>(w.parsed.nodes.size()))
        die(QStringLiteral("import added %1 machines and %2 nodes")
                .arg(first->machines.added)
                .arg(first->nodes.added));

    t.start();
    auto again = applier.apply(w.parsed);
    if (!again.ok() || again->hasChanges())
        die(QStringLiteral("re-import changed something"));
    figure("re-import of the same document (no changes)", t.elapsed(), w.machines, figures);
}

// Lifecycle in bulk: every machine to READY (one audit row per machine and event), then units.
void placeInto(InventoryWriter& writer, const Workload& w, Figures* figures)
{
    MachineStore store(writer);
    t.start();
    if (Status s = store.transition(w.names, MachineEvent::Init); !s.ok())
        die(s.error().message);
    if (Status s = store.transition(w.names, MachineEvent::Online); !s.ok())
        die(s.error().message);
    figure("init + online of every machine (2 audited transitions each)", t.elapsed(), 2LL * w.machines,
           figures);

    QList<UnitSpec> units;
    units.reserve(w.units);
    for (int u = 0; u < w.units; ++u) {
        const int m = u % w.machines;
        units << UnitSpec{w.services.at(m % w.services.size()), w.names.at(m), 8000 + u / w.machines};
    }
    t.start();
    if (Status s = UnitStore(writer).addMany(units); !s.ok())
        die(s.error().message);
    figure("add units (one transaction, audited)", t.elapsed(), w.units, figures);
}

// The bulk reads the window's models make: the machine table's load (sorted by name) and
// its filters (state and pool; a tree node's subtree), the tree, the units, the audit.
void readBack(InventoryReader& reader, const Workload& w, Figures* figures)
{
    t.start();
    auto all = reader.loadAllMachines();
    if (!all.ok() || all->size() != w.machines || all->first().name != w.names.first())
        die(QStringLiteral("loadAllMachines"));
    figure("loadAllMachines() (the machine table, by name)", t.elapsed(), w.machines, figures);
    MachineFilter byState;
    byState.state = MachineState::Ready;
    byState.pool = QStringLiteral("pool.bj01");
    t.start();
    auto filtered = reader.loadAllMachines(byState);
    if (!filtered.ok() || filtered->size() != w.machines / 4 + (w.machines % 4 > 1 ? 1 : 0))
        die(QStringLiteral("loadAllMachines(state, pool)"));
    figure("loadAllMachines(state READY, one pool)", t.elapsed(), 0, figures);
    MachineFilter byNode;
    byNode.node = QStringLiteral("all/pl3");
    t.start();
    auto underNode = reader.loadAllMachines(byNode);
    if (!underNode.ok() || underNode->isEmpty())
        die(QStringLiteral("loadAllMachines(node)"));
    figure("loadAllMachines(under a product line)", t.elapsed(), 0, figures);
    t.start();
    auto tree = reader.loadTree();
    if (!tree.ok() || tree->size() != w.parsed.nodes.size() || tree->first().totalUnits != w.units)
        die(QStringLiteral("loadTree"));
    figure("loadTree() with counts", t.elapsed(), 0, figures);
    t.start();
    auto allUnits = reader.loadUnits();
    if (!allUnits.ok() || allUnits->size() != w.units)
        die(QStringLiteral("loadUnits"));
    figure("loadUnits()", t.elapsed(), w.units, figures);
    AuditFilter recent;
    recent.limit = 1000;
    t.start();
    auto audit = reader.loadAudit(recent);
    if (!audit.ok() || audit->size() != std::min(1000, 2 * w.machines + w.units + 1))
        die(QStringLiteral("loadAudit"));
    figure("loadAudit(newest 1000)", t.elapsed(), 0, figures);
}

Figures runOn(Dialect dialect, const Workload& w)
{
    out << Qt::endl << QStringLiteral("-- %1").arg(dialectName(dialect)) << Qt::endl;
    test::TestDatabase tmp(dialect);
    InventoryWriter writer(tmp.db());
    InventoryApplier applier(writer);
    InventoryReader reader(tmp.db());
    Figures figures;
    importInto(applier, w, &figures);
    placeInto(writer, w, &figures);
    readBack(reader, w, &figures);
    return figures;
}

void compare(const Figures& sqlite, const Figures& pg)
{
    out << Qt::endl << "store figures, wall ms: SQLite | PostgreSQL | ratio (goal: at most 2x)" << Qt::endl;
    for (int i = 0; i < sqlite.size() && i < pg.size(); ++i) {
        const double ratio = static_cast<double>(pg.at(i).wallMs) / std::max<qint64>(1, sqlite.at(i).wallMs);
        out << QStringLiteral("%1 | %2 | %3 | %4x%5")
                   .arg(sqlite.at(i).what, -62)
                   .arg(sqlite.at(i).wallMs, 7)
                   .arg(pg.at(i).wallMs, 7)
                   .arg(ratio, 5, 'f', 2)
                   .arg(ratio > 2.0 ? QStringLiteral("  (over 2x)") : QString())
            << Qt::endl;
    }
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    const QStringList args = app.arguments();
    Workload w;
    w.machines = args.value(1, QStringLiteral("100000")).toInt();
    const int nodes = args.value(2, QStringLiteral("10000")).toInt();
    w.units = args.value(3, QStringLiteral("200000")).toInt();
    out << QStringLiteral("bench_inventory: %1 machines, %2 nodes, %3 units%4")
               .arg(w.machines)
               .arg(nodes)
               .arg(w.units)
               .arg(test::benchSmoke() ? QStringLiteral(" (smoke)") : QString())
        << Qt::endl;

    t.start();
    const InventoryDocument generated = generate(w.machines, nodes, &w.services);
    const QByteArray json = writeInventoryJson(generated);
    figure("generate + write JSON", t.elapsed());
    out << QStringLiteral("document: %1 MB of JSON").arg(json.size() / 1048576.0, 0, 'f', 1) << Qt::endl;

    t.start();
    auto parsed = parseInventoryJson(json, QStringLiteral("bench.json"));
    if (!parsed.ok())
        die(parsed.error().message);
    w.parseMs = t.elapsed();
    figure("parse JSON", w.parseMs, w.machines);
    w.parsed = *parsed;
    w.names.reserve(w.machines);
    for (const InventoryHost& h : std::as_const(w.parsed.hosts))
        w.names << h.name;

    const Figures sqlite = runOn(Dialect::Sqlite, w);
    bool missing = false;
    if (const QString why = test::ensurePostgresServer(&missing); !why.isEmpty()) {
        out << "PostgreSQL: not measured: " << why << Qt::endl;
        if (!missing || qEnvironmentVariableIsSet("OPSDECK_REQUIRE_TOOLS"))
            die(QStringLiteral("no PostgreSQL server"));
    } else {
        compare(sqlite, runOn(Dialect::Postgres, w));
    }
    out << "bench_inventory: ok" << Qt::endl;
    return 0;
}
