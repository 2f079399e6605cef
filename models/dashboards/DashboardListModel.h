#pragma once

#include "dashboards/DashboardStore.h"

#include <QAbstractListModel>

namespace opsdeck {

// The dashboards a picker offers: the built-in Home first, then the stored ones by name.
// Display: the title (and the name when they differ); Qt::UserRole: the name;
// BuiltInRole: whether it is Home (read-only). setStored() replaces the stored ones (the
// page loads them off the GUI thread with DashboardStore::list()).
class DashboardListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role
    {
        NameRole = Qt::UserRole,
        BuiltInRole,
    };

    explicit DashboardListModel(QObject* parent = nullptr);

    void setStored(const QList<Dashboard>& stored);
    // The dashboard at `row` (Home built in code), or nullptr.
    const Dashboard* dashboard(int row) const;
    int rowOf(const QString& name) const; // -1 when absent

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

private:
    QList<Dashboard> m_dashboards; // [0] is Home
};

} // namespace opsdeck
