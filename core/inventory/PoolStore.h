#pragma once

#include "db/RowVersion.h"
#include "inventory/InventoryWriter.h"
#include "util/Result.h"

#include <QString>
#include <optional>

namespace opsdeck {

// A resource pool's settings (migration 0009): its init script, the shell script the
// `init` transition runs over SSH on a NEW machine of the pool (a job of kind 'init')
// before the machine becomes INITED. Every change through InventoryWriter, with its
// audit row (entity `pool`).
struct PoolSettings
{
    QString name;
    QString initScript;
    RowStamp stamp; // the version read, who wrote it and when
};

class PoolStore
{
public:
    explicit PoolStore(InventoryWriter& writer) : m_writer(writer) {}

    // Stores `script` (its text; empty: none) on `pool`, created if new. An existing
    // pool's version is bumped (RowVersion): refused when `expectedVersion` is set and the
    // pool is at another version, or when another console wrote it since this call read it.
    Status setInitScript(const QString& pool, const QString& script, const QString& reason = {},
                         std::optional<qint64> expectedVersion = {});
    // The pool's settings and version; nullopt when there is no such pool.
    Result<std::optional<PoolSettings>> get(const QString& pool) const;
    // The pool's init script; empty when it has none or there is no such pool.
    Result<QString> initScript(const QString& pool) const;
    // The init script of the pool a machine is in; empty when none.
    Result<QString> initScriptOfMachine(const QString& machine) const;
    // The audit row of a machine whose init script failed: it stays NEW; `jobId` holds the log.
    Status noteInitFailed(const QString& machine, qint64 jobId, const QString& error) const;

private:
    InventoryWriter& m_writer;
};

} // namespace opsdeck
