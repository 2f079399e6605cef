#include "inventory/InventoryView.h"

#include "inventory/AuditModel.h"
#include "inventory/AuditView.h"
#include "inventory/ImportDialog.h"
#include "inventory/InventoryPrompter.h"
#include "inventory/InventoryTaskRunner.h"
#include "inventory/InventoryWatcher.h"
#include "inventory/MachineDetailsPane.h"
#include "inventory/MachineTableModel.h"
#include "inventory/MachineTablePanel.h"
#include "inventory/MessageBanner.h"
#include "inventory/RelationsEditor.h"
#include "inventory/RelationsModel.h"
#include "inventory/ServiceTreeModel.h"
#include "inventory/ServiceTreePanel.h"
#include "team/FeedReloader.h"

#include <QAction>
#include <QHBoxLayout>
#include <QProgressBar>
#include <QSplitter>
#include <QTabWidget>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>
#include <limits>

namespace opsdeck {

InventoryView::InventoryView(std::shared_ptr<Database> db, QWidget* parent)
    : QWidget(parent), m_db(std::move(db)), m_defaultPrompter(std::make_unique<InventoryPrompter>()),
      m_prompter(m_defaultPrompter.get())
{
    m_runner = new InventoryTaskRunner(m_db, this);
    m_watcher = new InventoryWatcher(m_db, 3000, this);
    m_treeModel = new ServiceTreeModel(m_db, this);
    m_machineModel = new MachineTableModel(m_db, this);
    m_relationsModel = new RelationsModel(m_db, this);
    m_auditModel = new AuditModel(m_db, this);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* top = new QHBoxLayout;
    auto* refresh = new QToolButton(this);
    auto* refreshAction = new QAction(tr("Refresh"), this);
    refreshAction->setShortcut(QKeySequence::Refresh);
    refreshAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(refreshAction, &QAction::triggered, this, &InventoryView::reload);
    refresh->setDefaultAction(refreshAction);
    addAction(refreshAction);
    top->addWidget(refresh);
    auto* import = new QToolButton(this);
    auto* importAction = new QAction(tr("Import…"), this);
    importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    importAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(importAction, &QAction::triggered, this, &InventoryView::showImportDialog);
    import->setDefaultAction(importAction);
    addAction(importAction);
    top->addWidget(import);
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 0); // busy until the task reports its first step
    m_progress->setMaximumWidth(220);
    m_progress->hide();
    m_cancel = new QToolButton(this);
    m_cancel->setText(tr("Cancel"));
    m_cancel->setToolTip(tr("Stop the running change; nothing of it is written"));
    m_cancel->hide();
    connect(m_cancel, &QToolButton::clicked, this, [this] {
        m_cancel->setEnabled(false);
        m_runner->cancel();
    });
    top->addStretch(1);
    top->addWidget(m_progress);
    top->addWidget(m_cancel);
    layout->addLayout(top);
    m_banner = new MessageBanner(this);
    layout->addWidget(m_banner);

    auto* outer = new QSplitter(Qt::Horizontal, this);
    m_tree = new ServiceTreePanel(m_treeModel, m_runner, m_prompter, outer);
    auto* right = new QSplitter(Qt::Vertical, outer);
    m_machines = new MachineTablePanel(m_machineModel, m_runner, m_prompter, right);
    m_tabs = new QTabWidget(right);
    m_details = new MachineDetailsPane(m_db, m_tabs);
    m_tabs->addTab(m_details, tr("Details"));
    m_relations = new RelationsEditor(m_relationsModel, m_runner, m_prompter, m_tabs);
    m_tabs->addTab(m_relations, tr("Relations"));
    m_audit = new AuditView(m_auditModel, m_tabs);
    m_tabs->addTab(m_audit, tr("Audit log"));
    outer->setStretchFactor(0, 1);
    outer->setStretchFactor(1, 3);
    right->setStretchFactor(0, 3);
    right->setStretchFactor(1, 2);
    layout->addWidget(outer, 1);

