#include "inventory/InventoryApplier.h"

#include "inventory/InventoryRows.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QMap>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>

Q_LOGGING_CATEGORY(lcInventory, "opsdeck.inventory")

namespace opsdeck {

using namespace inventory_rows;

ImportCounts ImportPlan::total() const
{
    return {nodes.added + machines.added + bindings.added,
            nodes.changed + machines.changed + bindings.changed,
            nodes.unchanged + machines.unchanged + bindings.unchanged};
}

QString InventoryApplier::metaText(const QVariant& value)
{
    if (value.typeId() == QMetaType::QString)
        return value.toString();
    if (!value.isValid() || value.isNull())
        return QStringLiteral("null");
    const QJsonValue j = QJsonValue::fromVariant(value);
    if (j.isString())
        return j.toString();
    const QByteArray a = QJsonDocument(QJsonArray{j}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(a.mid(1, a.size() - 2));
}

QVariant InventoryApplier::metaValue(const QString& text)
{
    const QString t = text.trimmed();
    if (t.isEmpty() || t != text)
        return text;
    const QChar c = t.front();
    if (!(c == QLatin1Char('[') || c == QLatin1Char('{') || c == QLatin1Char('-') || c.isDigit() ||
          t == QLatin1String("true") || t == QLatin1String("false") || t == QLatin1String("null")))
        return text;
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson("[" + t.toUtf8() + "]", &err);
    if (err.error != QJsonParseError::NoError || !doc.isArray() || doc.array().size() != 1)
        return text;
    const QJsonValue v = doc.array().first();
    // Keep a number's text only when it survives the round trip (leading zeros, "1e3").
    if (v.isDouble() && metaText(v.toVariant()) != text)
        return text;
    return v.toVariant();
}

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

int depth(const QString& path)
{
    return static_cast<int>(path.count(QLatin1Char('/')));
}

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

Status prepare(QSqlQuery& q, const QString& sql)
{
    if (!q.prepare(sql))
        return Database::sqlError(tr("importing failed"), q.lastError());
    return {};
}

Status run(QSqlQuery& q, const QVariantList& values)
{
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values.at(i));
    if (!q.exec())
        return Database::sqlError(tr("importing failed"), q.lastError());
    return {};
}

// Rows for one INSERT, sent kRows at a time as one multi-row statement (fewer round
// trips through the driver for the hundreds of thousands of rows of a fleet import).
class BatchInsert
{
public:
    static constexpr int kRows = 64;

    BatchInsert(QSqlDatabase& db, QString head, QString row, QString tail, int columns)
        : m_db(db), m_head(std::move(head)), m_row(std::move(row)), m_tail(std::move(tail)),
          m_columns(columns), m_full(db)
    {}

    Status add(const QVariantList& values)
    {
        m_pending << values;
        if (m_pending.size() >= kRows * m_columns)
            return flush();
        return {};
    }

    Status flush()
    {
        const int rows = static_cast<int>(m_pending.size() / m_columns);
        if (rows == 0)
            return {};
        if (rows == kRows && !m_prepared) {
            if (Status s = prepare(m_full, rows); !s.ok())
                return s;
            m_prepared = true;
        }
        QSqlQuery partial(m_db);
        QSqlQuery& q = rows == kRows ? m_full : partial;
        if (rows != kRows)
            if (Status s = prepare(partial, rows); !s.ok())
                return s;
        for (int i = 0; i < m_pending.size(); ++i)
            q.bindValue(i, m_pending.at(i));
        m_pending.clear();
        if (!q.exec())
            return Database::sqlError(tr("importing failed"), q.lastError());
        return {};
    }

private:
    Status prepare(QSqlQuery& q, int rows)
    {
        QStringList parts;
        for (int i = 0; i < rows; ++i)
            parts << m_row;
        if (!q.prepare(m_head + parts.join(QLatin1Char(',')) + m_tail))
            return Database::sqlError(tr("importing failed"), q.lastError());
        return {};
    }

