#include "inventory/MachineTableModel.h"

#include "checks/CheckStatusStyle.h"
#include "checks/NodeStatusIndex.h"
#include "db/ChangeFeed.h"
#include "inventory/AsyncLoad.h"
#include "inventory/InventoryModelsLog.h"
#include "inventory/InventoryReader.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QMimeData>
#include <algorithm>
#include <utility>

namespace opsdeck {

MachineTableModel::MachineTableModel(std::shared_ptr<Database> db, QObject* parent)
    : QAbstractTableModel(parent), m_db(std::move(db))
{}

QStringList MachineTableModel::namesFromMime(const QMimeData* data)
{
    if (!data || !data->hasFormat(mimeType()))
        return {};
    const QString text = QString::fromUtf8(data->data(mimeType()));
    return text.split(u'\n', Qt::SkipEmptyParts);
}

void MachineTableModel::reload()
{
    ++m_loading;
    const quint64 generation = ++m_generation;
    auto db = m_db;
    const auto sortColumn = MachineIndex::Column(m_sortColumn);
    runAsync<MachineIndex>(
        this,
        [db, sortColumn]() -> Result<MachineIndex> {
            QElapsedTimer t;
            t.start();
            auto machines = InventoryReader(db).loadAllMachines();
            if (!machines.ok())
                return machines.error();
            const qint64 readMs = t.restart();
            const qsizetype n = machines->size();
            // The name order and the one shown now; the others follow (sortRemainingColumns).
            MachineIndex ix = MachineIndex::build(std::move(machines.value()), false);
            if (!ix.hasOrder(sortColumn))
                ix.setOrder(sortColumn, MachineIndex::computeOrder(ix.orderSource(), sortColumn));
            qCDebug(lcInventoryModels)
                << "loaded" << n << "machines: read" << readMs << "ms, indexed" << t.elapsed() << "ms";
            return ix;
        },
        [this, generation](Result<MachineIndex> result) {
            --m_loading;
            if (generation != m_generation)
                return; // a newer load is on its way
            if (!result.ok()) {
                emit loadFailed(result.error().message);
                return;
            }
            beginResetModel();
            MachineIndex previous = std::exchange(m_index, std::move(result.value()));
            m_rows = selectRows();
            endResetModel();
            // Freeing 100,000 machines takes longer than a frame: not on the GUI thread.
            asyncPool()->start([previous = std::move(previous)]() mutable {
                const MachineIndex gone = std::move(previous); // freed here, on the pool's thread
            });
            m_loadedOnce = true;
            emit countsChanged(int(m_rows.size()), m_index.size());
            emit loaded();
            sortRemainingColumns(generation);
            // What changed while the load read may be older in it than in the database.
            const QSet<qint64> again = std::exchange(m_changedDuringLoad, {});
            for (qint64 id : again)
                reloadMachine(id);
        });
}

void MachineTableModel::follow(const ChangeFeed* feed)
{
    connect(feed, &ChangeFeed::changed, this, &MachineTableModel::applyChange);
    connect(feed, &ChangeFeed::resync, this, &MachineTableModel::reload);
}

void MachineTableModel::applyChange(const Change& change)
{
    if (change.kind == QLatin1String("machine") && change.number() > 0)
        reloadMachine(change.number());
}

void MachineTableModel::reloadMachine(qint64 id)
{
    if (m_loading > 0)
        m_changedDuringLoad.insert(id);
    m_pendingIds.insert(id);
    if (m_reading == 0)
        readPending();
}

void MachineTableModel::readPending()
{
    if (m_pendingIds.isEmpty())
        return;
    const QList<qint64> ids = m_pendingIds.values();
    m_pendingIds.clear();
    m_reading = int(ids.size());
    auto db = m_db;
    runAsync<QList<Machine>>(
        this, [db, ids]() { return InventoryReader(db).machinesById(ids); },
        [this, ids](Result<QList<Machine>> result) {
            m_reading = 0;
            if (!result.ok()) {
                emit loadFailed(result.error().message);
            } else {
                QHash<qint64, qsizetype> found;
                for (qsizetype i = 0; i < result->size(); ++i)
                    found.insert(result->at(i).id, i);
                for (qint64 id : ids) {
                    const qsizetype i = found.value(id, -1);
                    applyMachine(id, i < 0 ? std::nullopt : std::optional<Machine>(std::move((*result)[i])));
                }
            }
            readPending(); // what changed while this batch was read
        });
}

int MachineTableModel::shownRowOf(int indexRow) const
{
    const auto it = std::find(m_rows.begin(), m_rows.end(), indexRow);
    return it == m_rows.end() ? -1 : int(it - m_rows.begin());
}

void MachineTableModel::removeMachineRow(int at)
{
    const int shown = shownRowOf(at);
    const int last = m_index.size() - 1;
    if (shown >= 0)
        beginRemoveRows({}, shown, shown);
    m_index.remove(at);
    if (shown >= 0)
        m_rows.erase(m_rows.begin() + shown);
    for (int& r : m_rows) // the last row took the removed one's place
        if (r == last)
            r = at;
    if (shown >= 0)
        endRemoveRows();
}

void MachineTableModel::applyMachine(qint64 id, std::optional<Machine> machine)
{
    ++m_edits; // an order sorted in the background from the old rows no longer fits
    const int at = m_index.findId(id);
    if (!machine) {
        if (at >= 0)
            removeMachineRow(at);
        emit countsChanged(int(m_rows.size()), m_index.size());
        return;
    }
    const int shownBefore = at < 0 ? -1 : shownRowOf(at);
    const int row = m_index.upsert(std::move(*machine));
    std::vector<int> rows = selectRows(); // the same rows but for this one
    const auto it = std::find(rows.begin(), rows.end(), row);
    const int shownAfter = it == rows.end() ? -1 : int(it - rows.begin());
    if (shownBefore < 0 && shownAfter >= 0) {
        beginInsertRows({}, shownAfter, shownAfter);
        m_rows = std::move(rows);
        endInsertRows();
    } else if (shownBefore >= 0 && shownAfter < 0) {
        beginRemoveRows({}, shownBefore, shownBefore);
        m_rows = std::move(rows);
        endRemoveRows();
    } else if (shownBefore >= 0 && shownBefore != shownAfter) {
        beginMoveRows({}, shownBefore, shownBefore, {},
                      shownAfter > shownBefore ? shownAfter + 1 : shownAfter);
        m_rows = std::move(rows);
        endMoveRows();
    } else {
        m_rows = std::move(rows);
    }
    if (shownAfter >= 0)
        emit dataChanged(index(shownAfter, 0), index(shownAfter, ColumnCount - 1));
    emit countsChanged(int(m_rows.size()), m_index.size());
}

void MachineTableModel::sortRemainingColumns(quint64 generation)
{
    using Orders = std::vector<std::pair<int, std::vector<int>>>;
    const MachineIndex::OrderSource source = m_index.orderSource();
    std::vector<int> missing;
    for (int c = 0; c < ColumnCount; ++c)
        if (!m_index.hasOrder(MachineIndex::Column(c)))
            missing.push_back(c);
    if (missing.empty())
        return;
    runAsync<Orders>(
        this,
        [source, missing]() -> Result<Orders> {
            Orders out;
            for (int c : missing)
                out.emplace_back(c, MachineIndex::computeOrder(source, MachineIndex::Column(c)));
            return out;
        },
        [this, generation, edits = m_edits](Result<Orders> result) {
            if (generation != m_generation || edits != m_edits || !result.ok())
                return; // a sort() computes what is missing on the spot
            for (auto& [column, order] : result.value())
                if (!m_index.hasOrder(MachineIndex::Column(column)))
                    m_index.setOrder(MachineIndex::Column(column), std::move(order));
        });
}

bool MachineTableModel::allOrdersReady() const
{
    for (int c = 0; c < ColumnCount; ++c)
        if (!m_index.hasOrder(MachineIndex::Column(c)))
            return false;
    return true;
}

std::vector<int> MachineTableModel::selectRows()
{
    const auto column = MachineIndex::Column(m_sortColumn);
    if (!m_index.hasOrder(column)) // sorted before the background sort came in
        m_index.setOrder(column, MachineIndex::computeOrder(m_index.orderSource(), column));
    return m_index.select(m_query, column, m_sortOrder == Qt::DescendingOrder);
}

void MachineTableModel::reselect()
{
    beginResetModel();
    m_rows = selectRows();
    endResetModel();
    emit countsChanged(int(m_rows.size()), m_index.size());
}

void MachineTableModel::setQuery(const MachineQuery& query)
{
    if (query == m_query)
        return;
    MachineQuery before = m_query;
    m_query = query;
    before.text.clear();
    MachineQuery after = query;
    after.text.clear();
    // Typing on: only the rows shown now can still match.
    const bool narrower = before == after && query.text.toLower().contains(m_shownText);
    std::vector<int> rows = narrower ? m_index.narrow(m_rows, query) : selectRows();
    m_shownText = query.text.toLower();
    if (rows == m_rows) { // the same rows: nothing for a view to redo
        emit countsChanged(int(m_rows.size()), m_index.size());
        return;
    }
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
    emit countsChanged(int(m_rows.size()), m_index.size());
}

void MachineTableModel::setFilterText(const QString& text)
{
    MachineQuery q = m_query;
    q.text = text;
    setQuery(q);
}

void MachineTableModel::setStateFilter(std::optional<MachineState> state)
{
    MachineQuery q = m_query;
    q.state = state;
    setQuery(q);
}

void MachineTableModel::setPoolFilter(const QString& pool)
{
    MachineQuery q = m_query;
    q.pool = pool;
    setQuery(q);
}

void MachineTableModel::setTagFilter(const QString& tag)
{
    MachineQuery q = m_query;
    q.tag = tag;
    setQuery(q);
}

void MachineTableModel::setNodeFilter(const QString& nodePath)
{
    MachineQuery q = m_query;
    q.node = nodePath;
    setQuery(q);
}

const Machine* MachineTableModel::machineAt(int row) const
{
    if (row < 0 || row >= int(m_rows.size()))
        return nullptr;
    return &m_index.machine(m_rows[row]);
}

int MachineTableModel::rowOf(const QString& name) const
{
    const int ix = m_index.find(name);
    if (ix < 0)
        return -1;
    const auto it = std::find(m_rows.begin(), m_rows.end(), ix);
    return it == m_rows.end() ? -1 : int(it - m_rows.begin());
}

QStringList MachineTableModel::namesAt(const QModelIndexList& indexes) const
{
    std::vector<int> rows;
    rows.reserve(indexes.size());
    for (const QModelIndex& i : indexes)
        if (i.isValid() && i.model() == this)
            rows.push_back(i.row());
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    QStringList out;
    out.reserve(qsizetype(rows.size()));
    for (int r : rows)
        if (const Machine* m = machineAt(r))
            out << m->name;
    return out;
}

int MachineTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int MachineTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

void MachineTableModel::setStatusIndex(const NodeStatusIndex* index)
{
    if (m_status)
        disconnect(m_status, nullptr, this, nullptr);
    m_status = index;
    if (!index)
        return;
    connect(index, &QObject::destroyed, this, [this] { m_status = nullptr; });
    connect(index, &NodeStatusIndex::changed, this, [this] { // one signal, the views repaint what they show
        if (!m_rows.empty())
            emit dataChanged(this->index(0, NameColumn), this->index(int(m_rows.size()) - 1, NameColumn),
                             {Qt::DecorationRole, CheckStatusRole});
    });
}

QVariant MachineTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Machine& m = m_index.machine(m_rows[index.row()]);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case NameColumn:
            return m.name;
        case AddressColumn:
            return m.port == 22 ? m.address : QStringLiteral("%1:%2").arg(m.address).arg(m.port);
        case PoolColumn:
            return m.poolStock && role == Qt::ToolTipRole
                       ? tr("%1 (pool stock: bound to no product line)").arg(m.pool)
                       : m.pool;
        case StateColumn:
            return MachineLifecycle::stateName(m.state);
        case NodesColumn:
            return m.nodes.join(role == Qt::ToolTipRole ? u'\n' : u',');
        case TagsColumn:
            return m.tags.join(QStringLiteral(", "));
        case LastSeenColumn:
            if (!m.lastSeen)
                return role == Qt::ToolTipRole ? tr("never seen") : QString();
            return QDateTime::fromSecsSinceEpoch(*m.lastSeen).toString(Qt::ISODate);
        }
        return {};
    case SortRole:
        switch (index.column()) {
        case StateColumn:
            return int(m.state);
        case LastSeenColumn:
            return m.lastSeen ? QVariant(*m.lastSeen) : QVariant();
        default:
            return data(index, Qt::DisplayRole);
        }
    case Qt::DecorationRole:
        if (index.column() == NameColumn && m_status)
            if (const QIcon icon = m_status->machineIcon(m.name); !icon.isNull())
                return icon;
        return {};
    case CheckStatusRole:
        if (const auto st = m_status ? m_status->machineStatus(m.name) : std::nullopt)
            return int(*st);
        return {};
    case NameRole:
        return m.name;
    case StateRole:
        return int(m.state);
    case StateNameRole:
        return MachineLifecycle::stateName(m.state);
    case PoolRole:
        return m.pool;
    case TagsRole:
        return m.tags;
    case NodesRole:
        return m.nodes;
    case IdRole:
        return m.id;
    case PoolStockRole:
        return m.poolStock;
    default:
        return {};
    }
}

