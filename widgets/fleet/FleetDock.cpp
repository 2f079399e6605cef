#include "fleet/FleetDock.h"

#include "inventory/FleetTreeFilterModel.h"
#include "inventory/FleetTreeModel.h"

#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QStackedWidget>
#include <QTreeView>
#include <QVBoxLayout>

namespace opsdeck {

namespace {

bool isMachine(const QModelIndex& index)
{
    return index.data(FleetTreeModel::KindRole).toString() == QLatin1String("machine");
}

bool isNode(const QModelIndex& index)
{
    return index.data(FleetTreeModel::KindRole).toString() == QLatin1String("node");
}

} // namespace

FleetDock::FleetDock(FleetTreeModel* tree, QWidget* parent) : QDockWidget(tr("Fleet"), parent), m_model(tree)
{
    setObjectName(QStringLiteral("fleetDock"));
    auto* body = new QWidget(this);
    m_filter = new QLineEdit(body);
    m_filter->setObjectName(QStringLiteral("fleetFilter"));
    m_filter->setPlaceholderText(tr("Filter nodes and machines (Ctrl+F)"));
    m_filter->setClearButtonEnabled(true);

    m_proxy = new FleetTreeFilterModel(this);
    m_proxy->setSourceModel(m_model);
    m_tree = new QTreeView(body);
    m_tree->setObjectName(QStringLiteral("fleetTree"));
    m_tree->setModel(m_proxy);
    m_tree->header()->hide();
    m_tree->setUniformRowHeights(true); // one row's height for all: no per-row layout at fleet scale
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    m_tree->setToolTip(
        tr("The service tree with its machines; pick a machine to chart it, a node to see it"));

    m_stack = new QStackedWidget(body);
    m_stack->addWidget(m_tree);

    auto* layout = new QVBoxLayout(body);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_filter);
    layout->addWidget(m_stack, 1);
    setWidget(body);

    connect(m_filter, &QLineEdit::textChanged, this, &FleetDock::onFilterChanged);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &FleetDock::onCurrentChanged);
    connect(m_tree, &QAbstractItemView::activated, this, &FleetDock::onActivated);
    connect(m_tree, &QWidget::customContextMenuRequested, this, &FleetDock::showContextMenu);
    // The first load resets the model; a reload carries the current row itself, unless
    // its row went: keep the selected page current.
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &FleetDock::showSelected);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &FleetDock::showSelected);
}

void FleetDock::onCurrentChanged(const QModelIndex& current)
{
    if (isMachine(current))
        selectMachine(current.data(FleetTreeModel::NameRole).toString());
    else if (isNode(current))
        selectNode(current.data(FleetTreeModel::PathRole).toString());
}

void FleetDock::onActivated(const QModelIndex& index)
{
    onCurrentChanged(index); // Enter on a row its current change did not report (a silent one)
    if (!isMachine(index) && m_model->rowCount(m_proxy->mapToSource(index)) > 0)
        m_tree->setExpanded(index, !m_tree->isExpanded(index));
}

void FleetDock::onFilterChanged(const QString& text)
{
    m_proxy->setFilterText(text);
    m_tree->collapseAll();
    if (!text.isEmpty())
        revealMatches(text);
    showSelected();
    emit filterChanged(text);
}

void FleetDock::revealMatches(const QString& text)
{
    // Opens the rows down to the first matches, not what is under them: opening every
    // row of a filter that matches the whole fleet would lay out 10,000 rows at once.
    constexpr int shownMatches = 200;
    for (const QModelIndex& match : m_model->rowsNamed(text, shownMatches))
        for (QModelIndex up = m_proxy->mapFromSource(match.parent()); up.isValid(); up = up.parent())
            if (!m_tree->isExpanded(up))
                m_tree->expand(up);
            else
                break; // its ancestors are open already
}

void FleetDock::showContextMenu(const QPoint& pos)
{
    const QModelIndex index = m_tree->indexAt(pos);
    if (!isMachine(index) || m_tree->actions().isEmpty())
        return;
    QMenu::exec(m_tree->actions(), m_tree->viewport()->mapToGlobal(pos), nullptr, m_tree);
}

void FleetDock::setFleetView(QWidget* view)
{
    if (m_custom) {
        m_stack->removeWidget(m_custom);
        m_custom->deleteLater();
    }
    m_custom = view;
    if (view) {
        m_stack->addWidget(view);
        m_stack->setCurrentWidget(view);
    } else {
        m_stack->setCurrentWidget(m_tree);
    }
}

void FleetDock::addMachineAction(QAction* action)
{
    m_tree->addAction(action);
}

QWidget* FleetDock::fleetView() const
{
    return m_custom ? m_custom : m_tree;
}

void FleetDock::selectMachine(const QString& name)
{
    if (name == m_selected && m_selectedNode.isEmpty())
        return;
    m_selected = name;
    m_selectedNode.clear();
    showSelected();
    emit machineSelected(name);
}

void FleetDock::selectNode(const QString& path)
{
    if (path.isEmpty() || path == m_selectedNode)
        return;
    m_selectedNode = path;
    showSelected();
    emit nodeSelected(path);
}

void FleetDock::showSelected()
{
    const bool node = !m_selectedNode.isEmpty();
    const QString& key = node ? m_selectedNode : m_selected;
    if (key.isEmpty())
        return;
    // A machine bound to two nodes has two rows: the current one may be either.
    const QModelIndex current = m_tree->currentIndex();
    const int keyRole = node ? FleetTreeModel::PathRole : FleetTreeModel::NameRole;
    if (current.isValid() && (node ? isNode(current) : isMachine(current)) && current.data(keyRole) == key)
        return;
    const QModelIndex index =
        m_proxy->mapFromSource(node ? m_model->indexOfNode(key) : m_model->indexOfMachine(key));
    if (!index.isValid())
        return;
    {
        const QSignalBlocker block(m_tree->selectionModel());
        m_tree->setCurrentIndex(index);
    }
    m_tree->scrollTo(index);      // expands its ancestors
    m_tree->viewport()->update(); // the blocked selection signal repaints nothing
}

void FleetDock::focusFilter()
{
    if (!isVisible())
        show();
    raise();
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

} // namespace opsdeck
