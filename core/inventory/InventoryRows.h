#pragma once

// Lookups and audit snapshots the inventory stores share (not part of the public API).

#include "db/RowVersion.h"
#include "inventory/ChangeSet.h"
#include "inventory/MachineLifecycle.h"
#include "util/Result.h"

#include <QHash>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <optional>

namespace opsdeck::inventory_rows {

struct MachineRow
{
    qint64 id = 0;
    QString name;
    QString address;
    int port = 22;
    QString user;
    QString pool;
    MachineState state = MachineState::New;
    QStringList tags;
    RowStamp stamp; // the version read, who wrote it and when
};

struct NodeRow
{
    qint64 id = 0;
    qint64 parentId = 0;
    QString name;
    QString path;
    QString kind;
    bool productLine = false;
    QString vars;   // JSON text
    RowStamp stamp; // read by findNode (not by loadNodeRows)
};

// "a//b/" -> "a/b"; an empty result or a segment that is only spaces is an error.
Result<QString> normalizePath(const QString& path);
QString parentPath(const QString& path); // "" for a root
QString lastSegment(const QString& path);

Result<std::optional<MachineRow>> findMachine(QSqlDatabase& db, const QString& name);
Result<MachineRow> requireMachine(QSqlDatabase& db, const QString& name); // NotFound names it
// The named machines, in one query when there are many; names not found are absent.
Result<QHash<QString, MachineRow>> loadMachineRows(QSqlDatabase& db, const QStringList& names);
// Every node by path (for bulk work).
Result<QHash<QString, NodeRow>> loadNodeRows(QSqlDatabase& db);

Result<std::optional<NodeRow>> findNode(QSqlDatabase& db, const QString& path);
Result<NodeRow> requireNode(QSqlDatabase& db, const QString& path);
Result<NodeRow> requireService(QSqlDatabase& db, const QString& path); // Refused unless kind service

// The pool's id, creating (and auditing) it on first use.
Result<qint64> ensurePool(ChangeSet& cs, const QString& name, const QString& reason = {});

// The one rule for "machines under a node", which tree list's total_machines and
// machine list --node both read so they cannot disagree: a machine is under a node when
// it is bound to that node or to any node below it. A WITH clause defining the table
// machines_under(node_id, machine_id); put it before a SELECT that reads it. A machine
// bound to two nodes of a subtree appears twice for its root: count DISTINCT machine_id.
// OneNode covers only the subtree of the node whose id is bound as the first parameter.
enum class UnderScope
{
    AllNodes,
    OneNode
};
const QString& machinesUnderCte(UnderScope scope);

QJsonObject machineJson(const MachineRow& m);

// A machine's values with its version, for a conflict message: "machine 'web1'".
QJsonObject machineValues(const MachineRow& m);
QString machineWhat(const QString& name);
// Writes `set` (with `bindings`) to machine `m` at the version it was read with and bumps
// it: refused when `expected` names another version, or when a write raced in since the
// read (the current values are read back into the message).
Status writeMachine(ChangeSet& cs, const MachineRow& m, std::optional<qint64> expected, const QString& set,
                    const QVariantList& bindings);
QJsonObject nodeJson(const NodeRow& n);
// A node's values with its version, for a conflict message: "tree node 'shop/web'".
QJsonObject nodeValues(const NodeRow& n);
QString nodeWhat(const QString& path);
// As writeMachine, for a tree node (found again by id when a write raced in).
Status writeNode(ChangeSet& cs, const NodeRow& n, std::optional<qint64> expected, const QString& set,
                 const QVariantList& bindings);
// A service's row (package, config, deploy settings) as read for a versioned write: its
// stamp and values ("service 'shop/web'"). The row is created (version 1) if the
// service has none yet, so every later write is a conditioned UPDATE.
Result<RowVersion::ReadRow> readServiceRow(ChangeSet& cs, const NodeRow& service);
// Writes `set` to the service's row at the version `read` has (RowVersion::write).
Status writeService(ChangeSet& cs, const NodeRow& service, const RowVersion::ReadRow& read,
                    std::optional<qint64> expected, const QString& set, const QVariantList& bindings);
QStringList tagsFromJson(const QString& text);
QString tagsToJson(const QStringList& tags);

} // namespace opsdeck::inventory_rows
