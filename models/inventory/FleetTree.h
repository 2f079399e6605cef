#pragma once

#include "inventory/InventoryTypes.h"

#include <QHash>
#include <QList>
#include <QString>
#include <vector>

namespace opsdeck {

// The Fleet dock's tree as plain data, built off the GUI thread: the service tree's
// nodes, each with the machines bound directly to it as leaves after its child nodes,
// and a last top-level "pool" item holding the machines bound nowhere. A machine bound
// to two nodes is a leaf under each.
struct FleetTree
{
    enum class Kind : quint8
    {
        Node,
        Machine,
        Pool
    };

    struct Item
    {
        Kind kind = Kind::Node;
        QString name; // the node's or the machine's name
        QString path; // the node's path; for a machine the node it is under ("" in the pool)
        int parent = -1;
        int row = 0;
        std::vector<int> children;
    };

    std::vector<Item> items;
    std::vector<int> roots;
    QHash<QString, int> byKey;             // key() -> item
    QHash<QString, int> nodeByPath;        // node path -> item
    QMultiHash<QString, int> machineItems; // machine name -> every item of it
    QHash<QString, int> firstMachine;      // machine name -> its first item (tree order)
    int pool = -1;
    int machineCount = 0;

    static FleetTree build(const QList<TreeNode>& nodes, const QList<Machine>& machines);

    const std::vector<int>& childrenOf(int item) const { return item < 0 ? roots : items[item].children; }
    // What names an item across two builds: a node by path, a machine by its node and
    // name, the pool by itself.
    static QString key(Kind kind, const QString& path, const QString& name = {});
    QString keyOf(int item) const;
};

} // namespace opsdeck
