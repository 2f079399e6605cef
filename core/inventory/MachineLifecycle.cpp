#include "inventory/MachineLifecycle.h"

namespace opsdeck::MachineLifecycle {

Outcome apply(MachineState from, MachineEvent event)
{
    using S = MachineState;
    using E = MachineEvent;
    switch (event) {
    case E::Add:
        return {}; // only from outside: an existing machine cannot be added again
    case E::Init:
        if (from == S::New)
            return {true, S::Inited};
        break;
    case E::Online:
        if (from == S::Inited)
            return {true, S::Ready};
        break;
    case E::Backup:
        if (from == S::Ready)
            return {true, S::Inited};
        break;
    case E::Abnormal:
        if (from == S::Inited || from == S::Ready)
            return {true, S::ErrorDetected};
        break;
    case E::MigrateUnit:
        if (from == S::ErrorDetected)
            return {true, S::Error};
        break;
    case E::Repair:
        if (from == S::Error)
            return {true, S::New};
        break;
    case E::Offline:
        if (from == S::Inited || from == S::Error)
            return {true, S::Offline};
        break;
    case E::Remove:
        if (from == S::Offline)
            return {true, std::nullopt};
        break;
    }
    return {};
}

QList<MachineEvent> allowedEvents(MachineState from)
{
    QList<MachineEvent> out;
    for (MachineEvent e : allEvents)
        if (apply(from, e).allowed)
            out << e;
    return out;
}

QString stateName(MachineState state)
{
    switch (state) {
    case MachineState::New:
        return QStringLiteral("NEW");
    case MachineState::Inited:
        return QStringLiteral("INITED");
    case MachineState::Ready:
        return QStringLiteral("READY");
    case MachineState::ErrorDetected:
        return QStringLiteral("ERROR_DETECTED");
    case MachineState::Error:
        return QStringLiteral("ERROR");
    case MachineState::Offline:
        return QStringLiteral("OFFLINE");
    }
    return {};
}

std::optional<MachineState> stateFromName(const QString& name)
{
    const QString n = name.trimmed().toUpper();
    for (MachineState s : allStates)
        if (stateName(s) == n)
            return s;
    return std::nullopt;
}

QString eventName(MachineEvent event)
{
    switch (event) {
    case MachineEvent::Add:
        return QStringLiteral("add");
    case MachineEvent::Init:
        return QStringLiteral("init");
    case MachineEvent::Online:
        return QStringLiteral("online");
    case MachineEvent::Backup:
        return QStringLiteral("backup");
    case MachineEvent::Abnormal:
        return QStringLiteral("abnormal");
    case MachineEvent::MigrateUnit:
        return QStringLiteral("migrate_unit");
    case MachineEvent::Repair:
        return QStringLiteral("repair");
    case MachineEvent::Offline:
        return QStringLiteral("offline");
    case MachineEvent::Remove:
        return QStringLiteral("remove");
    }
    return {};
}

std::optional<MachineEvent> eventFromName(const QString& name)
{
    QString n = name.trimmed().toLower();
    n.replace(QLatin1Char('-'), QLatin1Char('_'));
    for (MachineEvent e : allEvents)
        if (eventName(e) == n)
            return e;
    return std::nullopt;
}

QStringList stateNames()
{
    QStringList out;
    for (MachineState s : allStates)
        out << stateName(s);
    return out;
}

QStringList eventNames()
{
    QStringList out;
    for (MachineEvent e : allEvents)
        out << eventName(e);
    return out;
}

} // namespace opsdeck::MachineLifecycle
