#include "MainWindow.h"

#include "AboutDialog.h"
#include "StatusBarController.h"
#include "alerts/AlertTray.h"
#include "alerts/AlertsDock.h"
#include "alerts/CheckerLink.h"
#include "alerts/ChecksPanel.h"
#include "charts/ChartTimeline.h"
#include "charts/MachineChartsView.h"
#include "checks/CheckMonitor.h"
#include "checks/CheckService.h"
#include "checks/NodeStatusIndex.h"
#include "compare/NodeComparePage.h"
#include "dashboards/DashboardPage.h"
#include "db/ChangeFeed.h"
#include "engine/Engine.h"
#include "export/ExportActions.h"
#include "fleet/FleetDock.h"
#include "fleet/NavigationController.h"
#include "inventory/AsyncLoad.h"
#include "inventory/FleetTreeModel.h"
#include "inventory/InventoryView.h"
#include "inventory/InventoryWatcher.h"
#include "inventory/MachineTableModel.h"
#include "inventory/MachineTablePanel.h"
#include "inventory/MessageBanner.h"
#include "inventory/ServiceTreeModel.h"
#include "inventory/ServiceTreePanel.h"
#include "jobs/CommandJob.h"
#include "jobs/DeployDialog.h"
#include "jobs/HostKeyGate.h"
#include "jobs/HostTargets.h"
#include "jobs/JobListModel.h"
#include "jobs/JobProgressView.h"
#include "jobs/JobSession.h"
#include "jobs/JobsDock.h"
#include "jobs/TerminalCommand.h"
#include "report/UsageReportDialog.h"
#include "sources/ReceiverPanel.h"
#include "sources/SecretProvider.h"
#include "sources/SecretWriter.h"
#include "sources/SourcesView.h"
#include "ssh/KnownHostsStore.h"
#include "ssh/SecretPrompt.h"
#include "team/AccessGate.h"
#include "team/TeamSession.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QInputDialog>
#include <QLoggingCategory>
#include <QMenuBar>
#include <QProcess>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QTreeView>
#include <QVBoxLayout>

Q_LOGGING_CATEGORY(lcWindow, "opsdeck.window")

namespace opsdeck {

namespace {
const char* const geometryKey = "mainWindow/geometry";
const char* const stateKey = "mainWindow/state";
const char* const rangeKey = "charts/range";
const char* const tabKey = "mainWindow/tab";
// Bump when the docks change so an old saved layout is not applied to new docks.
constexpr int layoutVersion = 1;
} // namespace

MainWindow::MainWindow(Engine& engine, QWidget* parent) : QMainWindow(parent), m_db(engine.sharedDatabase())
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Opsdeck"));
    setDockOptions(AnimatedDocks | AllowTabbedDocks | AllowNestedDocks);

    // The centre holds the charts of the selected machine and the whole inventory
    // (service tree, machine pool, relations, audit) as tabs.
    m_centre = new QTabWidget(this);
    m_centre->setObjectName(QStringLiteral("centreTabs"));
    m_metrics = &engine.metricStore();
    m_charts = new MachineChartsView(engine.metricStore(), m_centre);
    m_charts->setInventory(engine.sharedDatabase()); // disk usage titled by mount point
    m_inventory = new InventoryView(engine.sharedDatabase(), m_centre);
    m_inventory->setObjectName(QStringLiteral("inventoryView"));
    // The Charts tab shows a page: a machine's (its host page) or a tree node's (one metric
    // across its machines as small multiples, on the host page's timeline).
    m_pages = new QStackedWidget(m_centre);
    m_pages->setObjectName(QStringLiteral("chartPages"));
    m_nodePage =
        new NodeComparePage(engine.metricStore(), engine.sharedDatabase(), m_charts->timeline(), m_pages);
    m_nodePage->setObjectName(QStringLiteral("nodePage"));
    m_pages->addWidget(m_charts);
    m_pages->addWidget(m_nodePage);
    m_centre->addTab(m_pages, tr("&Charts"));
    m_centre->addTab(m_inventory, tr("&Inventory"));
    // The metric sources with their targets' status, and the plaintext receiver's switch.
    m_sources = new SourcesView(engine, m_centre);
    m_centre->addTab(m_sources, tr("&Sources"));
    // Dashboards (issue 10, part 4): Loki's home page and the user's own; View > Dashboards raises it.
    m_dashboards = new DashboardPage(engine.metricStore(), engine.sharedDatabase(), m_centre);
    m_centre->addTab(m_dashboards, tr("&Dashboards"));
    connect(m_dashboards, &DashboardPage::statusMessage, this, &MainWindow::showStatus);
    m_dashboards->followTimeline(m_charts->timeline());
    // Above the tabs: the team database's banner (lost, back again).
    auto* centre = new QWidget(this);
    auto* centreLayout = new QVBoxLayout(centre);
    centreLayout->setContentsMargins(0, 0, 0, 0);
    centreLayout->setSpacing(0);
    setCentralWidget(centre);

