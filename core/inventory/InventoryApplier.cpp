#include "inventory/InventoryApplier.h"

#include "db/ConnectionProfile.h"
#include "inventory/BatchInsert.h"
#include "inventory/ImportWork.h"
#include "inventory/InventoryRows.h"
#include "inventory_io/VariantJson.h"
#include "inventory_io/YamlScalar.h"

#include <QCoreApplication>
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
#include <limits>

Q_LOGGING_CATEGORY(lcInventory, "opsdeck.inventory")

namespace opsdeck {

using namespace inventory_rows;

ImportCounts ImportPlan::total() const
{
    return {nodes.added + machines.added + bindings.added + urls.added + units.added + relations.added,
            nodes.changed + machines.changed + bindings.changed,
            nodes.unchanged + machines.unchanged + bindings.unchanged + urls.unchanged + units.unchanged +
                relations.unchanged};
}

QString InventoryApplier::metaText(const QVariant& value)
{
    switch (value.typeId()) {
    case QMetaType::QString: {
        // As it is when it reads back as itself, else as a JSON string ("2", "true", "\"x\"").
        const QString text = value.toString();
        const QVariant back = metaValue(text);
        if (back.typeId() == QMetaType::QString && back.toString() == text)
            return text;
        const QByteArray a = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
        return QString::fromUtf8(a.mid(1, a.size() - 2));
    }
    case QMetaType::Double:
    case QMetaType::Float:
        // Always with '.' or 'e', so it reads back as a float (inf and NaN, which JSON lacks,
        // read back as the strings ".inf" and ".nan").
        return yaml_scalar::doubleText(value.toDouble());
    default:
        break;
    }
    const QJsonValue j = variant_json::toJson(value);
    if (j.isNull())
        return QStringLiteral("null");
    const QByteArray a = QJsonDocument(QJsonArray{j}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(a.mid(1, a.size() - 2));
}

QVariant InventoryApplier::metaValue(const QString& text)
{
    const QString t = text.trimmed();
    if (t.isEmpty() || t != text)
        return text;
    const QChar c = t.front();
    if (!(c == QLatin1Char('[') || c == QLatin1Char('{') || c == QLatin1Char('"') || c == QLatin1Char('-') ||
          c.isDigit() || t == QLatin1String("true") || t == QLatin1String("false") ||
          t == QLatin1String("null")))
        return text;
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson("[" + t.toUtf8() + "]", &err);
    if (err.error != QJsonParseError::NoError || !doc.isArray() || doc.array().size() != 1)
        return text;
    const QJsonValue v = doc.array().first();
    if (!v.isDouble())
        return variant_json::fromJson(v);
    // A number keeps its kind: with '.' or an exponent a float, else an integer; and its text
    // only when it survives the round trip (leading zeros, "1e3", "1.50" stay strings).
    const bool isFloat =
        t.contains(QLatin1Char('.')) || t.contains(QLatin1Char('e')) || t.contains(QLatin1Char('E'));
    if (isFloat) {
        const QString again = yaml_scalar::doubleText(v.toDouble());
        return again == text ? QVariant(v.toDouble()) : QVariant(text);
    }
    const qlonglong n = v.toInteger(std::numeric_limits<qlonglong>::min());
    return QString::number(n) == text ? QVariant(n) : QVariant(text);
}

namespace {

using namespace import_work;

Status prepare(QSqlQuery& q, const QString& sql)
{
    if (!q.prepare(sql))
        return Database::sqlError(QCoreApplication::translate("Inventory", "importing failed"),
                                  q.lastError());
    return {};
}

Status run(QSqlQuery& q, const QVariantList& values)
{
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values.at(i));
    if (!q.exec())
        return Database::sqlError(QCoreApplication::translate("Inventory", "importing failed"),
                                  q.lastError());
    return {};
}

// The next free id of `table`, taken while the import holds the write lock: new rows
// get their ids here, so they go out in batches with no id read back per row.
Result<qint64> nextId(ChangeSet& cs, const QString& table)
{
    auto q = cs.exec(QStringLiteral("SELECT coalesce(max(id), 0) + 1 FROM %1").arg(table));
    if (!q.ok())
        return q.error();
    return q->next() ? q->value(0).toLongLong() : qint64(1);
}

// SQLite's next rowid follows max(id); PostgreSQL's identity sequence does not see
// explicit ids, so it is moved past them, else the next `machine add` collides.
Status advanceIds(QSqlDatabase& db, const QString& table, qint64 next)
{
    if (ConnectionProfile::dialectOf(db) != Dialect::Postgres || next <= 1)
        return {};
    QSqlQuery q(db);
    if (Status s = prepare(q, QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', 'id'), "
                                             "greatest(?, (SELECT coalesce(max(id), 1) FROM %1)))")
                                  .arg(table));
        !s.ok())
        return s;
    return run(q, {next - 1});
}

// URL bindings, units and relations: their nodes and machines exist by now.
Status writeLinks(QSqlDatabase& db, const Work& w, const QHash<QString, qint64>& nodeIds, qint64 now)
{
    auto nodeId = [&](const QString& path) {
        return nodeIds.value(path, w.existingNodeIds.value(path));
    };
    QHash<QString, qint64> machineIds = w.existingMachineIds;
    for (const HostOp& op : w.hosts)
        machineIds.insert(op.name, op.id);
    BatchInsert insUrl(db, QStringLiteral("INSERT INTO node_urls (node_id, url, created_at)"),
                       QStringLiteral("(?, ?, ?)"), QStringLiteral(" ON CONFLICT DO NOTHING"),
                       {QStringLiteral("bigint"), QStringLiteral("text"), QStringLiteral("bigint")});
    BatchInsert insUnit(db, QStringLiteral("INSERT INTO units (service_id, machine_id, port, created_at)"),
                        QStringLiteral("(?, ?, ?, ?)"), {},
                        {QStringLiteral("bigint"), QStringLiteral("bigint"), QStringLiteral("bigint"),
                         QStringLiteral("bigint")});
    BatchInsert insRelation(db,
                            QStringLiteral("INSERT INTO relations (service_id, needs_service_id, port, "
                                           "endpoint, created_at)"),
                            QStringLiteral("(?, ?, ?, ?, ?)"), {},
                            {QStringLiteral("bigint"), QStringLiteral("bigint"), QStringLiteral("bigint"),
                             QStringLiteral("text"), QStringLiteral("bigint")});
    for (const auto& [path, url] : w.newUrls)
        if (Status s = insUrl.add({nodeId(path), url, now}); !s.ok())
            return s;
    for (const InventoryUnit& u : w.newUnits)
        if (Status s = insUnit.add({nodeId(u.service), machineIds.value(u.machine), u.port, now}); !s.ok())
            return s;
    const QVariant null{QMetaType(QMetaType::LongLong)};
    const QVariant nullText{QMetaType(QMetaType::QString)};
    for (const InventoryRelation& r : w.newRelations) {
        const bool unitLevel = !r.needs.isEmpty();
        if (Status s = insRelation.add({nodeId(r.service), unitLevel ? QVariant(nodeId(r.needs)) : null,
                                        r.port > 0 ? QVariant(r.port) : null,
                                        unitLevel ? nullText : QVariant(r.endpoint), now});
            !s.ok())
            return s;
    }
    for (BatchInsert* b : {&insUrl, &insUnit, &insRelation})
        if (Status s = b->flush(); !s.ok())
            return s;
    return {};
}

// Tree nodes (parents before children: the work lists them so) and their service rows;
// fills `nodeIds` with every node's id by path.
Status writeNodes(ChangeSet& cs, Work& w, ProgressTicker& ticker, QHash<QString, qint64>& nodeIds)
{
    QSqlDatabase& db = cs.db();
    auto next = nextId(cs, QStringLiteral("tree_nodes"));
    if (!next.ok())
        return next.error();
    qint64 nextNodeId = *next;
    BatchInsert insNode(db,
                        QStringLiteral("INSERT INTO tree_nodes (id, parent_id, name, kind, product_line, "
                                       "path, vars, created_at)"),
                        QStringLiteral("(?, ?, ?, ?, ?, ?, ?, ?)"), {},
                        {QStringLiteral("bigint"), QStringLiteral("bigint"), QStringLiteral("text"),
                         QStringLiteral("text"), QStringLiteral("bigint"), QStringLiteral("text"),
                         QStringLiteral("text"), QStringLiteral("bigint")});
    BatchInsert insService(db, QStringLiteral("INSERT INTO services (node_id, updated_at)"),
                           QStringLiteral("(?, ?)"), QStringLiteral(" ON CONFLICT DO NOTHING"),
                           {QStringLiteral("bigint"), QStringLiteral("bigint")});
    QSqlQuery updNode(db);
    if (Status s = prepare(updNode,
                           QStringLiteral("UPDATE tree_nodes SET kind = ?, product_line = ?, vars = ? WHERE "
                                          "id = ?"));
        !s.ok())
        return s;
    const QVariant noParent{QMetaType(QMetaType::LongLong)};
    QList<qint64> serviceIds;
    for (NodeOp& op : w.nodes) {
        if (Status s = ticker.step(); !s.ok())
            return s;
        if (op.op == Op::Add) {
            const QString parent = parentPath(op.path);
            op.id = nextNodeId++;
            if (Status s = insNode.add({op.id, parent.isEmpty() ? noParent : QVariant(nodeIds.value(parent)),
                                        lastSegment(op.path), op.kind, op.productLine ? 1 : 0, op.path,
                                        op.vars, cs.now()});
                !s.ok())
                return s;
        } else if (op.op == Op::Change) {
            if (Status s = run(updNode, {op.kind, op.productLine ? 1 : 0, op.vars, op.id}); !s.ok())
                return s;
        }
        if (op.op != Op::Same && op.kind == QLatin1String("service"))
            serviceIds << op.id;
        nodeIds.insert(op.path, op.id);
    }
    // Nodes first: a service row names its node.
    if (Status s = insNode.flush(); !s.ok())
        return s;
    for (const qint64 id : std::as_const(serviceIds))
        if (Status s = insService.add({id, cs.now()}); !s.ok())
            return s;
    if (Status s = insService.flush(); !s.ok())
        return s;
    return advanceIds(db, QStringLiteral("tree_nodes"), nextNodeId);
}

// Machines: new ones in batches with their ids, changed ones one by one (a re-import
// changes few), then their imported meta.
Status writeMachines(ChangeSet& cs, Work& w, ProgressTicker& ticker)
{
    QSqlDatabase& db = cs.db();
    QSqlQuery updMachine(db), delMeta(db), updTags(db);
    if (Status s = prepare(updTags, QStringLiteral("UPDATE machines SET tags = ? WHERE id = ?")); !s.ok())
        return s;
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
    auto next = nextId(cs, QStringLiteral("machines"));
    if (!next.ok())
        return next.error();
    qint64 nextMachineId = *next;
    BatchInsert insMachine(db,
                           QStringLiteral("INSERT INTO machines (id, name, address, port, ssh_user, pool_id, "
                                          "state, tags, created_at)"),
                           QStringLiteral("(?, ?, ?, ?, coalesce(?, ''), ?, ?, ?, ?)"), {},
                           {QStringLiteral("bigint"), QStringLiteral("text"), QStringLiteral("text"),
                            QStringLiteral("bigint"), QStringLiteral("text"), QStringLiteral("bigint"),
                            QStringLiteral("text"), QStringLiteral("text"), QStringLiteral("bigint")});
    for (HostOp& op : w.hosts) {
        if (Status s = ticker.step(); !s.ok())
            return s;
        const qint64 poolId = w.poolIds.value(op.pool);
        if (op.op == Op::Add) {
            op.id = nextMachineId++;
            if (Status s = insMachine.add({op.id, op.name, op.address, op.port, op.user, poolId, op.state,
                                           tagsToJson(op.tags), cs.now()});
                !s.ok())
                return s;
        } else if (op.op == Op::Change) {
            if (Status s = run(updMachine, {op.address, op.port, op.user, poolId, op.id}); !s.ok())
                return s;
            if (op.tagsChanged)
                if (Status s = run(updTags, {tagsToJson(op.tags), op.id}); !s.ok())
                    return s;
        }
        if (op.metaChanged && op.op != Op::Add)
            if (Status s = run(delMeta, {op.id}); !s.ok())
                return s;
    }
    if (Status s = insMachine.flush(); !s.ok())
        return s;
    if (Status s = advanceIds(db, QStringLiteral("machines"), nextMachineId); !s.ok())
        return s;
    // A new machine's meta cannot collide; a changed one's may meet a collector's key.
    const QString metaHead =
        QStringLiteral("INSERT INTO machine_meta (machine_id, key, value, source, updated_at)");
    const QString metaRow = QStringLiteral("(?, ?, coalesce(?, ''), 'import', ?)");
    const QStringList metaTypes{QStringLiteral("bigint"), QStringLiteral("text"), QStringLiteral("text"),
                                QStringLiteral("bigint")};
    BatchInsert insNewMeta(db, metaHead, metaRow, {}, metaTypes);
    BatchInsert insMeta(db, metaHead, metaRow,
                        QStringLiteral(" ON CONFLICT (machine_id, key) DO UPDATE SET value = excluded.value, "
                                       "source = 'import', updated_at = excluded.updated_at"),
                        metaTypes);
    for (const HostOp& op : std::as_const(w.hosts)) {
        if (!op.metaChanged)
            continue;
        BatchInsert& ins = op.op == Op::Add ? insNewMeta : insMeta;
        for (auto it = op.meta.constBegin(); it != op.meta.constEnd(); ++it)
            if (Status s = ins.add({op.id, it.key(), it.value(), cs.now()}); !s.ok())
                return s;
    }
    if (Status s = insNewMeta.flush(); !s.ok())
        return s;
    return insMeta.flush();
}

// A new machine's bindings cannot exist yet (the planner lists each once), so they skip
// the conflict check an existing machine's need.
Status writeBindings(ChangeSet& cs, const Work& w, ProgressTicker& ticker,
                     const QHash<QString, qint64>& nodeIds)
{
    const QString head = QStringLiteral("INSERT INTO node_machines (node_id, machine_id, created_at)");
    const QStringList types{QStringLiteral("bigint"), QStringLiteral("bigint"), QStringLiteral("bigint")};
    BatchInsert insNew(cs.db(), head, QStringLiteral("(?, ?, ?)"), {}, types);
    BatchInsert insOther(cs.db(), head, QStringLiteral("(?, ?, ?)"),
                         QStringLiteral(" ON CONFLICT DO NOTHING"), types);
    for (const auto& [hostIndex, path] : std::as_const(w.newBindings)) {
        if (Status s = ticker.step(); !s.ok())
            return s;
        const HostOp& host = w.hosts.at(hostIndex);
        BatchInsert& ins = host.op == Op::Add ? insNew : insOther;
        if (Status s = ins.add({nodeIds.value(path), host.id, cs.now()}); !s.ok())
            return s;
    }
    if (Status s = insNew.flush(); !s.ok())
        return s;
    return insOther.flush();
}

// One audit row for the import: the file, its checksum and the counts.
Status audit(ChangeSet& cs, const ImportPlan& p, const QString& reason)
{
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
                            {QStringLiteral("urls"), counts(p.urls)},
                            {QStringLiteral("units"), counts(p.units)},
                            {QStringLiteral("relations"), counts(p.relations)},
                            {QStringLiteral("pools_added"), p.poolsAdded},
                            {QStringLiteral("warnings"), static_cast<int>(p.warnings.size())}};
    return cs.audit(QStringLiteral("import"), p.file, QStringLiteral("import"), QJsonValue::Null, after,
                    reason);
}

