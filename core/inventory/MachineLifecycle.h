#pragma once

#include <QString>
#include <QStringList>
#include <array>
#include <optional>

namespace opsdeck {

// The machine states of yiqiu's state machine (DESIGN.md, Domain).
enum class MachineState
{
    New,
    Inited,
    Ready,
    ErrorDetected,
    Error,
    Offline
};

// The events that move a machine between states. `Add` brings one in from outside,
// `Remove` takes it out (deletes it).
enum class MachineEvent
{
    Add,
    Init,
    Online,
    Backup,
    Abnormal,
    MigrateUnit,
    Repair,
    Offline,
    Remove
};

// The transition table, exactly as DESIGN.md gives it, and the names used in the
// database, the CLI and JSON ("READY", "migrate_unit").
namespace MachineLifecycle {

inline constexpr std::array<MachineState, 6> allStates{MachineState::New,   MachineState::Inited,
                                                       MachineState::Ready, MachineState::ErrorDetected,
                                                       MachineState::Error, MachineState::Offline};
inline constexpr std::array<MachineEvent, 9> allEvents{
    MachineEvent::Add,    MachineEvent::Init,     MachineEvent::Online,
    MachineEvent::Backup, MachineEvent::Abnormal, MachineEvent::MigrateUnit,
    MachineEvent::Repair, MachineEvent::Offline,  MachineEvent::Remove};

// What `event` does to a machine in `from`: the new state, nullopt when the machine
// leaves the pool (Remove). Not allowed at all: `allowed` is false.
struct Outcome
{
    bool allowed = false;
    std::optional<MachineState> to; // empty with allowed = true: the machine is deleted
};
Outcome apply(MachineState from, MachineEvent event);

// The events allowed from `from`, in table order.
QList<MachineEvent> allowedEvents(MachineState from);

QString stateName(MachineState state);
std::optional<MachineState> stateFromName(const QString& name); // case-insensitive
QString eventName(MachineEvent event);
std::optional<MachineEvent> eventFromName(const QString& name); // case-insensitive, '-' = '_'
QStringList stateNames();
QStringList eventNames();

} // namespace MachineLifecycle
} // namespace opsdeck
