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
    Op op = Op::Same;
    bool metaChanged = false;
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
};

// Compares the document with the database and decides every add and change.
Result<Work> computePlan(QSqlDatabase& db, const InventoryDocument& doc);

} // namespace opsdeck::import_work