    QSqlDatabase& m_db;
    QString m_head, m_row, m_tail;
    int m_columns;
    QSqlQuery m_full;
    bool m_prepared = false;
    QVariantList m_pending;
};

Status write(ChangeSet& cs, Work& w, const QString& reason)
{
    QSqlDatabase& db = cs.db();
    for (const QString& pool : std::as_const(w.newPools)) {
        auto ins =
            cs.exec(QStringLiteral("INSERT INTO pools (name, created_at) VALUES (?, ?)"), {pool, cs.now()});
        if (!ins.ok())
            return ins.error();
        w.poolIds.insert(pool, ins->lastInsertId().toLongLong());
    }

    QHash<QString, qint64> nodeIds;
    QSqlQuery insNode(db), insService(db), updNode(db);
    if (Status s = prepare(
            insNode, QStringLiteral("INSERT INTO tree_nodes (parent_id, name, kind, product_line, path, "
                                    "vars, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)"));
        !s.ok())
        return s;
    if (Status s =
            prepare(insService, QStringLiteral("INSERT OR IGNORE INTO services (node_id, updated_at) VALUES "
                                               "(?, ?)"));
        !s.ok())
        return s;
    if (Status s = prepare(updNode,
                           QStringLiteral("UPDATE tree_nodes SET kind = ?, product_line = ?, vars = ? WHERE "
                                          "id = ?"));
        !s.ok())
        return s;
    for (NodeOp& op : w.nodes) {
        if (op.op == Op::Add) {
            const QString parent = parentPath(op.path);
            const QVariant parentId =
                parent.isEmpty() ? QVariant(QMetaType(QMetaType::LongLong)) : QVariant(nodeIds.value(parent));
            if (Status s = run(insNode, {parentId, lastSegment(op.path), op.kind, op.productLine ? 1 : 0,
                                         op.path, op.vars, cs.now()});
                !s.ok())
                return s;
            op.id = insNode.lastInsertId().toLongLong();
        } else if (op.op == Op::Change) {
            if (Status s = run(updNode, {op.kind, op.productLine ? 1 : 0, op.vars, op.id}); !s.ok())
                return s;
        }
        if (op.op != Op::Same && op.kind == QLatin1String("service"))
            if (Status s = run(insService, {op.id, cs.now()}); !s.ok())
                return s;
        nodeIds.insert(op.path, op.id);
    }

    QSqlQuery updMachine(db), delMeta(db);
    // New machines get their ids here (the write lock is held), so they can be sent in
    // multi-row statements.
    qint64 nextMachineId = 1;
    {
        auto q = cs.exec(QStringLiteral("SELECT coalesce(max(id), 0) + 1 FROM machines"));
        if (!q.ok())
            return q.error();
        if (q->next())
            nextMachineId = q->value(0).toLongLong();
    }
    BatchInsert insMachine(
        db,
        QStringLiteral("INSERT INTO machines (id, name, address, port, ssh_user, pool_id, state, "
                       "tags, created_at) VALUES "),
        QStringLiteral("(?, ?, ?, ?, coalesce(?, ''), ?, 'NEW', '[]', ?)"), {}, 7);
    if (Status s =
            prepare(updMachine,
                    QStringLiteral("UPDATE machines SET address = ?, port = ?, ssh_user = coalesce(?, ''), "
                                   "pool_id = ? WHERE id = ?"));
        !s.ok())
        return s;
    if (Status s =
            prepare(delMeta, QStringLiteral("DELETE FROM machine_meta WHERE machine_id = ? AND source = "
                                            "'import'"));
        !s.ok())
        return s;
    BatchInsert insMeta(
        db,
        QStringLiteral("INSERT INTO machine_meta (machine_id, key, value, source, updated_at) "
                       "VALUES "),
        QStringLiteral("(?, ?, coalesce(?, ''), 'import', ?)"),
        QStringLiteral(" ON CONFLICT (machine_id, key) DO UPDATE SET value = excluded.value, "
                       "source = 'import', updated_at = excluded.updated_at"),
        4);
    BatchInsert insBinding(db,
                           QStringLiteral("INSERT OR IGNORE INTO node_machines (node_id, machine_id, "
                                          "created_at) VALUES "),
                           QStringLiteral("(?, ?, ?)"), {}, 3);
    for (HostOp& op : w.hosts) {
        const qint64 poolId = w.poolIds.value(op.pool);
        if (op.op == Op::Add) {
            op.id = nextMachineId++;
            if (Status s = insMachine.add({op.id, op.name, op.address, op.port, op.user, poolId, cs.now()});
                !s.ok())
                return s;
        } else if (op.op == Op::Change) {
            if (Status s = run(updMachine, {op.address, op.port, op.user, poolId, op.id}); !s.ok())
                return s;
        }
        if (op.metaChanged && op.op != Op::Add)
            if (Status s = run(delMeta, {op.id}); !s.ok())
                return s;
    }
    if (Status s = insMachine.flush(); !s.ok())
        return s;
    for (const HostOp& op : std::as_const(w.hosts))
        if (op.metaChanged)
            for (auto it = op.meta.constBegin(); it != op.meta.constEnd(); ++it)
                if (Status s = insMeta.add({op.id, it.key(), it.value(), cs.now()}); !s.ok())
                    return s;
    if (Status s = insMeta.flush(); !s.ok())
        return s;
    for (const auto& [hostIndex, path] : std::as_const(w.newBindings))
        if (Status s = insBinding.add({nodeIds.value(path), w.hosts.at(hostIndex).id, cs.now()}); !s.ok())
            return s;
    if (Status s = insBinding.flush(); !s.ok())
        return s;

    const ImportPlan& p = w.plan;
    auto counts = [](const ImportCounts& c) {
        return QJsonObject{{QStringLiteral("added"), c.added},
                           {QStringLiteral("changed"), c.changed},
                           {QStringLiteral("unchanged"), c.unchanged}};
    };
    const ImportCounts t = p.total();
    const QJsonObject after{{QStringLiteral("file"), p.file},
                            {QStringLiteral("sha256"), QString::fromLatin1(p.sha256.toHex())},
                            {QStringLiteral("added"), t.added},
                            {QStringLiteral("changed"), t.changed},
                            {QStringLiteral("unchanged"), t.unchanged},
                            {QStringLiteral("nodes"), counts(p.nodes)},
                            {QStringLiteral("machines"), counts(p.machines)},
                            {QStringLiteral("bindings"), counts(p.bindings)},
                            {QStringLiteral("pools_added"), p.poolsAdded},
                            {QStringLiteral("warnings"), static_cast<int>(p.warnings.size())}};
    return cs.audit(QStringLiteral("import"), p.file, QStringLiteral("import"), QJsonValue::Null, after,
                    reason);
}

} // namespace

