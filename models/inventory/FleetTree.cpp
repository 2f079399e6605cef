#include "inventory/FleetTree.h"

namespace opsdeck {

QString FleetTree::key(Kind kind, const QString& path, const QString& name)
{
    switch (kind) {
    case Kind::Node:
        return u'n' + path;
    case Kind::Machine:
        return u'm' + path + u'\n' + name;
    case Kind::Pool:
        break;
    }
    return QStringLiteral("p");
}

QString FleetTree::keyOf(int item) const
{
    const Item& i = items[item];
    return key(i.kind, i.path, i.name);
}

FleetTree FleetTree::build(const QList<TreeNode>& nodes, const QList<Machine>& machines)
{
    FleetTree t;
    t.items.reserve(nodes.size() + machines.size() + 1);
    QHash<qint64, int> byId;
    byId.reserve(nodes.size());
    auto add = [&t](Item item) {
        const int at = int(t.items.size());
        auto& siblings = item.parent < 0 ? t.roots : t.items[item.parent].children;
        item.row = int(siblings.size());
        siblings.push_back(at);
        t.byKey.insert(key(item.kind, item.path, item.name), at);
        t.items.push_back(std::move(item));
        return at;
    };
    for (const TreeNode& n : nodes) { // sorted by path: a parent comes before its children
        const int parent = n.parentId ? byId.value(n.parentId, -1) : -1;
        const int at = add({Kind::Node, n.name, n.path, parent, 0, {}});
        byId.insert(n.id, at);
        t.nodeByPath.insert(n.path, at);
    }
    t.pool = add({Kind::Pool, QString(), QString(), -1, 0, {}});
    // The machines after every node: under a node its child nodes come first. Sorted by
    // name, so each node's machines are too.
    t.machineCount = int(machines.size());
    t.machineItems.reserve(machines.size());
    for (const Machine& m : machines) {
        bool placed = false;
        for (const QString& path : m.nodes) {
            const int node = t.nodeByPath.value(path, -1);
            if (node < 0)
                continue;
            t.machineItems.insert(m.name, add({Kind::Machine, m.name, path, node, 0, {}}));
            placed = true;
        }
        if (!placed)
            t.machineItems.insert(m.name, add({Kind::Machine, m.name, QString(), t.pool, 0, {}}));
    }
    // The first of a machine's items in the order the tree shows them.
    std::vector<int> stack(t.roots.rbegin(), t.roots.rend());
    while (!stack.empty()) {
        const int item = stack.back();
        stack.pop_back();
        const Item& i = t.items[item];
        if (i.kind == Kind::Machine && !t.firstMachine.contains(i.name))
            t.firstMachine.insert(i.name, item);
        stack.insert(stack.end(), i.children.rbegin(), i.children.rend());
    }
    return t;
}

} // namespace opsdeck
