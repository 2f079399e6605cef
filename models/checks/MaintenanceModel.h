#pragma once

#include "checks/MaintenanceWindow.h"
#include "db/Database.h"
#include "util/Clock.h"

#include <QAbstractTableModel>
#include <QList>
#include <memory>

namespace opsdeck {

// The maintenance windows (MaintenanceStore) as a table, read off the GUI thread: by
// default those not yet ended at the clock's time, or every one (setShowEnded). Each row
// says whether its window is open, to come or ended at the moment it was read.
class MaintenanceModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        NodeColumn,
        FromColumn,
        ToColumn,
        StateColumn,
        ReasonColumn,
        CreatedByColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Roles
    {
        WindowIdRole = Qt::UserRole + 1,
        FromMsRole,
        ToMsRole,
    };
    Q_ENUM(Roles)

    // `clock` is not owned and must outlive the model.
    MaintenanceModel(std::shared_ptr<Database> db, const Clock& clock, QObject* parent = nullptr);

    void setShowEnded(bool all); // reloads
    bool showsEnded() const { return m_showEnded; }
    void reload();
    bool isLoading() const { return m_loading > 0; }
    const MaintenanceWindow* windowAt(int row) const;
    int rowOfWindow(qint64 id) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void loaded();
    void loadFailed(const QString& message);

private:
    QString stateText(const MaintenanceWindow& w) const;

    std::shared_ptr<Database> m_db;
    const Clock* m_clock;
    QList<MaintenanceWindow> m_rows;
    qint64 m_readAtMs = 0; // the clock's time of the last read: what "open" is measured against
    bool m_showEnded = false;
    int m_loading = 0;
    quint64 m_generation = 0; // a reload's answer is dropped once a newer one was asked
};

} // namespace opsdeck
