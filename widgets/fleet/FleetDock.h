#pragma once

#include <QDockWidget>

class QAction;
class QLineEdit;
class QListView;
class QStackedWidget;

namespace opsdeck {

class MachineTableModel;

// The "Fleet" dock: a filter field over the machines of the pool. Until the inventory
// views (service tree and machine table) plug in through setFleetView(), it lists the
// names of `machines` — a model that loads off the GUI thread and filters in itself, so
// the dock costs the GUI thread nothing at fleet scale; picking one asks the window to
// chart it.
class FleetDock : public QDockWidget
{
    Q_OBJECT
public:
    // `machines` is not owned and must outlive the dock; whoever owns it reloads it.
    explicit FleetDock(MachineTableModel* machines, QWidget* parent = nullptr);

    // Replaces the plain machine list by `view` (the dock takes ownership). The view
    // reports the machine to chart by calling selectMachine() or emitting into it, and
    // may follow filterChanged() / filterEdit().
    void setFleetView(QWidget* view);
    // An action on the selected machine, in the machine list's context menu.
    void addMachineAction(QAction* action);
    QWidget* fleetView() const;

    QLineEdit* filterEdit() const { return m_filter; }
    QString selectedMachine() const { return m_selected; }

public slots:
    void selectMachine(const QString& name);
    void focusFilter();

signals:
    void machineSelected(const QString& name);
    void filterChanged(const QString& text);

private:
    // Makes the selected machine the list's current row (when it is shown), silently.
    void showSelected();

    MachineTableModel* m_machines;
    QLineEdit* m_filter = nullptr;
    QStackedWidget* m_stack = nullptr;
    QListView* m_list = nullptr;
    QWidget* m_custom = nullptr;
    QString m_selected;
};

} // namespace opsdeck
