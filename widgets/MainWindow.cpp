#include "MainWindow.h"

#include "AboutDialog.h"
#include "StatusBarController.h"
#include "charts/MachineChartsView.h"
#include "engine/Engine.h"
#include "fleet/FleetDock.h"
#include "inventory/InventoryView.h"
#include "inventory/InventoryWatcher.h"
#include "inventory/MachineTableModel.h"
#include "panels/AlertsPanel.h"
#include "panels/JobsPanel.h"
#include "sources/ReceiverPanel.h"
#include "sources/SourcesView.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QLoggingCategory>
#include <QMenuBar>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>

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

MainWindow::MainWindow(Engine& engine, QWidget* parent) : QMainWindow(parent)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Opsdeck"));
    setDockOptions(AnimatedDocks | AllowTabbedDocks | AllowNestedDocks);

    // The centre holds the charts of the selected machine and the whole inventory
    // (service tree, machine pool, relations, audit) as tabs.
    m_centre = new QTabWidget(this);
    m_centre->setObjectName(QStringLiteral("centreTabs"));
    m_charts = new MachineChartsView(engine.metricStore(), m_centre);
    m_inventory = new InventoryView(engine.sharedDatabase(), m_centre);
    m_inventory->setObjectName(QStringLiteral("inventoryView"));
    m_centre->addTab(m_charts, tr("&Charts"));
    m_centre->addTab(m_inventory, tr("&Inventory"));
    // The metric sources with their targets' status, and the plaintext receiver's switch.
    m_sources = new SourcesView(engine, m_centre);
    m_centre->addTab(m_sources, tr("&Sources"));
    setCentralWidget(m_centre);

    // The dock lists the pool from its own machine model: loaded off the GUI thread and
    // again whenever the inventory's revision moves (a change here or in another process).
    m_fleetMachines = new MachineTableModel(engine.sharedDatabase(), this);
    m_fleet = new FleetDock(m_fleetMachines, this);
    addDockWidget(Qt::LeftDockWidgetArea, m_fleet);
    m_jobs = new JobsPanel(this);
    m_alerts = new AlertsPanel(this);
    addDockWidget(Qt::BottomDockWidgetArea, m_jobs);
    addDockWidget(Qt::BottomDockWidgetArea, m_alerts);
    tabifyDockWidget(m_jobs, m_alerts);
    m_jobs->raise();
    resizeDocks({m_fleet}, {220}, Qt::Horizontal);
    resizeDocks({m_jobs}, {140}, Qt::Vertical);

    m_status = new StatusBarController(engine, statusBar(), this);

    createActions();
    connect(m_fleet, &FleetDock::machineSelected, this, &MainWindow::showMachine);
    connect(m_inventory, &InventoryView::machineActivated, this, [this](const QString& name) {
        showMachine(name);
        m_centre->setCurrentWidget(m_charts);
    });
    connect(m_inventory->watcher(), &InventoryWatcher::changed, m_fleetMachines, &MachineTableModel::reload);
    connect(m_fleetMachines, &MachineTableModel::loadFailed, this, [this](const QString& message) {
        statusBar()->showMessage(tr("Cannot read the machine list: %1").arg(message), 10000);
    });
    // The receiver's switch is also in the File menu: say what failed whichever tab is shown.
    connect(m_sources->receiverPanel(), &ReceiverPanel::failed, this,
            [this](const QString& message) { statusBar()->showMessage(message, 10000); });

    resize(1200, 780);
    restoreLayout();
    m_fleetMachines->reload();
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
    file->addAction(m_sources->receiverAction());
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setObjectName(QStringLiteral("actionQuit"));
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    QAction* find = view->addAction(tr("&Find Machine"), m_fleet, &FleetDock::focusFilter);
    find->setObjectName(QStringLiteral("actionFindMachine"));
    find->setShortcut(QKeySequence::Find);
    view->addSeparator();

    m_rangeActions = new QActionGroup(this);
    int n = 1;
    for (const auto& r : timeRanges()) {
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
    connect(m_charts, &MachineChartsView::timeRangeChanged, this, [this](TimeRange range) {
        for (QAction* a : m_rangeActions->actions())
            a->setChecked(a->data().toInt() == static_cast<int>(range));
    });

    view->addSeparator();
    int key = Qt::Key_1;
    for (QDockWidget* dock : {static_cast<QDockWidget*>(m_fleet), static_cast<QDockWidget*>(m_jobs),
                              static_cast<QDockWidget*>(m_alerts)}) {
        QAction* toggle = dock->toggleViewAction();
        toggle->setShortcut(QKeySequence(Qt::ALT | Qt::Key(key++)));
        view->addAction(toggle);
    }

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
    setWindowTitle(name.isEmpty() ? tr("Opsdeck") : tr("%1 — Opsdeck").arg(name));
}

void MainWindow::refresh()
{
    m_fleetMachines->reload();
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
    QMainWindow::closeEvent(event);
}

} // namespace opsdeck
