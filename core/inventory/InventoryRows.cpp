#include "inventory/InventoryRows.h"

#include "db/Database.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace opsdeck::inventory_rows {

Result<QString> normalizePath(const QString& path)
{
    const QStringList parts = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    QStringList clean;
    for (const QString& p : parts) {
        const QString t = p.trimmed();
        if (t.isEmpty())
            return Error::usage(
                QCoreApplication::translate("Inventory", "the node path '%1' has an empty part").arg(path));
        clean << t;
    }
    if (clean.isEmpty())
        return Error::usage(
            QCoreApplication::translate("Inventory", "a node path is needed, such as company/shop/web"));
    return clean.join(QLatin1Char('/'));
}

QString parentPath(const QString& path)
{
    const qsizetype slash = path.lastIndexOf(QLatin1Char('/'));
    return slash < 0 ? QString() : path.left(slash);
}

QString lastSegment(const QString& path)
{
    return path.mid(path.lastIndexOf(QLatin1Char('/')) + 1);
}

QStringList tagsFromJson(const QString& text)
{
    QStringList out;
    const QJsonArray a = QJsonDocument::fromJson(text.toUtf8()).array();
    for (const auto& v : a)
        out << v.toString();
    return out;
}

QString tagsToJson(const QStringList& tags)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(tags)).toJson(QJsonDocument::Compact));
}

Result<std::optional<MachineRow>> findMachine(QSqlDatabase& db, const QString& name)
{
    auto q = Database::exec(
        db,
        QStringLiteral("SELECT m.id, m.name, m.address, m.port, m.ssh_user, p.name, m.state, "
                       "m.tags, m.version, m.changed_by, m.changed_at FROM machines m JOIN pools p ON p.id = "
                       "m.pool_id WHERE m.name = ?"),
        {name});
    if (!q.ok())
        return q.error();
    if (!q->next())
        return std::optional<MachineRow>{};
    MachineRow m;
    m.id = q->value(0).toLongLong();
    m.name = q->value(1).toString();
    m.address = q->value(2).toString();
    m.port = q->value(3).toInt();
    m.user = q->value(4).toString();
    m.pool = q->value(5).toString();
    m.state = MachineLifecycle::stateFromName(q->value(6).toString()).value_or(MachineState::New);
    m.tags = tagsFromJson(q->value(7).toString());
    m.stamp = RowVersion::fromQuery(*q, 8);
    return std::optional<MachineRow>{m};
}

Result<QHash<QString, MachineRow>> loadMachineRows(QSqlDatabase& db, const QStringList& names)
{
    QHash<QString, MachineRow> out;
    if (names.size() <= 32) {
        for (const QString& n : names) {
            auto m = findMachine(db, n);
            if (!m.ok())
                return m.error();
            if (m->has_value())
                out.insert(n, **m);
        }
        return out;
    }
    const QSet<QString> wanted(names.cbegin(), names.cend());
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral(
            "SELECT m.id, m.name, m.address, m.port, m.ssh_user, p.name, m.state, m.tags, "
            "m.version, m.changed_by, m.changed_at FROM machines m JOIN pools p ON p.id = m.pool_id")))
        return Database::sqlError(QCoreApplication::translate("Inventory", "reading machines failed"),
                                  q.lastError());
    const QString emptyTags = QStringLiteral("[]");
    while (q.next()) {
        const QString name = q.value(1).toString();
        if (!wanted.contains(name))
            continue;
        MachineRow m;
        m.id = q.value(0).toLongLong();
        m.name = name;
        m.address = q.value(2).toString();
        m.port = q.value(3).toInt();
        m.user = q.value(4).toString();
        m.pool = q.value(5).toString();
        m.state = MachineLifecycle::stateFromName(q.value(6).toString()).value_or(MachineState::New);
        const QString tags = q.value(7).toString();
        if (tags != emptyTags)
            m.tags = tagsFromJson(tags);
        m.stamp = RowVersion::fromQuery(q, 8);
        out.insert(name, m);
    }
    return out;
}

Result<QHash<QString, NodeRow>> loadNodeRows(QSqlDatabase& db)
{
    QHash<QString, NodeRow> out;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, coalesce(parent_id, 0), name, path, kind, product_line, vars FROM "
                               "tree_nodes")))
        return Database::sqlError(QCoreApplication::translate("Inventory", "reading the tree failed"),
                                  q.lastError());
    while (q.next()) {
        NodeRow n;
        n.id = q.value(0).toLongLong();
        n.parentId = q.value(1).toLongLong();
        n.name = q.value(2).toString();
        n.path = q.value(3).toString();
        n.kind = q.value(4).toString();
        n.productLine = q.value(5).toInt() != 0;
        n.vars = q.value(6).toString();
        out.insert(n.path, n);
    }
    return out;
}

