#pragma once

#include "inventory/MachineLifecycle.h"

#include <QHash>
#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace opsdeck {

class InventoryPrompter;
class InventoryTaskRunner;
class MachineTableModel;

// The machine pool as a table: filters (text, state, pool, tag), multi-select, one
// action per lifecycle event — enabled only when the event is allowed for every
// selected machine — and bulk edits of pool and tags. Rows drag onto the tree.
class MachineTablePanel : public QWidget
{
    Q_OBJECT
public:
    MachineTablePanel(MachineTableModel* model, InventoryTaskRunner* runner, InventoryPrompter* prompter,
                      QWidget* parent = nullptr);

    QTableView* view() const { return m_view; }
    QLineEdit* filterEdit() const { return m_filter; }
    QAction* eventAction(MachineEvent event) const { return m_events.value(int(event)); }
    QAction* setPoolAction() const { return m_setPool; }
    QAction* setTagsAction() const { return m_setTags; }
    QAction* addMachineAction() const { return m_addMachine; }
    QAction* editMachineAction() const { return m_editMachine; }
    QStringList selectedNames() const;
    QStringList shownNames() const; // every machine the filters let through, in row order
    // An action of the window's on the selected machine, at the end of the context menu.
    void addContextAction(QAction* action) { m_contextActions.append(action); }
    void selectNames(const QStringList& names);
    void setPrompter(InventoryPrompter* prompter) { m_prompter = prompter; }

public slots:
    void focusFilter();
    void applyEvent(opsdeck::MachineEvent event);
    void setPool();
    void setTags();
    void addMachine();
    void editMachine(); // the current machine
    void refreshFilterChoices();

signals:
    void currentMachineChanged(const QString& name); // empty: none; not again for the same machine
    void machineActivated(const QString& name);      // double-click / Enter (which also edits it)

private:
    void updateActions();
    void applyFilters();

    MachineTableModel* m_model;
    InventoryTaskRunner* m_runner;
    InventoryPrompter* m_prompter;
    QTableView* m_view = nullptr;
    QLineEdit* m_filter = nullptr;
    QComboBox* m_state = nullptr;
    QComboBox* m_pool = nullptr;
    QComboBox* m_tag = nullptr;
    QLabel* m_count = nullptr;
    QHash<int, QAction*> m_events;
    QAction* m_setPool = nullptr;
    QAction* m_setTags = nullptr;
    QAction* m_addMachine = nullptr;
    QAction* m_editMachine = nullptr;
    QStringList m_keepSelection;
    QString m_currentName; // what currentMachineChanged() last said
    QList<QAction*> m_contextActions;
};

} // namespace opsdeck
