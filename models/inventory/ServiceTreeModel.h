#pragma once

#include "db/Database.h"
#include "inventory/InventoryTypes.h"

#include <QAbstractItemModel>
#include <QHash>
#include <memory>
#include <vector>

namespace opsdeck {

class ChangeFeed;
struct Change;
class NodeStatusIndex;

// The service tree: folder, group and service nodes with the machines and units in
// each node's subtree, and a status column the checks will fill. Loads off the GUI
// thread. Accepts drops of machines (MachineTableModel::mimeType()) and of nodes
// (nodeMimeType()) but changes nothing itself: it asks, through machinesDropped()
// and nodeMoveRequested(), whoever does the audited write.
// Following a ChangeFeed (team mode), a tree edit in another console re-reads the tree
// off the GUI thread (its counts roll up through every ancestor) and applies only the
// difference: nodes added or removed, counts and names changed in place; no reset.
class ServiceTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column
    {
        NameColumn,
        MachinesColumn,
        UnitsColumn,
        StatusColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Roles
    {
        PathRole = Qt::UserRole + 1,
        KindRole, // folder | group | service
        NodeIdRole,
        ProductLineRole,
        MachinesRole,      // bound directly
        UnitsRole,         // units of this service
        UrlsRole,          // URLs bound directly
        TotalMachinesRole, // in the subtree
        TotalUnitsRole,    // in the subtree
        CheckStatusRole,   // int(CheckStatus) rolled up from the checks; null without one
    };
    Q_ENUM(Roles)

    static QString nodeMimeType() { return QStringLiteral("application/x-opsdeck-node-paths"); }

    explicit ServiceTreeModel(std::shared_ptr<Database> db, QObject* parent = nullptr);

    void reload();
    bool isLoading() const { return m_loading > 0; }

    // Applies `feed`'s node, service and unit changes and reloads whole on its resync().
    void follow(const ChangeFeed* feed);
    void applyChange(const Change& change);
    // Re-reads the tree off the GUI thread and applies the difference in place.
    void refresh();
    // The checks' roll-up (issue 11) in the status column: a coloured icon and its word.
    void setStatusIndex(const NodeStatusIndex* index);

    QModelIndex indexOfPath(const QString& path, int column = 0) const;
    const TreeNode* nodeAt(const QModelIndex& index) const;
    int nodeCount() const { return int(m_byPath.size()); }
    // How many node names contain `text` (case-insensitive), counting at most `limit`.
    int countNamesContaining(const QString& text, int limit) const;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QHash<int, QByteArray> roleNames() const override;

    QStringList mimeTypes() const override;
    QMimeData* mimeData(const QModelIndexList& indexes) const override;
    Qt::DropActions supportedDropActions() const override
    {
        return Qt::CopyAction | Qt::MoveAction | Qt::LinkAction;
    }
    Qt::DropActions supportedDragActions() const override { return Qt::MoveAction; }
    bool canDropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                         const QModelIndex& parent) const override;
    bool dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                      const QModelIndex& parent) override;

signals:
    void loaded();
    void loadFailed(const QString& message);
    // Machines dropped on the node at `nodePath`: bind them there.
    void machinesDropped(const QString& nodePath, const QStringList& machines);
    // A node dropped on another (or on the empty area: newParent empty).
    void nodeMoveRequested(const QString& nodePath, const QString& newParent);

private:
    struct Built
    {
        std::vector<TreeNode> nodes;
        std::vector<std::vector<int>> children; // node -> child nodes, by name
        std::vector<int> roots;
        std::vector<int> parent; // node -> parent node, -1 for a root
        std::vector<int> row;    // node -> row under its parent
        QHash<QString, int> byPath;
    };
    static Built build(QList<TreeNode> nodes);
    const std::vector<int>& childrenOf(int node) const { return node < 0 ? m_roots : m_children[node]; }
    int nodeOf(const QModelIndex& index) const { return index.isValid() ? int(index.internalId()) : -1; }
    QStringList draggedPaths(const QMimeData* data) const;
    QModelIndex nodeIndex(int node) const
    {
        return node < 0 ? QModelIndex() : createIndex(m_row[node], 0, quintptr(node));
    }
    void applyTree(QList<TreeNode> fresh);
    void removeNode(int node);
    bool insertNode(const TreeNode& node);

    std::shared_ptr<Database> m_db;
    const NodeStatusIndex* m_status = nullptr;
    std::vector<TreeNode> m_nodes;
    std::vector<std::vector<int>> m_children;
    std::vector<int> m_roots;
    std::vector<int> m_parent;
    std::vector<int> m_row;
    QHash<QString, int> m_byPath;
    int m_loading = 0;
    quint64 m_generation = 0;
    bool m_refreshing = false;
    bool m_refreshAgain = false;     // a change came while a refresh read
    bool m_refreshAfterLoad = false; // a change came while a full load read
};

} // namespace opsdeck
