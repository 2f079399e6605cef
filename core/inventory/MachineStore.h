#pragma once

#include "inventory/InventoryWriter.h"
#include "inventory/MachineLifecycle.h"
#include "inventory/Progress.h"
#include "util/Result.h"

#include <QString>
#include <QStringList>

namespace opsdeck {

// What `machine add` takes. Empty pool = "default"; the state is always NEW.
struct MachineSpec
{
    QString name;
    QString address;
    int port = 22;
    QString user;
    QString pool;
    QStringList tags;
};

// Changes to the machine pool: adding, the lifecycle, pool and tags. Every method is
// one transaction with one audit row per machine touched; a refused change leaves
// everything as it was.
class MachineStore
{
public:
    explicit MachineStore(const InventoryWriter& writer) : m_writer(writer) {}

    // transition(), setPool() and setTags() report each machine to `progress`, on their
    // thread; a `false` from it stops the change and rolls it back.
    void setProgress(ProgressFn progress) { m_progress = std::move(progress); }

    Status add(const MachineSpec& spec, const QString& reason = {});

    // Applies `event` to each named machine, all or nothing. An event not allowed
    // from a machine's state is refused with the events that are; `add` is refused
    // for a machine that exists; `remove` deletes (with its bindings and units).
    Status transition(const QStringList& names, MachineEvent event, const QString& reason = {});
    Status transition(const QString& name, MachineEvent event, const QString& reason = {})
    {
        return transition(QStringList{name}, event, reason);
    }

    Status setPool(const QStringList& names, const QString& pool, const QString& reason = {});
    Status setTags(const QStringList& names, const QStringList& tags, const QString& reason = {});
    Status setAddress(const QString& name, const QString& address, int port, const QString& user,
                      const QString& reason = {});
    // Address, port, user, pool and tags of machine `name` from `spec` (spec.name is
    // ignored) in one transaction with one `edit` audit row; checked as add() checks.
    Status edit(const QString& name, const MachineSpec& spec, const QString& reason = {});

    // Registers the machine Opsdeck runs on (host name up to the first dot, 127.0.0.1,
    // pool `local`, READY) unless a machine of that name exists; returns its name.
    Result<QString> ensureLocalMachine();
    static QString localMachineName();

    // "web1 is READY: `init` is not allowed from READY; allowed: backup, abnormal".
    static QString refusalMessage(const QString& name, MachineState from, MachineEvent event);

private:
    const InventoryWriter& m_writer;
    ProgressFn m_progress;
};

} // namespace opsdeck