Status write(ChangeSet& cs, Work& w, const QString& reason, const ProgressFn& progress)
{
    ProgressTicker ticker(progress, qint64(w.nodes.size()) + w.hosts.size() + w.newBindings.size());
    for (const QString& pool : std::as_const(w.newPools)) {
        auto ins =
            cs.exec(QStringLiteral("INSERT INTO pools (name, created_at) VALUES (?, ?)"), {pool, cs.now()});
        if (!ins.ok())
            return ins.error();
        w.poolIds.insert(pool, ins->lastInsertId().toLongLong());
    }
    QHash<QString, qint64> nodeIds;
    if (Status s = writeNodes(cs, w, ticker, nodeIds); !s.ok())
        return s;
    if (Status s = writeMachines(cs, w, ticker); !s.ok())
        return s;
    if (Status s = writeBindings(cs, w, ticker, nodeIds); !s.ok())
        return s;
    if (Status s = writeLinks(cs.db(), w, nodeIds, cs.now()); !s.ok())
        return s;
    if (Status s = ticker.finish(); !s.ok())
        return s;
    return audit(cs, w.plan, reason);
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
    if (doc.hosts.size() > 5000 && m_writer.database()->dialect() == Dialect::Sqlite) {
        QSqlQuery pragma(db);
        if (pragma.exec(QStringLiteral("PRAGMA cache_size")) && pragma.next())
            oldCache = pragma.value(0);
        pragma.exec(QStringLiteral("PRAGMA cache_size = -131072"));
    }
    Status s = m_writer.change([&](ChangeSet& cs) -> Status {
        auto w = computePlan(cs.db(), doc);
        if (!w.ok())
            return w.error();
        if (Status ws = write(cs, *w, reason, m_progress); !ws.ok())
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