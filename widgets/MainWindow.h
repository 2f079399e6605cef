#pragma once

#include "metrics/TimeRange.h"

#include <QMainWindow>
#include <QPointer>

class QActionGroup;
class QTabWidget;

namespace opsdeck {

class AboutDialog;
class AlertsPanel;
class Engine;
class FleetDock;
class InventoryView;
class JobsPanel;
class MachineChartsView;
class MachineTableModel;
class SourcesView;
class StatusBarController;

// The console's one window: the charts of the selected machine in the middle, the
// fleet on the left, jobs and alerts below (docks the user may move, hide and tabify;
// geometry and layout are kept in QSettings between runs).
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(Engine& engine, QWidget* parent = nullptr);
    ~MainWindow() override;

    MachineChartsView* chartsView() const { return m_charts; }
    FleetDock* fleetDock() const { return m_fleet; }
    JobsPanel* jobsPanel() const { return m_jobs; }
    AlertsPanel* alertsPanel() const { return m_alerts; }
    // Charts, inventory, sources; the current one is kept with the layout.
    QTabWidget* centreTabs() const { return m_centre; }
    SourcesView* sourcesView() const { return m_sources; }

    // Where the inventory views (service tree, machine table) go once they exist; the
    // dock takes ownership. They call showMachine() to chart a machine.
    void setFleetView(QWidget* view);

    // Window geometry, dock layout and time range to / from QSettings.
    void saveLayout() const;
    void restoreLayout();

public slots:
    void showMachine(const QString& name);
    void refresh();
    void showAbout();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createActions();

    QTabWidget* m_centre = nullptr;
    MachineChartsView* m_charts = nullptr;
    InventoryView* m_inventory = nullptr;
    SourcesView* m_sources = nullptr;
    MachineTableModel* m_fleetMachines = nullptr; // what the fleet dock lists
    FleetDock* m_fleet = nullptr;
    JobsPanel* m_jobs = nullptr;
    AlertsPanel* m_alerts = nullptr;
    StatusBarController* m_status = nullptr;
    QActionGroup* m_rangeActions = nullptr;
    QPointer<AboutDialog> m_about;
};

} // namespace opsdeck
