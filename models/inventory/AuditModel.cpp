#include "inventory/AuditModel.h"

#include "inventory/AsyncLoad.h"
#include "inventory/InventoryReader.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>

namespace opsdeck {

AuditModel::AuditModel(std::shared_ptr<Database> db, QObject* parent)
    : QAbstractTableModel(parent), m_db(std::move(db))
{}

void AuditModel::setQuery(const AuditQuery& query)
{
    m_query = query;
    reload();
}

void AuditModel::reload()
{
    const quint64 generation = ++m_generation;
    auto db = m_db;
    const AuditQuery q = m_query;
    runAsync<QList<AuditEntry>>(
        this,
        [db, q]() -> Result<QList<AuditEntry>> {
            AuditFilter f;
            f.entity = q.entity;
            f.entityId = q.entityId;
            f.since = q.since;
            // Operator and action are matched here, so ask for more than the limit.
            const bool localFilter = !q.operatorName.isEmpty() || !q.action.isEmpty();
            f.limit = localFilter ? 0 : q.limit;
            auto rows = InventoryReader(db).loadAudit(f);
            if (!rows.ok())
                return rows.error();
            QList<AuditEntry> out;
            // Newest first.
            for (auto it = rows->crbegin(); it != rows->crend(); ++it) {
                if (!q.operatorName.isEmpty() &&
                    it->operatorName.compare(q.operatorName, Qt::CaseInsensitive) != 0)
                    continue;
                if (!q.action.isEmpty() && it->action.compare(q.action, Qt::CaseInsensitive) != 0)
                    continue;
                out << *it;
                if (q.limit > 0 && out.size() >= q.limit)
                    break;
            }
            return out;
        },
        [this, generation](Result<QList<AuditEntry>> result) {
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

const AuditEntry* AuditModel::entryAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

QString AuditModel::jsonText(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return {};
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::String:
        return value.toString();
    default:
        return value.toVariant().toString();
    }
}

int AuditModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AuditModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AuditEntry& e = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case TimeColumn:
            return QDateTime::fromSecsSinceEpoch(e.time).toString(Qt::ISODate);
        case OperatorColumn:
            return e.operatorName;
        case EntityColumn:
            return e.entity;
        case EntityIdColumn:
            return e.entityId;
        case ActionColumn:
            return e.action;
        case BeforeColumn:
            return jsonText(e.before);
        case AfterColumn:
            return jsonText(e.after);
        case ReasonColumn:
            return e.reason;
        }
        return {};
    case AuditIdRole:
        return e.id;
    case TimeRole:
        return e.time;
    case EntityRole:
        return e.entity;
    case EntityIdRole:
        return e.entityId;
    case ActionRole:
        return e.action;
    case OperatorRole:
        return e.operatorName;
    default:
        return {};
    }
}

QVariant AuditModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case OperatorColumn:
        return tr("Operator");
    case EntityColumn:
        return tr("Entity");
    case EntityIdColumn:
        return tr("Name");
    case ActionColumn:
        return tr("Action");
    case BeforeColumn:
        return tr("Before");
    case AfterColumn:
        return tr("After");
    case ReasonColumn:
        return tr("Reason");
    }
    return {};
}

} // namespace opsdeck
