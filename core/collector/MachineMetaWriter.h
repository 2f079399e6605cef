#pragma once

#include "collector/CollectorPass.h"
#include "db/Database.h"
#include "util/Result.h"

#include <QList>
#include <QString>

namespace opsdeck {

// Writes a collector pass's meta (uptime, kernel, device lists) into machine_meta for
// the machine row of that name, in one transaction: each key upserted with source
// 'collector', and collector keys that this pass no longer reports (a device gone)
// removed. Imported keys (source 'import') are never touched.
class MachineMetaWriter
{
public:
    explicit MachineMetaWriter(Database& db) : m_db(db) {}

    // True when the machine row exists and was written; false (and nothing written)
    // when no machine has that name yet.
    Result<bool> write(const QString& machine, const QList<CollectorFact>& meta, qint64 updatedAt) const;

    // The same for another writer, inside a transaction the caller holds (SourceRepository
    // records a node_exporter page's meta with the poll's outcome): each key upserted with
    // `source` (e.g. 'node-exporter'), never over an imported one; that source's keys this
    // write does not name removed (none when `meta` is empty). Leaves last_seen alone.
    static Result<bool> writeOn(QSqlDatabase& db, const QString& machine, const QList<CollectorFact>& meta,
                                const QString& source, qint64 updatedAt);

private:
    static Status upsertAndPrune(QSqlDatabase& db, qint64 machineId, const QList<CollectorFact>& meta,
                                 const QString& source, qint64 updatedAt, bool overImported);

    Database& m_db;
};

} // namespace opsdeck
