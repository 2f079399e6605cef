#include "checks/ChecksSnapshot.h"

#include "checks/CheckStatusStyle.h"
#include "checks/CheckStore.h"
#include "checks/MaintenanceStore.h"
#include "inventory/InventoryReader.h"

#include <algorithm>

namespace opsdeck {

namespace {

void fold(QHash<QString, CheckStatus>& into, const QString& key, CheckStatus s)
{
    auto it = into.find(key);
    if (it == into.end())
        into.insert(key, s);
    else
        *it = worse(*it, s);
}

int badness(CheckStatus s)
{
    switch (s) {
    case CheckStatus::Critical:
        return 3;
    case CheckStatus::Warning:
        return 2;
    case CheckStatus::Unknown:
        return 1;
    case CheckStatus::Ok:
        return 0;
    }
    return 0;
}

Result<std::shared_ptr<const InventoryShape>> readShape(const std::shared_ptr<Database>& db,
                                                        std::shared_ptr<const InventoryShape> cached)
{
    const InventoryReader reader(db);
    auto revision = reader.revision();
    if (!revision.ok())
        return revision.error();
    if (cached && cached->revision == *revision)
        return cached;
    auto shape = std::make_shared<InventoryShape>();
    shape->revision = *revision;
    auto tree = reader.loadTree();
    if (!tree.ok())
        return tree.error();
    shape->tree = std::move(tree.value());
    auto machines = reader.loadAllMachines();
    if (!machines.ok())
        return machines.error();
    for (const Machine& m : *machines)
        if (!m.nodes.isEmpty())
            shape->machineNodes.insert(m.name, m.nodes);
    return std::shared_ptr<const InventoryShape>(std::move(shape));
}

// Each row's window and the nodes and machines in maintenance, from s.s.cover.
void markMaintenance(ChecksSnapshot& s)
{
    s.nodesInMaintenance.clear();
    s.machinesInMaintenance.clear();
    for (CheckRow& r : s.rows) {
        QStringList targets;
        for (const CheckRuntime& t : std::as_const(r.targets))
            targets << t.target;
        const MaintenanceWindow* w = s.cover.check(r.def, targets);
        r.maintenance = w ? std::optional<MaintenanceWindow>(*w) : std::nullopt;
    }
    if (s.cover.isEmpty() || !s.shape)
        return;
    for (const TreeNode& n : s.shape->tree)
        if (s.cover.node(n.path))
            s.nodesInMaintenance.insert(n.path);
    for (auto it = s.shape->machineNodes.cbegin(); it != s.shape->machineNodes.cend(); ++it)
        if (s.cover.machine(it.key()))
            s.machinesInMaintenance.insert(it.key());
}

} // namespace

const CheckRow* ChecksSnapshot::row(qint64 checkId) const
{
    for (const CheckRow& r : rows)
        if (r.def.id == checkId)
            return &r;
    return nullptr;
}

bool ChecksSnapshot::isSilenced(qint64 checkId, const QString& target) const
{
    const CheckRow* r = row(checkId);
    if (!r)
        return false;
    for (const CheckRuntime& t : r->targets)
        if (t.target == target)
            return t.silencedUntilMs && *t.silencedUntilMs > atMs;
    return r->summary.silencedUntilMs.has_value();
}

bool ChecksSnapshot::isInMaintenance(qint64 checkId, const QString& target) const
{
    const CheckRow* r = row(checkId);
    if (!r)
        return false;
    if (target.isEmpty() || r->maintenance)
        return r->maintenance.has_value();
    return cover.target(r->def, target) != nullptr;
}

Result<ChecksSnapshot> ChecksSnapshot::read(const std::shared_ptr<Database>& db, qint64 nowMs,
                                            std::shared_ptr<const InventoryShape> cached)
{
    auto checks = CheckStore(db).list();
    if (!checks.ok())
        return checks.error();
    auto states = CheckStateStore(db).loadAll();
    if (!states.ok())
        return states.error();
    auto shape = readShape(db, std::move(cached));
    if (!shape.ok())
        return shape.error();
    auto windows = MaintenanceStore(db).list(nowMs);
    if (!windows.ok())
        return windows.error();

    QHash<qint64, QList<CheckRuntime>> byCheck;
    for (CheckRuntime& r : *states)
        byCheck[r.checkId].append(std::move(r));
    ChecksSnapshot s;
    s.atMs = nowMs;
    s.shape = std::move(shape.value());
    s.maintenance = std::move(windows.value());
    s.cover = MaintenanceCover(s.maintenance, s.shape->machineNodes, nowMs);
    for (const MaintenanceWindow& w : std::as_const(s.maintenance)) {
        const qint64 next = w.fromMs > nowMs ? w.fromMs : w.toMs;
        s.nextMaintenanceMs = std::min(s.nextMaintenanceMs.value_or(next), next);
    }
    s.rows.reserve(checks->size());
    for (CheckDefinition& d : *checks) {
        CheckRow row;
        row.targets = byCheck.take(d.id);
        row.def = std::move(d);
        row.summary = CheckStateStore::summarize(row.targets, nowMs);
        for (const CheckRuntime& t : row.targets) {
            if (const auto st = CheckStatusStyle::displayStatus(t))
                row.status = row.status ? worse(*row.status, *st) : *st;
            if (t.silencedUntilMs && *t.silencedUntilMs > nowMs)
                s.nextSilenceEndMs =
                    std::min(s.nextSilenceEndMs.value_or(*t.silencedUntilMs), *t.silencedUntilMs);
        }
        s.rows.push_back(std::move(row));
    }
    s.rollUp();
    return s;
}

void ChecksSnapshot::rollUp()
{
    machineStatus.clear();
    nodeStatus.clear();
    open.clear();
    markMaintenance(*this);
    for (const CheckRow& r : rows) {
        if (!r.def.enabled)
            continue;
        for (const CheckRuntime& t : r.targets) {
            const auto st = CheckStatusStyle::displayStatus(t);
            if (!st)
                continue;
            if (!t.target.isEmpty())
                fold(machineStatus, t.target, *st);
            if (!r.def.nodePath.isEmpty())
                fold(nodeStatus, r.def.nodePath, *st);
            if (CheckStatusStyle::isOpenProblem(t, atMs) && !r.maintenance && !cover.target(r.def, t.target))
                open.append({r.def.id, r.def.name, t.target, *st, r.def.importance, t.sinceMs, t.message});
        }
    }
    std::stable_sort(open.begin(), open.end(), [](const OpenProblem& a, const OpenProblem& b) {
        if (badness(a.status) != badness(b.status))
            return badness(a.status) > badness(b.status);
        return a.sinceMs < b.sinceMs;
    });
    if (!shape)
        return;
    for (auto it = machineStatus.cbegin(); it != machineStatus.cend(); ++it)
        for (const QString& node : shape->machineNodes.value(it.key()))
            fold(nodeStatus, node, it.value());
    // Children after their parents (loadTree sorts by path): fold them upwards in reverse.
    QHash<qint64, QString> pathOf;
    pathOf.reserve(shape->tree.size());
    for (const TreeNode& n : shape->tree)
        pathOf.insert(n.id, n.path);
    for (auto it = shape->tree.crbegin(); it != shape->tree.crend(); ++it) {
        if (!it->parentId)
            continue;
        const auto own = nodeStatus.constFind(it->path);
        if (own != nodeStatus.cend())
            fold(nodeStatus, pathOf.value(it->parentId), *own);
    }
}

} // namespace opsdeck
