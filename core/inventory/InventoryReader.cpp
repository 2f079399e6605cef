#include "inventory/InventoryReader.h"

#include "inventory/InventoryApplier.h"
#include "inventory/InventoryRows.h"
#include "inventory/UnitStore.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>

namespace opsdeck {

using namespace inventory_rows;

namespace {

QJsonValue jsonFromText(const QVariant& v)
{
    if (v.isNull())
        return QJsonValue::Null;
    const QByteArray text = v.toString().toUtf8();
    // Scalars are stored bare; wrap them so QJsonDocument can read them.
    const QJsonDocument doc = QJsonDocument::fromJson("[" + text + "]");
    if (doc.isArray() && !doc.array().isEmpty())
        return doc.array().first();
    return QString::fromUtf8(text);
}

// Paths of nodes at or below a product-line node.
QSet<qint64> nodesUnderProductLine(QSqlDatabase& db, bool* ok)
{
    QSet<qint64> out;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    *ok = q.exec(QStringLiteral("SELECT path FROM tree_nodes WHERE product_line = 1"));
    QStringList lines;
    while (q.next())
        lines << q.value(0).toString();
    if (!*ok || lines.isEmpty())
        return out;
    for (const QString& pl : std::as_const(lines)) {
        auto r = Database::exec(
            db, QStringLiteral("SELECT id FROM tree_nodes WHERE path = ? OR substr(path, 1, ?) = ?"),
            {pl, pl.size() + 1, pl + QLatin1Char('/')});
        if (!r.ok()) {
            *ok = false;
            return out;
        }
        while (r->next())
            out.insert(r->value(0).toLongLong());
    }
    return out;
}

const QString& machineSelect()
{
    static const QString sql = QStringLiteral(
        "SELECT m.id, m.name, m.address, m.port, m.ssh_user, p.name, m.state, m.tags, "
        "m.last_seen, m.created_at, m.version, m.changed_by, m.changed_at FROM machines m JOIN "
        "pools p ON p.id = m.pool_id");
    return sql;
}

// One row of machineSelect().
Machine machineFromRow(const QSqlQuery& q)
{
    static const QString emptyTags = QStringLiteral("[]");
    Machine m;
    m.id = q.value(0).toLongLong();
    m.name = q.value(1).toString();
    m.address = q.value(2).toString();
    m.port = q.value(3).toInt();
    m.user = q.value(4).toString();
    m.pool = q.value(5).toString();
    m.state = MachineLifecycle::stateFromName(q.value(6).toString()).value_or(MachineState::New);
    const QString tags = q.value(7).toString();
    if (tags != emptyTags)
        m.tags = tagsFromJson(tags);
    if (!q.value(8).isNull())
        m.lastSeen = q.value(8).toLongLong();
    m.createdAt = q.value(9).toLongLong();
    m.version = q.value(10).toLongLong();
    m.changedBy = q.value(11).toString();
    m.changedAt = q.value(12).toLongLong();
    return m;
}

// `path` and every node above it ("a/b/c" -> "a/b/c", "a/b", "a").
void addWithAncestors(const QString& path, QSet<QString>& out)
{
    for (qsizetype end = path.size(); end > 0; end = path.lastIndexOf(u'/', end - 1))
        out.insert(path.left(end));
}

// Fills in one machine's bound nodes and its pool-stock flag, reading only its own
// bindings and units and the nodes above them.
Status readMachineBindings(QSqlDatabase& db, Machine& m)
{
    auto b = Database::exec(db,
                            QStringLiteral("SELECT t.path FROM node_machines b JOIN tree_nodes t ON t.id = "
                                           "b.node_id WHERE b.machine_id = ? ORDER BY t.path"),
                            {m.id});
    if (!b.ok())
        return b.error();
    QSet<QString> above; // every node the machine is bound to or has a unit under, and their ancestors
    while (b->next()) {
        m.nodes << b->value(0).toString();
        addWithAncestors(m.nodes.last(), above);
    }
    auto u = Database::exec(db,
                            QStringLiteral("SELECT DISTINCT t.path FROM units u JOIN tree_nodes t ON t.id = "
                                           "u.service_id WHERE u.machine_id = ?"),
                            {m.id});
    if (!u.ok())
        return u.error();
    while (u->next())
        addWithAncestors(u->value(0).toString(), above);
    if (above.isEmpty())
        return {};
    QStringList marks;
    QVariantList paths;
    for (const QString& p : std::as_const(above)) {
        marks << QStringLiteral("?");
        paths << p;
    }
    auto pl =
        Database::exec(db,
                       QStringLiteral("SELECT 1 FROM tree_nodes WHERE product_line = 1 AND path IN (%1) "
                                      "LIMIT 1")
                           .arg(marks.join(u',')),
                       paths);
    if (!pl.ok())
        return pl.error();
    m.poolStock = !pl->next();
    return {};
}

} // namespace

Result<QList<Machine>> InventoryReader::loadAllMachines(const MachineFilter& filter) const
{
    QSqlDatabase db = m_db->connection();
    QString sql = machineSelect();
    QStringList where;
    QVariantList bind;
    if (!filter.name.isEmpty()) {
        where << QStringLiteral("m.name = ?");
        bind << filter.name;
    }
    if (filter.state) {
        where << QStringLiteral("m.state = ?");
        bind << MachineLifecycle::stateName(*filter.state);
    }
    if (!filter.pool.isEmpty()) {
        where << QStringLiteral("p.name = ?");
        bind << filter.pool;
    }
    if (!filter.node.isEmpty()) {
        auto normal = normalizePath(filter.node);
        if (!normal.ok())
            return normal.error();
        auto n = requireNode(db, *normal);
        if (!n.ok())
            return n.error();
        if (filter.subtree) {
            sql.prepend(machinesUnderCte(UnderScope::OneNode));
            where << QStringLiteral("m.id IN (SELECT machine_id FROM machines_under)");
            bind.prepend(n->id); // the WITH clause's parameter comes first
        } else {
            where << QStringLiteral("m.id IN (SELECT machine_id FROM node_machines WHERE node_id = ?)");
            bind << n->id;
        }
    }
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    sql += QStringLiteral(" ORDER BY m.name");
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return Database::sqlError(QCoreApplication::translate("Inventory", "reading machines failed"),
                                  q.lastError());
    for (int i = 0; i < bind.size(); ++i)
        q.bindValue(i, bind.at(i));
    if (!q.exec())
        return Database::sqlError(QCoreApplication::translate("Inventory", "reading machines failed"),
                                  q.lastError());
    QList<Machine> out;
    QHash<qint64, qsizetype> index;
    while (q.next()) {
        Machine m = machineFromRow(q);
        index.insert(m.id, out.size());
        out << std::move(m);
    }
    if (out.isEmpty())
        return out;

    bool ok = true;
    const QSet<qint64> underPl = nodesUnderProductLine(db, &ok);
    if (!ok)
        return Database::sqlError(QCoreApplication::translate("Inventory", "reading the tree failed"),
                                  db.lastError());
    QSqlQuery b(db);
    b.setForwardOnly(true);
    if (!b.exec(
            QStringLiteral("SELECT b.machine_id, b.node_id, t.path FROM node_machines b JOIN tree_nodes t ON "
                           "t.id = b.node_id ORDER BY b.machine_id, t.path")))
        return Database::sqlError(QCoreApplication::translate("Inventory", "reading bindings failed"),
                                  b.lastError());
    while (b.next()) {
        auto it = index.constFind(b.value(0).toLongLong());
        if (it == index.constEnd())
            continue;
        Machine& m = out[*it];
        m.nodes << b.value(2).toString();
        if (underPl.contains(b.value(1).toLongLong()))
            m.poolStock = false;
    }
    if (!underPl.isEmpty()) {
        QSqlQuery u(db);
        u.setForwardOnly(true);
        if (!u.exec(QStringLiteral("SELECT DISTINCT machine_id, service_id FROM units")))
            return Database::sqlError(QCoreApplication::translate("Inventory", "reading units failed"),
                                      u.lastError());
        while (u.next()) {
            if (!underPl.contains(u.value(1).toLongLong()))
                continue;
            if (auto it = index.constFind(u.value(0).toLongLong()); it != index.constEnd())
                out[*it].poolStock = false;
        }
    }
    return out;
}

namespace {

Result<std::optional<Machine>> readOneMachine(const std::shared_ptr<Database>& database, const QString& where,
                                              const QVariant& key)
{
    QSqlDatabase db = database->connection();
    std::optional<Machine> out;
    {
        auto q = Database::exec(db, machineSelect() + where, {key});
        if (!q.ok())
            return q.error();
        if (!q->next())
            return out;
        out = machineFromRow(*q);
    }
    if (Status st = readMachineBindings(db, *out); !st.ok())
        return st.error();
    return out;
}

} // namespace

Result<std::optional<Machine>> InventoryReader::machine(const QString& name) const
{
    return readOneMachine(m_db, QStringLiteral(" WHERE m.name = ?"), name);
}

Result<QList<Machine>> InventoryReader::machinesById(const QList<qint64>& ids) const
{
    QList<Machine> out;
    if (ids.isEmpty())
        return out;
    QSqlDatabase db = m_db->connection();
    QStringList marks;
    QVariantList bind;
    for (qint64 id : ids) {
        marks << QStringLiteral("?");
        bind << id;
    }
    const QString in = marks.join(u',');
    QHash<qint64, qsizetype> index;
    {
        auto q = Database::exec(
            db, machineSelect() + QStringLiteral(" WHERE m.id IN (%1) ORDER BY m.name").arg(in), bind);
        if (!q.ok())
            return q.error();
        while (q->next()) {
            Machine m = machineFromRow(*q);
            index.insert(m.id, out.size());
            out << std::move(m);
        }
    }
    if (out.isEmpty())
        return out;
    QHash<qint64, QSet<QString>> above; // machine -> the nodes it is bound to or has a unit under, and theirs
    const QString reads[] = {
        QStringLiteral(
            "SELECT b.machine_id, t.path FROM node_machines b JOIN tree_nodes t ON t.id = b.node_id "
            "WHERE b.machine_id IN (%1) ORDER BY b.machine_id, t.path"),
        QStringLiteral("SELECT DISTINCT u.machine_id, t.path FROM units u JOIN tree_nodes t ON t.id = "
                       "u.service_id WHERE u.machine_id IN (%1)")};
    for (int k = 0; k < 2; ++k) {
        auto q = Database::exec(db, reads[k].arg(in), bind);
        if (!q.ok())
            return q.error();
        while (q->next()) {
            const qint64 id = q->value(0).toLongLong();
            const QString path = q->value(1).toString();
            if (k == 0)
                out[index.value(id)].nodes << path;
            addWithAncestors(path, above[id]);
        }
    }
    if (above.isEmpty())
        return out;
    auto pl = Database::exec(db, QStringLiteral("SELECT path FROM tree_nodes WHERE product_line = 1"));
    if (!pl.ok())
        return pl.error();
    QSet<QString> lines;
    while (pl->next())
        lines.insert(pl->value(0).toString());
    for (auto it = above.cbegin(); it != above.cend(); ++it)
        out[index.value(it.key())].poolStock = !it.value().intersects(lines);
    return out;
}

Result<QList<MachineMetaEntry>> InventoryReader::machineMeta(const QString& name) const
{
    QSqlDatabase db = m_db->connection();
    auto m = requireMachine(db, name);
    if (!m.ok())
        return m.error();
    auto q = Database::exec(
        db,
        QStringLiteral(
            "SELECT key, value, source, updated_at FROM machine_meta WHERE machine_id = ? ORDER BY key"),
        {m->id});
    if (!q.ok())
        return q.error();
    QList<MachineMetaEntry> out;
    while (q->next()) {
        QString value = q->value(1).toString();
        const QString source = q->value(2).toString();
        if (source == QLatin1String("import")) {
            // Stored typed (InventoryApplier::metaText); a string is shown as it is, so the
            // string "2" reads 2, not "2".
            const QVariant typed = InventoryApplier::metaValue(value);
            if (typed.typeId() == QMetaType::QString)
                value = typed.toString();
        }
        out << MachineMetaEntry{q->value(0).toString(), value, source, q->value(3).toLongLong()};
    }
    return out;
}

Result<QList<TreeNode>> InventoryReader::loadTree() const
{
    QSqlDatabase db = m_db->connection();
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, coalesce(parent_id, 0), name, path, kind, product_line, vars, "
                               "version, changed_by, changed_at FROM tree_nodes ORDER BY path")))
        return Database::sqlError(QCoreApplication::translate("Inventory", "reading the tree failed"),
                                  q.lastError());
    QList<TreeNode> out;
    QHash<qint64, qsizetype> index;
    const QString emptyVars = QStringLiteral("{}");
    while (q.next()) {
        TreeNode n;
        n.id = q.value(0).toLongLong();
        n.parentId = q.value(1).toLongLong();
        n.name = q.value(2).toString();
        n.path = q.value(3).toString();
        n.kind = q.value(4).toString();
        n.productLine = q.value(5).toInt() != 0;
        const QString vars = q.value(6).toString();
        if (vars != emptyVars)
            n.vars = QJsonDocument::fromJson(vars.toUtf8()).object().toVariantMap();
        n.version = q.value(7).toLongLong();
        n.changedBy = q.value(8).toString();
        n.changedAt = q.value(9).toLongLong();
        index.insert(n.id, out.size());
        out << std::move(n);
    }
    struct Count
    {
        QString sql;
        int TreeNode::*field;
    };
    const Count counts[] = {
        {QStringLiteral("SELECT node_id, count(*) FROM node_machines GROUP BY node_id"), &TreeNode::machines},
        {QStringLiteral("SELECT service_id, count(*) FROM units GROUP BY service_id"), &TreeNode::units},
        {QStringLiteral("SELECT node_id, count(*) FROM node_urls GROUP BY node_id"), &TreeNode::urls},
        {machinesUnderCte(UnderScope::AllNodes) +
             QStringLiteral(
                 "SELECT node_id, count(DISTINCT machine_id) FROM machines_under GROUP BY node_id"),
         &TreeNode::totalMachines},
    };
    for (const Count& c : counts) {
        QSqlQuery cq(db);
        cq.setForwardOnly(true);
        if (!cq.exec(c.sql))
            return Database::sqlError(QCoreApplication::translate("Inventory", "reading the tree failed"),
                                      cq.lastError());
        while (cq.next())
            if (auto it = index.constFind(cq.value(0).toLongLong()); it != index.constEnd())
                out[*it].*c.field = cq.value(1).toInt();
    }
    // Units belong to one service each, so they sum. Sorted by path, so every child
    // comes after its parent: sum from the back. (Machines do not sum: a machine bound
    // to two children is under their parent once; totalMachines comes from the query.)
    for (TreeNode& n : out)
        n.totalUnits = n.units;
    for (qsizetype i = out.size() - 1; i >= 0; --i) {
        const TreeNode& n = out.at(i);
        if (auto it = index.constFind(n.parentId); n.parentId && it != index.constEnd())
            out[*it].totalUnits += n.totalUnits;
    }
    return out;
}

