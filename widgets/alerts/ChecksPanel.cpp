#include "alerts/ChecksPanel.h"

#include "alerts/AlertTray.h"
#include "alerts/MaintenanceDialog.h"
#include "alerts/SilenceDialog.h"
#include "alerts/TraySettingsDialog.h"
#include "checks/CheckListModel.h"
#include "checks/CheckMonitor.h"
#include "checks/CheckStateStore.h"
#include "inventory/AsyncLoad.h"
#include "panels/EmptyStateView.h"

#include <QAction>
#include <QHeaderView>
#include <QMenu>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace opsdeck {

ChecksPanel::ChecksPanel(CheckMonitor* monitor, QWidget* parent)
    : QWidget(parent), m_monitor(monitor), m_model(new CheckListModel(monitor, this)),
      m_sorted(new QSortFilterProxyModel(this))
{
    setObjectName(QStringLiteral("checksPanel"));
    m_prompt = [clock = &monitor->clock()](QWidget* parent, const QString& check) -> std::optional<qint64> {
        SilenceDialog dialog(check, *clock, parent);
        if (dialog.exec() != QDialog::Accepted)
            return std::nullopt;
        return dialog.untilMs();
    };

    m_ack = new QAction(tr("&Acknowledge"), this);
    m_ack->setObjectName(QStringLiteral("actionAcknowledgeCheck"));
    m_ack->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    m_ack->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_ack->setStatusTip(tr("Acknowledge the check's failing targets until they recover"));
    m_silence = new QAction(tr("&Silence For…"), this);
    m_silence->setObjectName(QStringLiteral("actionSilenceCheck"));
    m_silence->setStatusTip(tr("No notification for the check until a chosen time"));
    m_unsilence = new QAction(tr("&Unsilence"), this);
    m_unsilence->setObjectName(QStringLiteral("actionUnsilenceCheck"));
    m_unsilence->setStatusTip(tr("Notify about the check again"));
    connect(m_ack, &QAction::triggered, this, &ChecksPanel::acknowledgeSelected);
    connect(m_silence, &QAction::triggered, this, &ChecksPanel::silenceSelected);
    connect(m_unsilence, &QAction::triggered, this, &ChecksPanel::unsilenceSelected);
    m_traySettings = new QAction(tr("&Tray Settings…"), this);
    m_traySettings->setObjectName(QStringLiteral("actionChecksTraySettings"));
    m_traySettings->setStatusTip(tr("Which alerts pop a tray message, and whether closing the window keeps "
                                    "Opsdeck in the tray"));
    connect(m_traySettings, &QAction::triggered, this, [this] {
        TraySettingsDialog::openFor(AlertTray::keepRunningByDefault(!m_monitor->snapshot()->rows.empty()),
                                    this);
    });

    m_maintenance = new QAction(tr("&Maintenance Windows…"), this);
    m_maintenance->setObjectName(QStringLiteral("actionMaintenanceWindows"));
    m_maintenance->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    m_maintenance->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_maintenance->setStatusTip(tr("Hold back the alerts below a tree node for a while: list, add, remove"));
    connect(m_maintenance, &QAction::triggered, this, &ChecksPanel::openMaintenance);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* bar = new QToolBar(this);
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    bar->addActions({m_ack, m_silence, m_unsilence});
    bar->addSeparator();
    bar->addAction(m_maintenance);
    bar->addAction(m_traySettings);
    layout->addWidget(bar);

    m_sorted->setSourceModel(m_model);
    m_sorted->setSortRole(Qt::DisplayRole);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("checkTable"));
    m_view->setModel(m_sorted);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(CheckListModel::NameColumn, Qt::AscendingOrder);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_view->addActions({m_ack, m_silence, m_unsilence});
    addAction(m_ack); // Ctrl+K anywhere in the panel
    addAction(m_maintenance);

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(
        new EmptyStateView(tr("No checks yet"),
                           tr("Add one with `opsdeck check add http|tcp|metric|nagios|… --name NAME`; "
                              "its state and alerts are listed here."),
                           m_stack));
    m_stack->addWidget(m_view);
    layout->addWidget(m_stack, 1);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ChecksPanel::updateActions);
    connect(m_model, &CheckListModel::loaded, this, [this] {
        updateEmptyState();
        updateActions();
    });
    connect(m_model, &QAbstractItemModel::dataChanged, this, &ChecksPanel::updateActions);
    updateEmptyState();
    updateActions();
}

