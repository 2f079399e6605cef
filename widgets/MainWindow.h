#pragma once

#include "db/Database.h"
#include "jobs/JobSession.h"
#include "metrics/TimeRange.h"
#include "util/Result.h"

#include <QHash>
#include <QMainWindow>
#include <QPointer>
#include <functional>
#include <memory>

class QActionGroup;
class QDialog;
class QStackedWidget;
class QTabWidget;

namespace opsdeck {

class MetricStore;

class AboutDialog;
class ChangeFeed;
class AlertTray;
class AlertsDock;
class CheckMonitor;
class NodeStatusIndex;
class Engine;
class FleetDock;
class HostKeyGate;
class InventoryView;
class JobProgressView;
class JobsDock;
struct PreparedJob;
class MachineChartsView;
class FleetTreeModel;
class MachineTableModel;
class NavigationController;
class NodeComparePage;
class DashboardPage;
class SourcesView;
class StatusBarController;

// The console's one window: the charts of the selected machine in the middle, the
// fleet on the left, jobs and alerts below (docks the user may move, hide and tabify;
// geometry and layout are kept in QSettings between runs).
class SecretPrompt;
class TeamSession;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(Engine& engine, QWidget* parent = nullptr);
    ~MainWindow() override;

    MachineChartsView* chartsView() const { return m_charts; }
    NodeComparePage* nodePage() const { return m_nodePage; }
    FleetDock* fleetDock() const { return m_fleet; }
    JobsDock* jobsDock() const { return m_jobs; }
    AlertsDock* alertsPanel() const { return m_alerts; }
    // The checks' state as the window shows it (issue 11): the checker calls
    // checkMonitor()->refresh() after each round it recorded, and alertTray()->onAlert()
    // with each transition for an immediate message.
    CheckMonitor* checkMonitor() const { return m_checkMonitor; }
    AlertTray* alertTray() const { return m_tray; }
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
    // A tree node's page: selects it in the Fleet dock, says it in the status bar and
    // asks for its page (nodePageRequested), the one seam the node's page plugs into.
    void showNode(const QString& path);
    void refresh();
    void showAbout();
    // A job of the history in its progress view (one window per job).
    JobProgressView* openJob(qint64 jobId);
    // Asks for the hosts (the charted machine by default) and a command, then runs it as
    // a job on a worker thread, shown in a progress view.
    void runCommand();
    // The same without the dialogs: resolves `targets` off the GUI thread, then runs.
    void runCommandOn(const QString& targets, const QString& command);
    // The machine table's selection, or every machine its filters show, as targets.
    void runCommandOnMachineTable();
    // The selected machines of the inventory's table (two or more), else the ones its
    // filters show, on the compare page.
    void compareMachineTable();
    // A job's kind, target and options as a new job (the Jobs dock's Run Again).
    void runJobAgain(qint64 jobId);
    // A finished job's hosts that did not succeed, any kind, as a new job.
    void retryJob(qint64 jobId);
    // A saved job template as a new job.
    void runTemplate(const QString& name);
    // Jobs > Deploy…: the deploy dialog (non-modal); returns it.
    QDialog* showDeployDialog();
    // A terminal with OpenSSH's ssh to `machine` (when empty: the machine selected in the
    // inventory tab if it is shown, else the charted one), after its host key was checked.
    void openTerminal(const QString& machine = QString());
    // A message in the status bar for ten seconds.
    void showStatus(const QString& message);
    // Starts Opsdeck again on `dbPath` (empty: the local file) and closes this window.
    void restartOn(const QString& dbPath);
    // Closes the window for good, even when it would stay in the tray.
    void quit();
    // Brings the window up on the Alerts dock (the tray's click).
    void showAlerts();

public:
    // Every job and terminal started from the window passes its host keys through here.
    HostKeyGate* hostKeyGate() const { return m_hostKeys; }
    // The team database's banner, role and read-only state.
    TeamSession* teamSession() const { return m_team; }

    // View > Back / Forward (Alt+Left / Alt+Right) over the pages shown.
    NavigationController* navigation() const { return m_nav; }

signals:
    // showNode() was asked for the node at `path`: whoever shows node pages opens it.
    void nodePageRequested(const QString& path);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    // Asks for the command to run on `targets` (described for the dialog), then runs it.
    void askCommandFor(const QString& targets, const QString& description);
    void createActions();
    // The checks' monitor, status icons, Alerts dock and tray.
    void createAlerts(const ChangeFeed* feed);
    // Puts every action that writes under the AccessGate of its team role.
    void guardActions();
    // Builds a job off the GUI thread with `plan`, then startJob; a refusal goes to the
    // status bar prefixed by `failure`.
    void planAndStart(std::function<Result<PreparedJob>()> plan, const QString& failure);
    // Checks the job's host keys (HostKeyGate), then launchJob.
    void startJob(const PreparedJob& plan, const JobSession::Gate& gate = {});
    void launchJob(const PreparedJob& plan, const JobSession::Gate& gate);
    JobProgressView* newJobView();

    QTabWidget* m_centre = nullptr;
    QStackedWidget* m_pages = nullptr; // the Charts tab: m_charts or m_nodePage
    MachineChartsView* m_charts = nullptr;
    NodeComparePage* m_nodePage = nullptr;
    DashboardPage* m_dashboards = nullptr;
    InventoryView* m_inventory = nullptr;
    SourcesView* m_sources = nullptr;
    FleetTreeModel* m_fleetTree = nullptr; // what the fleet dock shows
    FleetDock* m_fleet = nullptr;
    NavigationController* m_nav = nullptr;
    JobsDock* m_jobs = nullptr;
    AlertsDock* m_alerts = nullptr;
    CheckMonitor* m_checkMonitor = nullptr;
    NodeStatusIndex* m_checkStatus = nullptr;
    AlertTray* m_tray = nullptr;
    bool m_quitting = false;
    StatusBarController* m_status = nullptr;
    QActionGroup* m_rangeActions = nullptr;
    QPointer<AboutDialog> m_about;
    std::shared_ptr<Database> m_db;
    const MetricStore* m_metrics = nullptr; // the engine's: the deploy gate's metric checks
    QHash<qint64, QPointer<JobProgressView>> m_jobViews;
    HostKeyGate* m_hostKeys = nullptr;
    TeamSession* m_team = nullptr;
    SecretPrompt* m_secrets = nullptr; // SSH passphrases and passwords for every job
};

} // namespace opsdeck
