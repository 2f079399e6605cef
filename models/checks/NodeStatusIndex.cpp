#include "checks/NodeStatusIndex.h"

#include "checks/CheckMonitor.h"
#include "checks/CheckStatusStyle.h"

namespace opsdeck {

namespace {

// The keys whose value differs between `before` and `after` (added, gone or changed).
QStringList differences(const QHash<QString, CheckStatus>& before, const QHash<QString, CheckStatus>& after)
{
    QStringList out;
    for (auto it = after.cbegin(); it != after.cend(); ++it) {
        const auto old = before.constFind(it.key());
        if (old == before.cend() || *old != *it)
            out << it.key();
    }
    for (auto it = before.cbegin(); it != before.cend(); ++it)
        if (!after.contains(it.key()))
            out << it.key();
    return out;
}

// Added to `out`: the keys in one set and not the other.
void setDifferences(const QSet<QString>& before, const QSet<QString>& after, QStringList& out)
{
    for (const QString& k : after)
        if (!before.contains(k) && !out.contains(k))
            out << k;
    for (const QString& k : before)
        if (!after.contains(k) && !out.contains(k))
            out << k;
}

} // namespace

NodeStatusIndex::NodeStatusIndex(CheckMonitor* monitor, QObject* parent) : QObject(parent), m_monitor(monitor)
{
    connect(monitor, &CheckMonitor::updated, this, &NodeStatusIndex::apply);
    if (monitor->hasLoaded())
        apply();
}

void NodeStatusIndex::apply()
{
    const auto snapshot = m_monitor->snapshot();
    QStringList nodes = differences(m_nodes, snapshot->nodeStatus);
    QStringList machines = differences(m_machines, snapshot->machineStatus);
    setDifferences(m_maintNodes, snapshot->nodesInMaintenance, nodes);
    setDifferences(m_maintMachines, snapshot->machinesInMaintenance, machines);
    m_nodes = snapshot->nodeStatus;
    m_machines = snapshot->machineStatus;
    m_maintNodes = snapshot->nodesInMaintenance;
    m_maintMachines = snapshot->machinesInMaintenance;
    if (!nodes.isEmpty() || !machines.isEmpty())
        emit changed(nodes, machines);
}

std::optional<CheckStatus> NodeStatusIndex::nodeStatus(const QString& path) const
{
    const auto it = m_nodes.constFind(path);
    return it == m_nodes.cend() ? std::nullopt : std::optional<CheckStatus>(*it);
}

std::optional<CheckStatus> NodeStatusIndex::machineStatus(const QString& name) const
{
    const auto it = m_machines.constFind(name);
    return it == m_machines.cend() ? std::nullopt : std::optional<CheckStatus>(*it);
}

QIcon NodeStatusIndex::nodeIcon(const QString& path) const
{
    const auto status = nodeStatus(path);
    if (nodeInMaintenance(path))
        return CheckStatusStyle::maintenanceIcon(status);
    return status ? CheckStatusStyle::icon(*status) : QIcon();
}

QIcon NodeStatusIndex::machineIcon(const QString& name) const
{
    const auto status = machineStatus(name);
    if (machineInMaintenance(name))
        return CheckStatusStyle::maintenanceIcon(status);
    return status ? CheckStatusStyle::icon(*status) : QIcon();
}

} // namespace opsdeck
