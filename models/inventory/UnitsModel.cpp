#include "inventory/UnitsModel.h"

#include "inventory/AsyncLoad.h"
#include "inventory/InventoryReader.h"
#include "inventory/RelationResolver.h"

#include <algorithm>
#include <tuple>

namespace opsdeck {

UnitsModel::UnitsModel(std::shared_ptr<Database> db, QObject* parent)
    : QAbstractTableModel(parent), m_db(std::move(db))
{}

void UnitsModel::setScope(const QString& servicePath, const QString& machine)
{
    m_service = servicePath;
    m_machine = machine;
    reload();
}

void UnitsModel::reload()
{
    const quint64 generation = ++m_generation;
    auto db = m_db;
    const QString service = m_service;
    const QString machine = m_machine;
    runAsync<QList<Unit>>(
        this, [db, service, machine]() { return InventoryReader(db).loadUnits(service, machine); },
        [this, generation](Result<QList<Unit>> result) {
            if (generation != m_generation)
                return;
            if (!result.ok()) {
                beginResetModel();
                m_units.clear();
                endResetModel();
                emit loadFailed(result.error().message);
                return;
            }
            beginResetModel();
            m_units = std::move(result.value());
            endResetModel();
            if (m_sortColumn >= 0) {
                const int column = m_sortColumn;
                m_sortColumn = -1;
                sort(column, m_sortOrder);
            }
            emit loaded();
        });
}

const Unit* UnitsModel::unitAt(int row) const
{
    return row >= 0 && row < m_units.size() ? &m_units.at(row) : nullptr;
}

int UnitsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_units.size());
}

int UnitsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UnitsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Unit& u = m_units.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case ServiceColumn:
            return u.service;
        case MachineColumn:
            return u.machine;
        case AddressColumn:
            return u.address;
        case PortColumn:
            return u.port;
        case StateColumn:
            return MachineLifecycle::stateName(u.machineState);
        case DeployColumn:
            return u.deployName;
        }
        return {};
    case UnitIdRole:
        return u.id;
    case ServiceRole:
        return u.service;
    case MachineRole:
        return u.machine;
    case PortRole:
        return u.port;
    case MachineStateRole:
        return int(u.machineState);
    case EndpointRole:
        return RelationResolver::endpoint(u.address, u.port);
    default:
        return {};
    }
}

QVariant UnitsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ServiceColumn:
        return tr("Service");
    case MachineColumn:
        return tr("Machine");
    case AddressColumn:
        return tr("Address");
    case PortColumn:
        return tr("Port");
    case StateColumn:
        return tr("Machine state");
    case DeployColumn:
        return tr("Deploy folder");
    }
    return {};
}

void UnitsModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount || (column == m_sortColumn && order == m_sortOrder))
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QList<qint64> ids;
    for (const QModelIndex& i : before)
        ids << m_units.at(i.row()).id;
    auto key = [column](const Unit& u) -> std::tuple<QString, int> {
        switch (column) {
        case ServiceColumn:
            return {u.service, u.port};
        case MachineColumn:
            return {u.machine, u.port};
        case AddressColumn:
            return {u.address, u.port};
        case PortColumn:
            return {QString(), u.port};
        case StateColumn:
            return {QString(), int(u.machineState)};
        default:
            return {u.deployName, 0};
        }
    };
    std::stable_sort(m_units.begin(), m_units.end(), [&](const Unit& a, const Unit& b) {
        return order == Qt::AscendingOrder ? key(a) < key(b) : key(b) < key(a);
    });
    QModelIndexList after;
    for (qsizetype k = 0; k < before.size(); ++k) {
        const auto it =
            std::find_if(m_units.cbegin(), m_units.cend(), [&](const Unit& u) { return u.id == ids[k]; });
        after << index(int(it - m_units.cbegin()), before[k].column());
    }
    changePersistentIndexList(before, after);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

} // namespace opsdeck
