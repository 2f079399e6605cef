#pragma once

#include "checks/CheckTypes.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace opsdeck {

// A maintenance window (table maintenance_windows, migration 0013): no alerts for
// targets below `nodePath` ("" is the root) from fromMs to toMs (exclusive).
struct MaintenanceWindow
{
    QString nodePath;
    qint64 fromMs = 0;
    qint64 toMs = 0;
    QString reason;
    qint64 id = 0; // 0 before it is stored
    QString createdBy{};

    bool openAt(qint64 nowMs) const { return nowMs >= fromMs && nowMs < toMs; }
    // Does the window cover `targetNodePaths` (the nodes the target is bound to) at `nowMs`?
    bool covers(const QStringList& targetNodePaths, qint64 nowMs) const;
};

// What is in maintenance at one moment, from the windows and each machine's directly
// bound nodes: a node at or below a window's node; a machine bound to such a node; a
// check whose own node is covered, whose machine is, or all of whose targets (machines
// that have a state) are. A check bound to neither a node nor a machine is never covered.
// The one rule for the CLI's `in_maintenance`, the check list, the tree and the tray.
class MaintenanceCover
{
public:
    MaintenanceCover() = default;
    MaintenanceCover(QList<MaintenanceWindow> windows, QHash<QString, QStringList> machineNodes,
                     qint64 nowMs);

    bool isEmpty() const { return m_open.isEmpty(); }
    const QList<MaintenanceWindow>& openWindows() const { return m_open; }

    // The open window covering the node, machine or check; nullptr when none does.
    const MaintenanceWindow* node(const QString& path) const;
    const MaintenanceWindow* machine(const QString& name) const;
    const MaintenanceWindow* check(const CheckDefinition& d, const QStringList& targets) const;
    // One target of a check: the check's own node, or the target machine's nodes.
    const MaintenanceWindow* target(const CheckDefinition& d, const QString& target) const;

private:
    const MaintenanceWindow* covering(const QStringList& paths) const;

    QList<MaintenanceWindow> m_open; // open at the moment given
    QHash<QString, QStringList> m_machineNodes;
    qint64 m_nowMs = 0;
};

} // namespace opsdeck
