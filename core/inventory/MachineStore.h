#pragma once

#include "inventory/InventoryWriter.h"
#include "inventory/MachineLifecycle.h"
#include "inventory/Progress.h"
#include "util/Result.h"

#include <QString>
#include <QStringList>
#include <optional>

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
    // Editing: the version the fields were read at (Machine::version), for a caller
    // to pass as edit()'s expectedVersion. add() ignores it.
    std::optional<qint64> version{};
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
    // Each machine's change is one statement conditioned on the state it was read in
    // (`... WHERE id = ? AND state = ?`): of two consoles moving one machine at once,
    // one wins and the other is refused with who changed it and when.
    Status transition(const QStringList& names, MachineEvent event, const QString& reason = {});
    Status transition(const QString& name, MachineEvent event, const QString& reason = {})
    {
        return transition(QStringList{name}, event, reason);
    }

    // The edits below read each machine and write it in one transaction, bumping its
    // version (migration 0012). With `expectedVersion` (one machine: the version the
    // caller read and edited), a machine at another version is refused with "changed by
    // USER at TIME" and its current values; so is a write that raced in since the read.
    Status setPool(const QStringList& names, const QString& pool, const QString& reason = {},
                   std::optional<qint64> expectedVersion = {});
    Status setTags(const QStringList& names, const QStringList& tags, const QString& reason = {},
                   std::optional<qint64> expectedVersion = {});
    Status setAddress(const QString& name, const QString& address, int port, const QString& user,
                      const QString& reason = {}, std::optional<qint64> expectedVersion = {});
    // Address, port, user, pool and tags of machine `name` from `spec` (spec.name is
    // ignored) in one transaction with one `edit` audit row; checked as add() checks.
    Status edit(const QString& name, const MachineSpec& spec, const QString& reason = {},
                std::optional<qint64> expectedVersion = {});

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
