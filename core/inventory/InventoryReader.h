#pragma once

#include "db/Database.h"
#include "inventory/InventoryTypes.h"
#include "util/Result.h"

#include <QList>
#include <QString>
#include <memory>
#include <optional>

namespace opsdeck {

struct MachineMetaEntry
{
    QString key;
    QString value;  // as text; an imported string as it is, other imported values as JSON
    QString source; // collector | import
    qint64 updatedAt = 0;
};

// Bulk reads of the inventory for the CLI and the window's models: each call is a
// handful of queries however large the fleet, and returns value types. Safe on any
// thread (each thread gets its own connection).
class InventoryReader
{
public:
    explicit InventoryReader(std::shared_ptr<Database> db) : m_db(std::move(db)) {}

    // Every machine matching `filter`, sorted by name, with pool, state, tags, bound
    // node paths and the pool-stock flag.
    Result<QList<Machine>> loadAllMachines(const MachineFilter& filter = {}) const;
    // The machine named `name` (nullopt when there is none), as loadAllMachines() gives it;
    // reads only that machine's own bindings and units, whatever the size of the fleet.
    Result<std::optional<Machine>> machine(const QString& name) const;
    // The machines of these ids that exist, as loadAllMachines() gives them, in four
    // queries whatever their number (a ChangeFeed's Changes name rows by id).
    Result<QList<Machine>> machinesById(const QList<qint64>& ids) const;
    Result<QList<MachineMetaEntry>> machineMeta(const QString& name) const;

    // Every node, sorted by path (parents before children), with per-node counts.
    Result<QList<TreeNode>> loadTree() const;
    Result<QList<UrlBinding>> loadUrls(const QString& nodePath = {}) const;
    Result<QStringList> loadPools() const;

    // Units of one service (servicePath), of one machine (machine), or all.
    Result<QList<Unit>> loadUnits(const QString& servicePath = {}, const QString& machine = {}) const;
    // Relations of one service (as the needing side), or all.
    Result<QList<Relation>> loadRelations(const QString& servicePath = {}) const;

    Result<QList<AuditEntry>> loadAudit(const AuditFilter& filter = {}) const;

    // A number that grows with every committed inventory change, whichever process
    // made it (the newest audit row's id): poll it to know when to reload.
    Result<qint64> revision() const;

    const std::shared_ptr<Database>& database() const { return m_db; }

private:
    std::shared_ptr<Database> m_db;
};

} // namespace opsdeck
