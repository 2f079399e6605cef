#pragma once

#include <QSortFilterProxyModel>

namespace opsdeck {

// The service tree filtered by name: a recursive filter, so a matching node keeps its
// ancestors visible (10,000 nodes are well within a stock proxy's reach).
class ServiceTreeFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit ServiceTreeFilterModel(QObject* parent = nullptr);

    // Case-insensitive text in a node's name; empty shows every node.
    void setFilterText(const QString& text);
};

} // namespace opsdeck
