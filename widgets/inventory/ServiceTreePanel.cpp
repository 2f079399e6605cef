#include "inventory/ServiceTreePanel.h"

#include "inventory/AsyncLoad.h"
#include "inventory/InventoryPrompter.h"
#include "inventory/InventoryReader.h"
#include "inventory/InventoryTaskRunner.h"
#include "inventory/ServiceTreeFilterModel.h"
#include "inventory/ServiceTreeModel.h"
#include "inventory/TreeStore.h"

#include <QAction>
#include <QHeaderView>
#include <QLineEdit>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

namespace opsdeck {

namespace {

QString parentOf(const QString& path)
{
    const qsizetype slash = path.lastIndexOf(u'/');
    return slash < 0 ? QString() : path.left(slash);
}

} // namespace

ServiceTreePanel::ServiceTreePanel(ServiceTreeModel* model, InventoryTaskRunner* runner,
                                   InventoryPrompter* prompter, QWidget* parent)
    : QWidget(parent), m_model(model), m_runner(runner), m_prompter(prompter)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* bar = new QToolBar(this);
    bar->setIconSize(QSize(16, 16));
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    layout->addWidget(bar);
    m_filter = new QLineEdit(this);
    m_filter->setPlaceholderText(tr("Filter nodes"));
    m_filter->setClearButtonEnabled(true);
    layout->addWidget(m_filter);

    m_proxy = new ServiceTreeFilterModel(this);
    m_proxy->setSourceModel(m_model);
    m_view = new QTreeView(this);
    m_view->setModel(m_proxy);
    m_view->setUniformRowHeights(true);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(ServiceTreeModel::NameColumn, Qt::AscendingOrder);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setDragDropMode(QAbstractItemView::DragDrop);
    m_view->setDefaultDropAction(Qt::LinkAction);
    m_view->setDropIndicatorShown(true);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(ServiceTreeModel::NameColumn, QHeaderView::Stretch);
    layout->addWidget(m_view, 1);

    auto make = [this, bar](const QString& text, const QKeySequence& key, void (ServiceTreePanel::*slot)()) {
        auto* a = new QAction(text, this);
        a->setShortcut(key);
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(a, &QAction::triggered, this, slot);
        bar->addAction(a);
        m_view->addAction(a);
        addAction(a);
        return a;
    };
    m_add = make(tr("Add…"), QKeySequence(Qt::Key_Insert), &ServiceTreePanel::addNode);
    m_rename = make(tr("Rename…"), QKeySequence(Qt::Key_F2), &ServiceTreePanel::renameNode);
    m_move = make(tr("Move…"), QKeySequence(Qt::CTRL | Qt::Key_M), &ServiceTreePanel::moveNode);
    m_delete = make(tr("Delete…"), QKeySequence::Delete, &ServiceTreePanel::deleteNode);
    m_bindUrl = make(tr("Bind URL…"), QKeySequence(Qt::CTRL | Qt::Key_U), &ServiceTreePanel::bindUrl);

    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_proxy->setFilterText(text);
        // Open the tree onto the matches when they are few; expanding thousands of
        // nodes would cost more than the operator gains.
        if (!text.isEmpty() && m_model->countNamesContaining(text, 201) <= 200)
            m_view->expandAll();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] {
        updateActions();
        m_selected = currentPath();
        emit nodeSelected(m_selected);
    });
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, &ServiceTreePanel::rememberExpanded);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ServiceTreePanel::restoreExpanded);
    connect(m_model, &ServiceTreeModel::machinesDropped, this,
            [this](const QString& path, const QStringList& names) {
                m_runner->run(tr("Binding %n machine(s) to %1", nullptr, int(names.size())).arg(path),
                              [path, names](const InventoryWriter& w) {
                                  return TreeStore(w).bindMachines(path, names);
                              });
            });
    connect(m_model, &ServiceTreeModel::nodeMoveRequested, this,
            [this](const QString& path, const QString& parent) {
                m_runner->run(tr("Moving %1").arg(path), [path, parent](const InventoryWriter& w) {
                    return TreeStore(w).move(path, parent);
                });
            });
    updateActions();
}

QString ServiceTreePanel::currentPath() const
{
    const QModelIndex i = m_view->currentIndex();
    return i.isValid() ? i.data(ServiceTreeModel::PathRole).toString() : QString();
}

bool ServiceTreePanel::selectPath(const QString& path)
{
    const QModelIndex i = m_proxy->mapFromSource(m_model->indexOfPath(path));
    if (!i.isValid())
        return false;
    m_view->scrollTo(i);
    m_view->setCurrentIndex(i);
    return true;
}

void ServiceTreePanel::updateActions()
{
    const bool has = m_view->currentIndex().isValid();
    m_rename->setEnabled(has);
    m_move->setEnabled(has);
    m_delete->setEnabled(has);
    m_bindUrl->setEnabled(has);
}

