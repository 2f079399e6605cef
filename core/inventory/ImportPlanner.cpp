#include "db/Database.h"
#include "inventory/ImportWork.h"
#include "inventory/InventoryRows.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>

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

int depth(const QString& path)
{
    return static_cast<int>(path.count(QLatin1Char('/')));
}

} // namespace

Result<Work> computePlan(QSqlDatabase& db, const InventoryDocument& doc)
{
    Work w;
    w.plan.file = doc.sourceName;
    w.plan.sha256 = doc.sha256;
    w.plan.warnings = doc.warnings;
    const QString file = doc.sourceName.isEmpty() ? tr("the document") : doc.sourceName;

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
            return Database::sqlError(tr("reading the tree failed"), q.lastError());
        while (q.next())
            nodes.insert(q.value(1).toString(), {q.value(0).toLongLong(), q.value(2).toString(),
                                                 q.value(3).toInt() != 0, q.value(4).toString()});
    }
    {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT id, name FROM pools")))
            return Database::sqlError(tr("reading pools failed"), q.lastError());
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
    };
    QHash<QString, ExistingMachine> machines;
    {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral(
                "SELECT m.id, m.name, m.address, m.port, m.ssh_user, p.name FROM machines m JOIN "
                "pools p ON p.id = m.pool_id")))
            return Database::sqlError(tr("reading machines failed"), q.lastError());
        while (q.next())
            machines.insert(q.value(1).toString(),
                            {q.value(0).toLongLong(), q.value(2).toString(), q.value(3).toInt(),
                             q.value(4).toString(), q.value(5).toString()});
    }
    QHash<qint64, QMap<QString, QString>> importMeta;
    {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (!q.exec(
                QStringLiteral("SELECT machine_id, key, value FROM machine_meta WHERE source = 'import'")))
            return Database::sqlError(tr("reading machine meta failed"), q.lastError());
        while (q.next())
            importMeta[q.value(0).toLongLong()].insert(q.value(1).toString(), q.value(2).toString());
    }
    QSet<std::pair<qint64, qint64>> bindings; // (machine id, node id)
    {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT machine_id, node_id FROM node_machines")))
            return Database::sqlError(tr("reading bindings failed"), q.lastError());
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
            return Error::refused(tr("%1: %2").arg(file, normal.error().message));
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
                    tr("%1: the node '%2' is a service here and a %3 in the file; change its kind "
                       "by hand first")
                        .arg(file, op.path, op.kind));
            op.op = op.fields.isEmpty() ? Op::Same : Op::Change;
        }
        const QString parent = parentPath(op.path);
        if (!parent.isEmpty() && finalKind.value(parent) == QLatin1String("service"))
            return Error::refused(
                tr("%1: '%2' would be placed under the service '%3'; a service holds units, not "
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
                tr("%1: the host name '%2' is empty or contains a space or '/'").arg(file, h.name));
        if (seen.contains(op.name)) {
            w.plan.warnings << tr("%1: host '%2' appears twice; the first one is used").arg(file, op.name);
            continue;
        }
        seen.insert(op.name);
        if (h.port < 1 || h.port > 65535)
            return Error::refused(
                tr("%1: host '%2' has the port %3, outside 1-65535").arg(file, op.name).arg(h.port));
        op.address = h.address.trimmed().isEmpty() ? op.name : h.address.trimmed();
        op.port = h.port;
        op.user = h.user.trimmed();
        for (auto it = h.meta.constBegin(); it != h.meta.constEnd(); ++it)
            op.meta.insert(it.key(), InventoryApplier::metaText(it.value()));
        const QString docPool = h.pool.trimmed();
        auto ex = machines.constFind(op.name);
        if (ex == machines.constEnd()) {
            op.op = Op::Add;
            op.pool = docPool.isEmpty() ? QStringLiteral("default") : docPool;
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
    return w;
}

} // namespace opsdeck::import_work
