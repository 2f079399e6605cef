#pragma once

#include "dashboards/Dashboard.h"
#include "db/Database.h"
#include "util/Clock.h"
#include "util/Result.h"

#include <QList>
#include <functional>
#include <memory>

namespace opsdeck {

// The user's dashboards (table dashboards, migration 0018), each saved whole as its
// DashboardJson text. save() validates the whole dashboard before it writes anything;
// an existing name is refused unless `replace` (then the row's version is bumped and
// changed_by / changed_at stamped, as every versioned row). The built-in `home` is not
// stored: saving or removing it is refused, and get("home") is NotFound here (see
// HomeDashboard). Like MaintenanceStore and CheckStore, the dashboards are not in the
// inventory's audit log. Any thread; each call uses that thread's connection.
class DashboardStore
{
public:
    struct Entry
    {
        Dashboard dashboard;
        qint64 version = 0;
        QString changedBy;
        qint64 changedAt = 0;
    };

    explicit DashboardStore(std::shared_ptr<Database> db, QString operatorName = {},
                            const Clock& clock = Clock::system());

    // Refused: an existing name without `replace`, or `home`; Usage: invalid (the JSON path).
    Status save(const Dashboard& dashboard, bool replace);
    // As save(), with `alsoWrite` run inside the same transaction, after the name is
    // checked and before the dashboard is written: its writes (on this thread's
    // connection, with no transaction of their own) and the dashboard commit together,
    // or its error (or the save's) rolls both back.
    Status save(const Dashboard& dashboard, bool replace, const std::function<Status()>& alsoWrite);
    // NotFound when there is none of that name.
    Result<Entry> get(const QString& name) const;
    // Every stored dashboard, by name.
    Result<QList<Entry>> list() const;
    Status remove(const QString& name);
    Result<bool> exists(const QString& name) const;

private:
    std::shared_ptr<Database> m_db;
    QString m_operator;
    const Clock& m_clock;
};

} // namespace opsdeck
