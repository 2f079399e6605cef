#pragma once

#include "util/Result.h"

#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>
#include <QVariantList>
#include <functional>
#include <optional>

namespace opsdeck {

// Who wrote a row's current version and when (migration 0012: version, changed_by,
// changed_at in epoch seconds).
struct RowStamp
{
    qint64 version = 1;
    QString changedBy;
    qint64 changedAt = 0;
};

// A write refused because the row changed since it was read, as Error::stale carries it:
// what the row is, who wrote its current version and when, and its values now (a window
// offers to reload them; the CLI prints them).
struct StaleWrite
{
    QString what;         // "machine 'web1'"
    QString changedBy;    // empty when unknown
    qint64 changedAt = 0; // epoch seconds
    qint64 version = 0;   // the row's version now
    qint64 basedOn = 0;   // the version the refused write was based on
    QJsonObject current;  // the row's values now (for a machine: InventoryJson-like keys)
};

// Optimistic writes ("no lost update", issue 12): every editable row carries a version
// that each write bumps. A store reads the row in its transaction, refuses an edit based
// on another version than the one it read (`check`), and writes with `update`, whose
// WHERE names the version it read, so a write that raced in between (PostgreSQL's READ
// COMMITTED) touches no row and is refused the same way.
namespace RowVersion {

// The columns to add to a SELECT, in this order: version, changed_by, changed_at.
QString columns(const QString& alias = {});
// Reads them from `q` starting at column `first`.
RowStamp fromQuery(const class QSqlQuery& q, int first);

// Epoch seconds as the reader's local time, "2026-12-05 03:10:12".
QString localTime(qint64 epochSecs);

// "machine 'web1' was changed by alice at 2026-12-05 03:10:12 (now version 4; your change
// was based on version 3). Its current values: {...}. Reload and try again.", Refused,
// with Error::stale set.
Error conflict(const QString& what, const RowStamp& current, qint64 basedOn, const QJsonObject& values);

// Refused (conflict) when `expected` is set and differs from `current.version`.
// `e` with Error::stale describing `what` at `current` with `values`.
Error withStale(Error e, const QString& what, const RowStamp& current, qint64 basedOn,
                const QJsonObject& values);

Status check(const QString& what, const RowStamp& current, std::optional<qint64> expected,
             const QJsonObject& values);

// `UPDATE table SET <set>, version = version + 1, changed_by = ?, changed_at = ? WHERE
// <key> = ? AND version = ?`: true when the row was written, false when its version was
// no longer `version` (nothing written). `table`, `set` and `keyColumn` are the caller's
// constants; values go in `bindings` (for `set`) and `key`.
Result<bool> update(QSqlDatabase& db, const QString& table, const QString& set, QVariantList bindings,
                    const QString& keyColumn, const QVariant& key, qint64 version, const QString& by,
                    qint64 at);

// Bumps the version (and stamps who and when) without another change; same result as update().
Result<bool> touch(QSqlDatabase& db, const QString& table, const QString& keyColumn, const QVariant& key,
                   qint64 version, const QString& by, qint64 at);

// A row as a store read it inside its write transaction: what it is ("pool 'web'"), the
// version read, who wrote it and when, and its values (with "version") for a refusal.
struct ReadRow
{
    QString what;
    RowStamp stamp;
    QJsonObject values;
};

// The one optimistic write every versioned store uses: check() against `expected`, then
// update() at the version `read` has; when a write raced in since the read (no row
// touched), refused by conflict() with the row as `reread` finds it now.
Status write(QSqlDatabase& db, const QString& table, const QString& set, const QVariantList& bindings,
             const QString& keyColumn, const QVariant& key, const ReadRow& read,
             std::optional<qint64> expected, const QString& by, qint64 at,
             const std::function<Result<ReadRow>()>& reread);

} // namespace RowVersion
} // namespace opsdeck
