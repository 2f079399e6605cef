#include "inventory/TreeStore.h"

#include "inventory/InventoryRows.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QUrl>

namespace opsdeck {

using namespace inventory_rows;

namespace {

// Adds the node and any missing ancestors (as folders) inside an open change.
Result<NodeRow> addNodeIn(ChangeSet& cs, const QString& path, const QString& kind, const QString& reason,
                          bool mustBeNew)
{
    auto existing = findNode(cs.db(), path);
    if (!existing.ok())
        return existing.error();
    if (existing->has_value()) {
        if (mustBeNew)
            return Error::refused(
                QCoreApplication::translate("Inventory", "the node '%1' already exists (a %2)")
                    .arg(path, (*existing)->kind));
        return **existing;
    }
    qint64 parentId = 0;
    const QString parent = parentPath(path);
    if (!parent.isEmpty()) {
        auto p = addNodeIn(cs, parent, QStringLiteral("folder"), reason, false);
        if (!p.ok())
            return p.error();
        if (p->kind == QLatin1String("service"))
            return Error::refused(
                QCoreApplication::translate("Inventory",
                                            "'%1' is a service: a service holds units, not other nodes")
                    .arg(parent));
        parentId = p->id;
    }
    NodeRow n;
    n.parentId = parentId;
    n.name = lastSegment(path);
    n.path = path;
    n.kind = kind;
    n.vars = QStringLiteral("{}");
    auto ins = cs.exec(
        QStringLiteral(
            "INSERT INTO tree_nodes (parent_id, name, kind, product_line, path, vars, "
            "created_at, changed_by, changed_at) VALUES (?, ?, ?, 0, ?, '{}', ?, coalesce(?, ''), ?)"),
        {parentId ? QVariant(parentId) : QVariant(QMetaType(QMetaType::LongLong)), n.name, kind, path,
         cs.now(), cs.operatorName(), cs.now()});
    if (!ins.ok())
        return ins.error();
    n.id = ins->lastInsertId().toLongLong();
    if (kind == QLatin1String("service")) {
        auto svc =
            cs.exec(QStringLiteral("INSERT INTO services (node_id, updated_at, changed_by, changed_at) "
                                   "VALUES (?, ?, coalesce(?, ''), ?)"),
                    {n.id, cs.now(), cs.operatorName(), cs.now()});
        if (!svc.ok())
            return svc.error();
    }
    if (Status s = cs.audit(QStringLiteral("node"), path, QStringLiteral("add"), QJsonValue::Null,
                            nodeJson(n), reason);
        !s.ok())
        return s.error();
    return n;
}

// Rewrites the path of `from` and its descendants to start with `to`.
Status rewritePaths(ChangeSet& cs, const QString& from, const QString& to)
{
    // Longest first is not needed: paths are unique and the prefix is replaced in one statement.
    auto q = cs.exec(QStringLiteral("UPDATE tree_nodes SET path = ? || substr(path, ?) "
                                    "WHERE path = ? OR substr(path, 1, ?) = ?"),
                     {to, from.size() + 1, from, from.size() + 1, from + QLatin1Char('/')});
    if (!q.ok())
        return q.error();
    return {};
}

QJsonObject bindingJson(const QString& node, const QString& machine)
{
    return {{QStringLiteral("node"), node}, {QStringLiteral("machine"), machine}};
}

QJsonObject urlJson(const QString& node, const QString& url)
{
    return {{QStringLiteral("node"), node}, {QStringLiteral("url"), url}};
}

} // namespace

Status TreeStore::addNode(const QString& path, const QString& kind, const QString& reason)
{
    auto normal = normalizePath(path);
    if (!normal.ok())
        return normal.error();
    const QString k = kind.trimmed().toLower();
    if (!kinds().contains(k))
        return Error::usage(
            QCoreApplication::translate("Inventory", "unknown node kind '%1': use folder, group or service")
                .arg(kind));
    return m_writer.change([&](ChangeSet& cs) -> Status {
        auto n = addNodeIn(cs, *normal, k, reason, true);
        return n.ok() ? Status{} : Status{n.error()};
    });
}

Status TreeStore::setProductLine(const QString& path, bool productLine, const QString& reason,
                                 std::optional<qint64> expectedVersion)
{
    return m_writer.change([&](ChangeSet& cs) -> Status {
        auto n = requireNode(cs.db(), path);
        if (!n.ok())
            return n.error();
        if (productLine && n->kind != QLatin1String("folder"))
            return Error::refused(
                QCoreApplication::translate("Inventory", "'%1' is a %2: only a folder can be a product line")
                    .arg(n->path, n->kind));
        if (Status s = RowVersion::check(nodeWhat(n->path), n->stamp, expectedVersion, nodeValues(*n));
            !s.ok())
            return s;
        if (n->productLine == productLine)
            return {};
        if (Status s =
                writeNode(cs, *n, expectedVersion, QStringLiteral("product_line = ?"), {productLine ? 1 : 0});
            !s.ok())
            return s;
        NodeRow after = *n;
        after.productLine = productLine;
        return cs.audit(QStringLiteral("node"), n->path, QStringLiteral("flag"), nodeJson(*n),
                        nodeJson(after), reason);
    });
}

Status TreeStore::rename(const QString& path, const QString& newName, const QString& reason,
                         std::optional<qint64> expectedVersion)
{
    const QString name = newName.trimmed();
    if (name.isEmpty() || name.contains(QLatin1Char('/')))
        return Error::usage(QCoreApplication::translate("Inventory", "a node name is one word without '/'"));
    return m_writer.change([&](ChangeSet& cs) -> Status {
        auto n = requireNode(cs.db(), path);
        if (!n.ok())
            return n.error();
        const QString parent = parentPath(n->path);
        const QString to = parent.isEmpty() ? name : parent + QLatin1Char('/') + name;
        if (Status s = RowVersion::check(nodeWhat(n->path), n->stamp, expectedVersion, nodeValues(*n));
            !s.ok())
            return s;
        if (to == n->path)
            return {};
        auto clash = findNode(cs.db(), to);
        if (!clash.ok())
            return clash.error();
        if (clash->has_value())
            return Error::refused(
                QCoreApplication::translate("Inventory", "the node '%1' already exists").arg(to));
        if (Status s = writeNode(cs, *n, expectedVersion, QStringLiteral("name = ?"), {name}); !s.ok())
            return s;
        if (Status s = rewritePaths(cs, n->path, to); !s.ok())
            return s;
        NodeRow after = *n;
        after.name = name;
        after.path = to;
        return cs.audit(QStringLiteral("node"), n->path, QStringLiteral("rename"), nodeJson(*n),
                        nodeJson(after), reason);
    });
}

Status TreeStore::move(const QString& path, const QString& newParent, const QString& reason,
                       std::optional<qint64> expectedVersion)
{
    return m_writer.change([&](ChangeSet& cs) -> Status {
        auto n = requireNode(cs.db(), path);
        if (!n.ok())
            return n.error();
        if (Status s = RowVersion::check(nodeWhat(n->path), n->stamp, expectedVersion, nodeValues(*n));
            !s.ok())
            return s;
        qint64 parentId = 0;
        QString to = n->name;
        if (!newParent.trimmed().isEmpty()) {
            auto p = requireNode(cs.db(), newParent);
            if (!p.ok())
                return p.error();
            if (p->path == n->path || p->path.startsWith(n->path + QLatin1Char('/')))
                return Error::refused(
                    QCoreApplication::translate("Inventory", "cannot move '%1' into itself ('%2')")
                        .arg(n->path, p->path));
            if (p->kind == QLatin1String("service"))
                return Error::refused(
                    QCoreApplication::translate("Inventory",
                                                "'%1' is a service: a service holds units, not other nodes")
                        .arg(p->path));
            parentId = p->id;
            to = p->path + QLatin1Char('/') + n->name;
        }
        if (to == n->path)
            return {};
        auto clash = findNode(cs.db(), to);
        if (!clash.ok())
            return clash.error();
        if (clash->has_value())
            return Error::refused(
                QCoreApplication::translate("Inventory", "the node '%1' already exists").arg(to));
        if (Status s = writeNode(cs, *n, expectedVersion, QStringLiteral("parent_id = ?"),
                                 {parentId ? QVariant(parentId) : QVariant(QMetaType(QMetaType::LongLong))});
            !s.ok())
            return s;
        if (Status s = rewritePaths(cs, n->path, to); !s.ok())
            return s;
        NodeRow after = *n;
        after.path = to;
        after.parentId = parentId;
        return cs.audit(QStringLiteral("node"), n->path, QStringLiteral("move"), nodeJson(*n),
                        nodeJson(after), reason);
    });
}

namespace {

Result<NodeRemoval> countRemoval(QSqlDatabase& db, const NodeRow& n)
{
    NodeRemoval r;
    r.path = n.path;
    const QString sub =
        QStringLiteral("(SELECT id FROM tree_nodes WHERE path = ? OR substr(path, 1, ?) = ?)");
    const QVariantList b{n.path, n.path.size() + 1, n.path + QLatin1Char('/')};
    const QStringList sqls{
        QStringLiteral("SELECT count(*) FROM tree_nodes WHERE id IN ") + sub,
        QStringLiteral("SELECT count(*) FROM units WHERE service_id IN ") + sub,
        QStringLiteral("SELECT count(*) FROM node_machines WHERE node_id IN ") + sub,
        QStringLiteral("SELECT count(*) FROM node_urls WHERE node_id IN ") + sub,
        QStringLiteral("SELECT count(*) FROM relations WHERE service_id IN ") + sub +
            QStringLiteral(" OR needs_service_id IN ") + sub,
    };
    int* targets[] = {&r.nodes, &r.units, &r.bindings, &r.urls, &r.relations};
    for (int i = 0; i < sqls.size(); ++i) {
        auto q = Database::exec(db, sqls.at(i), sqls.at(i).count(QLatin1Char('?')) > 3 ? b + b : b);
        if (!q.ok())
            return q.error();
        q->next();
        *targets[i] = q->value(0).toInt();
    }
    return r;
}

} // namespace

Result<NodeRemoval> TreeStore::previewRemove(const QString& path) const
{
    QSqlDatabase db = m_writer.database()->connection();
    auto n = requireNode(db, path);
    if (!n.ok())
        return n.error();
    return countRemoval(db, *n);
}

Status TreeStore::remove(const QString& path, bool force, const QString& reason)
{
    return m_writer.change([&](ChangeSet& cs) -> Status {
        auto n = requireNode(cs.db(), path);
        if (!n.ok())
            return n.error();
        auto r = countRemoval(cs.db(), *n);
        if (!r.ok())
            return r.error();
        if (!force && (r->nodes > 1 || r->units > 0))
            return Error::refused(
                QCoreApplication::translate(
                    "Inventory", "removing '%1' would also remove %2 nodes below it, %3 units, %4 machine "
                                 "bindings, %5 URLs and %6 relations; repeat with --force to remove them")
                    .arg(n->path)
                    .arg(r->nodes - 1)
                    .arg(r->units)
                    .arg(r->bindings)
                    .arg(r->urls)
                    .arg(r->relations));
        QJsonObject before = nodeJson(*n);
        before.insert(QStringLiteral("removed"), QJsonObject{{QStringLiteral("nodes"), r->nodes},
                                                             {QStringLiteral("units"), r->units},
                                                             {QStringLiteral("bindings"), r->bindings},
                                                             {QStringLiteral("urls"), r->urls},
                                                             {QStringLiteral("relations"), r->relations}});
        auto del = cs.exec(QStringLiteral("DELETE FROM tree_nodes WHERE id = ?"), {n->id});
        if (!del.ok())
            return del.error();
        return cs.audit(QStringLiteral("node"), n->path, QStringLiteral("remove"), before, QJsonValue::Null,
                        reason);
    });
}

Status TreeStore::bindMachine(const QString& path, const QString& machine, const QString& reason)
{
    return bindMachines(path, QStringList{machine}, reason);
}

Status TreeStore::bindMachines(const QString& path, const QStringList& machines, const QString& reason)
{
    return m_writer.change([&](ChangeSet& cs) -> Status {
        auto n = requireNode(cs.db(), path);
        if (!n.ok())
            return n.error();
        for (const QString& name : machines) {
            auto m = requireMachine(cs.db(), name);
            if (!m.ok())
                return m.error();
            auto ins = cs.exec(QStringLiteral("INSERT INTO node_machines (node_id, machine_id, created_at) "
                                              "VALUES (?, ?, ?) ON CONFLICT DO NOTHING"),
                               {n->id, m->id, cs.now()});
            if (!ins.ok())
                return ins.error();
            if (ins->numRowsAffected() <= 0)
                continue; // already bound
            if (Status s = cs.audit(QStringLiteral("binding"), n->path, QStringLiteral("bind"),
                                    QJsonValue::Null, bindingJson(n->path, m->name), reason);
                !s.ok())
                return s;
        }
        return {};
    });
}

Status TreeStore::unbindMachine(const QString& path, const QString& machine, const QString& reason)
{
    return m_writer.change([&](ChangeSet& cs) -> Status {
        auto n = requireNode(cs.db(), path);
        if (!n.ok())
            return n.error();
        auto m = requireMachine(cs.db(), machine);
        if (!m.ok())
            return m.error();
        auto del = cs.exec(QStringLiteral("DELETE FROM node_machines WHERE node_id = ? AND machine_id = ?"),
                           {n->id, m->id});
        if (!del.ok())
            return del.error();
        if (del->numRowsAffected() <= 0)
            return Error::notFound(
                QCoreApplication::translate("Inventory", "machine '%1' is not bound to '%2'")
                    .arg(m->name, n->path));
        return cs.audit(QStringLiteral("binding"), n->path, QStringLiteral("unbind"),
                        bindingJson(n->path, m->name), QJsonValue::Null, reason);
    });
}

Status TreeStore::bindUrl(const QString& path, const QString& url, const QString& reason)
{
    const QUrl parsed(url.trimmed(), QUrl::StrictMode);
    if (!parsed.isValid() || parsed.scheme().isEmpty() || parsed.host().isEmpty())
        return Error::refused(
            QCoreApplication::translate(
                "Inventory", "'%1' is not a URL with a scheme and a host, such as https://shop.example.com/")
                .arg(url));
    return m_writer.change([&](ChangeSet& cs) -> Status {
        auto n = requireNode(cs.db(), path);
        if (!n.ok())
            return n.error();
        auto ins = cs.exec(
            QStringLiteral(
                "INSERT INTO node_urls (node_id, url, created_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING"),
            {n->id, url.trimmed(), cs.now()});
        if (!ins.ok())
            return ins.error();
        if (ins->numRowsAffected() <= 0)
            return {};
        return cs.audit(QStringLiteral("url"), n->path, QStringLiteral("bind"), QJsonValue::Null,
                        urlJson(n->path, url.trimmed()), reason);
    });
}

Status TreeStore::unbindUrl(const QString& path, const QString& url, const QString& reason)
{
    return m_writer.change([&](ChangeSet& cs) -> Status {
        auto n = requireNode(cs.db(), path);
        if (!n.ok())
            return n.error();
        auto del = cs.exec(QStringLiteral("DELETE FROM node_urls WHERE node_id = ? AND url = ?"),
                           {n->id, url.trimmed()});
        if (!del.ok())
            return del.error();
        if (del->numRowsAffected() <= 0)
            return Error::notFound(
                QCoreApplication::translate("Inventory", "the URL '%1' is not bound to '%2'")
                    .arg(url, n->path));
        return cs.audit(QStringLiteral("url"), n->path, QStringLiteral("unbind"),
                        urlJson(n->path, url.trimmed()), QJsonValue::Null, reason);
    });
}

Status TreeStore::setServiceData(const QString& path, const QString& package, const QString& config,
                                 const QString& reason, std::optional<qint64> expectedVersion)
{
    return m_writer.change([&](ChangeSet& cs) -> Status {
        auto n = requireService(cs.db(), path);
        if (!n.ok())
            return n.error();
        auto row = readServiceRow(cs, *n);
        if (!row.ok())
            return row.error();
        if (Status s = RowVersion::check(row->what, row->stamp, expectedVersion, row->values); !s.ok())
            return s;
        const QJsonObject before{{QStringLiteral("path"), n->path},
                                 {QStringLiteral("package"), row->values.value(QStringLiteral("package"))},
                                 {QStringLiteral("config"), row->values.value(QStringLiteral("config"))}};
        const QJsonObject after{{QStringLiteral("path"), n->path},
                                {QStringLiteral("package"), package},
                                {QStringLiteral("config"), config}};
        if (before == after)
            return {};
        if (Status s = writeService(cs, *n, *row, expectedVersion,
                                    QStringLiteral("package = coalesce(?, ''), config = coalesce(?, '')"),
                                    {package, config});
            !s.ok())
            return s;
        return cs.audit(QStringLiteral("service"), n->path, QStringLiteral("set"), before, after, reason);
    });
}

} // namespace opsdeck
