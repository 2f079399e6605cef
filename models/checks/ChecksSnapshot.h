#pragma once

#include "checks/CheckStateStore.h"
#include "checks/CheckTypes.h"
#include "checks/MaintenanceWindow.h"
#include "db/Database.h"
#include "inventory/InventoryTypes.h"
#include "util/Result.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QStringList>
#include <memory>
#include <optional>
#include <vector>

namespace opsdeck {

// One check with its targets' states and what they add up to.
struct CheckRow
{
    CheckDefinition def;
    QList<CheckRuntime> targets;
    CheckSummary summary;
    std::optional<CheckStatus> status; // worst display status of its targets; none before a run
    // The open window the check is under (MaintenanceCover::check), if any.
    std::optional<MaintenanceWindow> maintenance;
};

// A failing or unknown target nobody acknowledged or silenced: what the tray shows.
struct OpenProblem
{
    qint64 checkId = 0;
    QString check;
    QString target; // "" for a check bound to neither a machine nor a node
    CheckStatus status = CheckStatus::Unknown;
    Importance importance = Importance::Error;
    qint64 sinceMs = 0;
    QString message;
};

// The shape of the inventory the roll-up needs: the tree (parents before children) and
// each machine's directly bound nodes. Read again only when the inventory's revision moves.
struct InventoryShape
{
    qint64 revision = -1;
    QList<TreeNode> tree;
    QHash<QString, QStringList> machineNodes;
};

// Everything the window shows about checks at one moment, read off the GUI thread in one
// go and shared (immutable) by the check list, the status icons and the tray.
struct ChecksSnapshot
{
    qint64 atMs = 0;
    std::vector<CheckRow> rows;                // by name
    QHash<QString, CheckStatus> machineStatus; // machine -> worst of its targets' statuses
    QHash<QString, CheckStatus> nodeStatus;    // node path -> worst of its checks, machines and children
    QList<OpenProblem> open;                   // worst first, then oldest first
    std::optional<qint64> nextSilenceEndMs;    // the soonest silence to end after atMs
    // Maintenance windows not ended at atMs (open or to come), and what the open ones cover.
    QList<MaintenanceWindow> maintenance;
    MaintenanceCover cover;
    QSet<QString> nodesInMaintenance;        // node paths at or below an open window's node
    QSet<QString> machinesInMaintenance;     // machines bound to such a node
    std::optional<qint64> nextMaintenanceMs; // the soonest window to open or end after atMs
    std::shared_ptr<const InventoryShape> shape;

    const CheckRow* row(qint64 checkId) const;
    bool isSilenced(qint64 checkId, const QString& target) const;
    // Is the target (or the whole check, target "") under an open maintenance window?
    bool isInMaintenance(qint64 checkId, const QString& target) const;

    // Reads the checks and their states; the inventory shape is `cached` when its
    // revision is still the database's. Any thread.
    static Result<ChecksSnapshot> read(const std::shared_ptr<Database>& db, qint64 nowMs,
                                       std::shared_ptr<const InventoryShape> cached);
    // Fills machineStatus, nodeStatus and open from rows and shape (enabled checks only):
    // a node's status is the worst of the checks bound to it, of the machines bound to
    // it directly and of its child nodes. Targets in maintenance are not open problems.
    // Also each row's maintenance and the nodes and machines in maintenance (from cover).
    void rollUp();
};

} // namespace opsdeck