Result<ImportPlan> InventoryApplier::plan(const InventoryDocument& doc) const
{
    QSqlDatabase db = m_writer.database()->connection();
    auto w = computePlan(db, doc);
    if (!w.ok())
        return w.error();
    w->plan.dryRun = true;
    return w->plan;
}

Result<ImportPlan> InventoryApplier::apply(const InventoryDocument& doc, const QString& reason) const
{
    ImportPlan result;
    // A large import dirties more pages than SQLite's default cache (2 MB) holds; let
    // this connection keep them in memory for the transaction instead of spilling.
    QSqlDatabase db = m_writer.database()->connection();
    QVariant oldCache;
    if (doc.hosts.size() > 5000) {
        QSqlQuery pragma(db);
        if (pragma.exec(QStringLiteral("PRAGMA cache_size")) && pragma.next())
            oldCache = pragma.value(0);
        pragma.exec(QStringLiteral("PRAGMA cache_size = -131072"));
    }
    Status s = m_writer.change([&](ChangeSet& cs) -> Status {
        auto w = computePlan(cs.db(), doc);
        if (!w.ok())
            return w.error();
        if (Status ws = write(cs, *w, reason); !ws.ok())
            return ws;
        result = w->plan;
        return {};
    });
    if (oldCache.isValid())
        QSqlQuery(db).exec(QStringLiteral("PRAGMA cache_size = %1").arg(oldCache.toLongLong()));
    if (!s.ok())
        return s.error();
    qCInfo(lcInventory) << "imported" << result.file << "added" << result.total().added << "changed"
                        << result.total().changed << "unchanged" << result.total().unchanged;
    return result;
}

} // namespace opsdeck
