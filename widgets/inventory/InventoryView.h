#pragma once

#include "db/Database.h"

#include <QWidget>
#include <memory>

class QAction;
class QProgressBar;
class QTabWidget;
class QToolButton;

namespace opsdeck {

class AuditModel;
class AuditView;
class InventoryPrompter;
class InventoryTaskRunner;
class ChangeFeed;
class InventoryWatcher;
class MachineDetailsPane;
class MachineTableModel;
class MachineTablePanel;
class MessageBanner;
class RelationsEditor;
class RelationsModel;
class ServiceTreeModel;
class ServiceTreePanel;

// The fleet: the service tree beside the machine table, and below them the selected
// machine's details, the relations editor and the audit log. Self-contained over a
// database: it loads off the GUI thread, reloads when the inventory's revision moves,
// runs writes off the GUI thread and shows their errors in a banner.
class InventoryView : public QWidget
{
    Q_OBJECT
public:
    explicit InventoryView(std::shared_ptr<Database> db, QWidget* parent = nullptr);
    ~InventoryView() override;

    // Replaces the dialogs (tests answer through their own prompter). Not owned.
    void setPrompter(InventoryPrompter* prompter);

    ServiceTreeModel* treeModel() const { return m_treeModel; }
    MachineTableModel* machineModel() const { return m_machineModel; }
    RelationsModel* relationsModel() const { return m_relationsModel; }
    AuditModel* auditModel() const { return m_auditModel; }
    ServiceTreePanel* treePanel() const { return m_tree; }
    MachineTablePanel* machinePanel() const { return m_machines; }
    MachineDetailsPane* detailsPane() const { return m_details; }
    RelationsEditor* relationsEditor() const { return m_relations; }
    AuditView* auditView() const { return m_audit; }
    MessageBanner* banner() const { return m_banner; }
    InventoryTaskRunner* runner() const { return m_runner; }
    InventoryWatcher* watcher() const { return m_watcher; }
    QProgressBar* progressBar() const { return m_progress; }
    QToolButton* cancelButton() const { return m_cancel; }

    // Team mode: the service tree and the machine table follow `feed` (rows in place);
    // the relations, the audit log and the machine's details re-read themselves when the
    // feed names their kind. The revision poll stops.
    void followChanges(const ChangeFeed* feed);

public slots:
    void reload();
    void showImportDialog();
    void showError(const QString& message);

signals:
    // The operator picked a machine to look at (the window charts it).
    void machineActivated(const QString& name);

private:
    void inventoryChanged();
    void reloadDependents();

    std::shared_ptr<Database> m_db;
    bool m_following = false;
    std::unique_ptr<InventoryPrompter> m_defaultPrompter;
    InventoryPrompter* m_prompter = nullptr;
    InventoryTaskRunner* m_runner = nullptr;
    InventoryWatcher* m_watcher = nullptr;
    ServiceTreeModel* m_treeModel = nullptr;
    MachineTableModel* m_machineModel = nullptr;
    RelationsModel* m_relationsModel = nullptr;
    AuditModel* m_auditModel = nullptr;
    MessageBanner* m_banner = nullptr;
    QProgressBar* m_progress = nullptr;
    QToolButton* m_cancel = nullptr;
    ServiceTreePanel* m_tree = nullptr;
    MachineTablePanel* m_machines = nullptr;
    MachineDetailsPane* m_details = nullptr;
    RelationsEditor* m_relations = nullptr;
    AuditView* m_audit = nullptr;
    QTabWidget* m_tabs = nullptr;
};

} // namespace opsdeck