    // The dock shows the service tree with its machines from its own model: loaded off the
    // GUI thread and again whenever the inventory's revision moves (here or elsewhere).
    m_fleetTree = new FleetTreeModel(engine.sharedDatabase(), this);
    m_fleet = new FleetDock(m_fleetTree, this);
    addDockWidget(Qt::LeftDockWidgetArea, m_fleet);
    m_jobs = new JobsDock(engine.sharedDatabase(), Clock::system(), this);
    m_checkMonitor =
        new CheckMonitor(engine.sharedDatabase(), Clock::system(), engine.changeFeed() ? 30000 : 5000, this);
    m_alerts = new AlertsDock(m_checkMonitor, this);
    addDockWidget(Qt::BottomDockWidgetArea, m_jobs);
    addDockWidget(Qt::BottomDockWidgetArea, m_alerts);
    tabifyDockWidget(m_jobs, m_alerts);
    m_jobs->raise();
    resizeDocks({m_fleet}, {220}, Qt::Horizontal);
    resizeDocks({m_jobs}, {140}, Qt::Vertical);

    m_status = new StatusBarController(engine, statusBar(), this);
    m_team = new TeamSession(engine.sharedDatabase(), engine.connectionWatch(), this, statusBar());
    centreLayout->addWidget(m_team->banner());
    centreLayout->addWidget(m_centre, 1);
    connect(m_team, &TeamSession::restored, this, &MainWindow::refresh);
    connect(m_team, &TeamSession::switchRequested, this, &MainWindow::restartOn);
    m_hostKeys = new HostKeyGate(ssh::KnownHostsStore::defaultStore(), this);
    {
        // Without a session bus QtKeychain would try to start one: no keychain then.
        const bool bus = !qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS");
        KeychainSecretProvider* keychain = bus ? new KeychainSecretProvider(this) : nullptr;
        KeychainSecretWriter* keychainWriter = bus ? new KeychainSecretWriter(this) : nullptr;
        m_secrets = new SecretPrompt(this, keychain, keychainWriter);
        connect(m_secrets, &SecretPrompt::notice, this, [this](const QString& m) { showStatus(m); });
        connect(m_secrets, &SecretPrompt::storeFailed, this, [this](const QString& m) {
            showStatus(tr("The secret was not stored in the keychain: %1").arg(m));
        });
    }

