#include "dashboards/PanelTableModel.h"

namespace opsdeck {

PanelTableModel::PanelTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void PanelTableModel::setTable(const PanelTable& table)
{
    beginResetModel();
    m_table = table;
    endResetModel();
}

int PanelTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_table.rows.size());
}

int PanelTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_table.columns.size()) + 1;
}

QVariant PanelTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_table.rows.size() || index.column() > m_table.columns.size())
        return {};
    if (index.column() == 0)
        return role == Qt::DisplayRole || role == Qt::UserRole ? QVariant(m_table.rows.at(index.row()))
                                                               : QVariant();
    const qsizetype c = index.column() - 1;
    const auto& row = m_table.cells.at(index.row());
    const std::optional<double> v = c < row.size() ? row.at(c) : std::nullopt;
    switch (role) {
    case Qt::DisplayRole:
        if (!v)
            return QStringLiteral("—");
        if (m_table.columns.at(c) == QLatin1String("response_time"))
            return tr("%1 ms").arg(*v, 0, 'f', 1);
        return ValueFormat::format(m_table.units.value(c, ValueUnit::Number), *v);
    case Qt::UserRole:
        return v ? QVariant(*v) : QVariant();
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    default:
        return {};
    }
}

QVariant PanelTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole || orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == 0)
        return m_table.rowHeader;
    if (section - 1 < m_table.columns.size())
        return columnTitle(m_table.columns.at(section - 1));
    return {};
}

QString PanelTableModel::columnTitle(const QString& key)
{
    if (key == QLatin1String("cpu"))
        return tr("CPU");
    if (key == QLatin1String("memory"))
        return tr("Memory");
    if (key == QLatin1String("disk"))
        return tr("Disk");
    if (key == QLatin1String("qps"))
        return tr("QPS");
    if (key == QLatin1String("response_time"))
        return tr("Response time");
    if (key == QLatin1String("bandwidth"))
        return tr("Bandwidth");
    if (key == QLatin1String("availability"))
        return tr("Availability");
    return key;
}

} // namespace opsdeck
