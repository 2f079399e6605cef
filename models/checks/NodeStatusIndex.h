#pragma once

#include "checks/CheckTypes.h"

#include <QHash>
#include <QIcon>
#include <QObject>
#include <QSet>
#include <QStringList>
#include <optional>

namespace opsdeck {

class CheckMonitor;

// Each tree node's and machine's worst status for the service tree and the machine
// table: a machine's is the worst of its targets' (every check that runs on it), a
// node's the worst of the checks bound to it, the machines bound to it and its child
// nodes (ChecksSnapshot::rollUp, off the GUI thread), and which are in maintenance.
// Follows a CheckMonitor and says which nodes and machines changed (status or
// maintenance), so the views repaint only those.
class NodeStatusIndex : public QObject
{
    Q_OBJECT
public:
    explicit NodeStatusIndex(CheckMonitor* monitor, QObject* parent = nullptr);

    // nullopt: no check has run there (no icon).
    std::optional<CheckStatus> nodeStatus(const QString& path) const;
    std::optional<CheckStatus> machineStatus(const QString& name) const;
    // Under an open maintenance window (ChecksSnapshot::nodesInMaintenance / machinesInMaintenance).
    bool nodeInMaintenance(const QString& path) const { return m_maintNodes.contains(path); }
    bool machineInMaintenance(const QString& name) const { return m_maintMachines.contains(name); }
    // What the tree and the machine table draw: the status ring, or the maintenance icon
    // (CheckStatusStyle::maintenanceIcon) in maintenance; a null icon for neither.
    QIcon nodeIcon(const QString& path) const;
    QIcon machineIcon(const QString& name) const;
    int nodeCount() const { return int(m_nodes.size()); }
    int machineCount() const { return int(m_machines.size()); }

signals:
    void changed(const QStringList& nodes, const QStringList& machines);

private:
    void apply();

    CheckMonitor* m_monitor;
    QHash<QString, CheckStatus> m_nodes;
    QHash<QString, CheckStatus> m_machines;
    QSet<QString> m_maintNodes;
    QSet<QString> m_maintMachines;
};

} // namespace opsdeck
