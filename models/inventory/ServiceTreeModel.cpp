#include "inventory/ServiceTreeModel.h"

#include "checks/CheckStatusStyle.h"
#include "checks/NodeStatusIndex.h"
#include "db/ChangeFeed.h"
#include "inventory/AsyncLoad.h"
#include "inventory/InventoryReader.h"
#include "inventory/MachineTableModel.h"

#include <QMimeData>
#include <algorithm>

namespace opsdeck {

ServiceTreeModel::ServiceTreeModel(std::shared_ptr<Database> db, QObject* parent)
    : QAbstractItemModel(parent), m_db(std::move(db))
{}

ServiceTreeModel::Built ServiceTreeModel::build(QList<TreeNode> nodes)
{
    Built b;
    b.nodes.assign(std::make_move_iterator(nodes.begin()), std::make_move_iterator(nodes.end()));
    const int n = int(b.nodes.size());
    QHash<qint64, int> byId;
    byId.reserve(n);
    b.byPath.reserve(n);
    for (int i = 0; i < n; ++i) {
        byId.insert(b.nodes[i].id, i);
        b.byPath.insert(b.nodes[i].path, i);
    }
    b.children.resize(n);
    b.parent.assign(n, -1);
    b.row.assign(n, 0);
    for (int i = 0; i < n; ++i) { // sorted by path: children keep name order
        const int p = b.nodes[i].parentId ? byId.value(b.nodes[i].parentId, -1) : -1;
        b.parent[i] = p;
        auto& list = p < 0 ? b.roots : b.children[p];
        b.row[i] = int(list.size());
        list.push_back(i);
    }
    return b;
}

void ServiceTreeModel::reload()
{
    ++m_loading;
    const quint64 generation = ++m_generation;
    auto db = m_db;
    runAsync<Built>(
        this,
        [db]() -> Result<Built> {
            auto nodes = InventoryReader(db).loadTree();
            if (!nodes.ok())
                return nodes.error();
            return build(std::move(nodes.value()));
        },
        [this, generation](Result<Built> result) {
            --m_loading;
            if (generation != m_generation)
                return;
            if (!result.ok()) {
                emit loadFailed(result.error().message);
                return;
            }
            Built& b = result.value();
            beginResetModel();
            m_nodes = std::move(b.nodes);
            m_children = std::move(b.children);
            m_roots = std::move(b.roots);
            m_parent = std::move(b.parent);
            m_row = std::move(b.row);
            m_byPath = std::move(b.byPath);
            endResetModel();
            emit loaded();
            if (std::exchange(m_refreshAfterLoad, false))
                refresh(); // what changed while the load read may be older in it
        });
}

void ServiceTreeModel::setStatusIndex(const NodeStatusIndex* index)
{
    if (m_status)
        disconnect(m_status, nullptr, this, nullptr);
    m_status = index;
    if (!index)
        return;
    connect(index, &QObject::destroyed, this, [this] { m_status = nullptr; });
    connect(index, &NodeStatusIndex::changed, this, [this](const QStringList& nodes) {
        for (const QString& path : nodes)
            if (const QModelIndex i = indexOfPath(path, StatusColumn); i.isValid())
                emit dataChanged(i, i, {Qt::DisplayRole, Qt::DecorationRole, CheckStatusRole});
    });
}

void ServiceTreeModel::follow(const ChangeFeed* feed)
{
    connect(feed, &ChangeFeed::changed, this, &ServiceTreeModel::applyChange);
    connect(feed, &ChangeFeed::resync, this, &ServiceTreeModel::reload);
}

void ServiceTreeModel::applyChange(const Change& change)
{
    // A binding sends node:update; units and services count in their nodes.
    if (change.kind == QLatin1String("node") || change.kind == QLatin1String("service") ||
        change.kind == QLatin1String("unit"))
        refresh();
}

void ServiceTreeModel::refresh()
{
    if (m_loading > 0) {
        m_refreshAfterLoad = true;
        return;
    }
    if (m_refreshing) { // one read at a time; a burst of changes costs one more
        m_refreshAgain = true;
        return;
    }
    m_refreshing = true;
    auto db = m_db;
    runAsync<QList<TreeNode>>(
        this, [db]() { return InventoryReader(db).loadTree(); },
        [this, generation = m_generation](Result<QList<TreeNode>> result) {
            m_refreshing = false;
            if (!result.ok())
                emit loadFailed(result.error().message);
            else if (generation == m_generation) // else a full load came in between
                applyTree(std::move(result.value()));
            if (std::exchange(m_refreshAgain, false))
                refresh();
        });
}

namespace {

bool sameNode(const TreeNode& a, const TreeNode& b)
{
    return a.name == b.name && a.kind == b.kind && a.productLine == b.productLine && a.vars == b.vars &&
           a.machines == b.machines && a.units == b.units && a.urls == b.urls &&
           a.totalMachines == b.totalMachines && a.totalUnits == b.totalUnits;
}

} // namespace

void ServiceTreeModel::applyTree(QList<TreeNode> fresh)
{
    QHash<qint64, qsizetype> freshById;
    freshById.reserve(fresh.size());
    for (qsizetype i = 0; i < fresh.size(); ++i)
        freshById.insert(fresh.at(i).id, i);
    // Gone, renamed or moved (a new path: taken out and put in again), children first.
    std::vector<int> gone;
    for (auto it = m_byPath.cbegin(); it != m_byPath.cend(); ++it) {
        const TreeNode& n = m_nodes[*it];
        const qsizetype f = freshById.value(n.id, -1);
        if (f < 0 || fresh.at(f).path != n.path || fresh.at(f).parentId != n.parentId)
            gone.push_back(*it);
    }
    std::sort(gone.begin(), gone.end(), [this](int a, int b) { return m_nodes[a].path > m_nodes[b].path; });
    for (int node : gone)
        removeNode(node);
    // Sorted by path: a parent is in before its children.
    for (const TreeNode& f : std::as_const(fresh)) {
        const int node = m_byPath.value(f.path, -1);
        if (node < 0) {
            if (!insertNode(f))
                return reload(); // no parent for it: the tree is not what it was read as
        } else if (!sameNode(m_nodes[node], f)) {
            m_nodes[node] = f;
            emit dataChanged(createIndex(m_row[node], 0, quintptr(node)),
                             createIndex(m_row[node], ColumnCount - 1, quintptr(node)));
        }
    }
}

void ServiceTreeModel::removeNode(int node)
{
    const int p = m_parent[node];
    auto& list = p < 0 ? m_roots : m_children[p];
    const int row = m_row[node];
    beginRemoveRows(nodeIndex(p), row, row);
    list.erase(list.begin() + row);
    for (int r = row; r < int(list.size()); ++r)
        m_row[list[r]] = r;
    m_byPath.remove(m_nodes[node].path);
    m_nodes[node] = TreeNode{}; // the slot stays unused until the next full load
    m_children[node].clear();
    endRemoveRows();
}

bool ServiceTreeModel::insertNode(const TreeNode& node)
{
    int p = -1;
    if (node.parentId) {
        p = m_byPath.value(node.path.left(node.path.lastIndexOf(u'/')), -1);
        if (p < 0 || m_nodes[p].id != node.parentId)
            return false;
    }
    auto& list = p < 0 ? m_roots : m_children[p];
    const auto at =
        std::lower_bound(list.begin(), list.end(), node.path,
                         [this](int sibling, const QString& path) { return m_nodes[sibling].path < path; });
    const int row = int(at - list.begin());
    beginInsertRows(nodeIndex(p), row, row);
    const int slot = int(m_nodes.size());
    m_nodes.push_back(node);
    m_children.emplace_back();
    m_parent.push_back(p);
    m_row.push_back(row);
    auto& siblings = p < 0 ? m_roots : m_children[p]; // m_children may have moved
    siblings.insert(siblings.begin() + row, slot);
    for (int r = row + 1; r < int(siblings.size()); ++r)
        m_row[siblings[r]] = r;
    m_byPath.insert(node.path, slot);
    endInsertRows();
    return true;
}

QModelIndex ServiceTreeModel::indexOfPath(const QString& path, int column) const
{
    const int node = m_byPath.value(path, -1);
    if (node < 0)
        return {};
    return createIndex(m_row[node], column, quintptr(node));
}

int ServiceTreeModel::countNamesContaining(const QString& text, int limit) const
{
    int count = 0;
    for (const TreeNode& n : m_nodes) // a removed node's slot has no name
        if (!n.name.isEmpty() && n.name.contains(text, Qt::CaseInsensitive) && ++count >= limit)
            break;
    return count;
}

const TreeNode* ServiceTreeModel::nodeAt(const QModelIndex& index) const
{
    if (!index.isValid() || index.model() != this)
        return nullptr;
    return &m_nodes[nodeOf(index)];
}

QModelIndex ServiceTreeModel::index(int row, int column, const QModelIndex& parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    const auto& list = childrenOf(nodeOf(parent));
    return createIndex(row, column, quintptr(list[row]));
}

QModelIndex ServiceTreeModel::parent(const QModelIndex& child) const
{
    if (!child.isValid())
        return {};
    const int p = m_parent[nodeOf(child)];
    if (p < 0)
        return {};
    return createIndex(m_row[p], 0, quintptr(p));
}

int ServiceTreeModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return int(childrenOf(nodeOf(parent)).size());
}

int ServiceTreeModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

QVariant ServiceTreeModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const TreeNode& n = m_nodes[nodeOf(index)];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return n.name;
        case MachinesColumn:
            return n.totalMachines;
        case UnitsColumn:
            return n.totalUnits;
        case StatusColumn: {
            const auto st = m_status ? m_status->nodeStatus(n.path) : std::nullopt;
            const QString text = st ? CheckStatusStyle::statusText(*st) : QString();
            if (m_status && m_status->nodeInMaintenance(n.path))
                return text.isEmpty() ? tr("in maintenance") : tr("%1, in maintenance").arg(text);
            return text.isEmpty() ? QVariant() : QVariant(text);
        }
        }
        return {};
    case Qt::DecorationRole:
        if (index.column() == StatusColumn && m_status)
            if (const QIcon icon = m_status->nodeIcon(n.path); !icon.isNull())
                return icon;
        return {};
    case CheckStatusRole:
        if (const auto st = m_status ? m_status->nodeStatus(n.path) : std::nullopt)
            return int(*st);
        return {};
    case Qt::ToolTipRole:
        if (index.column() == NameColumn)
            return tr("%1 (%2)%3\n%4 machines bound here, %5 in the subtree\n%6 units in the subtree, %7 "
                      "URLs bound here")
                .arg(n.path, n.kind, n.productLine ? tr(", product line") : QString())
                .arg(n.machines)
                .arg(n.totalMachines)
                .arg(n.totalUnits)
                .arg(n.urls);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == MachinesColumn || index.column() == UnitsColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case PathRole:
        return n.path;
    case KindRole:
        return n.kind;
    case NodeIdRole:
        return n.id;
    case ProductLineRole:
        return n.productLine;
    case MachinesRole:
        return n.machines;
    case UnitsRole:
        return n.units;
    case UrlsRole:
        return n.urls;
    case TotalMachinesRole:
        return n.totalMachines;
    case TotalUnitsRole:
        return n.totalUnits;
    default:
        return {};
    }
}