void ServiceTreePanel::rememberExpanded()
{
    m_expanded.clear();
    for (const QModelIndex& i : m_proxy->match(m_proxy->index(0, 0), ServiceTreeModel::PathRole, QString(),
                                               -1, Qt::MatchContains | Qt::MatchRecursive))
        if (m_view->isExpanded(i))
            m_expanded << i.data(ServiceTreeModel::PathRole).toString();
}

void ServiceTreePanel::restoreExpanded()
{
    for (const QString& p : std::as_const(m_expanded))
        m_view->expand(m_proxy->mapFromSource(m_model->indexOfPath(p)));
    if (!m_selected.isEmpty())
        selectPath(m_selected);
}

void ServiceTreePanel::addNode()
{
    const QString parent = currentPath();
    const auto kind =
        m_prompter->askItem(this, tr("Add node"), tr("Kind of the new node:"), TreeStore::kinds());
    if (!kind)
        return;
    const auto name =
        m_prompter->askText(this, tr("Add node"),
                            parent.isEmpty() ? tr("Name of the new top-level node:")
                                             : tr("Name of the new node under %1:").arg(parent));
    if (!name || name->trimmed().isEmpty())
        return;
    const QString path = parent.isEmpty() ? name->trimmed() : parent + u'/' + name->trimmed();
    const QString k = *kind;
    m_runner->run(tr("Adding %1").arg(path),
                  [path, k](const InventoryWriter& w) { return TreeStore(w).addNode(path, k); });
}

void ServiceTreePanel::renameNode()
{
    const QString path = currentPath();
    if (path.isEmpty())
        return;
    const auto name = m_prompter->askText(this, tr("Rename node"), tr("New name for %1:").arg(path),
                                          path.mid(path.lastIndexOf(u'/') + 1));
    if (!name || name->trimmed().isEmpty())
        return;
    const QString n = name->trimmed();
    m_runner->run(tr("Renaming %1").arg(path),
                  [path, n](const InventoryWriter& w) { return TreeStore(w).rename(path, n); });
}

void ServiceTreePanel::moveNode()
{
    const QString path = currentPath();
    if (path.isEmpty())
        return;
    const auto parent = m_prompter->askText(
        this, tr("Move node"), tr("Move %1 under (a node path; empty for the top level):").arg(path),
        parentOf(path));
    if (!parent)
        return;
    const QString p = parent->trimmed();
    m_runner->run(tr("Moving %1").arg(path),
                  [path, p](const InventoryWriter& w) { return TreeStore(w).move(path, p); });
}

void ServiceTreePanel::deleteNode()
{
    const QString path = currentPath();
    if (path.isEmpty())
        return;
    // Count what the subtree holds (off the GUI thread), then say it before asking.
    auto db = m_runner->database();
    runAsync<NodeRemoval>(
        this, [db, path]() { return TreeStore(InventoryWriter(db)).previewRemove(path); },
        [this, path](Result<NodeRemoval> preview) {
            if (!preview.ok()) {
                emit errorOccurred(preview.error().message);
                return;
            }
            const NodeRemoval& r = *preview;
            QString text = tr("Delete %1?").arg(path) + u'\n';
            QStringList goes;
            if (r.nodes > 1)
                goes << tr("%n node(s) below it", nullptr, r.nodes - 1);
            if (r.units > 0)
                goes << tr("%n unit(s)", nullptr, r.units);
            if (r.bindings > 0)
                goes << tr("%n machine binding(s)", nullptr, r.bindings);
            if (r.urls > 0)
                goes << tr("%n URL binding(s)", nullptr, r.urls);
            if (r.relations > 0)
                goes << tr("%n relation(s)", nullptr, r.relations);
            if (goes.isEmpty())
                text += tr("The node is empty.");
            else
                text += tr("This also deletes: %1.").arg(goes.join(QStringLiteral(", "))) + u'\n' +
                        tr("The machines stay in the pool.");
            if (!m_prompter->confirm(this, tr("Delete node"), text))
                return;
            m_runner->run(tr("Deleting %1").arg(path),
                          [path](const InventoryWriter& w) { return TreeStore(w).remove(path, true); });
        });
}

void ServiceTreePanel::bindUrl()
{
    const QString path = currentPath();
    if (path.isEmpty())
        return;
    const auto url = m_prompter->askText(this, tr("Bind URL"), tr("URL to bind to %1:").arg(path),
                                         QStringLiteral("https://"));
    if (!url || url->trimmed().isEmpty())
        return;
    const QString u = url->trimmed();
    m_runner->run(tr("Binding %1 to %2").arg(u, path),
                  [path, u](const InventoryWriter& w) { return TreeStore(w).bindUrl(path, u); });
}

} // namespace opsdeck
