#include "inventory/RelationsEditor.h"

#include "inventory/InventoryPrompter.h"
#include "inventory/InventoryTaskRunner.h"
#include "inventory/RelationStore.h"
#include "inventory/RelationsModel.h"

#include <QAction>
#include <QHeaderView>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace opsdeck {

RelationsEditor::RelationsEditor(RelationsModel* model, InventoryTaskRunner* runner,
                                 InventoryPrompter* prompter, QWidget* parent)
    : QWidget(parent), m_model(model), m_runner(runner), m_prompter(prompter)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* bar = new QToolBar(this);
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    layout->addWidget(bar);
    m_addService = bar->addAction(tr("Needs service…"), this, &RelationsEditor::addNeedsService);
    m_addEndpoint = bar->addAction(tr("Needs endpoint…"), this, &RelationsEditor::addNeedsEndpoint);
    m_remove = bar->addAction(tr("Remove"), this, &RelationsEditor::removeSelected);
    m_view = new QTableView(this);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setWordWrap(false);
    layout->addWidget(m_view, 1);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &RelationsEditor::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &RelationsEditor::updateActions);
    updateActions();
}

void RelationsEditor::setCurrentService(const QString& path, const QString& kind)
{
    m_service = kind == QLatin1String("service") ? path : QString();
    updateActions();
}

void RelationsEditor::updateActions()
{
    m_addService->setEnabled(!m_service.isEmpty());
    m_addEndpoint->setEnabled(!m_service.isEmpty());
    m_remove->setEnabled(m_view->selectionModel()->hasSelection());
    const QString hint = m_service.isEmpty() ? tr("Select a service in the tree first") : m_service;
    m_addService->setToolTip(hint);
    m_addEndpoint->setToolTip(hint);
}

void RelationsEditor::addNeedsService()
{
    if (m_service.isEmpty())
        return;
    const auto needs = m_prompter->askText(this, tr("Add relation"),
                                           tr("%1 needs every unit of the service:").arg(m_service));
    if (!needs || needs->trimmed().isEmpty())
        return;
    const auto port =
        m_prompter->askText(this, tr("Add relation"), tr("Only its units at port (empty for every port):"));
    if (!port)
        return;
    bool ok = true;
    const int p = port->trimmed().isEmpty() ? 0 : port->trimmed().toInt(&ok);
    if (!ok) {
        m_runner->run(tr("Adding a relation"), [text = *port](const InventoryWriter&) -> Status {
            return Error::usage(RelationsEditor::tr("'%1' is not a port number").arg(text));
        });
        return;
    }
    const QString service = m_service, n = needs->trimmed();
    m_runner->run(tr("Adding relation %1 → %2").arg(service, n), [service, n, p](const InventoryWriter& w) {
        return RelationStore(w).addNeedsService(service, n, p);
    });
}

void RelationsEditor::addNeedsEndpoint()
{
    if (m_service.isEmpty())
        return;
    const auto endpoint = m_prompter->askText(this, tr("Add relation"),
                                              tr("%1 needs the endpoint (HOST:PORT):").arg(m_service));
    if (!endpoint || endpoint->trimmed().isEmpty())
        return;
    const QString service = m_service, e = endpoint->trimmed();
    m_runner->run(tr("Adding relation %1 → %2").arg(service, e), [service, e](const InventoryWriter& w) {
        return RelationStore(w).addNeedsEndpoint(service, e);
    });
}

void RelationsEditor::removeSelected()
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    const qint64 id = rows.first().data(RelationsModel::RelationIdRole).toLongLong();
    const QString text = tr("Remove the relation %1 → %2?")
                             .arg(rows.first().data(RelationsModel::ServiceRole).toString(),
                                  rows.first().data(RelationsModel::NeedsRole).toString());
    if (!m_prompter->confirm(this, tr("Remove relation"), text))
        return;
    m_runner->run(tr("Removing a relation"),
                  [id](const InventoryWriter& w) { return RelationStore(w).remove(id); });
}

} // namespace opsdeck