    createAlerts(engine.changeFeed());
    if (CheckService* checker = engine.checkService()) { // the window's own checker (GuiMain starts it)
        auto* link = new CheckerLink(checker, engine.sharedDatabase(), m_checkMonitor, m_tray, this);
        connect(link, &CheckerLink::statusMessage, this, &MainWindow::showStatus);
    }
    {
        // View > Usage Report… (issue 10, part 5): kanyun's report over the metrics cache,
        // for the machine the charts show; createActions() puts it in the View menu.
        MetricStore* metrics = &engine.metricStore();
        auto* usage = new QAction(tr("&Usage Report…"), this);
        usage->setObjectName(QStringLiteral("actionUsageReport"));
        usage->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U));
        usage->setStatusTip(tr("One value per period of a metric, as a table and a chart, saved as CSV"));
        connect(usage, &QAction::triggered, this, [this, metrics] {
            auto* dialog = new UsageReportDialog(*metrics, m_charts->machine(), this);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            dialog->show();
        });
    }
    // Back and Forward over the machines and nodes shown (createActions() puts them in View).
    m_nav = new NavigationController(
        m_fleet,
        [this](const PageEntry& page) {
            switch (page.kind) {
            case PageEntry::Kind::Machine:
                showMachine(page.key);
                m_centre->setCurrentWidget(m_pages);
                break;
            case PageEntry::Kind::Node:
                showNode(page.key);
                break;
            case PageEntry::Kind::Dashboard:
                m_centre->setCurrentWidget(m_dashboards);
                m_dashboards->showDashboard(page.key);
                break;
            }
        },
        this);
    // A dashboard is a page too: the tab raised, or another one picked in it.
    auto visitDashboard = [this] {
        m_nav->visit({PageEntry::Kind::Dashboard, m_dashboards->dashboard().name});
    };
    connect(m_dashboards, &DashboardPage::picked, this, visitDashboard);
    connect(m_centre, &QTabWidget::currentChanged, this, [this, visitDashboard] {
        if (m_centre->currentWidget() == m_dashboards)
            visitDashboard();
    });
    createActions();
    guardActions();
    connect(m_fleet, &FleetDock::machineSelected, this, &MainWindow::showMachine);
    connect(m_fleet, &FleetDock::nodeSelected, this, &MainWindow::showNode);
    connect(m_inventory, &InventoryView::machineActivated, this, [this](const QString& name) {
        showMachine(name);
        m_centre->setCurrentWidget(m_pages);
    });
    connect(m_nodePage, &NodeComparePage::machineActivated, this, &MainWindow::showMachine);
    if (const ChangeFeed* feed = engine.changeFeed()) { // team mode: rows in place as others change them
        m_fleetTree->follow(feed);
        m_inventory->followChanges(feed);
        m_jobs->model()->follow(feed);
    } else {
        connect(m_inventory->watcher(), &InventoryWatcher::changed, m_fleetTree, &FleetTreeModel::reload);
    }
    connect(m_jobs, &JobsDock::openRequested, this, &MainWindow::openJob);
    connect(m_jobs, &JobsDock::runAgainRequested, this, &MainWindow::runJobAgain);
    connect(m_jobs, &JobsDock::retryRequested, this, &MainWindow::retryJob);
    connect(m_jobs, &JobsDock::templateRunRequested, this, &MainWindow::runTemplate);
    connect(m_hostKeys, &HostKeyGate::statusMessage, this, &MainWindow::showStatus);
    connect(m_jobs, &JobsDock::statusMessage, this,
            [this](const QString& message) { statusBar()->showMessage(message, 10000); });
    connect(m_fleetTree, &FleetTreeModel::loadFailed, this, [this](const QString& message) {
        statusBar()->showMessage(tr("Cannot read the fleet's tree: %1").arg(message), 10000);
    });
    // The receiver's switch is also in the File menu: say what failed whichever tab is shown.
    connect(m_sources->receiverPanel(), &ReceiverPanel::failed, this,
            [this](const QString& message) { statusBar()->showMessage(message, 10000); });

    resize(1200, 780);
    restoreLayout();
    m_fleetTree->reload();
    m_jobs->reload();
    m_fleet->selectMachine(engine.localMachineName());
    if (!engine.startupWarnings().isEmpty())
        statusBar()->showMessage(engine.startupWarnings().join(QLatin1Char(' ')));
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* refreshAction = file->addAction(tr("&Refresh"), this, &MainWindow::refresh);
    refreshAction->setObjectName(QStringLiteral("actionRefresh"));
    refreshAction->setShortcut(QKeySequence::Refresh);
    refreshAction->setStatusTip(tr("Read the charts and the machine list again"));
    file->addSeparator();
    file->addAction(m_team->connectAction());
    file->addAction(m_team->localAction());
    file->addSeparator();
    file->addAction(m_sources->receiverAction());
    file->addSeparator();
    auto* exporter = new ExportActions([this] { return m_charts->current(); }, this);
    connect(exporter, &ExportActions::statusMessage, this, &MainWindow::showStatus);
    file->addAction(exporter->chartAction());
    file->addAction(exporter->reportAction());
    file->addSeparator();
    file->addAction(m_tray->keepRunningAction());
    QAction* quit = file->addAction(tr("&Quit"), this, &MainWindow::quit);
    quit->setObjectName(QStringLiteral("actionQuit"));
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    QAction* find = view->addAction(tr("&Find Machine"), m_fleet, &FleetDock::focusFilter);
    find->setObjectName(QStringLiteral("actionFindMachine"));
    find->setShortcut(QKeySequence::Find);
    view->addAction(m_nav->backAction());
    view->addAction(m_nav->forwardAction());
    if (auto* usage = findChild<QAction*>(QStringLiteral("actionUsageReport"), Qt::FindDirectChildrenOnly))
        view->addAction(usage);
    if (DashboardPage* page = m_dashboards) {
        QAction* dashboards =
            view->addAction(tr("&Dashboards"), this, [this, page] { m_centre->setCurrentWidget(page); });
        dashboards->setObjectName(QStringLiteral("actionDashboards"));
        dashboards->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    }
    view->addSeparator();

    // The host page's ranges (1 h to 1 year) with Ctrl+1..8, and a chosen span with Ctrl+9.
    m_rangeActions = new QActionGroup(this);
    int n = 1;
    for (const auto& r : chartRanges()) {
        QAction* a = view->addAction(timeRangeLabel(r.range));
        a->setObjectName(QStringLiteral("actionRange") + timeRangeKey(r.range));
        a->setCheckable(true);
        a->setData(static_cast<int>(r.range));
        a->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_0 + n++)));
        m_rangeActions->addAction(a);
        if (r.range == m_charts->timeRange())
            a->setChecked(true);
    }
    connect(m_rangeActions, &QActionGroup::triggered, this,
            [this](QAction* a) { m_charts->setTimeRange(static_cast<TimeRange>(a->data().toInt())); });
    QAction* customRange =
        view->addAction(tr("&Custom Range…"), m_charts, &MachineChartsView::chooseCustomRange);
    customRange->setObjectName(QStringLiteral("actionRangeCustom"));
    customRange->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_9));
    customRange->setStatusTip(tr("Show a chosen span of the charts (from, to)"));
    connect(m_charts, &MachineChartsView::timeRangeChanged, this, [this](TimeRange range) {
        for (QAction* a : m_rangeActions->actions())
            a->setChecked(a->data().toInt() == static_cast<int>(range));
    });
    view->addSeparator();
    QAction* zoomBack = view->addAction(tr("Zoom &Back"), this, [this] {
        if (!m_charts->timeline()->back())
            showStatus(tr("No earlier zoom to go back to"));
    });
    zoomBack->setObjectName(QStringLiteral("actionZoomBack"));
    zoomBack->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Backspace));
    QAction* zoomReset = view->addAction(tr("&Reset Zoom"), this, [this] { m_charts->timeline()->reset(); });
    zoomReset->setObjectName(QStringLiteral("actionZoomReset"));
    zoomReset->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));

    view->addSeparator();
    int key = Qt::Key_1;
    for (QDockWidget* dock : {static_cast<QDockWidget*>(m_fleet), static_cast<QDockWidget*>(m_jobs),
                              static_cast<QDockWidget*>(m_alerts)}) {
        QAction* toggle = dock->toggleViewAction();
        toggle->setShortcut(QKeySequence(Qt::ALT | Qt::Key(key++)));
        view->addAction(toggle);
    }

    QMenu* jobs = menuBar()->addMenu(tr("&Jobs"));
    QAction* run = jobs->addAction(tr("&Run Command…"), this, &MainWindow::runCommand);
    run->setObjectName(QStringLiteral("actionRunCommand"));
    run->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_J));
    run->setStatusTip(tr("Run a shell command over SSH on machines, a node or a service"));
    QAction* deploy = jobs->addAction(tr("&Deploy…"), this, &MainWindow::showDeployDialog);
    deploy->setObjectName(QStringLiteral("actionDeploy"));
    deploy->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    deploy->setStatusTip(tr("Push a program package to a service's units with a canary and batches"));
    jobs->addMenu(m_jobs->templatesMenu());
    jobs->addSeparator();
    QAction* terminal = jobs->addAction(tr("Open &Terminal"), this, [this] { openTerminal(); });
    terminal->setObjectName(QStringLiteral("actionOpenTerminal"));
    terminal->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    terminal->setStatusTip(tr("A terminal with ssh to the selected machine, after checking its host key"));
    m_fleet->addMachineAction(terminal);
    m_inventory->machinePanel()->addContextAction(terminal);
    QAction* runOnMachines = new QAction(tr("Run Command on These Machines…"), this);
    runOnMachines->setObjectName(QStringLiteral("actionRunOnMachines"));
    runOnMachines->setStatusTip(tr("The selected machines, or every machine the table's filters show"));
    connect(runOnMachines, &QAction::triggered, this, &MainWindow::runCommandOnMachineTable);
    m_inventory->machinePanel()->addContextAction(runOnMachines);
    // One metric across the table's machines as small multiples (issue 10, part 3).
    QAction* compareMachines = new QAction(tr("&Compare These Machines"), this);
    compareMachines->setObjectName(QStringLiteral("actionCompareMachines"));
    compareMachines->setStatusTip(tr("The selected machines, or every machine the table's filters show, side "
                                     "by side on one scale"));
    connect(compareMachines, &QAction::triggered, this, &MainWindow::compareMachineTable);
    m_inventory->machinePanel()->addContextAction(compareMachines);
    QAction* runOnNode = new QAction(tr("Run Command on This Node…"), this);
    runOnNode->setObjectName(QStringLiteral("actionRunOnNode"));
    runOnNode->setStatusTip(tr("Every machine under the selected tree node"));
    connect(runOnNode, &QAction::triggered, this, [this] {
        const QString path = m_inventory->treePanel()->currentPath();
        if (path.isEmpty()) {
            showStatus(tr("Select a tree node to run a command on its machines"));
            return;
        }
        askCommandFor(QStringLiteral("node:") + path, tr("every machine under %1").arg(path));
    });
    m_inventory->treePanel()->view()->addAction(runOnNode);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* about = help->addAction(tr("&About Opsdeck"), this, &MainWindow::showAbout);
    about->setObjectName(QStringLiteral("actionAbout"));
    about->setShortcut(QKeySequence::HelpContents);
    about->setMenuRole(QAction::AboutRole);
}

