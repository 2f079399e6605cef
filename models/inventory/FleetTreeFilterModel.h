#pragma once

#include <QSortFilterProxyModel>
#include <vector>

namespace opsdeck {

class FleetTreeModel;

// The Fleet dock's tree filtered by name: a row stays when its name contains the text
// (case-insensitive), when a row below it does (its ancestors), or when it is under a
// node whose name matched (the node's subtree). The rows kept are worked out in one
// pass over the tree (FleetTreeModel::rowsKeptFor), not by a recursive filter asking
// every row's subtree, so a keystroke stays cheap at 10,000 machines.
class FleetTreeFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit FleetTreeFilterModel(QObject* parent = nullptr);

    void setSourceModel(QAbstractItemModel* source) override;
    // Empty shows every row.
    void setFilterText(const QString& text);
    QString filterText() const { return m_text; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    FleetTreeModel* m_fleet = nullptr;
    QString m_text;
    // What rowsKeptFor(m_text) gave, for the tree of m_keptGeneration: worked out again
    // on the first question after a reload swapped another tree in.
    mutable std::vector<bool> m_kept;
    mutable quint64 m_keptGeneration = 0;
};

} // namespace opsdeck
