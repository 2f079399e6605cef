#pragma once

#include "db/Database.h"
#include "inventory/FleetTree.h"

#include <QAbstractItemModel>
#include <memory>

namespace opsdeck {

class ChangeFeed;
class NodeStatusIndex;

// The Fleet dock's tree (FleetTree): the service tree with each node's machines under
// it and the machines bound nowhere under a last "Pool (unassigned)" row; one column.
// Reads the inventory and builds the tree off the GUI thread (one read at a time; a
// change during a read costs one more). A reload swaps the new tree in as a layout
// change that carries every persistent index (expanded rows, selection, a proxy's
// mapping) to the same node or machine, so the views keep their state.
class FleetTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Roles
    {
        KindRole = Qt::UserRole + 1, // "node" | "machine" | "pool"
        PathRole,                    // the node's path; a machine's: the node it is under
        NameRole,                    // the node's or the machine's name
        CheckStatusRole,             // int(CheckStatus); null without a check
    };
    Q_ENUM(Roles)

    explicit FleetTreeModel(std::shared_ptr<Database> db, QObject* parent = nullptr);

    void reload();
    bool isLoading() const { return m_loading; }
    bool hasLoaded() const { return m_loadedOnce; }
    // Team mode: reloads after a burst of machine and node (binding) changes and on resync.
    void follow(const ChangeFeed* feed);
    void setStatusIndex(const NodeStatusIndex* index);

    QModelIndex indexOfNode(const QString& path) const;
    // The machine's first row in tree order (a machine bound to two nodes has two).
    QModelIndex indexOfMachine(const QString& name) const;
    // Up to `limit` rows whose name contains `text` (case-insensitive): nodes first, then
    // machines by name. One pass over the names, whatever the views have mapped.
    QModelIndexList rowsNamed(const QString& text, int limit) const;
    // Which rows a filter on `text` keeps, by row (see isKept): the rows whose name
    // contains it (case-insensitive), their ancestors, and everything under a kept node
    // whose name matched. One pass over the tree.
    std::vector<bool> rowsKeptFor(const QString& text) const;
    bool isKept(const std::vector<bool>& kept, const QModelIndex& index) const
    {
        const int item = itemOf(index);
        return item >= 0 && item < int(kept.size()) && kept[item];
    }
    // Moves with every tree swapped in: what rowsKeptFor() gave is stale once it moved.
    quint64 generation() const { return m_generation; }
    int machineCount() const { return m_tree.machineCount; }
    int nodeCount() const { return int(m_tree.nodeByPath.size()); }

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    void loaded();
    void loadFailed(const QString& message);

private:
    void apply(FleetTree fresh);
    QModelIndex itemIndex(int item, int column = 0) const
    {
        return item < 0 ? QModelIndex() : createIndex(m_tree.items[item].row, column, quintptr(item));
    }
    int itemOf(const QModelIndex& index) const { return index.isValid() ? int(index.internalId()) : -1; }
    QVariant toolTip(const FleetTree::Item& item) const;
    QVariant status(const FleetTree::Item& item, int role) const;

    std::shared_ptr<Database> m_db;
    const NodeStatusIndex* m_status = nullptr;
    FleetTree m_tree;
    bool m_loading = false;
    bool m_again = false; // a reload was asked while one read
    bool m_loadedOnce = false;
    quint64 m_generation = 0;
};

} // namespace opsdeck