void MainWindow::setFleetView(QWidget* view)
{
    m_fleet->setFleetView(view);
}

void MainWindow::showMachine(const QString& name)
{
    m_fleet->selectMachine(name);
    m_charts->setMachine(name);
    m_pages->setCurrentWidget(m_charts);
    setWindowTitle(name.isEmpty() ? tr("Opsdeck") : tr("%1 — Opsdeck").arg(name));
}

void MainWindow::showNode(const QString& path)
{
    if (m_fleet->selectedNode() != path) {
        m_fleet->selectNode(path); // its nodeSelected() comes back here
        return;
    }
    showStatus(tr("Node %1").arg(path));
    m_nodePage->setNode(path);
    m_pages->setCurrentWidget(m_nodePage);
    m_centre->setCurrentWidget(m_pages);
    setWindowTitle(tr("%1 — Opsdeck").arg(path));
    emit nodePageRequested(path);
}

void MainWindow::guardActions()
{
    // What a team role may do (TeamRole): operators run, deploy and move machines through
    // their lifecycle; administrators also remove them and shape the tree, the pool and
    // the sources (as the CLI's DbVerbAccess).
    AccessGate* gate = m_team->gate();
    for (const char* name : {"actionRunCommand", "actionDeploy", "actionRunOnMachines", "actionRunOnNode"})
        gate->guard(findChild<QAction*>(QLatin1String(name)), Capability::Operate);
    MachineTablePanel* machines = m_inventory->machinePanel();
    for (int e = int(MachineEvent::Add); e < int(MachineEvent::Remove); ++e)
        gate->guard(machines->eventAction(MachineEvent(e)), Capability::Operate);
    gate->guard(machines->eventAction(MachineEvent::Remove), Capability::Administer);
    for (QAction* a : {machines->setPoolAction(), machines->setTagsAction(), machines->addMachineAction(),
                       machines->editMachineAction()})
        gate->guard(a, Capability::Administer);
    ServiceTreePanel* tree = m_inventory->treePanel();
    for (QAction* a : {tree->addAction_(), tree->renameAction(), tree->moveAction(), tree->deleteAction(),
                       tree->bindUrlAction()})
        gate->guard(a, Capability::Administer);
    for (QAction* a : m_sources->editActions())
        gate->guard(a, Capability::Administer);
    // Operators acknowledge and silence checks (as `opsdeck check ack|silence|unsilence`).
    ChecksPanel* checks = m_alerts->checksPanel();
    for (QAction* a : {checks->acknowledgeAction(), checks->silenceAction(), checks->unsilenceAction()})
        gate->guard(a, Capability::Operate);
}

