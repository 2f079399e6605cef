#include "inventory/MachineIndex.h"

#include <algorithm>
#include <numeric>

namespace opsdeck {

namespace {

// A stable counting sort of `byName` on a small integer key (pool, state).
std::vector<int> bucketOrder(const std::vector<int>& byName, const std::vector<int>& key, int buckets)
{
    std::vector<int> start(buckets + 1, 0);
    for (int k : key)
        ++start[k + 1];
    std::partial_sum(start.begin(), start.end(), start.begin());
    std::vector<int> out(byName.size());
    for (int row : byName)
        out[start[key[row]]++] = row;
    return out;
}

std::vector<int> stringOrder(const std::vector<int>& byName, const std::vector<int>& nameRank,
                             const std::vector<QString>& key)
{
    std::vector<int> out = byName;
    std::sort(out.begin(), out.end(), [&](int a, int b) {
        const int c = QStringView(key[a]).compare(QStringView(key[b]));
        return c != 0 ? c < 0 : nameRank[a] < nameRank[b];
    });
    return out;
}

bool underNode(const QStringList& nodes, const QString& node)
{
    for (const QString& n : nodes)
        if (n.size() >= node.size() && n.startsWith(node) &&
            (n.size() == node.size() || n.at(node.size()) == u'/'))
            return true;
    return false;
}

} // namespace

void MachineIndex::indexRow(int i)
{
    Machine& m = m_machines[i];
    m_byName.insert(m.name, i);
    m_byId.insert(m.id, i);
    auto pool = m_poolIds.constFind(m.pool);
    if (pool == m_poolIds.constEnd()) {
        pool = m_poolIds.insert(m.pool, int(m_poolNames.size()));
        m_poolNames << m.pool;
    }
    m.pool = m_poolNames.at(*pool); // share one string per pool
    m_poolId[i] = *pool;
    m_tagIds[i].clear();
    for (const QString& t : std::as_const(m.tags)) {
        auto tag = m_tagIdsByName.constFind(t);
        if (tag == m_tagIdsByName.constEnd()) {
            tag = m_tagIdsByName.insert(t, int(m_tagNames.size()));
            m_tagNames << t;
        }
        m_tagIds[i].push_back(*tag);
    }
    const QChar sep = u'\n';
    m_search[i] = (m.name + sep + m.address + sep + m.tags.join(u',') + sep + m.nodes.join(u',')).toLower();
}

MachineIndex MachineIndex::build(QList<Machine> machines, bool allOrders)
{
    MachineIndex ix;
    ix.m_machines = std::move(machines);
    const int n = int(ix.m_machines.size());
    ix.m_search.resize(n);
    ix.m_poolId.resize(n);
    ix.m_tagIds.resize(n);
    ix.m_byName.reserve(n);
    ix.m_byId.reserve(n);
    std::vector<QString> nameKey(n);
    for (int i = 0; i < n; ++i) {
        ix.indexRow(i);
        nameKey[i] = ix.m_machines[i].name.toLower();
    }

    std::vector<int> byName(n);
    std::iota(byName.begin(), byName.end(), 0);
    std::sort(byName.begin(), byName.end(), [&](int a, int b) {
        const int c = QStringView(nameKey[a]).compare(QStringView(nameKey[b]));
        return c != 0 ? c < 0 : QStringView(ix.m_machines[a].name).compare(ix.m_machines[b].name) < 0;
    });
    ix.m_orders[Name] = std::move(byName);
    if (allOrders) {
        const OrderSource src = ix.orderSource();
        for (int c = 0; c < ColumnCount; ++c)
            if (!ix.hasOrder(Column(c)))
                ix.setOrder(Column(c), computeOrder(src, Column(c)));
    }
    return ix;
}

MachineIndex::OrderSource MachineIndex::orderSource() const
{
    return {m_machines, m_orders[Name], m_poolId, m_poolNames};
}

bool MachineIndex::hasOrder(Column column) const
{
    return int(m_orders[column].size()) == size();
}

void MachineIndex::setOrder(Column column, std::vector<int> order)
{
    if (int(order.size()) == size())
        m_orders[column] = std::move(order);
}

std::vector<int> MachineIndex::computeOrder(const OrderSource& src, Column column)
{
    const std::vector<int>& byName = src.byName;
    const int n = int(byName.size());
    if (column == Name)
        return byName;
    std::vector<int> nameRank(n);
    for (int r = 0; r < n; ++r)
        nameRank[byName[r]] = r;
    auto folded = [&](auto field) {
        std::vector<QString> key(n);
        for (int i = 0; i < n; ++i)
            key[i] = field(src.machines.at(i)).toLower();
        return key;
    };
    switch (column) {
    case Address:
        return stringOrder(byName, nameRank, folded([](const Machine& m) { return m.address; }));
    case Nodes:
        return stringOrder(byName, nameRank, folded([](const Machine& m) { return m.nodes.join(u','); }));
    case Tags:
        return stringOrder(byName, nameRank, folded([](const Machine& m) { return m.tags.join(u','); }));
    case Pool: {
        // Pools sorted by folded name, so the pool column sorts alphabetically.
        std::vector<int> p(src.poolNames.size());
        std::iota(p.begin(), p.end(), 0);
        std::sort(p.begin(), p.end(), [&](int a, int b) {
            return src.poolNames.at(a).compare(src.poolNames.at(b), Qt::CaseInsensitive) < 0;
        });
        std::vector<int> poolRank(p.size());
        for (int r = 0; r < int(p.size()); ++r)
            poolRank[p[r]] = r;
        std::vector<int> key(n);
        for (int i = 0; i < n; ++i)
            key[i] = poolRank[src.poolId[i]];
        return bucketOrder(byName, key, int(poolRank.size()));
    }
    case State: {
        std::vector<int> key(n);
        for (int i = 0; i < n; ++i)
            key[i] = int(src.machines.at(i).state);
        return bucketOrder(byName, key, int(MachineLifecycle::allStates.size()));
    }
    case LastSeen: {
        std::vector<int> out = byName;
        std::stable_sort(out.begin(), out.end(), [&](int a, int b) {
            // Never seen first.
            return src.machines.at(a).lastSeen.value_or(-1) < src.machines.at(b).lastSeen.value_or(-1);
        });
        return out;
    }
    default:
        return byName;
    }
}

bool MachineIndex::sortsBefore(Column column, int a, int b) const
{
    const Machine& x = m_machines.at(a);
    const Machine& y = m_machines.at(b);
    auto byName = [&] {
        const int c = QStringView(x.name.toLower()).compare(QStringView(y.name.toLower()));
        return c != 0 ? c < 0 : QStringView(x.name).compare(y.name) < 0;
    };
    auto byText = [&](const QString& l, const QString& r) {
        const int c = QStringView(l.toLower()).compare(QStringView(r.toLower()));
        return c != 0 ? c < 0 : byName();
    };
    switch (column) {
    case Address:
        return byText(x.address, y.address);
    case Nodes:
        return byText(x.nodes.join(u','), y.nodes.join(u','));
    case Tags:
        return byText(x.tags.join(u','), y.tags.join(u','));
    case Pool: {
        const int c = x.pool.compare(y.pool, Qt::CaseInsensitive);
        return c != 0 ? c < 0 : byName();
    }
    case State:
        return x.state != y.state ? int(x.state) < int(y.state) : byName();
    case LastSeen: {
        const qint64 l = x.lastSeen.value_or(-1);
        const qint64 r = y.lastSeen.value_or(-1);
        return l != r ? l < r : byName();
    }
    default:
        return byName();
    }
}

void MachineIndex::placeInOrders(int row, const bool* had)
{
    for (int c = 0; c < ColumnCount; ++c) {
        if (!had[c])
            continue;
        std::vector<int>& ord = m_orders[c];
        const auto at = std::lower_bound(ord.begin(), ord.end(), row,
                                         [&](int a, int b) { return sortsBefore(Column(c), a, b); });
        ord.insert(at, row);
    }
}

int MachineIndex::upsert(Machine m)
{
    bool had[ColumnCount];
    for (int c = 0; c < ColumnCount; ++c)
        had[c] = hasOrder(Column(c));
    int row = findId(m.id);
    if (row < 0) {
        row = size();
        m_machines.append(std::move(m));
        m_search.emplace_back();
        m_poolId.push_back(0);
        m_tagIds.emplace_back();
    } else {
        for (int c = 0; c < ColumnCount; ++c)
            if (had[c])
                m_orders[c].erase(std::find(m_orders[c].begin(), m_orders[c].end(), row));
        if (m_byName.value(m_machines.at(row).name, -1) == row)
            m_byName.remove(m_machines.at(row).name); // renamed, perhaps
        m_machines[row] = std::move(m);
    }
    indexRow(row);
    placeInOrders(row, had);
    return row;
}

void MachineIndex::remove(int row)
{
    const int last = size() - 1;
    if (row < 0 || row > last)
        return;
    for (int c = 0; c < ColumnCount; ++c) {
        std::vector<int>& ord = m_orders[c];
        if (int(ord.size()) != size())
            continue;
        ord.erase(std::find(ord.begin(), ord.end(), row));
        if (row != last)
            *std::find(ord.begin(), ord.end(), last) = row;
    }
    m_byName.remove(m_machines.at(row).name);
    m_byId.remove(m_machines.at(row).id);
    if (row != last) {
        m_machines[row] = std::move(m_machines[last]);
        m_search[row] = std::move(m_search[last]);
        m_poolId[row] = m_poolId[last];
        m_tagIds[row] = std::move(m_tagIds[last]);
        m_byName.insert(m_machines.at(row).name, row);
        m_byId.insert(m_machines.at(row).id, row);
    }
    m_machines.removeLast();
    m_search.pop_back();
    m_poolId.pop_back();
    m_tagIds.pop_back();
}

bool MachineIndex::matches(int row, const MachineQuery& query, const QString& foldedText) const
{
    const Machine& m = m_machines.at(row);
    if (query.state && m.state != *query.state)
        return false;
    if (!query.pool.isEmpty()) {
        const int pool = m_poolIds.value(query.pool, -1);
        if (m_poolId[row] != pool)
            return false;
    }
    if (!query.tag.isEmpty()) {
        const int tag = m_tagIdsByName.value(query.tag, -1);
        const auto& ids = m_tagIds[row];
        if (std::find(ids.begin(), ids.end(), tag) == ids.end())
            return false;
    }
    if (!query.node.isEmpty() && !underNode(m.nodes, query.node))
        return false;
    if (!foldedText.isEmpty() && !QStringView(m_search[row]).contains(foldedText))
        return false;
    return true;
}

std::vector<int> MachineIndex::narrow(const std::vector<int>& rows, const MachineQuery& query) const
{
    const QString folded = query.text.toLower();
    std::vector<int> out;
    out.reserve(rows.size());
    for (int row : rows)
        if (matches(row, query, folded))
            out.push_back(row);
    return out;
}

QStringList MachineIndex::pools() const
{
    QStringList out = m_poolNames;
    out.sort(Qt::CaseInsensitive);
    return out;
}

QStringList MachineIndex::tags() const
{
    QStringList out = m_tagNames;
    out.sort(Qt::CaseInsensitive);
    return out;
}

std::vector<int> MachineIndex::select(const MachineQuery& query, Column column, bool descending) const
{
    const std::vector<int>& ord = m_orders[column];
    std::vector<int> out;
    if (query.isEmpty()) {
        out = ord;
    } else {
        const QString folded = query.text.toLower();
        std::vector<char> hit(m_machines.size(), 0);
        std::size_t count = 0;
        for (int row = 0; row < int(hit.size()); ++row)
            if (matches(row, query, folded)) {
                hit[row] = 1;
                ++count;
            }
        out.reserve(count);
        for (int row : ord)
            if (hit[row])
                out.push_back(row);
    }
    if (descending)
        std::reverse(out.begin(), out.end());
    return out;
}

} // namespace opsdeck
