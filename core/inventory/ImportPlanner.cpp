#include "db/Database.h"
#include "inventory/ImportWork.h"
#include "inventory/InventoryRows.h"
#include "inventory/MachineLifecycle.h"
#include "inventory/RelationStore.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <algorithm>
#include <functional>

namespace opsdeck::import_work {

using namespace inventory_rows;

namespace {

QString canonicalVars(const QVariantMap& vars)
{
    return QString::fromUtf8(QJsonDocument(QJsonObject::fromVariantMap(vars)).toJson(QJsonDocument::Compact));
}

QString canonicalVarsText(const QString& text)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonDocument::fromJson(text.toUtf8()).object()).toJson(QJsonDocument::Compact));
}

QStringList cleanTags(const QStringList& tags)
{
    QStringList clean;
    for (const QString& t : tags)
        if (!t.trimmed().isEmpty() && !clean.contains(t.trimmed()))
            clean << t.trimmed();
    return clean;
}

QString relationKey(const InventoryRelation& r)
{
    return QStringList{r.service, r.needs, QString::number(r.port), r.endpoint}.join(QLatin1Char('\n'));
}

int depth(const QString& path)
{
    return static_cast<int>(path.count(QLatin1Char('/')));
}

// URL bindings, units and relations: added when missing, never changed or removed.
Status planLinks(QSqlDatabase& db, const InventoryDocument& doc, Work& w,
                 const QHash<QString, QString>& finalKind, const QString& file)
{
    if (doc.units.isEmpty() && doc.relations.isEmpty() &&
        std::none_of(doc.nodes.cbegin(), doc.nodes.cend(),
                     [](const InventoryNode& n) { return !n.urls.isEmpty(); }))
        return {};
    auto select = [&](const QString& sql, const std::function<void(const QSqlQuery&)>& row) -> Status {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (!q.exec(sql))
            return Database::sqlError(
                QCoreApplication::translate("Inventory", "reading the inventory failed"), q.lastError());
        while (q.next())
            row(q);
        return {};
    };
    QHash<QString, QString> kinds; // every node after the import
    QSet<std::pair<QString, QString>> urls;
    QHash<std::pair<QString, int>, QString> units; // (machine, port) → service path
    QSet<QString> relations;                       // relationKey()
    QHash<QString, QString> states;                // machine → state after the import
    if (Status s =
            select(QStringLiteral("SELECT path, kind FROM tree_nodes"),
                   [&](const QSqlQuery& q) { kinds.insert(q.value(0).toString(), q.value(1).toString()); });
        !s.ok())
        return s;
    for (auto it = finalKind.constBegin(); it != finalKind.constEnd(); ++it)
        kinds.insert(it.key(), it.value());
    if (Status s = select(
            QStringLiteral("SELECT t.path, u.url FROM node_urls u JOIN tree_nodes t ON t.id = u.node_id"),
            [&](const QSqlQuery& q) {
                urls.insert({q.value(0).toString(), q.value(1).toString()});
            });
        !s.ok())
        return s;
    if (Status s =
            select(QStringLiteral("SELECT m.name, u.port, t.path FROM units u JOIN machines m ON m.id = "
                                  "u.machine_id JOIN tree_nodes t ON t.id = u.service_id"),
                   [&](const QSqlQuery& q) {
                       units.insert({q.value(0).toString(), q.value(1).toInt()}, q.value(2).toString());
                   });
        !s.ok())
        return s;
    if (Status s =
            select(QStringLiteral("SELECT a.path, b.path, coalesce(r.port, 0), coalesce(r.endpoint, '') FROM "
                                  "relations r JOIN tree_nodes a ON a.id = r.service_id LEFT JOIN tree_nodes "
                                  "b ON b.id = r.needs_service_id"),
                   [&](const QSqlQuery& q) {
                       relations.insert(relationKey({q.value(0).toString(), q.value(1).toString(),
                                                     q.value(2).toInt(), q.value(3).toString()}));
                   });
        !s.ok())
        return s;
    if (Status s =
            select(QStringLiteral("SELECT name, state FROM machines"),
                   [&](const QSqlQuery& q) { states.insert(q.value(0).toString(), q.value(1).toString()); });
        !s.ok())
        return s;
    for (const HostOp& op : std::as_const(w.hosts))
        states.insert(op.name, op.state);

    for (const InventoryNode& n : doc.nodes) {
        const QString path = *normalizePath(n.path); // validated with the nodes
        for (const QString& raw : n.urls) {
            const QString url = raw.trimmed();
            const QUrl parsed(url, QUrl::StrictMode);
            if (!parsed.isValid() || parsed.scheme().isEmpty() || parsed.host().isEmpty())
                return Error::refused(
                    QCoreApplication::translate("Inventory",
                                                "%1: '%2' of node '%3' is not a URL with a scheme and a host")
                        .arg(file, raw, path));
            if (urls.contains({path, url})) {
                ++w.plan.urls.unchanged;
                continue;
            }
            urls.insert({path, url});
            ++w.plan.urls.added;
            w.newUrls << std::pair<QString, QString>{path, url};
            w.plan.changes << ImportChange{
                QStringLiteral("url"), path + QStringLiteral(" <- ") + url, QStringLiteral("add"), {}};
        }
    }

    auto service = [&](const QString& raw, const QString& what) -> Result<QString> {
        auto path = normalizePath(raw);
        if (!path.ok())
            return Error::refused(
                QCoreApplication::translate("Inventory", "%1: %2: %3").arg(file, what, path.error().message));
        if (!kinds.contains(*path))
            return Error::refused(QCoreApplication::translate("Inventory", "%1: %2: there is no node '%3'")
                                      .arg(file, what, *path));
        if (kinds.value(*path) != QLatin1String("service"))
            return Error::refused(QCoreApplication::translate(
                                      "Inventory",
                                      "%1: %2: '%3' is a %4, not a service; units and relations belong to "
                                      "service nodes")
                                      .arg(file, what, *path, kinds.value(*path)));
        return *path;
    };
    for (const InventoryUnit& u : doc.units) {
        const QString what = QCoreApplication::translate("Inventory", "unit %1 on %2:%3")
                                 .arg(u.service, u.machine)
                                 .arg(u.port);
        auto path = service(u.service, what);
        if (!path.ok())
            return path.error();
        const QString machine = u.machine.trimmed();
        if (!states.contains(machine))
            return Error::refused(QCoreApplication::translate("Inventory", "%1: %2: there is no machine '%3'")
                                      .arg(file, what, machine));
        if (u.port < 1 || u.port > 65535)
            return Error::refused(
                QCoreApplication::translate("Inventory", "%1: %2: the port is outside 1-65535")
                    .arg(file, what));
        const auto busy = units.constFind({machine, u.port});
        if (busy != units.constEnd()) {
            if (*busy != *path)
                return Error::refused(
                    QCoreApplication::translate(
                        "Inventory", "%1: %2: port %3 on machine '%4' is already used by a unit of '%5'")
                        .arg(file, what)
                        .arg(u.port)
                        .arg(machine, *busy));
            ++w.plan.units.unchanged;
            continue;
        }
        if (states.value(machine) != QLatin1String("READY"))
            return Error::refused(QCoreApplication::translate(
                                      "Inventory",
                                      "%1: %2: machine '%3' is %4 after this import; units go only to READY "
                                      "machines")
                                      .arg(file, what, machine, states.value(machine)));
        units.insert({machine, u.port}, *path);
        ++w.plan.units.added;
        w.newUnits << InventoryUnit{*path, machine, u.port};
        w.plan.changes << ImportChange{QStringLiteral("unit"),
                                       QStringLiteral("%1 @ %2:%3").arg(*path, machine).arg(u.port),
                                       QStringLiteral("add"),
                                       {}};
    }
    for (const InventoryRelation& r : doc.relations) {
        const QString target = r.needs.isEmpty() ? r.endpoint : r.needs;
        const QString what =
            QCoreApplication::translate("Inventory", "relation %1 -> %2").arg(r.service, target);
        auto from = service(r.service, what);
        if (!from.ok())
            return from.error();
        InventoryRelation rel{*from, {}, 0, {}};
        if (!r.needs.isEmpty()) {
            auto to = service(r.needs, what);
            if (!to.ok())
                return to.error();
            if (*to == *from)
                return Error::refused(
                    QCoreApplication::translate("Inventory", "%1: %2: a service cannot need itself")
                        .arg(file, what));
            if (r.port < 0 || r.port > 65535 || !r.endpoint.isEmpty())
                return Error::refused(
                    QCoreApplication::translate(
                        "Inventory", "%1: %2: a relation has either a service (and a port) or an endpoint")
                        .arg(file, what));
            rel.needs = *to;
            rel.port = r.port;
        } else {
            if (Status s = RelationStore::validateEndpoint(r.endpoint.trimmed()); !s.ok())
                return Error::refused(QCoreApplication::translate("Inventory", "%1: %2: %3")
                                          .arg(file, what, s.error().message));
            if (r.port != 0)
                return Error::refused(QCoreApplication::translate(
                                          "Inventory", "%1: %2: a port belongs to a relation on a service")
                                          .arg(file, what));
            rel.endpoint = r.endpoint.trimmed();
        }
        if (relations.contains(relationKey(rel))) {
            ++w.plan.relations.unchanged;
            continue;
        }
        relations.insert(relationKey(rel));
        ++w.plan.relations.added;
        w.newRelations << rel;
        const QString id = rel.needs.isEmpty() ? rel.endpoint
                           : rel.port > 0      ? QStringLiteral("%1:%2").arg(rel.needs).arg(rel.port)
                                               : rel.needs;
        w.plan.changes << ImportChange{
            QStringLiteral("relation"), rel.service + QStringLiteral(" -> ") + id, QStringLiteral("add"), {}};
    }
    return {};
}

} // namespace

