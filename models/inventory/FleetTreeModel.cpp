#include "inventory/FleetTreeModel.h"

#include "checks/NodeStatusIndex.h"
#include "inventory/AsyncLoad.h"
#include "inventory/InventoryReader.h"
#include "team/FeedReloader.h"

#include <memory>
#include <utility>

namespace opsdeck {

FleetTreeModel::FleetTreeModel(std::shared_ptr<Database> db, QObject* parent)
    : QAbstractItemModel(parent), m_db(std::move(db))
{}

void FleetTreeModel::reload()
{
    if (m_loading) { // one read at a time; a burst of changes costs one more
        m_again = true;
        return;
    }
    m_loading = true;
    auto db = m_db;
    runAsync<FleetTree>(
        this,
        [db]() -> Result<FleetTree> {
            const InventoryReader reader(db);
            auto nodes = reader.loadTree();
            if (!nodes.ok())
                return nodes.error();
            auto machines = reader.loadAllMachines();
            if (!machines.ok())
                return machines.error();
            return FleetTree::build(*nodes, *machines);
        },
        [this](Result<FleetTree> result) {
            m_loading = false;
            if (!result.ok()) {
                emit loadFailed(result.error().message);
            } else {
                apply(std::move(result.value()));
                m_loadedOnce = true;
                emit loaded();
            }
            if (std::exchange(m_again, false))
                reload(); // what changed while this read may be older in it
        });
}

namespace {

// Freeing a tree of 10,000 machines costs the GUI thread tens of milliseconds: the
// replaced one is freed on the pool.
void disposeOffThread(FleetTree&& tree)
{
    auto old = std::make_shared<FleetTree>(std::move(tree));
    asyncPool()->start([old = std::move(old)]() mutable { old.reset(); });
}

} // namespace

void FleetTreeModel::apply(FleetTree fresh)
{
    if (m_tree.items.empty()) {
        beginResetModel();
        std::swap(m_tree, fresh);
        ++m_generation;
        endResetModel();
        return;
    }
    // Few persistent indexes (the views' expanded rows, current and selected rows, a
    // proxy's mapping): each is looked up by its key in the new tree.
    emit layoutAboutToBeChanged();
    const QModelIndexList before = persistentIndexList();
    QStringList keys;
    keys.reserve(before.size());
    for (const QModelIndex& i : before)
        keys << m_tree.keyOf(itemOf(i));
    std::swap(m_tree, fresh);
    ++m_generation;
    disposeOffThread(std::move(fresh));
    QModelIndexList after;
    after.reserve(before.size());
    for (qsizetype i = 0; i < before.size(); ++i)
        after << itemIndex(m_tree.byKey.value(keys.at(i), -1), before.at(i).column());
    changePersistentIndexList(before, after);
    emit layoutChanged();
}

void FleetTreeModel::follow(const ChangeFeed* feed)
{
    // A binding is a node:update; a machine's add, rename or removal a machine change.
    auto* reloader = new FeedReloader(feed, {QStringLiteral("machine"), QStringLiteral("node")}, 100, this);
    connect(reloader, &FeedReloader::reloadDue, this, &FleetTreeModel::reload);
}

void FleetTreeModel::setStatusIndex(const NodeStatusIndex* index)
{
    if (m_status)
        disconnect(m_status, nullptr, this, nullptr);
    m_status = index;
    if (!index)
        return;
    connect(index, &QObject::destroyed, this, [this] { m_status = nullptr; });
    connect(index, &NodeStatusIndex::changed, this,
            [this](const QStringList& nodes, const QStringList& machines) {
                const QList<int> roles{Qt::DecorationRole, Qt::ToolTipRole, CheckStatusRole};
                for (const QString& path : nodes)
                    if (const QModelIndex i = indexOfNode(path); i.isValid())
                        emit dataChanged(i, i, roles);
                for (const QString& name : machines) {
                    for (auto it = m_tree.machineItems.constFind(name);
                         it != m_tree.machineItems.cend() && it.key() == name; ++it) {
                        const QModelIndex i = itemIndex(*it);
                        emit dataChanged(i, i, roles);
                    }
                }
            });
}

QModelIndex FleetTreeModel::indexOfNode(const QString& path) const
{
    return itemIndex(m_tree.nodeByPath.value(path, -1));
}

QModelIndex FleetTreeModel::indexOfMachine(const QString& name) const
{
    return itemIndex(m_tree.firstMachine.value(name, -1));
}

QModelIndexList FleetTreeModel::rowsNamed(const QString& text, int limit) const
{
    QModelIndexList rows;
    for (int i = 0; i < int(m_tree.items.size()) && rows.size() < limit; ++i)
        if (m_tree.items[i].name.contains(text, Qt::CaseInsensitive))
            rows << itemIndex(i);
    return rows;
}

std::vector<bool> FleetTreeModel::rowsKeptFor(const QString& text) const
{
    const auto& items = m_tree.items;
    const int n = int(items.size());
    std::vector<bool> matched(n, false);
    std::vector<bool> under(n, false); // below a node whose name matched
    std::vector<bool> kept(n, false);
    // A parent comes before its children in `items`: one pass down keeps the matches and
    // everything under a matching node...
    for (int i = 0; i < n; ++i) {
        const FleetTree::Item& item = items[i];
        matched[i] = !item.name.isEmpty() && item.name.contains(text, Qt::CaseInsensitive);
        const int p = item.parent;
        under[i] = p >= 0 && (under[p] || (matched[p] && items[p].kind == FleetTree::Kind::Node));
        kept[i] = matched[i] || under[i];
    }
    // ...and each match keeps its ancestors (up to one kept already: its own are then).
    for (int i = 0; i < n; ++i) {
        if (!matched[i])
            continue;
        for (int p = items[i].parent; p >= 0 && !kept[p]; p = items[p].parent)
            kept[p] = true;
    }
    return kept;
}

QModelIndex FleetTreeModel::index(int row, int column, const QModelIndex& parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    return createIndex(row, column, quintptr(m_tree.childrenOf(itemOf(parent))[row]));
}

QModelIndex FleetTreeModel::parent(const QModelIndex& child) const
{
    if (!child.isValid())
        return {};
    return itemIndex(m_tree.items[itemOf(child)].parent);
}

int FleetTreeModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return int(m_tree.childrenOf(itemOf(parent)).size());
}