Result<QList<UrlBinding>> InventoryReader::loadUrls(const QString& nodePath) const
{
    QSqlDatabase db = m_db->connection();
    QString sql =
        QStringLiteral("SELECT u.id, t.path, u.url FROM node_urls u JOIN tree_nodes t ON t.id = u.node_id");
    QVariantList bind;
    if (!nodePath.isEmpty()) {
        auto n = requireNode(db, nodePath);
        if (!n.ok())
            return n.error();
        sql += QStringLiteral(" WHERE u.node_id = ?");
        bind << n->id;
    }
    sql += QStringLiteral(" ORDER BY t.path, u.url");
    auto q = Database::exec(db, sql, bind);
    if (!q.ok())
        return q.error();
    QList<UrlBinding> out;
    while (q->next())
        out << UrlBinding{q->value(0).toLongLong(), q->value(1).toString(), q->value(2).toString()};
    return out;
}

Result<QStringList> InventoryReader::loadPools() const
{
    QSqlDatabase db = m_db->connection();
    auto q = Database::exec(db, QStringLiteral("SELECT name FROM pools ORDER BY name"));
    if (!q.ok())
        return q.error();
    QStringList out;
    while (q->next())
        out << q->value(0).toString();
    return out;
}

Result<QList<Unit>> InventoryReader::loadUnits(const QString& servicePath, const QString& machine) const
{
    QSqlDatabase db = m_db->connection();
    QString sql =
        QStringLiteral("SELECT u.id, t.path, m.name, m.address, u.port, m.state, u.created_at FROM units u "
                       "JOIN tree_nodes t ON t.id = u.service_id JOIN machines m ON m.id = u.machine_id");
    QStringList where;
    QVariantList bind;
    if (!servicePath.isEmpty()) {
        auto s = requireNode(db, servicePath);
        if (!s.ok())
            return s.error();
        where << QStringLiteral("u.service_id = ?");
        bind << s->id;
    }
    if (!machine.isEmpty()) {
        auto m = requireMachine(db, machine);
        if (!m.ok())
            return m.error();
        where << QStringLiteral("u.machine_id = ?");
        bind << m->id;
    }
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    sql += QStringLiteral(" ORDER BY t.path, m.name, u.port");
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return Database::sqlError(QCoreApplication::translate("Inventory", "reading units failed"),
                                  q.lastError());
    for (int i = 0; i < bind.size(); ++i)
        q.bindValue(i, bind.at(i));
    if (!q.exec())
        return Database::sqlError(QCoreApplication::translate("Inventory", "reading units failed"),
                                  q.lastError());
    QList<Unit> out;
    while (q.next()) {
        Unit u;
        u.id = q.value(0).toLongLong();
        u.service = q.value(1).toString();
        u.machine = q.value(2).toString();
        u.address = q.value(3).toString();
        u.port = q.value(4).toInt();
        u.machineState = MachineLifecycle::stateFromName(q.value(5).toString()).value_or(MachineState::New);
        u.deployName = UnitStore::deployName(u.service, u.port);
        u.createdAt = q.value(6).toLongLong();
        out << std::move(u);
    }
    return out;
}

