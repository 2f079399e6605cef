#pragma once

#include "db/Database.h"
#include "inventory/InventoryWriter.h"
#include "inventory/Progress.h"
#include "util/Result.h"

#include <QObject>
#include <functional>
#include <memory>
#include <vector>

namespace opsdeck {

class ProgressRelay;

// Runs inventory writes off the GUI thread and says how each ended (SQLite queues
// concurrent writers behind its busy timeout).
// Each task gets its own InventoryWriter (one short transaction per store call).
class InventoryTaskRunner : public QObject
{
    Q_OBJECT
public:
    using Work = std::function<Status(const InventoryWriter&)>;
    // Work that reports its rows: hand `progress` to the store (setProgress); a
    // cancelled task's store rolls back.
    using ProgressWork = std::function<Status(const InventoryWriter&, const ProgressFn& progress)>;
    using Done = std::function<void(const Status&)>;

    explicit InventoryTaskRunner(std::shared_ptr<Database> db, QObject* parent = nullptr);

    // `what` names the task for the operator ("Binding 3 machines to shop/web").
    // `done`, when given, hears how it ended (after finished()), on the GUI thread.
    void run(const QString& what, Work work, Done done = {});
    void runWithProgress(const QString& what, ProgressWork work, Done done = {});
    // Asks every running task to stop (those that report progress roll back).
    void cancel();
    bool isBusy() const { return m_running > 0; }
    const std::shared_ptr<Database>& database() const { return m_db; }

signals:
    void started(const QString& what);
    // ok false: `message` is the store's error, to be shown as it is.
    void finished(const QString& what, bool ok, const QString& message);
    void busyChanged(bool busy);
    // From a ProgressWork task, queued to the GUI thread; total > 0.
    void progress(const QString& what, qint64 done, qint64 total);

private:
    std::shared_ptr<Database> m_db;
    int m_running = 0;
    std::vector<std::shared_ptr<ProgressRelay>> m_relays; // of the running tasks
};

} // namespace opsdeck
