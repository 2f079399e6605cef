#pragma once

#include "inventory/MachineLifecycle.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantMap>
#include <optional>

namespace opsdeck {

// Value types the inventory's read API returns (InventoryReader) — plain data, cheap
// to copy, safe to hand to another thread.

// One machine of the pool as the machines table shows it.
struct Machine
{
    qint64 id = 0;
    QString name;
    QString address;
    int port = 22;
    QString user;
    QString pool;
    MachineState state = MachineState::New;
    QStringList tags;
    QStringList nodes;              // paths of the nodes it is bound to, sorted
    std::optional<qint64> lastSeen; // epoch seconds
    qint64 createdAt = 0;
    bool poolStock = true; // bound to no product-line node (nor below one), no unit under one
    qint64 version = 1;    // bumped by every write; an edit passes the one it read
    QString changedBy;     // who wrote this version, and when (epoch seconds)
    qint64 changedAt = 0;
};

// The kind of a tree node as the database spells it: "folder", "group", "service".
struct TreeNode
{
    qint64 id = 0;
    qint64 parentId = 0; // 0 = a root
    QString name;
    QString path;
    QString kind; // folder | group | service
    bool productLine = false;
    QVariantMap vars;
    int machines = 0;      // machines bound directly to this node
    int units = 0;         // units of this service (0 for folders and groups)
    int urls = 0;          // URLs bound directly
    int totalMachines = 0; // distinct machines bound in this node's subtree (machinesUnderCte)
    int totalUnits = 0;    // units in this node's subtree
    qint64 version = 1;    // bumped by every write; an edit passes the one it read
    QString changedBy;     // who wrote this version, and when (epoch seconds)
    qint64 changedAt = 0;
};

// One instance of a service on a machine, at <deploy_root>/<deployName>.
struct Unit
{
    qint64 id = 0;
    QString service; // the service node's path
    QString machine; // machine name
    QString address; // the machine's address
    int port = 0;
    MachineState machineState = MachineState::New;
    QString deployName; // "<service name>_<port>"
    qint64 createdAt = 0;
};

struct UrlBinding
{
    qint64 id = 0;
    QString node;
    QString url;
};

// A service's need of a downstream: unit-level (needs is a service path; port
// narrows to its units at that port when set) or service-level (endpoint HOST:PORT).
struct Relation
{
    qint64 id = 0;
    QString service;
    QString needs;    // service path, empty for a service-level relation
    int port = 0;     // 0 = every unit of `needs`
    QString endpoint; // HOST:PORT, empty for a unit-level relation
    bool isUnitLevel() const { return !needs.isEmpty(); }
};

// A relation with what it currently means.
struct ResolvedRelation
{
    Relation relation;
    QStringList endpoints; // "ip:port" of every matching unit, or the endpoint itself
};

// A unit of an upstream service that must get `relation-changed` with `endpoints`,
// the new list for the relation on `needs`.
struct RelationChange
{
    Unit unit;         // the upstream unit
    Relation relation; // the relation whose downstream changed
    QStringList endpoints;
};

struct AuditEntry
{
    qint64 id = 0;
    qint64 time = 0; // epoch seconds
    QString operatorName;
    QString entity; // machine | node | binding | url | unit | relation | service | import
    QString entityId;
    QString action;
    QJsonValue before; // Null when there was nothing before
    QJsonValue after;  // Null when there is nothing after
    QString reason;
};

struct MachineFilter
{
    QString name; // exact name
    std::optional<MachineState> state;
    QString pool;
    QString node;        // machines bound to this node or any node below it (machinesUnderCte)
    bool subtree = true; // false: only machines bound to `node` itself
};

struct AuditFilter
{
    std::optional<qint64> since; // epoch seconds, inclusive
    std::optional<qint64> until; // epoch seconds, exclusive
    QString entity;
    QString entityId;
    int limit = 0; // 0 = all; newest first when set
};

} // namespace opsdeck
