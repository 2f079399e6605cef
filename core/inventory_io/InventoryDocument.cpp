#include "inventory_io/InventoryDocument.h"

namespace opsdeck {

QString nodeKindName(NodeKind kind)
{
    switch (kind) {
    case NodeKind::Folder:
        return QStringLiteral("folder");
    case NodeKind::Group:
        return QStringLiteral("group");
    case NodeKind::Service:
        return QStringLiteral("service");
    }
    return QStringLiteral("folder");
}

std::optional<NodeKind> nodeKindFromName(const QString& name)
{
    for (NodeKind k : {NodeKind::Folder, NodeKind::Group, NodeKind::Service}) {
        if (name.compare(nodeKindName(k), Qt::CaseInsensitive) == 0)
            return k;
    }
    return std::nullopt;
}

const InventoryNode* InventoryDocument::node(const QString& path) const
{
    for (const InventoryNode& n : nodes) {
        if (n.path == path)
            return &n;
    }
    return nullptr;
}

const InventoryHost* InventoryDocument::host(const QString& name) const
{
    for (const InventoryHost& h : hosts) {
        if (h.name == name)
            return &h;
    }
    return nullptr;
}

} // namespace opsdeck