QVariant MachineTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case AddressColumn:
        return tr("Address");
    case PoolColumn:
        return tr("Pool");
    case StateColumn:
        return tr("State");
    case NodesColumn:
        return tr("Nodes");
    case TagsColumn:
        return tr("Tags");
    case LastSeenColumn:
        return tr("Last seen");
    }
    return {};
}

Qt::ItemFlags MachineTableModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsDragEnabled | Qt::ItemNeverHasChildren;
}

void MachineTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    if (column == m_sortColumn && order == m_sortOrder)
        return;
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    std::vector<int> machineOf;
    machineOf.reserve(before.size());
    for (const QModelIndex& i : before)
        machineOf.push_back(m_rows[i.row()]);
    m_sortColumn = column;
    m_sortOrder = order;
    m_rows = selectRows();
    if (!before.isEmpty()) {
        std::vector<int> rowOfMachine(m_index.size(), -1);
        for (int r = 0; r < int(m_rows.size()); ++r)
            rowOfMachine[m_rows[r]] = r;
        QModelIndexList after;
        after.reserve(before.size());
        for (qsizetype k = 0; k < before.size(); ++k) {
            const int r = rowOfMachine[machineOf[k]];
            after << (r < 0 ? QModelIndex() : index(r, before[k].column()));
        }
        changePersistentIndexList(before, after);
    }
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

QStringList MachineTableModel::mimeTypes() const
{
    return {mimeType()};
}

QMimeData* MachineTableModel::mimeData(const QModelIndexList& indexes) const
{
    const QStringList names = namesAt(indexes);
    if (names.isEmpty())
        return nullptr;
    auto* data = new QMimeData;
    data->setData(mimeType(), names.join(u'\n').toUtf8());
    data->setText(names.join(u'\n'));
    return data;
}

QHash<int, QByteArray> MachineTableModel::roleNames() const
{
    QHash<int, QByteArray> roles = QAbstractTableModel::roleNames();
    roles.insert(NameRole, "name");
    roles.insert(StateRole, "state");
    roles.insert(StateNameRole, "stateName");
    roles.insert(PoolRole, "pool");
    roles.insert(TagsRole, "tags");
    roles.insert(NodesRole, "nodes");
    roles.insert(IdRole, "machineId");
    roles.insert(PoolStockRole, "poolStock");
    roles.insert(SortRole, "sortValue");
    roles.insert(CheckStatusRole, "checkStatus");
    return roles;
}

} // namespace opsdeck