    connect(m_runner, &InventoryTaskRunner::busyChanged, this, [this](bool busy) {
        m_progress->setRange(0, 0);
        m_progress->setTextVisible(false);
        m_progress->setVisible(busy);
        m_cancel->setVisible(false);
        m_cancel->setEnabled(true);
    });
    connect(m_runner, &InventoryTaskRunner::progress, this,
            [this](const QString& what, qint64 done, qint64 total) {
                if (!m_runner->isBusy() || total <= 0)
                    return; // a late report of a task that has ended
                // QProgressBar counts in int: scale a (theoretical) total beyond it.
                const int scale = total > std::numeric_limits<int>::max()
                                      ? int(total / std::numeric_limits<int>::max()) + 1
                                      : 1;
                m_progress->setRange(0, int(total / scale));
                m_progress->setValue(int(done / scale));
                m_progress->setFormat(tr("%1 of %2").arg(done).arg(total));
                m_progress->setTextVisible(true);
                m_progress->setToolTip(what);
                m_cancel->setVisible(true);
            });
    connect(m_runner, &InventoryTaskRunner::finished, this,
            [this](const QString& what, bool ok, const QString& msg) {
                if (!ok)
                    showError(tr("%1 failed: %2").arg(what, msg));
                m_watcher->check(); // our own change: pick it up now
            });
    connect(m_watcher, &InventoryWatcher::changed, this, &InventoryView::inventoryChanged);
    connect(m_treeModel, &ServiceTreeModel::loadFailed, this, &InventoryView::showError);
    connect(m_machineModel, &MachineTableModel::loadFailed, this, &InventoryView::showError);
    connect(m_relationsModel, &RelationsModel::loadFailed, this, &InventoryView::showError);
    connect(m_auditModel, &AuditModel::loadFailed, this, &InventoryView::showError);
    connect(m_tree, &ServiceTreePanel::errorOccurred, this, &InventoryView::showError);
    connect(m_details, &MachineDetailsPane::errorOccurred, this, &InventoryView::showError);
    connect(m_tree, &ServiceTreePanel::nodeSelected, this, [this](const QString& path) {
        m_machineModel->setNodeFilter(path);
        const QModelIndex i = m_treeModel->indexOfPath(path);
        m_relations->setCurrentService(path, i.data(ServiceTreeModel::KindRole).toString());
    });
    connect(m_machines, &MachineTablePanel::currentMachineChanged, m_details,
            &MachineDetailsPane::setMachine);
    connect(m_machines, &MachineTablePanel::currentMachineChanged, this, [this](const QString& name) {
        if (!name.isEmpty())
            emit machineActivated(name);
    });
    reload();
}

InventoryView::~InventoryView() = default;

void InventoryView::setPrompter(InventoryPrompter* prompter)
{
    m_prompter = prompter ? prompter : m_defaultPrompter.get();
    m_tree->setPrompter(m_prompter);
    m_machines->setPrompter(m_prompter);
    m_relations->setPrompter(m_prompter);
}

void InventoryView::reload()
{
    m_treeModel->reload();
    m_machineModel->reload();
    m_relationsModel->reload();
    m_auditModel->reload();
    m_details->reload();
}

void InventoryView::followChanges(const ChangeFeed* feed)
{
    m_treeModel->follow(feed);
    m_machineModel->follow(feed);
    auto* relations = new FeedReloader(feed, {QStringLiteral("relation"), QStringLiteral("node")}, 100, this);
    connect(relations, &FeedReloader::reloadDue, m_relationsModel, &RelationsModel::reload);
    auto* audit = new FeedReloader(feed, {QStringLiteral("audit")}, 100, this);
    connect(audit, &FeedReloader::reloadDue, m_auditModel, &AuditModel::reload);
    auto* details = new FeedReloader(feed, {QStringLiteral("machine"), QStringLiteral("unit")}, 100, this);
    connect(details, &FeedReloader::reloadDue, m_details, &MachineDetailsPane::reload);
    m_watcher->setPollMs(0);
    m_following = true;
}

void InventoryView::inventoryChanged()
{
    if (!m_following)
        return reload();
    reloadDependents(); // a change this process made (InventoryEvents): shown at once
}

void InventoryView::reloadDependents()
{
    m_relationsModel->reload();
    m_auditModel->reload();
    m_details->reload();
}

void InventoryView::showImportDialog()
{
    auto* dialog = new ImportDialog(m_db, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ImportDialog::applied, this, [this] { m_watcher->check(); });
    dialog->open();
}

void InventoryView::showError(const QString& message)
{
    if (!message.isEmpty())
        m_banner->showError(message);
}

} // namespace opsdeck