Result<MachineRow> requireMachine(QSqlDatabase& db, const QString& name)
{
    auto m = findMachine(db, name);
    if (!m.ok())
        return m.error();
    if (!m->has_value())
        return Error::notFound(
            QCoreApplication::translate("Inventory", "no machine named '%1'; see `opsdeck machine list`")
                .arg(name));
    return **m;
}

namespace {

Result<std::optional<NodeRow>> findNodeWhere(QSqlDatabase& db, const QString& where, const QVariant& key)
{
    auto q =
        Database::exec(db,
                       QStringLiteral("SELECT id, coalesce(parent_id, 0), name, path, kind, product_line, "
                                      "vars, %1 FROM tree_nodes WHERE %2 = ?")
                           .arg(RowVersion::columns(), where),
                       {key});
    if (!q.ok())
        return q.error();
    if (!q->next())
        return std::optional<NodeRow>{};
    NodeRow n;
    n.id = q->value(0).toLongLong();
    n.parentId = q->value(1).toLongLong();
    n.name = q->value(2).toString();
    n.path = q->value(3).toString();
    n.kind = q->value(4).toString();
    n.productLine = q->value(5).toInt() != 0;
    n.vars = q->value(6).toString();
    n.stamp = RowVersion::fromQuery(*q, 7);
    return std::optional<NodeRow>{n};
}

} // namespace

Result<std::optional<NodeRow>> findNode(QSqlDatabase& db, const QString& path)
{
    return findNodeWhere(db, QStringLiteral("path"), path);
}

Result<NodeRow> requireNode(QSqlDatabase& db, const QString& path)
{
    auto normal = normalizePath(path);
    if (!normal.ok())
        return normal.error();
    auto n = findNode(db, *normal);
    if (!n.ok())
        return n.error();
    if (!n->has_value())
        return Error::notFound(
            QCoreApplication::translate("Inventory", "no tree node '%1'; see `opsdeck tree list`")
                .arg(*normal));
    return **n;
}

Result<NodeRow> requireService(QSqlDatabase& db, const QString& path)
{
    auto n = requireNode(db, path);
    if (!n.ok())
        return n.error();
    if (n->kind != QLatin1String("service"))
        return Error::refused(
            QCoreApplication::translate(
                "Inventory", "'%1' is a %2, not a service; units and relations belong to service nodes")
                .arg(n->path, n->kind));
    return n;
}

Result<qint64> ensurePool(ChangeSet& cs, const QString& name, const QString& reason)
{
    const QString pool = name.trimmed().isEmpty() ? QStringLiteral("default") : name.trimmed();
    auto q = cs.exec(QStringLiteral("SELECT id FROM pools WHERE name = ?"), {pool});
    if (!q.ok())
        return q.error();
    if (q->next())
        return q->value(0).toLongLong();
    auto ins =
        cs.exec(QStringLiteral("INSERT INTO pools (name, created_at, changed_by, changed_at) VALUES (?, ?, "
                               "coalesce(?, ''), ?)"),
                {pool, cs.now(), cs.operatorName(), cs.now()});
    if (!ins.ok())
        return ins.error();
    const qint64 id = ins->lastInsertId().toLongLong();
    if (Status s = cs.audit(QStringLiteral("pool"), pool, QStringLiteral("add"), QJsonValue::Null,
                            QJsonObject{{QStringLiteral("name"), pool}}, reason);
        !s.ok())
        return s.error();
    return id;
}

const QString& machinesUnderCte(UnderScope scope)
{
    // subtree(root_id, node_id): every node with each node at or above it, walked down the
    // parent links from the roots; seeded from one node it stays inside that subtree.
    static const QString shape = QStringLiteral(
        "WITH RECURSIVE subtree(root_id, node_id) AS (SELECT id, id FROM tree_nodes WHERE %1 "
        "UNION ALL SELECT s.root_id, t.id FROM subtree s JOIN tree_nodes t ON t.parent_id = s.node_id), "
        "machines_under(node_id, machine_id) AS (SELECT s.root_id, b.machine_id FROM subtree s "
        "JOIN node_machines b ON b.node_id = s.node_id) ");
    static const QString all = shape.arg(QStringLiteral("1 = 1"));
    static const QString one = shape.arg(QStringLiteral("id = ?"));
    return scope == UnderScope::OneNode ? one : all;
}

QJsonObject machineJson(const MachineRow& m)
{
    return {{QStringLiteral("name"), m.name},
            {QStringLiteral("address"), m.address},
            {QStringLiteral("port"), m.port},
            {QStringLiteral("user"), m.user},
            {QStringLiteral("pool"), m.pool},
            {QStringLiteral("state"), MachineLifecycle::stateName(m.state)},
            {QStringLiteral("tags"), QJsonArray::fromStringList(m.tags)}};
}

QJsonObject machineValues(const MachineRow& m)
{
    QJsonObject o = machineJson(m);
    o.insert(QStringLiteral("version"), m.stamp.version);
    return o;
}

QString machineWhat(const QString& name)
{
    return QCoreApplication::translate("Inventory", "machine '%1'").arg(name);
}

