#pragma once

#include "db/Database.h"
#include "inventory/InventoryTypes.h"

#include <QAbstractTableModel>
#include <memory>

namespace opsdeck {

// Every relation of every service (or of one service) with the downstream endpoints
// it resolves to right now: the needed service's unit ip:port list, or the endpoint.
class RelationsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        ServiceColumn,
        KindColumn,
        NeedsColumn,
        PortColumn,
        EndpointsColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Roles
    {
        RelationIdRole = Qt::UserRole + 1,
        ServiceRole,
        NeedsRole,     // service path or HOST:PORT
        UnitLevelRole, // bool
        EndpointsRole, // QStringList
    };
    Q_ENUM(Roles)

    explicit RelationsModel(std::shared_ptr<Database> db, QObject* parent = nullptr);

    // Only the relations of `servicePath` (empty: all). Reloads.
    void setService(const QString& servicePath);
    QString service() const { return m_service; }
    void reload();
    const ResolvedRelation* relationAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void loaded();
    void loadFailed(const QString& message);

private:
    std::shared_ptr<Database> m_db;
    QList<ResolvedRelation> m_rows;
    QString m_service;
    quint64 m_generation = 0;
};

} // namespace opsdeck
