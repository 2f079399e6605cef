#pragma once

#include "checks/MaintenanceWindow.h"
#include "db/Database.h"
#include "util/Clock.h"
#include "util/Result.h"

#include <QList>
#include <memory>
#include <optional>

namespace opsdeck {

// The maintenance windows on tree nodes (table maintenance_windows, migration 0013):
// add, list, remove, and the ones open at a moment. A window is never changed once
// written (remove it and add another), so it has no row version. add() validates first
// (validate(): nothing is written on bad input), then in one transaction checks the node
// exists (NotFound). created_by is the operator. On PostgreSQL each write sends NOTIFY
// `maintenance:OP:ID` (the table's trigger). Any thread; each call uses that thread's
// connection.
class MaintenanceStore
{
public:
    // `operatorName` stamps created_by (the OS user when empty).
    explicit MaintenanceStore(std::shared_ptr<Database> db, QString operatorName = {});

    // The window as it will be stored (normalised node path, trimmed reason), or
    // Error::usage: a bad path, `to` not after `from`, a reason over 500 characters.
    static Result<MaintenanceWindow> validate(MaintenanceWindow w);

    // The new window's id (w.id and w.createdBy are ignored).
    Result<qint64> add(const MaintenanceWindow& w);
    Result<MaintenanceWindow> get(qint64 id) const;
    // By start time: every window, or only those not ended at `notEndedAtMs` (open or to come).
    Result<QList<MaintenanceWindow>> list(std::optional<qint64> notEndedAtMs = std::nullopt) const;
    // NotFound when there is no such window.
    Status remove(qint64 id);
    // The windows open at `ms` (from <= ms < to).
    Result<QList<MaintenanceWindow>> activeAt(qint64 ms) const;
    // The open windows at `ms` with, only when there is one, each machine's bound nodes.
    Result<MaintenanceCover> coverAt(qint64 ms) const;

private:
    std::shared_ptr<Database> m_db;
    QString m_operator;
};

} // namespace opsdeck
