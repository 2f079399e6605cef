#pragma once

#include "db/Database.h"
#include "inventory/InventoryWriter.h"
#include "util/Result.h"

#include <QObject>
#include <functional>
#include <memory>

namespace opsdeck {

// Runs inventory writes off the GUI thread and says how each ended (SQLite queues
// concurrent writers behind its busy timeout).
// Each task gets its own InventoryWriter (one short transaction per store call).
class InventoryTaskRunner : public QObject
{
    Q_OBJECT
public:
    using Work = std::function<Status(const InventoryWriter&)>;

    explicit InventoryTaskRunner(std::shared_ptr<Database> db, QObject* parent = nullptr);

    // `what` names the task for the operator ("Binding 3 machines to shop/web").
    void run(const QString& what, Work work);
    bool isBusy() const { return m_running > 0; }
    const std::shared_ptr<Database>& database() const { return m_db; }

signals:
    void started(const QString& what);
    // ok false: `message` is the store's error, to be shown as it is.
    void finished(const QString& what, bool ok, const QString& message);
    void busyChanged(bool busy);

private:
    std::shared_ptr<Database> m_db;
    int m_running = 0;
};

} // namespace opsdeck
