#pragma once

#include "checks/CheckTypes.h"
#include "db/Database.h"
#include "util/Clock.h"
#include "util/Result.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <memory>

namespace opsdeck {

// The check definitions (table `checks`, migration 0013): add, read, change and remove
// them. Every write is validated first (CheckParams: nothing is written on bad input),
// then in one transaction: the name is unique (Refused), the node or machine it is bound
// to exists (NotFound). update() is optimistic (RowVersion): a write based on another
// version than the row's is refused with who changed it and when. Any thread; each call
// uses that thread's connection.
class CheckStore
{
public:
    // `operatorName` stamps changed_by (the OS user when empty).
    explicit CheckStore(std::shared_ptr<Database> db, const Clock& clock = Clock::system(),
                        QString operatorName = {});

    // The new check's id (d.id and d.version are ignored).
    Result<qint64> add(const CheckDefinition& d);
    Result<CheckDefinition> get(qint64 id) const;
    Result<CheckDefinition> get(const QString& name) const;
    // An id when `idOrName` is all digits, else a name. NotFound names what was asked.
    Result<CheckDefinition> find(const QString& idOrName) const;
    // Every check, by name.
    Result<QList<CheckDefinition>> list() const;
    // Writes every field of `d` (found by d.id) when the row is still at d.version;
    // Refused (Error::stale set) otherwise. The version goes up by one.
    Status update(const CheckDefinition& d);
    // Removes the check with its state; its alert history stays (check_id NULL).
    Status remove(qint64 id);

    // The targets a check runs against now: the bound machine, every machine under the
    // bound node at this moment (so machines bound later count; inventory's
    // machinesUnderCte rule), or {""} for a check bound to neither (the check itself).
    Result<QStringList> targetsOf(const CheckDefinition& d) const;

    // The row's values for a conflict message (CLI's check list keys, with version).
    static QJsonObject values(const CheckDefinition& d);

private:
    std::shared_ptr<Database> m_db;
    const Clock* m_clock;
    QString m_operator;
};

} // namespace opsdeck
