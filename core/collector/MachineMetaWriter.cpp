#include "collector/MachineMetaWriter.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace opsdeck {

Result<bool> MachineMetaWriter::write(const QString& machine, const QList<CollectorFact>& meta,
                                      qint64 updatedAt) const
{
    bool written = false;
    const Status st = m_db.transaction([&](QSqlDatabase& db) -> Status {
        auto found = Database::exec(db, QStringLiteral("SELECT id FROM machines WHERE name = ?"), {machine});
        if (!found.ok())
            return found.error();
        if (!found->next())
            return {}; // not registered (yet): nothing to attach the meta to
        const qint64 machineId = found->value(0).toLongLong();
        // A pass that reached the machine is when it was last seen.
        if (auto seen = Database::exec(db, QStringLiteral("UPDATE machines SET last_seen = ? WHERE id = ?"),
                                       {updatedAt, machineId});
            !seen.ok())
            return seen.error();

        if (auto st = upsertAndPrune(db, machineId, meta, QStringLiteral("collector"), updatedAt, true);
            !st.ok())
            return st;
        written = true;
        return {};
    });
    if (!st.ok())
        return st.error();
    return written;
}

Result<bool> MachineMetaWriter::writeOn(QSqlDatabase& db, const QString& machine,
                                        const QList<CollectorFact>& meta, const QString& source,
                                        qint64 updatedAt)
{
    qint64 machineId = 0;
    {
        auto found = Database::exec(db, QStringLiteral("SELECT id FROM machines WHERE name = ?"), {machine});
        if (!found.ok())
            return found.error();
        if (!found->next())
            return false;
        machineId = found->value(0).toLongLong();
    }
    if (auto st = upsertAndPrune(db, machineId, meta, source, updatedAt, false); !st.ok())
        return st.error();
    return true;
}

Status MachineMetaWriter::upsertAndPrune(QSqlDatabase& db, qint64 machineId, const QList<CollectorFact>& meta,
                                         const QString& source, qint64 updatedAt, bool overImported)
{
    QSqlQuery upsert(db);
    if (!upsert.prepare(
            QStringLiteral("INSERT INTO machine_meta (machine_id, key, value, source, updated_at) "
                           "VALUES (?, ?, ?, ?, ?) "
                           "ON CONFLICT (machine_id, key) DO UPDATE SET value = excluded.value, "
                           "source = excluded.source, updated_at = excluded.updated_at") +
            (overImported ? QString() : QStringLiteral(" WHERE machine_meta.source <> 'import'"))))
        return Database::sqlError(
            QCoreApplication::translate("MachineMetaWriter", "cannot store the machine's meta"),
            upsert.lastError());
    for (const CollectorFact& m : meta) {
        upsert.bindValue(0, machineId);
        upsert.bindValue(1, m.key);
        upsert.bindValue(2, m.value);
        upsert.bindValue(3, source);
        upsert.bindValue(4, updatedAt);
        if (!upsert.exec())
            return Database::sqlError(
                QCoreApplication::translate("MachineMetaWriter", "cannot store the machine's meta"),
                upsert.lastError());
    }
    // Keys of this source from earlier writes that this one did not report (a write that
    // reported no meta at all prunes nothing).
    if (meta.isEmpty())
        return {};
    QStringList placeholders;
    QVariantList bindings{machineId, source};
    for (const CollectorFact& m : meta) {
        placeholders << QStringLiteral("?");
        bindings << m.key;
    }
    auto pruned = Database::exec(db,
                                 QStringLiteral("DELETE FROM machine_meta WHERE machine_id = ? AND "
                                                "source = ? AND key NOT IN (%1)")
                                     .arg(placeholders.join(u',')),
                                 bindings);
    return pruned.ok() ? Status() : Status(pruned.error());
}

} // namespace opsdeck