QVariant ServiceTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractItemModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Node");
    case MachinesColumn:
        return tr("Machines");
    case UnitsColumn:
        return tr("Units");
    case StatusColumn:
        return tr("Status");
    }
    return {};
}

Qt::ItemFlags ServiceTreeModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::ItemIsDropEnabled; // dropping a node on the empty area moves it to the root
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsDragEnabled | Qt::ItemIsDropEnabled;
}

QHash<int, QByteArray> ServiceTreeModel::roleNames() const
{
    QHash<int, QByteArray> roles = QAbstractItemModel::roleNames();
    roles.insert(PathRole, "path");
    roles.insert(KindRole, "kind");
    roles.insert(NodeIdRole, "nodeId");
    roles.insert(ProductLineRole, "productLine");
    roles.insert(MachinesRole, "machines");
    roles.insert(UnitsRole, "units");
    roles.insert(UrlsRole, "urls");
    roles.insert(TotalMachinesRole, "totalMachines");
    roles.insert(TotalUnitsRole, "totalUnits");
    roles.insert(CheckStatusRole, "checkStatus");
    return roles;
}

QStringList ServiceTreeModel::mimeTypes() const
{
    return {MachineTableModel::mimeType(), nodeMimeType()};
}

QMimeData* ServiceTreeModel::mimeData(const QModelIndexList& indexes) const
{
    QStringList paths;
    for (const QModelIndex& i : indexes)
        if (const TreeNode* n = nodeAt(i); n && !paths.contains(n->path))
            paths << n->path;
    if (paths.isEmpty())
        return nullptr;
    auto* data = new QMimeData;
    data->setData(nodeMimeType(), paths.join(u'\n').toUtf8());
    data->setText(paths.join(u'\n'));
    return data;
}

QStringList ServiceTreeModel::draggedPaths(const QMimeData* data) const
{
    if (!data || !data->hasFormat(nodeMimeType()))
        return {};
    return QString::fromUtf8(data->data(nodeMimeType())).split(u'\n', Qt::SkipEmptyParts);
}

bool ServiceTreeModel::canDropMimeData(const QMimeData* data, Qt::DropAction action, int, int,
                                       const QModelIndex& parent) const
{
    if (!data || action == Qt::IgnoreAction)
        return false;
    const TreeNode* target = nodeAt(parent);
    if (data->hasFormat(MachineTableModel::mimeType()))
        return target != nullptr && !MachineTableModel::namesFromMime(data).isEmpty();
    const QStringList paths = draggedPaths(data);
    if (paths.size() != 1)
        return false;
    if (!target)
        return paths.first().contains(u'/'); // to the root, unless it is one already
    if (target->kind == QLatin1String("service"))
        return false;
    // Not onto itself, its own parent, or below itself.
    const QString& p = paths.first();
    if (target->path == p || target->path.startsWith(p + u'/'))
        return false;
    return !(p.startsWith(target->path + u'/') && !p.mid(target->path.size() + 1).contains(u'/'));
}

bool ServiceTreeModel::dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                                    const QModelIndex& parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    // A drop between rows lands on `parent` too: that node is the target.
    const TreeNode* target = nodeAt(parent);
    if (data->hasFormat(MachineTableModel::mimeType())) {
        emit machinesDropped(target->path, MachineTableModel::namesFromMime(data));
        return true;
    }
    emit nodeMoveRequested(draggedPaths(data).first(), target ? target->path : QString());
    // The move is done (or refused) by the store; the reload brings the new shape, so
    // the view must not remove the dragged row itself.
    return false;
}

} // namespace opsdeck
