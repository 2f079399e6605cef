#pragma once

#include "inventory/InventoryTypes.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>
#include <vector>

namespace opsdeck {

// What the machines table shows: text (any of name, address, tags, nodes; case
// folded), and exact state, pool, tag and node (the node or below it).
struct MachineQuery
{
    QString text;
    std::optional<MachineState> state;
    QString pool;
    QString tag;
    QString node;

    bool isEmpty() const
    {
        return text.isEmpty() && !state && pool.isEmpty() && tag.isEmpty() && node.isEmpty();
    }
    friend bool operator==(const MachineQuery&, const MachineQuery&) = default;
};

// The machines of the pool with everything sorting and filtering needs worked out in
// advance (off the GUI thread): case-folded keys, interned pools and tags, and one
// ascending order per column. Sorting is then picking an order, and filtering one
// pass over the rows, so both stay well under a frame's budget at 100,000 machines.
class MachineIndex
{
public:
    enum Column
    {
        Name,
        Address,
        Pool,
        State,
        Nodes,
        Tags,
        LastSeen,
        ColumnCount
    };

    MachineIndex() = default;
    // Case-folded keys, interned pools and tags, the name order, and with `allOrders`
    // every other column's order too. Without, the other orders come later through
    // computeOrder() (off the GUI thread, on an orderSource()) and setOrder().
    static MachineIndex build(QList<Machine> machines, bool allOrders = true);

    // What computing an order needs, shared (not copied) from the index.
    struct OrderSource
    {
        QList<Machine> machines;
        std::vector<int> byName;
        std::vector<int> poolId;
        QStringList poolNames;
    };
    OrderSource orderSource() const;
    static std::vector<int> computeOrder(const OrderSource& source, Column column);
    bool hasOrder(Column column) const;
    void setOrder(Column column, std::vector<int> order);

    int size() const { return int(m_machines.size()); }
    const Machine& machine(int i) const { return m_machines.at(i); }
    // The row of the machine named `name`, -1 if none.
    int find(const QString& name) const { return m_byName.value(name, -1); }
    // The row of the machine with id `id`, -1 if none.
    int findId(qint64 id) const { return m_byId.value(id, -1); }

    // One machine changed (a ChangeFeed's Change): `m` replaces the row of its id, or
    // becomes a new last row; every computed order stays sorted (the row is taken out
    // and put back where it sorts). Returns its row. Linear in the fleet: for the few
    // rows a change names, not for a load.
    int upsert(Machine m);
    // Takes the row `row` out; the last row moves into its place (its number becomes `row`).
    void remove(int row);

    // Every row, ascending by `column` (ties by name); empty until computed.
    const std::vector<int>& order(Column column) const { return m_orders[column]; }

    bool matches(int row, const MachineQuery& query, const QString& foldedText) const;
    // The rows matching `query`, in `column` order (descending when `descending`).
    std::vector<int> select(const MachineQuery& query, Column column, bool descending) const;
    // The rows of `rows` (kept in their order) matching `query`: a narrower filter
    // only has to look at what the previous one let through.
    std::vector<int> narrow(const std::vector<int>& rows, const MachineQuery& query) const;

    // Every pool and tag in use, sorted.
    QStringList pools() const;
    QStringList tags() const;

private:
    void indexRow(int row); // search key, pool, tags, name and id of m_machines[row]
    bool sortsBefore(Column column, int a, int b) const; // the order computeOrder() gives
    void placeInOrders(int row, const bool* had);

    QList<Machine> m_machines;
    std::vector<QString> m_search; // case-folded "name\naddress\ntags\nnodes"
    std::vector<int> m_poolId;
    std::vector<std::vector<int>> m_tagIds;
    std::vector<int> m_orders[ColumnCount];
    QHash<QString, int> m_byName;
    QHash<qint64, int> m_byId;
    QStringList m_poolNames;
    QStringList m_tagNames;
    QHash<QString, int> m_poolIds;
    QHash<QString, int> m_tagIdsByName;
};

} // namespace opsdeck
