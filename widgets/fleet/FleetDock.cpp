#include "fleet/FleetDock.h"

#include <QLineEdit>
#include <QListView>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QStringListModel>
#include <QVBoxLayout>

namespace opsdeck {

FleetDock::FleetDock(QWidget* parent) : QDockWidget(tr("Fleet"), parent)
{
    setObjectName(QStringLiteral("fleetDock"));
    auto* body = new QWidget(this);
    m_filter = new QLineEdit(body);
    m_filter->setObjectName(QStringLiteral("fleetFilter"));
    m_filter->setPlaceholderText(tr("Filter machines (Ctrl+F)"));
    m_filter->setClearButtonEnabled(true);

    m_names = new QStringListModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_names);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_list = new QListView(body);
    m_list->setObjectName(QStringLiteral("fleetMachineList"));
    m_list->setModel(m_proxy);
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
        m_proxy->setFilterFixedString(text);
        emit filterChanged(text);
    });
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex& current) {
                if (current.isValid())
                    selectMachine(current.data().toString());
            });
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

QWidget* FleetDock::fleetView() const
{
    return m_custom ? m_custom : m_list;
}

void FleetDock::setMachineNames(const QStringList& names)
{
    if (names == m_names->stringList())
        return;
    m_names->setStringList(names);
    const int row = int(names.indexOf(m_selected));
    if (row >= 0) {
        const QSignalBlocker block(m_list->selectionModel());
        m_list->setCurrentIndex(m_proxy->mapFromSource(m_names->index(row)));
    }
}

void FleetDock::selectMachine(const QString& name)
{
    if (name == m_selected)
        return;
    m_selected = name;
    const int row = int(m_names->stringList().indexOf(name));
    if (row >= 0) {
        const QSignalBlocker block(m_list->selectionModel());
        m_list->setCurrentIndex(m_proxy->mapFromSource(m_names->index(row)));
    }
    emit machineSelected(name);
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
