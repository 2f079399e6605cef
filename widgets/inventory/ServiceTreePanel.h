#pragma once

#include <QWidget>

class QAction;
class QLineEdit;
class QTreeView;

namespace opsdeck {

class InventoryPrompter;
class InventoryTaskRunner;
class ServiceTreeFilterModel;
class ServiceTreeModel;

// The service tree with its edits: add, rename, move, delete (saying what a delete
// takes with it), bind a URL, and drops of machines (bind) and nodes (move). Every
// write goes through the task runner; errors come back through it.
class ServiceTreePanel : public QWidget
{
    Q_OBJECT
public:
    ServiceTreePanel(ServiceTreeModel* model, InventoryTaskRunner* runner, InventoryPrompter* prompter,
                     QWidget* parent = nullptr);

    QTreeView* view() const { return m_view; }
    ServiceTreeFilterModel* filterModel() const { return m_proxy; }
    QLineEdit* filterEdit() const { return m_filter; }
    QString currentPath() const;
    void setPrompter(InventoryPrompter* prompter) { m_prompter = prompter; }
    bool selectPath(const QString& path);

    QAction* addAction_() const { return m_add; }
    QAction* renameAction() const { return m_rename; }
    QAction* moveAction() const { return m_move; }
    QAction* deleteAction() const { return m_delete; }
    QAction* bindUrlAction() const { return m_bindUrl; }

public slots:
    void addNode();
    void renameNode();
    void moveNode();
    void deleteNode();
    void bindUrl();

signals:
    void nodeSelected(const QString& path); // empty: none
    void errorOccurred(const QString& message);

private:
    void updateActions();
    void rememberExpanded();
    void restoreExpanded();

    ServiceTreeModel* m_model;
    InventoryTaskRunner* m_runner;
    InventoryPrompter* m_prompter;
    ServiceTreeFilterModel* m_proxy = nullptr;
    QTreeView* m_view = nullptr;
    QLineEdit* m_filter = nullptr;
    QAction* m_add = nullptr;
    QAction* m_rename = nullptr;
    QAction* m_move = nullptr;
    QAction* m_delete = nullptr;
    QAction* m_bindUrl = nullptr;
    QStringList m_expanded;
    QString m_selected;
};

} // namespace opsdeck