const CheckRow* ChecksPanel::currentCheck() const
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    if (!current.isValid())
        return nullptr;
    return m_model->rowAt(m_sorted->mapToSource(current).row());
}

void ChecksPanel::selectCheck(qint64 checkId)
{
    const int row = m_model->rowOfCheck(checkId);
    if (row < 0)
        return;
    const QModelIndex i = m_sorted->mapFromSource(m_model->index(row, 0));
    m_view->selectionModel()->setCurrentIndex(i, QItemSelectionModel::ClearAndSelect |
                                                     QItemSelectionModel::Rows);
}

void ChecksPanel::updateEmptyState()
{
    m_stack->setCurrentIndex(m_model->rowCount() > 0 ? 1 : 0);
}

void ChecksPanel::updateActions()
{
    const CheckRow* r = currentCheck();
    const bool problem =
        r && (r->summary.state == CheckState::Failing || r->summary.state == CheckState::Unknown);
    m_ack->setEnabled(problem && !r->summary.acknowledged);
    m_silence->setEnabled(r != nullptr);
    m_unsilence->setEnabled(r && r->summary.silencedUntilMs.has_value());
}

void ChecksPanel::write(const QString& done, const QString& failed, std::function<Result<int>(qint64)> work)
{
    const CheckRow* r = currentCheck();
    if (!r) {
        emit statusMessage(tr("Select a check first"));
        return;
    }
    runAsync<int>(
        this, [work = std::move(work), id = r->def.id]() { return work(id); },
        [this, done, failed, name = r->def.name](Result<int> result) {
            if (!result.ok()) {
                emit statusMessage(failed.arg(name, result.error().message));
                return;
            }
            emit statusMessage(done.arg(name).arg(*result));
            m_monitor->refresh();
            emit written();
        });
}

void ChecksPanel::acknowledgeSelected()
{
    auto db = m_monitor->database();
    const Clock* clock = &m_monitor->clock();
    write(tr("%1 acknowledged (%2 target(s)) until it recovers"), tr("Cannot acknowledge %1: %2"),
          [db, clock](qint64 id) { return CheckStateStore(db, *clock).acknowledge(id); });
}

void ChecksPanel::silenceSelected()
{
    const CheckRow* r = currentCheck();
    if (!r) {
        emit statusMessage(tr("Select a check first"));
        return;
    }
    const std::optional<qint64> until = m_prompt(this, r->def.name);
    if (!until)
        return;
    auto db = m_monitor->database();
    const Clock* clock = &m_monitor->clock();
    write(tr("%1 silenced (%2 target(s))"), tr("Cannot silence %1: %2"),
          [db, clock, until = *until](qint64 id) { return CheckStateStore(db, *clock).silence(id, until); });
}

MaintenanceDialog* ChecksPanel::maintenanceDialog() const
{
    return m_maintenanceDialog.data();
}

void ChecksPanel::openMaintenance()
{
    if (!m_maintenanceDialog) {
        m_maintenanceDialog = new MaintenanceDialog(m_monitor->database(), m_monitor->clock(), this);
        m_maintenanceDialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_maintenanceDialog, &MaintenanceDialog::statusMessage, this, &ChecksPanel::statusMessage);
        connect(m_maintenanceDialog, &MaintenanceDialog::changed, m_monitor, &CheckMonitor::refresh);
        if (const CheckRow* r = currentCheck(); r && !r->def.nodePath.isEmpty())
            m_maintenanceDialog->setNode(r->def.nodePath); // the selected check's node, as a start
    }
    m_maintenanceDialog->show();
    m_maintenanceDialog->raise();
    m_maintenanceDialog->activateWindow();
}

void ChecksPanel::unsilenceSelected()
{
    auto db = m_monitor->database();
    const Clock* clock = &m_monitor->clock();
    write(tr("%1 unsilenced (%2 target(s))"), tr("Cannot unsilence %1: %2"),
          [db, clock](qint64 id) { return CheckStateStore(db, *clock).unsilence(id); });
}

} // namespace opsdeck
