#include "fleet/FleetDock.h"

#include "inventory/MachineTableModel.h"

#include <QLineEdit>
#include <QListView>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace opsdeck {

FleetDock::FleetDock(MachineTableModel* machines, QWidget* parent)
    : QDockWidget(tr("Fleet"), parent), m_machines(machines)
{
    setObjectName(QStringLiteral("fleetDock"));
    auto* body = new QWidget(this);
    m_filter = new QLineEdit(body);
    m_filter->setObjectName(QStringLiteral("fleetFilter"));
    m_filter->setPlaceholderText(tr("Filter machines (Ctrl+F)"));
    m_filter->setClearButtonEnabled(true);

    m_list = new QListView(body);
    m_list->setObjectName(QStringLiteral("fleetMachineList"));
    m_list->setModel(m_machines);
    m_list->setModelColumn(MachineTableModel::NameColumn);
    m_list->setUniformItemSizes(true); // one row's height for all: no per-row layout at 100,000
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setToolTip(tr("Machines of the pool; pick one to chart it"));

    m_stack = new QStackedWidget(body);
    m_stack->addWidget(m_list);

    auto* layout = new QVBoxLayout(body);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_filter);
    layout->addWidget(m_stack, 1);
    setWidget(body);

    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_machines->setFilterText(text);
        emit filterChanged(text);
    });
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex& current) {
                if (current.isValid())
                    selectMachine(current.data(MachineTableModel::NameRole).toString());
            });
    // A load or a filter resets the model: keep the selected machine current.
    connect(m_machines, &QAbstractItemModel::modelReset, this, &FleetDock::showSelected);
    connect(m_machines, &QAbstractItemModel::layoutChanged, this, &FleetDock::showSelected);
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
        m_stack->setCurrentWidget(m_list);
    }
}

void FleetDock::addMachineAction(QAction* action)
{
    m_list->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_list->addAction(action);
}

QWidget* FleetDock::fleetView() const
{
    return m_custom ? m_custom : m_list;
}

void FleetDock::selectMachine(const QString& name)
{
    if (name == m_selected)
        return;
    m_selected = name;
    showSelected();
    emit machineSelected(name);
}

void FleetDock::showSelected()
{
    const int row = m_selected.isEmpty() ? -1 : m_machines->rowOf(m_selected);
    if (row < 0)
        return;
    const QModelIndex index = m_machines->index(row, MachineTableModel::NameColumn);
    {
        const QSignalBlocker block(m_list->selectionModel());
        m_list->setCurrentIndex(index);
    }
    m_list->scrollTo(index);
    m_list->viewport()->update(); // the blocked selection signal repaints nothing
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