int FleetTreeModel::columnCount(const QModelIndex&) const
{
    return 1;
}

QVariant FleetTreeModel::status(const FleetTree::Item& item, int role) const
{
    if (!m_status)
        return {};
    const bool machine = item.kind == FleetTree::Kind::Machine;
    if (role == Qt::DecorationRole) {
        const QIcon icon = machine ? m_status->machineIcon(item.name) : m_status->nodeIcon(item.path);
        return icon.isNull() ? QVariant() : QVariant(icon);
    }
    if (const auto st = machine ? m_status->machineStatus(item.name) : m_status->nodeStatus(item.path))
        return int(*st);
    return {};
}

QVariant FleetTreeModel::toolTip(const FleetTree::Item& item) const
{
    switch (item.kind) {
    case FleetTree::Kind::Node:
        return tr("%1: pick it to see its machines' figures").arg(item.path);
    case FleetTree::Kind::Machine:
        return item.path.isEmpty() ? tr("%1, bound to no node: pick it to chart it").arg(item.name)
                                   : tr("%1 in %2: pick it to chart it").arg(item.name, item.path);
    case FleetTree::Kind::Pool:
        break;
    }
    return tr("The machines bound to no node of the service tree");
}

QVariant FleetTreeModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const FleetTree::Item& item = m_tree.items[itemOf(index)];
    const bool pool = item.kind == FleetTree::Kind::Pool;
    switch (role) {
    case Qt::DisplayRole:
        return pool ? tr("Pool (unassigned)") : item.name;
    case Qt::ToolTipRole:
        return toolTip(item);
    case Qt::DecorationRole:
    case CheckStatusRole:
        return pool ? QVariant() : status(item, role);
    case KindRole:
        switch (item.kind) {
        case FleetTree::Kind::Node:
            return QStringLiteral("node");
        case FleetTree::Kind::Machine:
            return QStringLiteral("machine");
        case FleetTree::Kind::Pool:
            return QStringLiteral("pool");
        }
        return {};
    case PathRole:
        return item.path;
    case NameRole:
        return item.name;
    default:
        return {};
    }
}

QVariant FleetTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (section == 0 && orientation == Qt::Horizontal && role == Qt::DisplayRole)
        return tr("Fleet");
    return QAbstractItemModel::headerData(section, orientation, role);
}

Qt::ItemFlags FleetTreeModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled;
}

QHash<int, QByteArray> FleetTreeModel::roleNames() const
{
    QHash<int, QByteArray> roles = QAbstractItemModel::roleNames();
    roles.insert(KindRole, "kind");
    roles.insert(PathRole, "path");
    roles.insert(NameRole, "name");
    roles.insert(CheckStatusRole, "checkStatus");
    return roles;
}

} // namespace opsdeck