Result<QList<Relation>> InventoryReader::loadRelations(const QString& servicePath) const
{
    QSqlDatabase db = m_db->connection();
    QString sql =
        QStringLiteral("SELECT r.id, a.path, coalesce(b.path, ''), coalesce(r.port, 0), "
                       "coalesce(r.endpoint, '') FROM relations r JOIN tree_nodes a ON a.id = r.service_id "
                       "LEFT JOIN tree_nodes b ON b.id = r.needs_service_id");
    QVariantList bind;
    if (!servicePath.isEmpty()) {
        auto s = requireNode(db, servicePath);
        if (!s.ok())
            return s.error();
        sql += QStringLiteral(" WHERE r.service_id = ?");
        bind << s->id;
    }
    sql += QStringLiteral(" ORDER BY a.path, r.id");
    auto q = Database::exec(db, sql, bind);
    if (!q.ok())
        return q.error();
    QList<Relation> out;
    while (q->next())
        out << Relation{q->value(0).toLongLong(), q->value(1).toString(), q->value(2).toString(),
                        q->value(3).toInt(), q->value(4).toString()};
    return out;
}

Result<QList<AuditEntry>> InventoryReader::loadAudit(const AuditFilter& filter) const
{
    QSqlDatabase db = m_db->connection();
    QString sql = QStringLiteral(
        "SELECT id, time, operator, entity, entity_id, action, before, after, reason FROM audit_log");
    QStringList where;
    QVariantList bind;
    if (filter.since) {
        where << QStringLiteral("time >= ?");
        bind << *filter.since;
    }
    if (filter.until) {
        where << QStringLiteral("time < ?");
        bind << *filter.until;
    }
    if (!filter.entity.isEmpty()) {
        where << QStringLiteral("entity = ?");
        bind << filter.entity;
    }
    if (!filter.entityId.isEmpty()) {
        where << QStringLiteral("entity_id = ?");
        bind << filter.entityId;
    }
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    sql += QStringLiteral(" ORDER BY id DESC");
    if (filter.limit > 0)
        sql += QStringLiteral(" LIMIT %1").arg(filter.limit);
    auto q = Database::exec(db, sql, bind);
    if (!q.ok())
        return q.error();
    QList<AuditEntry> out;
    while (q->next()) {
        AuditEntry e;
        e.id = q->value(0).toLongLong();
        e.time = q->value(1).toLongLong();
        e.operatorName = q->value(2).toString();
        e.entity = q->value(3).toString();
        e.entityId = q->value(4).toString();
        e.action = q->value(5).toString();
        e.before = jsonFromText(q->value(6));
        e.after = jsonFromText(q->value(7));
        e.reason = q->value(8).toString();
        out << std::move(e);
    }
    std::reverse(out.begin(), out.end()); // oldest first
    return out;
}

Result<qint64> InventoryReader::revision() const
{
    QSqlDatabase db = m_db->connection();
    auto q = Database::exec(db, QStringLiteral("SELECT coalesce(max(id), 0) FROM audit_log"));
    if (!q.ok())
        return q.error();
    q->next();
    return q->value(0).toLongLong();
}

} // namespace opsdeck
