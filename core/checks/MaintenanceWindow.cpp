#include "checks/MaintenanceWindow.h"

namespace opsdeck {

namespace {

bool isUnder(const QString& path, const QString& ancestor)
{
    return ancestor.isEmpty() || path == ancestor || path.startsWith(ancestor + QLatin1Char('/'));
}

} // namespace

bool MaintenanceWindow::covers(const QStringList& targetNodePaths, qint64 nowMs) const
{
    if (!openAt(nowMs))
        return false;
    for (const QString& p : targetNodePaths)
        if (isUnder(p, nodePath))
            return true;
    return false;
}

MaintenanceCover::MaintenanceCover(QList<MaintenanceWindow> windows, QHash<QString, QStringList> machineNodes,
                                   qint64 nowMs)
    : m_machineNodes(std::move(machineNodes)), m_nowMs(nowMs)
{
    for (MaintenanceWindow& w : windows)
        if (w.openAt(nowMs))
            m_open.append(std::move(w));
}

const MaintenanceWindow* MaintenanceCover::covering(const QStringList& paths) const
{
    for (const MaintenanceWindow& w : m_open)
        if (w.covers(paths, m_nowMs))
            return &w;
    return nullptr;
}

const MaintenanceWindow* MaintenanceCover::node(const QString& path) const
{
    return covering({path});
}

const MaintenanceWindow* MaintenanceCover::machine(const QString& name) const
{
    if (m_open.isEmpty())
        return nullptr;
    return covering(m_machineNodes.value(name));
}

const MaintenanceWindow* MaintenanceCover::target(const CheckDefinition& d, const QString& target) const
{
    if (m_open.isEmpty())
        return nullptr;
    QStringList paths = m_machineNodes.value(target.isEmpty() ? d.machine : target);
    if (!d.nodePath.isEmpty())
        paths << d.nodePath;
    return covering(paths);
}

const MaintenanceWindow* MaintenanceCover::check(const CheckDefinition& d, const QStringList& targets) const
{
    if (m_open.isEmpty())
        return nullptr;
    if (!d.nodePath.isEmpty())
        if (const MaintenanceWindow* w = node(d.nodePath))
            return w;
    if (!d.machine.isEmpty())
        return machine(d.machine);
    const MaintenanceWindow* first = nullptr;
    for (const QString& t : targets) {
        const MaintenanceWindow* w = t.isEmpty() ? nullptr : machine(t);
        if (!w)
            return nullptr;
        first = first ? first : w;
    }
    return first;
}

} // namespace opsdeck
