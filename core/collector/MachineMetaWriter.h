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

private:
    Database& m_db;
};

} // namespace opsdeck
