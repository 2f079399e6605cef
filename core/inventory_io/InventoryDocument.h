#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantMap>
#include <optional>

namespace opsdeck {

// The kind of a service-tree node. Ansible groups and CSV paths give folders unless a group var
// opsdeck_kind says otherwise; JSON carries the kind.
enum class NodeKind
{
    Folder,
    Group,
    Service
};

// "folder", "group", "service" (the spelling used in JSON, the CLI and the database).
QString nodeKindName(NodeKind kind);
// The inverse of nodeKindName (case-insensitive); nullopt for anything else.
std::optional<NodeKind> nodeKindFromName(const QString& name);

// One node of the service tree as a file describes it.
struct InventoryNode
{
    QString path; // "all/web/frontend", '/'-separated; `all` is the Ansible root
    NodeKind kind = NodeKind::Folder;
    QVariantMap vars; // the group's own vars (not inherited ones)
    bool productLine = false;
    QStringList urls = {}; // URLs bound to the node (JSON only; other formats leave it empty)

    friend bool operator==(const InventoryNode&, const InventoryNode&) = default;
};

// One machine as a file describes it.
struct InventoryHost
{
    QString name;
    QString address;
    int port = 22;
    QString user;
    QString pool;          // empty = the default pool
    QStringList nodePaths; // every node that lists this host directly, in file order
    QVariantMap meta;      // host vars + inherited group vars, as Ansible would see them; IdentityFile etc.
    QString state = {};    // lifecycle state ("READY"); empty = not given (JSON only)
    QStringList tags = {}; // JSON only

    friend bool operator==(const InventoryHost&, const InventoryHost&) = default;
};

// A unit: an instance of a service (node path) on a machine at a port (JSON only).
struct InventoryUnit
{
    QString service;
    QString machine;
    int port = 0;

    friend bool operator==(const InventoryUnit&, const InventoryUnit&) = default;
};

// A relation (JSON only): unit-level (`needs` a service path; `port` 0 = every unit of it)
// or service-level (`endpoint` HOST:PORT, `needs` empty).
struct InventoryRelation
{
    QString service;
    QString needs;
    int port = 0;
    QString endpoint;

    friend bool operator==(const InventoryRelation&, const InventoryRelation&) = default;
};

// The whole content of one inventory file, independent of its format.
struct InventoryDocument
{
    QList<InventoryNode> nodes;         // parents before children
    QList<InventoryHost> hosts;         // in file order, names unique
    QList<InventoryUnit> units;         // JSON only
    QList<InventoryRelation> relations; // JSON only
    QStringList warnings;               // e.g. skipped wildcard Host patterns, "file:line: ..."
    QString sourceName;                 // the file name given to the parser
    QByteArray sha256;                  // SHA-256 of the input bytes (raw, 32 bytes)

    const InventoryNode* node(const QString& path) const;
    const InventoryHost* host(const QString& name) const;
};

} // namespace opsdeck
