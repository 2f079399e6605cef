#pragma once

#include "db/Database.h"
#include "inventory/InventoryTypes.h"

#include <QAbstractTableModel>
#include <memory>
#include <optional>

namespace opsdeck {

// Which audit rows to show. Entity, entity id, since and the row limit go to the
// database; operator and action are matched here (the reader has no such filter).
struct AuditQuery
{
    QString entity;
    QString entityId;
    QString operatorName;
    QString action;
    std::optional<qint64> since; // epoch seconds
    int limit = 5000;            // newest rows; 0 = all
    friend bool operator==(const AuditQuery&, const AuditQuery&) = default;
};

// The audit log, newest first: time, operator, entity, id, action, before, after, reason.
class AuditModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        TimeColumn,
        OperatorColumn,
        EntityColumn,
        EntityIdColumn,
        ActionColumn,
        BeforeColumn,
        AfterColumn,
        ReasonColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Roles
    {
        AuditIdRole = Qt::UserRole + 1,
        TimeRole, // epoch seconds
        EntityRole,
        EntityIdRole,
        ActionRole,
        OperatorRole,
    };
    Q_ENUM(Roles)

    explicit AuditModel(std::shared_ptr<Database> db, QObject* parent = nullptr);

    void setQuery(const AuditQuery& query); // reloads
    const AuditQuery& query() const { return m_query; }
    void reload();
    const AuditEntry* entryAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString jsonText(const QJsonValue& value);

signals:
    void loaded();
    void loadFailed(const QString& message);

private:
    std::shared_ptr<Database> m_db;
    QList<AuditEntry> m_rows;
    AuditQuery m_query;
    quint64 m_generation = 0;
};

} // namespace opsdeck
