#pragma once

#include <QDockWidget>

class QAction;
class QLineEdit;
class QModelIndex;
class QStackedWidget;
class QTreeView;

namespace opsdeck {

class FleetTreeModel;
class FleetTreeFilterModel;

// The "Fleet" dock, as Loki's navigation: the service tree with each node's machines
// under it and the machines bound nowhere in a last "Pool (unassigned)" row, and a
// filter field that keeps a match's ancestors (and a matching node's subtree). The tree
// loads off the GUI thread (FleetTreeModel); picking a machine asks the window for its
// host page (machineSelected), picking a node for the node's page (nodeSelected).
class FleetDock : public QDockWidget
{
    Q_OBJECT
public:
    // `tree` is not owned and must outlive the dock; whoever owns it reloads it.
    explicit FleetDock(FleetTreeModel* tree, QWidget* parent = nullptr);

    // Replaces the tree by `view` (the dock takes ownership); nullptr brings it back.
    void setFleetView(QWidget* view);
    // An action on the selected machine, in the context menu of a machine row.
    void addMachineAction(QAction* action);
    QWidget* fleetView() const;
    QTreeView* treeView() const { return m_tree; }
    FleetTreeFilterModel* filterModel() const { return m_proxy; }

    QLineEdit* filterEdit() const { return m_filter; }
    // The machine last picked (the one the window charts).
    QString selectedMachine() const { return m_selected; }
    // The node picked after it, if one was (empty once a machine is picked again).
    QString selectedNode() const { return m_selectedNode; }

public slots:
    void selectMachine(const QString& name);
    void selectNode(const QString& path);
    void focusFilter();

signals:
    void machineSelected(const QString& name);
    void nodeSelected(const QString& path);
    void filterChanged(const QString& text);

private:
    void onCurrentChanged(const QModelIndex& current);
    void onActivated(const QModelIndex& index);
    void onFilterChanged(const QString& text);
    void revealMatches(const QString& text);
    void showContextMenu(const QPoint& pos);
    // Makes the selected page's row current (when it is shown), expanding its
    // ancestors, silently.
    void showSelected();

    FleetTreeModel* m_model;
    FleetTreeFilterModel* m_proxy = nullptr;
    QLineEdit* m_filter = nullptr;
    QStackedWidget* m_stack = nullptr;
    QTreeView* m_tree = nullptr;
    QWidget* m_custom = nullptr;
    QString m_selected;
    QString m_selectedNode;
};

} // namespace opsdeck
