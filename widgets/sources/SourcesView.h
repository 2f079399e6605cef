#pragma once

#include <QPointer>
#include <QWidget>
#include <memory>

class QAction;
class QTableView;

namespace opsdeck {

class Engine;
class InventoryPrompter;
class MessageBanner;
class ReceiverPanel;
class SecretWriter;
class SourceDialog;
class SourceStatusWatcher;
class SourceTableModel;
class SourceTargetsModel;
class TargetDetailsPane;
struct Source;

// The Sources tab: every metric source (top), the targets of the selected one (below),
// the selected target's details (mapped series, last malformed lines), and the Graphite plaintext receiver's
// panel. Add / Edit / Remove / Enable-Disable run their writes off the GUI thread, then tell the poll
// scheduler to re-read the sources. Tables refresh on the scheduler's signals, at most once a second.
class SourcesView : public QWidget
{
    Q_OBJECT
public:
    explicit SourcesView(Engine& engine, QWidget* parent = nullptr);
    ~SourcesView() override;

    // Replace the confirmations and the keychain (tests). Not owned.
    void setPrompter(InventoryPrompter* prompter);
    void setSecretWriter(SecretWriter* writer);

    SourceTableModel* sourceModel() const { return m_sources; }
    SourceTargetsModel* targetsModel() const { return m_targets; }
    QTableView* sourceTable() const { return m_sourceTable; }
    QTableView* targetTable() const { return m_targetTable; }
    // The selected target's mapped series and last malformed lines.
    TargetDetailsPane* targetDetails() const { return m_targetDetails; }
    ReceiverPanel* receiverPanel() const { return m_receiver; }
    MessageBanner* banner() const { return m_banner; }
    SourceStatusWatcher* watcher() const { return m_watcher; }
    QAction* receiverAction() const;
    // Add, edit, remove, enable / disable: what changes the sources.
    QList<QAction*> editActions() const { return {m_add, m_edit, m_remove, m_toggle}; }
    // The open add / edit dialog, if any.
    SourceDialog* dialog() const;

    qint64 selectedSourceId() const;
    void selectSource(qint64 id);

public slots:
    void addSource();
    void editSource();
    void removeSource();
    void toggleEnabled();
    void reload();

signals:
    // After a source was added, changed or removed (and the scheduler told).
    void sourcesChanged();

private:
    void openDialog(const Source* existing);
    void save(SourceDialog* dialog);
    void saved(qint64 id, const QString& message);
    void updateActions();

    Engine& m_engine;
    SourceTableModel* m_sources = nullptr;
    SourceTargetsModel* m_targets = nullptr;
    SourceStatusWatcher* m_watcher = nullptr;
    QTableView* m_sourceTable = nullptr;
    QTableView* m_targetTable = nullptr;
    TargetDetailsPane* m_targetDetails = nullptr;
    ReceiverPanel* m_receiver = nullptr;
    MessageBanner* m_banner = nullptr;
    QAction* m_add = nullptr;
    QAction* m_edit = nullptr;
    QAction* m_remove = nullptr;
    QAction* m_toggle = nullptr;
    QPointer<SourceDialog> m_dialog;
    std::unique_ptr<InventoryPrompter> m_defaultPrompter;
    InventoryPrompter* m_prompter = nullptr;
    SecretWriter* m_secrets = nullptr;
    qint64 m_pendingSelection = 0;
};

} // namespace opsdeck
