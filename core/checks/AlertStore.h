#pragma once

#include "checks/CheckTypes.h"
#include "db/Database.h"
#include "util/Result.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <memory>
#include <optional>

namespace opsdeck {

// Which alerts to list: since a time, of one check (by name, so a removed check's
// history still answers), at least an importance, of one target.
struct AlertFilter
{
    qint64 sinceMs = 0;
    QString check;                           // empty: every check
    std::optional<Importance> minImportance; // empty: every importance
    std::optional<QString> target;           // empty: every target ("" is the check itself)
    int limit = 10000;                       // newest first, at most this many
};

// The alert history (table `alert_events`, migration 0013): transitions appended, never
// changed. Any thread; each call uses that thread's connection.
class AlertStore
{
public:
    explicit AlertStore(std::shared_ptr<Database> db) : m_db(std::move(db)) {}

    // Newest first.
    Result<QList<AlertEvent>> list(const AlertFilter& filter) const;

    // Appends `events` on `db` inside the caller's transaction (CheckStateStore::record).
    // An event without a checkName takes its check's. Prepared once for the batch.
    static Status append(QSqlDatabase& db, const QList<AlertEvent>& events);

private:
    std::shared_ptr<Database> m_db;
};

} // namespace opsdeck
