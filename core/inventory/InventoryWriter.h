#pragma once

#include "db/Database.h"
#include "inventory/ChangeSet.h"
#include "util/Clock.h"
#include "util/Result.h"

#include <functional>
#include <memory>

namespace opsdeck {

// The one door through which every inventory change goes: `change` opens a
// transaction, hands the work a ChangeSet (statements + audit rows), commits both or
// neither, and then tells InventoryEvents. The stores (MachineStore, TreeStore,
// UnitStore, RelationStore, InventoryApplier) all write through it.
class InventoryWriter
{
public:
    explicit InventoryWriter(std::shared_ptr<Database> db, const Clock& clock = Clock::system());

    // Who the audit log names; the OS user by default.
    void setOperatorName(QString name) { m_operator = std::move(name); }
    const QString& operatorName() const { return m_operator; }

    Status change(const std::function<Status(ChangeSet&)>& work) const;

    const std::shared_ptr<Database>& database() const { return m_db; }
    const Clock& clock() const { return *m_clock; }

    // The name of the user this process runs as.
    static QString osUserName();

private:
    std::shared_ptr<Database> m_db;
    const Clock* m_clock;
    QString m_operator;
};

} // namespace opsdeck