void MainWindow::createAlerts(const ChangeFeed* feed)
{
    m_checkStatus = new NodeStatusIndex(m_checkMonitor, this);
    m_inventory->treeModel()->setStatusIndex(m_checkStatus);
    m_inventory->machineModel()->setStatusIndex(m_checkStatus);
    m_fleetTree->setStatusIndex(m_checkStatus);
    m_tray = new AlertTray(m_checkMonitor, this);
    connect(m_tray, &AlertTray::showRequested, this, &MainWindow::showAlerts);
    connect(m_tray, &AlertTray::quitRequested, this, &MainWindow::quit);
    connect(m_alerts, &AlertsDock::statusMessage, this, &MainWindow::showStatus);
    connect(m_checkMonitor, &CheckMonitor::loadFailed, this,
            [this](const QString& message) { showStatus(tr("Cannot read the checks: %1").arg(message)); });
    if (feed) {
        m_checkMonitor->follow(feed);
        m_alerts->follow(feed);
    }
    m_checkMonitor->readNow();
}

void MainWindow::showAlerts()
{
    showNormal();
    raise();
    activateWindow();
    m_alerts->showChecks();
}

void MainWindow::quit()
{
    m_quitting = true;
    const bool inTray = isHidden(); // closing a hidden window would not end the event loop
    close();
    if (inTray)
        QCoreApplication::quit();
}

