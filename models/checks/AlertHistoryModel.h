#pragma once

#include "checks/AlertStore.h"
#include "checks/CheckTypes.h"
#include "db/Database.h"

#include <QAbstractTableModel>
#include <QList>
#include <memory>

namespace opsdeck {

class ChangeFeed;
struct Change;

// The alert history (alert_events), newest first, read off the GUI thread through
// AlertStore with an AlertFilter (since, check, at least an importance, target): the
// filter runs in the database, so a long history opens as fast as its newest page.
// refresh() reads only what is newer than the newest row and puts it on top in place;
// setFilter() and reload() read again whole.
class AlertHistoryModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        TimeColumn,
        CheckColumn,
        TargetColumn,
        TransitionColumn,
        StatusColumn,
        ImportanceColumn,
        MessageColumn,
        ValueColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Roles
    {
        EventIdRole = Qt::UserRole + 1,
        CheckIdRole,
        AtMsRole,
        StatusRole,     // int(CheckStatus)
        ImportanceRole, // int(Importance)
        ToStateRole,    // int(CheckState)
    };
    Q_ENUM(Roles)

    explicit AlertHistoryModel(std::shared_ptr<Database> db, QObject* parent = nullptr);

    void setFilter(const AlertFilter& filter); // reloads
    const AlertFilter& filter() const { return m_filter; }
    void reload();
    bool isLoading() const { return m_loading > 0; }
    const AlertEvent* eventAt(int row) const;

    // Applies `feed`'s alert inserts (refresh) and reloads whole on its resync().
    void follow(const ChangeFeed* feed);
    void applyChange(const Change& change);

public slots:
    // Reads the events newer than the newest row and puts them on top.
    void refresh();

public:
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    void loaded();
    void loadFailed(const QString& message);

private:
    QVariant display(const AlertEvent& e, int column) const;
    void prepend(QList<AlertEvent> events);

    std::shared_ptr<Database> m_db;
    AlertFilter m_filter;
    QList<AlertEvent> m_events;
    int m_loading = 0;
    quint64 m_generation = 0;
    bool m_refreshing = false;
    bool m_refreshAgain = false;
};

} // namespace opsdeck
