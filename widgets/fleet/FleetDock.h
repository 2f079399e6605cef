#pragma once

#include <QDockWidget>

class QLineEdit;
class QListView;
class QSortFilterProxyModel;
class QStackedWidget;
class QStringListModel;

namespace opsdeck {

// The "Fleet" dock: a filter field over the machines of the pool. Until the inventory
// views (service tree and machine table) plug in through setFleetView(), it shows a
// plain list of machine names; picking one asks the window to chart it.
class FleetDock : public QDockWidget
{
    Q_OBJECT
public:
    explicit FleetDock(QWidget* parent = nullptr);

    // Replaces the plain machine list by `view` (the dock takes ownership). The view
    // reports the machine to chart by calling selectMachine() or emitting into it, and
    // may follow filterChanged() / filterEdit().
    void setFleetView(QWidget* view);
    QWidget* fleetView() const;

    QLineEdit* filterEdit() const { return m_filter; }
    QString selectedMachine() const { return m_selected; }

public slots:
    // Puts `names` in the plain list (ignored once a fleet view is set).
    void setMachineNames(const QStringList& names);
    void selectMachine(const QString& name);
    void focusFilter();

signals:
    void machineSelected(const QString& name);
    void filterChanged(const QString& text);

private:
    QLineEdit* m_filter = nullptr;
    QStackedWidget* m_stack = nullptr;
    QListView* m_list = nullptr;
    QStringListModel* m_names = nullptr;
    QSortFilterProxyModel* m_proxy = nullptr;
    QWidget* m_custom = nullptr;
    QString m_selected;
};

} // namespace opsdeck
