#pragma once

#include "checks/ChecksSnapshot.h"

#include <QAbstractTableModel>
#include <memory>

namespace opsdeck {

class CheckMonitor;

// One row per check (by name): name, kind, binding, importance, state with its colour
// icon ("in maintenance" with the maintenance icon under an open window), since,
// message, acknowledged, silenced until. Follows a CheckMonitor: each new
// snapshot is applied in place (rows in, out, changed; a reset only when checks were
// renamed past each other), so a selection survives the checker's rounds.
class CheckListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        NameColumn,
        KindColumn,
        TargetColumn,
        ImportanceColumn,
        StateColumn,
        SinceColumn,
        MessageColumn,
        AcknowledgedColumn,
        SilencedColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Roles
    {
        CheckIdRole = Qt::UserRole + 1,
        CheckNameRole,
        StateRole,         // int(CheckState) of the summary
        StatusRole,        // int(CheckStatus), or null before the first run
        StatusColorRole,   // QColor
        ImportanceRole,    // int(Importance)
        AcknowledgedRole,  // bool
        SilencedUntilRole, // qint64 ms, or null when not silenced
        EnabledRole,       // bool
        TargetsRole,       // int: how many targets have a state
        InMaintenanceRole, // bool: under an open maintenance window (MaintenanceCover::check)
    };
    Q_ENUM(Roles)

    explicit CheckListModel(CheckMonitor* monitor, QObject* parent = nullptr);

    const CheckRow* rowAt(int row) const;
    int rowOfCheck(qint64 checkId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    static QString bindingText(const CheckDefinition& d);

signals:
    void loaded();

private:
    void apply(const std::shared_ptr<const ChecksSnapshot>& snapshot);
    QVariant display(const CheckRow& r, int column) const;
    QVariant toolTip(const CheckRow& r, int column) const;

    CheckMonitor* m_monitor;
    std::shared_ptr<const ChecksSnapshot> m_snapshot;
    std::vector<const CheckRow*> m_rows; // into m_snapshot->rows
};

} // namespace opsdeck
