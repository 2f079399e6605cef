#pragma once

#include "db/Database.h"
#include "metrics/TimeRange.h"

#include <QHash>
#include <QMainWindow>
#include <QPointer>
#include <memory>

class QActionGroup;
class QTabWidget;

namespace opsdeck {

class AboutDialog;
class AlertsPanel;
class Engine;
class FleetDock;
class InventoryView;
class JobProgressView;
class JobsDock;
struct PreparedJob;
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
    JobsDock* jobsDock() const { return m_jobs; }
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
    // A job of the history in its progress view (one window per job).
    JobProgressView* openJob(qint64 jobId);
    // Asks for the hosts (the charted machine by default) and a command, then runs it as
    // a job on a worker thread, shown in a progress view.
    void runCommand();
    // The same without the dialogs: resolves `targets` off the GUI thread, then runs.
    void runCommandOn(const QString& targets, const QString& command);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createActions();
    void startJob(const PreparedJob& plan);
    void retryJob(qint64 jobId);
    JobProgressView* newJobView();

    QTabWidget* m_centre = nullptr;
    MachineChartsView* m_charts = nullptr;
    InventoryView* m_inventory = nullptr;
    SourcesView* m_sources = nullptr;
    MachineTableModel* m_fleetMachines = nullptr; // what the fleet dock lists
    FleetDock* m_fleet = nullptr;
    JobsDock* m_jobs = nullptr;
    AlertsPanel* m_alerts = nullptr;
    StatusBarController* m_status = nullptr;
    QActionGroup* m_rangeActions = nullptr;
    QPointer<AboutDialog> m_about;
    std::shared_ptr<Database> m_db;
    QHash<qint64, QPointer<JobProgressView>> m_jobViews;
};

} // namespace opsdeck
