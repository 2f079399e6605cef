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

        QSqlQuery upsert(db);
        if (!upsert.prepare(
                QStringLiteral("INSERT INTO machine_meta (machine_id, key, value, source, updated_at) "
                               "VALUES (?, ?, ?, 'collector', ?) "
                               "ON CONFLICT (machine_id, key) DO UPDATE SET value = excluded.value, "
                               "source = excluded.source, updated_at = excluded.updated_at")))
            return Database::sqlError(
                QCoreApplication::translate("MachineMetaWriter", "cannot store the machine's meta"),
                upsert.lastError());
        for (const CollectorFact& m : meta) {
            upsert.bindValue(0, machineId);
            upsert.bindValue(1, m.key);
            upsert.bindValue(2, m.value);
            upsert.bindValue(3, updatedAt);
            if (!upsert.exec())
                return Database::sqlError(
                    QCoreApplication::translate("MachineMetaWriter", "cannot store the machine's meta"),
                    upsert.lastError());
        }
        // Collector keys from earlier passes that this one did not report (a pass that
        // reported no meta at all prunes nothing).
        if (!meta.isEmpty()) {
            QStringList placeholders;
            QVariantList bindings{machineId};
            for (const CollectorFact& m : meta) {
                placeholders << QStringLiteral("?");
                bindings << m.key;
            }
            auto pruned = Database::exec(db,
                                         QStringLiteral("DELETE FROM machine_meta WHERE machine_id = ? AND "
                                                        "source = 'collector' AND key NOT IN (%1)")
                                             .arg(placeholders.join(u',')),
                                         bindings);
            if (!pruned.ok())
                return pruned.error();
        }
        written = true;
        return {};
    });
    if (!st.ok())
        return st.error();
    return written;
}

} // namespace opsdeck
