#include "checks/MaintenanceStore.h"

#include "db/StatementCache.h"
#include "inventory/InventoryRows.h"
#include "inventory/InventoryWriter.h"

#include <QCoreApplication>

namespace opsdeck {
namespace {

namespace rows = inventory_rows;

constexpr int kMaxReason = 500;

const QString& selectWindows()
{
    static const QString sql =
        QStringLiteral("SELECT id, node_path, from_ms, to_ms, reason, created_by FROM maintenance_windows ");
    return sql;
}

Result<QList<MaintenanceWindow>> query(QSqlDatabase& db, const QString& where, const QVariantList& bindings)
{
    auto q = StatementCache::run(db, selectWindows() + where, bindings);
    if (!q.ok())
        return q.error();
    QList<MaintenanceWindow> out;
    while (q->next())
        out.append({q->value(1).toString(), q->value(2).toLongLong(), q->value(3).toLongLong(),
                    q->value(4).toString(), q->value(0).toLongLong(), q->value(5).toString()});
    return out;
}

// An empty text as '' (a null QString binds as NULL; the columns are NOT NULL).
QString notNull(const QString& text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

QString notFound(qint64 id)
{
    return QCoreApplication::translate(
               "MaintenanceStore", "there is no maintenance window %1; see opsdeck check maintenance list")
        .arg(id);
}

} // namespace

MaintenanceStore::MaintenanceStore(std::shared_ptr<Database> db, QString operatorName)
    : m_db(std::move(db)),
      m_operator(operatorName.isEmpty() ? InventoryWriter::osUserName() : std::move(operatorName))
{}

Result<MaintenanceWindow> MaintenanceStore::validate(MaintenanceWindow w)
{
    if (!w.nodePath.isEmpty()) {
        auto path = rows::normalizePath(w.nodePath);
        if (!path.ok())
            return Error::usage(path.error().message);
        w.nodePath = *path;
    }
    if (w.toMs <= w.fromMs)
        return Error::usage(
            QCoreApplication::translate("MaintenanceStore", "a maintenance window must end after it starts"));
    w.reason = w.reason.trimmed();
    if (w.reason.size() > kMaxReason)
        return Error::usage(QCoreApplication::translate("MaintenanceStore",
                                                        "a maintenance reason takes at most %1 characters")
                                .arg(kMaxReason));
    return w;
}

Result<qint64> MaintenanceStore::add(const MaintenanceWindow& input)
{
    auto w = validate(input);
    if (!w.ok())
        return w.error();
    qint64 id = 0;
    const Status done = m_db->transaction([&](QSqlDatabase& db) -> Status {
        if (!w->nodePath.isEmpty())
            if (auto node = rows::requireNode(db, w->nodePath); !node.ok())
                return node.error();
        auto q = Database::exec(
            db,
            QStringLiteral("INSERT INTO maintenance_windows (node_path, from_ms, to_ms, "
                           "reason, created_by) VALUES (?, ?, ?, ?, ?)"),
            {notNull(w->nodePath), w->fromMs, w->toMs, notNull(w->reason), notNull(m_operator)});
        if (!q.ok())
            return q.error();
        id = q->lastInsertId().toLongLong();
        if (id <= 0)
            return Error::failure(QCoreApplication::translate(
                "MaintenanceStore", "the new maintenance window could not be read back"));
        return {};
    });
    if (!done.ok())
        return done.error();
    return id;
}

Result<MaintenanceWindow> MaintenanceStore::get(qint64 id) const
{
    auto c = m_db->tryConnection();
    if (!c.ok())
        return c.error();
    auto found = query(*c, QStringLiteral("WHERE id = ?"), {id});
    if (!found.ok())
        return found.error();
    if (found->isEmpty())
        return Error::notFound(notFound(id));
    return found->first();
}

Result<QList<MaintenanceWindow>> MaintenanceStore::list(std::optional<qint64> notEndedAtMs) const
{
    auto c = m_db->tryConnection();
    if (!c.ok())
        return c.error();
    if (notEndedAtMs)
        return query(*c, QStringLiteral("WHERE to_ms > ? ORDER BY from_ms, id"), {*notEndedAtMs});
    return query(*c, QStringLiteral("ORDER BY from_ms, id"), {});
}

Status MaintenanceStore::remove(qint64 id)
{
    return m_db->transaction([&](QSqlDatabase& db) -> Status {
        auto q = Database::exec(db, QStringLiteral("DELETE FROM maintenance_windows WHERE id = ?"), {id});
        if (!q.ok())
            return q.error();
        if (q->numRowsAffected() == 0)
            return Error::notFound(notFound(id));
        return {};
    });
}

Result<QList<MaintenanceWindow>> MaintenanceStore::activeAt(qint64 ms) const
{
    auto c = m_db->tryConnection();
    if (!c.ok())
        return c.error();
    return query(*c, QStringLiteral("WHERE to_ms > ? AND from_ms <= ? ORDER BY from_ms, id"), {ms, ms});
}

Result<MaintenanceCover> MaintenanceStore::coverAt(qint64 ms) const
{
    auto open = activeAt(ms);
    if (!open.ok())
        return open.error();
    if (open->isEmpty())
        return MaintenanceCover();
    auto c = m_db->tryConnection();
    if (!c.ok())
        return c.error();
    auto q = StatementCache::run(*c, QStringLiteral("SELECT m.name, n.path FROM node_machines nm "
                                                    "JOIN tree_nodes n ON n.id = nm.node_id "
                                                    "JOIN machines m ON m.id = nm.machine_id"));
    if (!q.ok())
        return q.error();
    QHash<QString, QStringList> machineNodes;
    while (q->next())
        machineNodes[q->value(0).toString()] << q->value(1).toString();
    return MaintenanceCover(std::move(open.value()), std::move(machineNodes), ms);
}

} // namespace opsdeck