Result<Work> computePlan(QSqlDatabase& db, const InventoryDocument& doc)
{
    Work w;
    w.plan.file = doc.sourceName;
    w.plan.sha256 = doc.sha256;
    w.plan.warnings = doc.warnings;
    const QString file =
        doc.sourceName.isEmpty() ? QCoreApplication::translate("Inventory", "the document") : doc.sourceName;

    // What the database holds now.
    struct ExistingNode
    {
        qint64 id;
        QString kind;
        bool productLine;
        QString vars;
    };
    QHash<QString, ExistingNode> nodes;
    {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT id, path, kind, product_line, vars FROM tree_nodes")))
            return Database::sqlError(QCoreApplication::translate("Inventory", "reading the tree failed"),
                                      q.lastError());
        while (q.next())
            nodes.insert(q.value(1).toString(), {q.value(0).toLongLong(), q.value(2).toString(),
                                                 q.value(3).toInt() != 0, q.value(4).toString()});
    }
    for (auto it = nodes.constBegin(); it != nodes.constEnd(); ++it)
        w.existingNodeIds.insert(it.key(), it->id);
    {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT id, name FROM pools")))
            return Database::sqlError(QCoreApplication::translate("Inventory", "reading pools failed"),
                                      q.lastError());
        while (q.next())
            w.poolIds.insert(q.value(1).toString(), q.value(0).toLongLong());
    }
    struct ExistingMachine
    {
        qint64 id;
        QString address;
        int port;
        QString user;
        QString pool;
        QString state;
        QStringList tags;
    };
    QHash<QString, ExistingMachine> machines;
    {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral(
                "SELECT m.id, m.name, m.address, m.port, m.ssh_user, p.name, m.state, m.tags FROM "
                "machines m JOIN pools p ON p.id = m.pool_id")))
            return Database::sqlError(QCoreApplication::translate("Inventory", "reading machines failed"),
                                      q.lastError());
        while (q.next()) {
            const QString tags = q.value(7).toString();
            machines.insert(q.value(1).toString(),
                            {q.value(0).toLongLong(), q.value(2).toString(), q.value(3).toInt(),
                             q.value(4).toString(), q.value(5).toString(), q.value(6).toString(),
                             tags == QLatin1String("[]") ? QStringList() : tagsFromJson(tags)});
            w.existingMachineIds.insert(q.value(1).toString(), q.value(0).toLongLong());
        }
    }
    QHash<qint64, QMap<QString, QString>> importMeta;
    {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (!q.exec(
                QStringLiteral("SELECT machine_id, key, value FROM machine_meta WHERE source = 'import'")))
            return Database::sqlError(QCoreApplication::translate("Inventory", "reading machine meta failed"),
                                      q.lastError());
        while (q.next())
            importMeta[q.value(0).toLongLong()].insert(q.value(1).toString(), q.value(2).toString());
    }
    QSet<std::pair<qint64, qint64>> bindings; // (machine id, node id)
    {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT machine_id, node_id FROM node_machines")))
            return Database::sqlError(QCoreApplication::translate("Inventory", "reading bindings failed"),
                                      q.lastError());
        while (q.next())
            bindings.insert({q.value(0).toLongLong(), q.value(1).toLongLong()});
    }

    // The nodes the document names, and every ancestor and bound node it implies.
    QHash<QString, qsizetype> nodeIndex;
    auto want = [&](const QString& rawPath, const InventoryNode* node) -> Status {
        if (!node && nodeIndex.contains(rawPath))
            return {}; // a host's node seen before: nothing new to learn
        auto normal = normalizePath(rawPath);
        if (!normal.ok())
            return Error::refused(
                QCoreApplication::translate("Inventory", "%1: %2").arg(file, normal.error().message));
        QStringList chain;
        for (QString p = *normal; !p.isEmpty(); p = parentPath(p))
            chain.prepend(p);
        for (const QString& p : std::as_const(chain)) {
            const bool isTarget = p == *normal;
            auto it = nodeIndex.constFind(p);
            if (it == nodeIndex.constEnd()) {
                NodeOp op;
                op.path = p;
                op.kind = QStringLiteral("folder");
                op.vars = QStringLiteral("{}");
                nodeIndex.insert(p, w.nodes.size());
                w.nodes << op;
                it = nodeIndex.constFind(p);
            }
            if (isTarget && node) {
                NodeOp& op = w.nodes[*it];
                op.explicitInDoc = true;
                op.kind = nodeKindName(node->kind);
                op.productLine = node->productLine;
                op.vars = canonicalVars(node->vars);
            }
        }
        return {};
    };
    for (const InventoryNode& n : doc.nodes)
        if (Status s = want(n.path, &n); !s.ok())
            return s.error();
    for (const InventoryHost& h : doc.hosts)
        for (const QString& p : h.nodePaths)
            if (Status s = want(p, nullptr); !s.ok())
                return s.error();
    std::stable_sort(w.nodes.begin(), w.nodes.end(),
                     [](const NodeOp& a, const NodeOp& b) { return depth(a.path) < depth(b.path); });

    QHash<QString, QString> finalKind;
    for (NodeOp& op : w.nodes) {
        auto ex = nodes.constFind(op.path);
        if (ex == nodes.constEnd()) {
            op.op = Op::Add;
        } else {
            op.id = ex->id;
            if (op.explicitInDoc) {
                if (op.kind != ex->kind) {
                    if (ex->kind == QLatin1String("folder") || op.kind != QLatin1String("folder"))
                        op.fields << QStringLiteral("kind");
                    else
                        op.kind =
                            ex->kind; // a plain import does not turn a group or service back into a folder
                }
                if (op.productLine && !ex->productLine)
                    op.fields << QStringLiteral("product_line");
                op.productLine = op.productLine || ex->productLine;
                if (op.vars != canonicalVarsText(ex->vars))
                    op.fields << QStringLiteral("vars");
            } else {
                op.kind = ex->kind;
            }
            if (op.fields.contains(QLatin1String("kind")) && ex->kind == QLatin1String("service"))
                return Error::refused(
                    QCoreApplication::translate(
                        "Inventory",
                        "%1: the node '%2' is a service here and a %3 in the file; change its kind "
                        "by hand first")
                        .arg(file, op.path, op.kind));
            op.op = op.fields.isEmpty() ? Op::Same : Op::Change;
        }
        const QString parent = parentPath(op.path);
        if (!parent.isEmpty() && finalKind.value(parent) == QLatin1String("service"))
            return Error::refused(
                QCoreApplication::translate(
                    "Inventory",
                    "%1: '%2' would be placed under the service '%3'; a service holds units, not "
                    "other nodes")
                    .arg(file, op.path, parent));
        finalKind.insert(op.path, op.kind);
        ImportCounts& c = w.plan.nodes;
        if (op.op == Op::Add) {
            ++c.added;
            w.plan.changes << ImportChange{QStringLiteral("node"), op.path, QStringLiteral("add"), {}};
        } else if (op.op == Op::Change) {
            ++c.changed;
            w.plan.changes << ImportChange{QStringLiteral("node"), op.path, QStringLiteral("change"),
                                           op.fields};
        } else {
            ++c.unchanged;
        }
    }

    // Hosts.
    QSet<QString> seen;
    QSet<QString> newPools;
    for (const InventoryHost& h : doc.hosts) {
        HostOp op;
        op.name = h.name.trimmed();
        if (op.name.isEmpty() || op.name.contains(QLatin1Char(' ')) || op.name.contains(QLatin1Char('/')))
            return Error::refused(
                QCoreApplication::translate("Inventory",
                                            "%1: the host name '%2' is empty or contains a space or '/'")
                    .arg(file, h.name));
        if (seen.contains(op.name)) {
            w.plan.warnings << QCoreApplication::translate(
                                   "Inventory", "%1: host '%2' appears twice; the first one is used")
                                   .arg(file, op.name);
            continue;
        }
        seen.insert(op.name);
        if (h.port < 1 || h.port > 65535)
            return Error::refused(
                QCoreApplication::translate("Inventory", "%1: host '%2' has the port %3, outside 1-65535")
                    .arg(file, op.name)
                    .arg(h.port));
        // Empty stays empty: the reader could not tell the address (an Ansible template it could
        // not resolve) and said so; the name would be a guess.
        op.address = h.address.trimmed();
        op.port = h.port;
        op.user = h.user.trimmed();
        for (auto it = h.meta.constBegin(); it != h.meta.constEnd(); ++it)
            op.meta.insert(it.key(), InventoryApplier::metaText(it.value()));
        const QString docPool = h.pool.trimmed();
        std::optional<MachineState> docState;
        if (!h.state.trimmed().isEmpty()) {
            docState = MachineLifecycle::stateFromName(h.state.trimmed());
            if (!docState)
                return Error::refused(
                    QCoreApplication::translate("Inventory",
                                                "%1: host '%2' has the state '%3', which is not one of %4")
                        .arg(file, op.name, h.state,
                             MachineLifecycle::stateNames().join(QStringLiteral(", "))));
        }
        const QStringList docTags = cleanTags(h.tags);
        auto ex = machines.constFind(op.name);
        if (ex == machines.constEnd()) {
            op.op = Op::Add;
            op.pool = docPool.isEmpty() ? QStringLiteral("default") : docPool;
            op.state = MachineLifecycle::stateName(docState.value_or(MachineState::New));
            op.tags = docTags;
            w.plan.changes << ImportChange{QStringLiteral("machine"), op.name, QStringLiteral("add"), {}};
            ++w.plan.machines.added;
        } else {
            op.id = ex->id;
            op.pool = docPool.isEmpty() ? ex->pool : docPool;
            if (op.address != ex->address)
                op.fields << QStringLiteral("address");
            if (op.port != ex->port)
                op.fields << QStringLiteral("port");
            if (op.user != ex->user)
                op.fields << QStringLiteral("user");
            if (op.pool != ex->pool)
                op.fields << QStringLiteral("pool");
            if (op.meta != importMeta.value(ex->id)) {
                op.fields << QStringLiteral("meta");
                op.metaChanged = true;
            }
            op.state = ex->state;
            if (docState && MachineLifecycle::stateName(*docState) != ex->state)
                w.plan.warnings << QCoreApplication::translate(
                                       "Inventory",
                                       "%1: machine '%2' is %3 here and %4 in the file; an import does not "
                                       "change a machine's state (use `opsdeck machine` for that)")
                                       .arg(file, op.name, ex->state, MachineLifecycle::stateName(*docState));
            op.tags = ex->tags;
            for (const QString& t : docTags)
                if (!op.tags.contains(t))
                    op.tags << t;
            if (op.tags != ex->tags) {
                op.fields << QStringLiteral("tags");
                op.tagsChanged = true;
            }
            op.op = op.fields.isEmpty() ? Op::Same : Op::Change;
            if (op.op == Op::Change) {
                ++w.plan.machines.changed;
                w.plan.changes << ImportChange{QStringLiteral("machine"), op.name, QStringLiteral("change"),
                                               op.fields};
            } else {
                ++w.plan.machines.unchanged;
            }
        }
        if (op.op == Op::Add)
            op.metaChanged = !op.meta.isEmpty();
        if (!w.poolIds.contains(op.pool) && !newPools.contains(op.pool)) {
            newPools.insert(op.pool);
            w.newPools << op.pool;
        }
        const int hostIndex = static_cast<int>(w.hosts.size());
        QSet<QString> boundHere;
        for (const QString& raw : h.nodePaths) {
            const QString path = nodeIndex.contains(raw) ? raw : *normalizePath(raw); // validated by want()
            if (boundHere.contains(path))
                continue;
            boundHere.insert(path);
            auto exNode = nodes.constFind(path);
            const bool exists = op.id && exNode != nodes.constEnd() && bindings.contains({op.id, exNode->id});
            if (exists) {
                ++w.plan.bindings.unchanged;
            } else {
                ++w.plan.bindings.added;
                w.newBindings << std::pair<int, QString>{hostIndex, path};
                w.plan.changes << ImportChange{QStringLiteral("binding"),
                                               path + QStringLiteral(" <- ") + op.name,
                                               QStringLiteral("add"),
                                               {}};
            }
        }
        w.hosts << std::move(op);
    }
    w.plan.poolsAdded = static_cast<int>(w.newPools.size());
    if (Status s = planLinks(db, doc, w, finalKind, file); !s.ok())
        return s.error();
    return w;
}

} // namespace opsdeck::import_work
