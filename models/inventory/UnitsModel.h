#pragma once

#include "db/Database.h"
#include "inventory/InventoryTypes.h"

#include <QAbstractTableModel>
#include <memory>

namespace opsdeck {

// Units (service × machine × port) of one service, of one machine, or all of them.
class UnitsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        ServiceColumn,
        MachineColumn,
        AddressColumn,
        PortColumn,
        StateColumn,
        DeployColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Roles
    {
        UnitIdRole = Qt::UserRole + 1,
        ServiceRole,
        MachineRole,
        PortRole,
        MachineStateRole, // MachineState as int
        EndpointRole,     // "ip:port"
    };
    Q_ENUM(Roles)

    explicit UnitsModel(std::shared_ptr<Database> db, QObject* parent = nullptr);

    // Which units to show: empty strings = no restriction. Reloads.
    void setScope(const QString& servicePath, const QString& machine);
    QString servicePath() const { return m_service; }
    QString machine() const { return m_machine; }
    void reload();
    const Unit* unitAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

signals:
    void loaded();
    void loadFailed(const QString& message);

private:
    std::shared_ptr<Database> m_db;
    QList<Unit> m_units;
    QString m_service;
    QString m_machine;
    quint64 m_generation = 0;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};

} // namespace opsdeck