void MainWindow::restartOn(const QString& dbPath)
{
    // Every view reads one database: a new process on the other one, this one closes.
    const QStringList args{QStringLiteral("--db"), dbPath.isEmpty() ? Database::defaultPath() : dbPath};
    if (!QProcess::startDetached(QCoreApplication::applicationFilePath(), args)) {
        showStatus(tr("Opsdeck could not be started again on %1").arg(args.last()));
        return;
    }
    quit();
}

void MainWindow::refresh()
{
    m_checkMonitor->refresh();
    m_fleetTree->reload();
    m_jobs->reload();
    m_charts->refresh();
}

void MainWindow::showAbout()
{
    if (!m_about) {
        m_about = new AboutDialog(this);
        m_about->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_about->show();
    m_about->raise();
    m_about->activateWindow();
}

JobProgressView* MainWindow::newJobView()
{
    auto* view = new JobProgressView(m_db, Clock::system(), this);
    view->setWindowFlag(Qt::Window);
    view->setAttribute(Qt::WA_DeleteOnClose);
    view->resize(900, 600);
    connect(view, &JobProgressView::statusMessage, this,
            [this](const QString& message) { statusBar()->showMessage(message, 10000); });
    connect(view, &JobProgressView::retryFailedRequested, this, &MainWindow::retryJob);
    return view;
}

JobProgressView* MainWindow::openJob(qint64 jobId)
{
    QPointer<JobProgressView> view = m_jobViews.value(jobId);
    if (!view) {
        view = newJobView();
        view->setWindowTitle(tr("Job %1 — Opsdeck").arg(jobId));
        view->openJob(jobId);
        m_jobViews.insert(jobId, view);
    }
    view->show();
    view->raise();
    view->activateWindow();
    return view;
}

void MainWindow::runCommand()
{
    bool ok = false;
    const QString targets = QInputDialog::getText(
        this, tr("Run Command"),
        tr("Hosts, comma-separated (machine names, [user@]host[:port], node:PATH, service:PATH):"),
        QLineEdit::Normal, m_charts->machine(), &ok);
    if (ok && !targets.trimmed().isEmpty())
        askCommandFor(targets, targets.trimmed());
}

void MainWindow::showStatus(const QString& message)
{
    if (message.isEmpty())
        statusBar()->clearMessage();
    else
        statusBar()->showMessage(message, 10000);
}

void MainWindow::planAndStart(std::function<Result<PreparedJob>()> plan, const QString& failure)
{
    runAsync<PreparedJob>(this, std::move(plan), [this, failure](Result<PreparedJob> job) {
        if (!job.ok()) {
            showStatus(tr("%1: %2").arg(failure, job.error().message));
            return;
        }
        startJob(*job);
    });
}

void MainWindow::runCommandOnMachineTable()
{
    const MachineTablePanel* panel = m_inventory->machinePanel();
    QStringList names = panel->selectedNames();
    const bool selected = !names.isEmpty();
    if (!selected)
        names = panel->shownNames();
    if (names.isEmpty()) {
        showStatus(tr("No machine is shown: change the filters first"));
        return;
    }
    askCommandFor(names.join(QLatin1Char(',')),
                  selected ? tr("%n selected machine(s)", nullptr, int(names.size()))
                           : tr("the %n machine(s) the filters show", nullptr, int(names.size())));
}

void MainWindow::compareMachineTable()
{
    const MachineTablePanel* panel = m_inventory->machinePanel();
    QStringList names = panel->selectedNames();
    if (names.size() < 2)
        names = panel->shownNames();
    if (names.isEmpty()) {
        showStatus(tr("No machine is shown: change the filters first"));
        return;
    }
    m_nodePage->setMachines(names);
    m_pages->setCurrentWidget(m_nodePage);
    m_centre->setCurrentWidget(m_pages);
    setWindowTitle(tr("%n machine(s) — Opsdeck", nullptr, int(names.size())));
}

void MainWindow::askCommandFor(const QString& targets, const QString& description)
{
    bool ok = false;
    const QString command =
        QInputDialog::getText(this, tr("Run Command"), tr("Command to run on %1:").arg(description),
                              QLineEdit::Normal, QString(), &ok);
    if (ok && !command.trimmed().isEmpty())
        runCommandOn(targets, command);
}

void MainWindow::runCommandOn(const QString& targets, const QString& command)
{
    auto db = m_db;
    planAndStart([db, targets, command]() { return planCommandJob(db, targets, command); },
                 tr("Cannot run the command"));
}

void MainWindow::retryJob(qint64 jobId)
{
    auto db = m_db;
    planAndStart([db, jobId]() { return planCommandRetry(db, jobId); }, tr("Cannot retry job %1").arg(jobId));
}

void MainWindow::runJobAgain(qint64 jobId)
{
    auto db = m_db;
    planAndStart([db, jobId]() { return planRunAgain(db, jobId); }, tr("Cannot run job %1 again").arg(jobId));
}

void MainWindow::runTemplate(const QString& name)
{
    auto db = m_db;
    planAndStart([db, name]() { return planTemplate(db, name); }, tr("Cannot run the template %1").arg(name));
}

QDialog* MainWindow::showDeployDialog()
{
    auto* dialog = new DeployDialog(m_db, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &DeployDialog::prepared, this, [this](const PreparedJob& plan) { startJob(plan); });
    connect(dialog, &DeployDialog::preparedGated, this,
            [this](const PreparedJob& plan, const QStringList& checks, int retrySecs) {
                startJob(plan, JobSession::Gate{checks, retrySecs, m_metrics});
            });
    dialog->show();
    return dialog;
}

void MainWindow::openTerminal(const QString& machine)
{
    QString name = machine;
    if (name.isEmpty() && m_centre->currentWidget() == m_inventory)
        name = m_inventory->machinePanel()->selectedNames().value(0);
    if (name.isEmpty())
        name = m_charts->machine();
    if (name.isEmpty()) {
        showStatus(tr("Select a machine to open a terminal on it"));
        return;
    }
    auto db = m_db;
    runAsync<ssh::SshTarget>(
        this, [db, name]() { return HostTargets(db).byName(name); },
        [this, name](Result<ssh::SshTarget> target) {
            if (!target.ok()) {
                showStatus(tr("Cannot open a terminal on %1: %2").arg(name, target.error().message));
                return;
            }
            const ssh::SshTarget t = *target;
            m_hostKeys->check(
                {t}, tr("the terminal on %1").arg(name),
                [this, t, name]() {
                    const QStringList command = TerminalCommand::terminal(
                        TerminalCommand::sshArguments(t, {ssh::KnownHostsStore::defaultStore().ownFile(),
                                                          ssh::KnownHostsStore::userFile()}),
                        qEnvironmentVariable("TERMINAL"));
                    if (!QProcess::startDetached(command.first(), command.mid(1)))
                        showStatus(tr("Cannot start the terminal %1; set $TERMINAL to your terminal program")
                                       .arg(command.first()));
                    else
                        showStatus(tr("Terminal opened on %1").arg(name));
                },
                HostKeyGate::Reach::Required);
        });
}

void MainWindow::startJob(const PreparedJob& plan, const JobSession::Gate& gate)
{
    QList<ssh::SshTarget> targets;
    for (const HostWork& w : plan.hosts)
        targets << w.target;
    const QString what = tr("job %1 %2").arg(jobKindName(plan.spec.kind), plan.spec.target);
    m_hostKeys->check(targets, what, [this, plan, gate]() { launchJob(plan, gate); });
}

void MainWindow::launchJob(const PreparedJob& plan, const JobSession::Gate& gate)
{
    // The runner and its SQL writes live on the session's worker thread.
    auto* session = new JobSession(m_db, this, m_secrets->provider());
    session->setGate(gate);
    connect(
        session, &JobSession::gateChecked, this, [this, session](int batch, bool passed, const QString& why) {
            showStatus(
                passed ? tr("Job %1: gate after batch %2 passed").arg(session->jobId()).arg(batch)
                       : tr("Job %1 paused after batch %2: %3").arg(session->jobId()).arg(batch).arg(why));
        });
    JobProgressView* view = newJobView();
    view->setWindowTitle(tr("%1 — Opsdeck").arg(plan.spec.target));
    view->attachSession(session);
    connect(session, &JobSession::started, this, [this, view](qint64 id) {
        m_jobViews.insert(id, view);
        view->setWindowTitle(tr("Job %1 — Opsdeck").arg(id));
        m_jobs->reload();
    });
    connect(session, &JobSession::startFailed, session, &QObject::deleteLater);
    connect(session, &JobSession::recordFailed, this, [this](const QString& message) {
        showStatus(tr("The job's history could not be written: %1").arg(message));
    });
    connect(session, &JobSession::finished, this, [this, session](JobState, const QString& reason) {
        showStatus(reason.isEmpty() ? tr("Job %1 ended").arg(session->jobId())
                                    : tr("Job %1 ended: %2").arg(session->jobId()).arg(reason));
        m_jobs->reload();
        session->deleteLater();
    });
    view->show();
    session->start(plan.spec, plan.hosts, plan.options);
}

void MainWindow::saveLayout() const
{
    QSettings settings;
    settings.setValue(QLatin1String(geometryKey), saveGeometry());
    settings.setValue(QLatin1String(stateKey), saveState(layoutVersion));
    settings.setValue(QLatin1String(rangeKey), timeRangeKey(m_charts->timeRange()));
    settings.setValue(QLatin1String(tabKey), m_centre->currentIndex());
}

void MainWindow::restoreLayout()
{
    QSettings settings;
    const QByteArray geometry = settings.value(QLatin1String(geometryKey)).toByteArray();
    if (!geometry.isEmpty() && !restoreGeometry(geometry))
        qCWarning(lcWindow) << "ignoring a saved window geometry that does not apply";
    const QByteArray state = settings.value(QLatin1String(stateKey)).toByteArray();
    if (!state.isEmpty() && !restoreState(state, layoutVersion))
        qCWarning(lcWindow) << "ignoring a saved dock layout from another version";
    const QString range = settings.value(QLatin1String(rangeKey)).toString();
    if (!range.isEmpty())
        m_charts->setTimeRange(timeRangeFromKey(range, m_charts->timeRange()));
    const int tab = settings.value(QLatin1String(tabKey), 0).toInt();
    if (tab >= 0 && tab < m_centre->count())
        m_centre->setCurrentIndex(tab);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    saveLayout();
    if (!m_quitting && m_tray && m_tray->keepsRunningOnClose()) { // the tray's Quit ends it
        hide();
        event->ignore();
        return;
    }
    QMainWindow::closeEvent(event);
}

} // namespace opsdeck
