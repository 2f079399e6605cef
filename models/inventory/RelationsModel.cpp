#include "inventory/RelationsModel.h"

#include "inventory/AsyncLoad.h"
#include "inventory/RelationResolver.h"

namespace opsdeck {

RelationsModel::RelationsModel(std::shared_ptr<Database> db, QObject* parent)
    : QAbstractTableModel(parent), m_db(std::move(db))
{}

void RelationsModel::setService(const QString& servicePath)
{
    m_service = servicePath;
    reload();
}

void RelationsModel::reload()
{
    const quint64 generation = ++m_generation;
    auto db = m_db;
    const QString service = m_service;
    runAsync<QList<ResolvedRelation>>(
        this,
        [db, service]() {
            RelationResolver resolver(db);
            return service.isEmpty() ? resolver.resolveAll() : resolver.resolve(service);
        },
        [this, generation](Result<QList<ResolvedRelation>> result) {
            if (generation != m_generation)
                return;
            beginResetModel();
            if (result.ok())
                m_rows = std::move(result.value());
            else
                m_rows.clear();
            endResetModel();
            if (result.ok())
                emit loaded();
            else
                emit loadFailed(result.error().message);
        });
}

const ResolvedRelation* RelationsModel::relationAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int RelationsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RelationsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RelationsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ResolvedRelation& r = m_rows.at(index.row());
    const Relation& rel = r.relation;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case ServiceColumn:
            return rel.service;
        case KindColumn:
            return rel.isUnitLevel() ? tr("units of a service") : tr("endpoint");
        case NeedsColumn:
            return rel.isUnitLevel() ? rel.needs : rel.endpoint;
        case PortColumn:
            return rel.port > 0 ? QVariant(rel.port) : QVariant();
        case EndpointsColumn:
            if (r.endpoints.isEmpty())
                return tr("(none yet)");
            return r.endpoints.join(QStringLiteral(", "));
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == EndpointsColumn)
            return r.endpoints.join(u'\n');
        return data(index, Qt::DisplayRole);
    case RelationIdRole:
        return rel.id;
    case ServiceRole:
        return rel.service;
    case NeedsRole:
        return rel.isUnitLevel() ? rel.needs : rel.endpoint;
    case UnitLevelRole:
        return rel.isUnitLevel();
    case EndpointsRole:
        return r.endpoints;
    default:
        return {};
    }
}

QVariant RelationsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ServiceColumn:
        return tr("Service");
    case KindColumn:
        return tr("Needs");
    case NeedsColumn:
        return tr("Downstream");
    case PortColumn:
        return tr("Port");
    case EndpointsColumn:
        return tr("Resolved endpoints");
    }
    return {};
}

} // namespace opsdeck
