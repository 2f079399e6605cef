#pragma once

// The applier's working data: what an import will do to each node, host and binding
// (internal to core/inventory).

#include "inventory/InventoryApplier.h"
#include "util/Result.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <utility>

namespace opsdeck::import_work {

enum class Op
{
    Add,
    Change,
    Same
};

struct NodeOp
{
    QString path;
    QString kind;
    bool productLine = false;
    QString vars; // canonical JSON
    bool explicitInDoc = false;
    Op op = Op::Same;
    QStringList fields;
    qint64 id = 0;
};

struct HostOp
{
    QString name;
    QString address;
    int port = 22;
    QString user;
    QString pool; // the pool it ends up in
    QMap<QString, QString> meta;
    QString state = QStringLiteral("NEW"); // for a new machine
    QStringList tags;                      // the tags it ends up with
    Op op = Op::Same;
    bool metaChanged = false;
    bool tagsChanged = false;
    QStringList fields;
    qint64 id = 0;
};

struct Work
{
    ImportPlan plan;
    QList<NodeOp> nodes; // parents before children
    QList<HostOp> hosts;
    QList<std::pair<int, QString>> newBindings; // (host index, node path)
    QStringList newPools;
    QHash<QString, qint64> poolIds;
    QList<std::pair<QString, QString>> newUrls; // (node path, URL)
    QList<InventoryUnit> newUnits;              // service path normalised
    QList<InventoryRelation> newRelations;      // paths normalised
    QHash<QString, qint64> existingNodeIds;     // path → id before the import
    QHash<QString, qint64> existingMachineIds;  // name → id before the import
};

// Compares the document with the database and decides every add and change.
Result<Work> computePlan(QSqlDatabase& db, const InventoryDocument& doc);

} // namespace opsdeck::import_work
