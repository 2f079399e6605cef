#pragma once

#include "inventory/InventoryWriter.h"
#include "util/Result.h"

#include <QString>
#include <QStringList>
#include <optional>

namespace opsdeck {

// What removing a node would take with it (asked before a delete).
struct NodeRemoval
{
    QString path;
    int nodes = 0;    // the node and its descendants
    int units = 0;    // units of services in that subtree
    int bindings = 0; // machine bindings in that subtree (machines stay in the pool)
    int urls = 0;
    int relations = 0; // relations from or to services in that subtree
};

// Changes to the service tree: nodes, their kind and product-line flag, bindings of
// machines and URLs, and a service's package and config. One transaction per call,
// one audit row per entity touched.
class TreeStore
{
public:
    explicit TreeStore(const InventoryWriter& writer) : m_writer(writer) {}

    // Adds `path` (kind folder|group|service); missing ancestors are added as folders.
    // Refused when it exists or its parent is a service.
    Status addNode(const QString& path, const QString& kind, const QString& reason = {});
    // The edits below bump the node's version (RowVersion) and are refused when
    // `expectedVersion` is set and the node is at another version, or when another console
    // wrote it between this call's read and its write.
    Status setProductLine(const QString& path, bool productLine, const QString& reason = {},
                          std::optional<qint64> expectedVersion = {});
    Status rename(const QString& path, const QString& newName, const QString& reason = {},
                  std::optional<qint64> expectedVersion = {});
    // Moves `path` under `newParent` (empty = to the root).
    Status move(const QString& path, const QString& newParent, const QString& reason = {},
                std::optional<qint64> expectedVersion = {});
    Result<NodeRemoval> previewRemove(const QString& path) const;
    // Refused when the subtree holds units or children unless `force`.
    Status remove(const QString& path, bool force, const QString& reason = {});

    Status bindMachine(const QString& path, const QString& machine, const QString& reason = {});
    Status bindMachines(const QString& path, const QStringList& machines, const QString& reason = {});
    Status unbindMachine(const QString& path, const QString& machine, const QString& reason = {});
    Status bindUrl(const QString& path, const QString& url, const QString& reason = {});
    Status unbindUrl(const QString& path, const QString& url, const QString& reason = {});

    // A service's package and config: versioned as the service's row (ServiceStore).
    Status setServiceData(const QString& path, const QString& package, const QString& config,
                          const QString& reason = {}, std::optional<qint64> expectedVersion = {});

    static QStringList kinds()
    {
        return {QStringLiteral("folder"), QStringLiteral("group"), QStringLiteral("service")};
    }

private:
    const InventoryWriter& m_writer;
};

} // namespace opsdeck