Status writeMachine(ChangeSet& cs, const MachineRow& m, std::optional<qint64> expected, const QString& set,
                    const QVariantList& bindings)
{
    return RowVersion::write(
        cs.db(), QStringLiteral("machines"), set, bindings, QStringLiteral("id"), m.id,
        {machineWhat(m.name), m.stamp, machineValues(m)}, expected, cs.operatorName(), cs.now(),
        [&]() -> Result<RowVersion::ReadRow> {
            auto now = requireMachine(cs.db(), m.name);
            if (!now.ok())
                return now.error();
            return RowVersion::ReadRow{machineWhat(m.name), now->stamp, machineValues(*now)};
        });
}

QJsonObject nodeValues(const NodeRow& n)
{
    QJsonObject o = nodeJson(n);
    o.insert(QStringLiteral("version"), n.stamp.version);
    return o;
}

QString nodeWhat(const QString& path)
{
    return QCoreApplication::translate("Inventory", "tree node '%1'").arg(path);
}

Status writeNode(ChangeSet& cs, const NodeRow& n, std::optional<qint64> expected, const QString& set,
                 const QVariantList& bindings)
{
    return RowVersion::write(
        cs.db(), QStringLiteral("tree_nodes"), set, bindings, QStringLiteral("id"), n.id,
        {nodeWhat(n.path), n.stamp, nodeValues(n)}, expected, cs.operatorName(), cs.now(),
        [&]() -> Result<RowVersion::ReadRow> {
            auto now = findNodeWhere(cs.db(), QStringLiteral("id"), n.id);
            if (!now.ok())
                return now.error();
            if (!now->has_value())
                return Error::refused(QCoreApplication::translate(
                                          "Inventory", "the tree node '%1' was removed by another console")
                                          .arg(n.path));
            return RowVersion::ReadRow{nodeWhat((*now)->path), (*now)->stamp, nodeValues(**now)};
        });
}

namespace {

Result<RowVersion::ReadRow> findServiceRow(QSqlDatabase& db, const NodeRow& service)
{
    auto q = Database::exec(
        db,
        QStringLiteral("SELECT package, config, deploy_root, health_url, health_cmd, unit_cpu, "
                       "unit_mem, pool, %1 FROM services WHERE node_id = ?")
            .arg(RowVersion::columns()),
        {service.id});
    if (!q.ok())
        return q.error();
    RowVersion::ReadRow r;
    r.what = QCoreApplication::translate("Inventory", "service '%1'").arg(service.path);
    if (!q->next())
        return r; // version 0: no row
    r.stamp = RowVersion::fromQuery(*q, 8);
    const QString pool = q->value(7).toString();
    r.values = {{QStringLiteral("path"), service.path},
                {QStringLiteral("package"), q->value(0).toString()},
                {QStringLiteral("config"), q->value(1).toString()},
                {QStringLiteral("deploy_root"), q->value(2).toString()},
                {QStringLiteral("health_url"), q->value(3).toString()},
                {QStringLiteral("health_cmd"), q->value(4).toString()},
                {QStringLiteral("unit_cpu"), q->value(5).toDouble()},
                {QStringLiteral("unit_mem"), q->value(6).toDouble()},
                {QStringLiteral("pool"), pool.isEmpty() ? QStringLiteral("default") : pool},
                {QStringLiteral("version"), r.stamp.version}};
    return r;
}

} // namespace

Result<RowVersion::ReadRow> readServiceRow(ChangeSet& cs, const NodeRow& service)
{
    auto r = findServiceRow(cs.db(), service);
    if (!r.ok() || !r->values.isEmpty())
        return r;
    auto ins = cs.exec(QStringLiteral("INSERT INTO services (node_id, updated_at, changed_by, changed_at) "
                                      "VALUES (?, ?, coalesce(?, ''), ?)"),
                       {service.id, cs.now(), cs.operatorName(), cs.now()});
    if (!ins.ok())
        return ins.error();
    return findServiceRow(cs.db(), service);
}

Status writeService(ChangeSet& cs, const NodeRow& service, const RowVersion::ReadRow& read,
                    std::optional<qint64> expected, const QString& set, const QVariantList& bindings)
{
    QVariantList b = bindings;
    b << cs.now();
    return RowVersion::write(cs.db(), QStringLiteral("services"), set + QStringLiteral(", updated_at = ?"), b,
                             QStringLiteral("node_id"), service.id, read, expected, cs.operatorName(),
                             cs.now(), [&]() { return findServiceRow(cs.db(), service); });
}

QJsonObject nodeJson(const NodeRow& n)
{
    return {{QStringLiteral("path"), n.path},
            {QStringLiteral("kind"), n.kind},
            {QStringLiteral("product_line"), n.productLine},
            {QStringLiteral("vars"), QJsonDocument::fromJson(n.vars.toUtf8()).object()}};
}

} // namespace opsdeck::inventory_rows
