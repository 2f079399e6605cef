#include "inventory/FleetTreeFilterModel.h"

#include "inventory/FleetTreeModel.h"

namespace opsdeck {

FleetTreeFilterModel::FleetTreeFilterModel(QObject* parent) : QSortFilterProxyModel(parent) {}

void FleetTreeFilterModel::setSourceModel(QAbstractItemModel* source)
{
    m_fleet = qobject_cast<FleetTreeModel*>(source);
    Q_ASSERT(!source || m_fleet);
    m_kept.clear();
    QSortFilterProxyModel::setSourceModel(source);
}

void FleetTreeFilterModel::setFilterText(const QString& text)
{
    if (text == m_text)
        return;
    m_text = text;
    m_kept.clear();
    if (m_fleet && !text.isEmpty()) {
        m_kept = m_fleet->rowsKeptFor(text);
        m_keptGeneration = m_fleet->generation();
    }
    invalidateFilter();
}

bool FleetTreeFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (m_text.isEmpty() || !m_fleet)
        return true;
    if (m_keptGeneration != m_fleet->generation()) { // a reload swapped another tree in
        m_kept = m_fleet->rowsKeptFor(m_text);
        m_keptGeneration = m_fleet->generation();
    }
    return m_fleet->isKept(m_kept, m_fleet->index(sourceRow, 0, sourceParent));
}

} // namespace opsdeck
