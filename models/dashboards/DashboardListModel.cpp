#include "dashboards/DashboardListModel.h"

#include "dashboards/HomeDashboard.h"

namespace opsdeck {

DashboardListModel::DashboardListModel(QObject* parent) : QAbstractListModel(parent)
{
    m_dashboards << HomeDashboard::build();
}

void DashboardListModel::setStored(const QList<Dashboard>& stored)
{
    // Home stays (row 0, never removed), so a picker's current row survives a reload.
    if (m_dashboards.size() > 1) {
        beginRemoveRows({}, 1, int(m_dashboards.size()) - 1);
        m_dashboards.resize(1);
        endRemoveRows();
    }
    QList<Dashboard> sorted = stored;
    std::sort(sorted.begin(), sorted.end(),
              [](const Dashboard& a, const Dashboard& b) { return a.name < b.name; });
    sorted.removeIf([](const Dashboard& d) { return HomeDashboard::isHome(d.name); });
    if (sorted.isEmpty())
        return;
    beginInsertRows({}, 1, int(sorted.size()));
    m_dashboards << sorted;
    endInsertRows();
}

const Dashboard* DashboardListModel::dashboard(int row) const
{
    return row >= 0 && row < m_dashboards.size() ? &m_dashboards.at(row) : nullptr;
}

int DashboardListModel::rowOf(const QString& name) const
{
    for (int i = 0; i < m_dashboards.size(); ++i)
        if (m_dashboards.at(i).name == name)
            return i;
    return -1;
}

int DashboardListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_dashboards.size());
}

QVariant DashboardListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_dashboards.size())
        return {};
    const Dashboard& d = m_dashboards.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return d.title.isEmpty() || d.title == d.name ? d.name : tr("%1 (%2)").arg(d.title, d.name);
    case NameRole:
        return d.name;
    case BuiltInRole:
        return index.row() == 0;
    default:
        return {};
    }
}

} // namespace opsdeck
