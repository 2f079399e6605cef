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

MachineIndex MachineIndex::build(QList<Machine> machines)
{
    MachineIndex ix;
    ix.m_machines = std::move(machines);
    const int n = int(ix.m_machines.size());
    ix.m_search.resize(n);
    ix.m_poolId.resize(n);
    ix.m_tagIds.resize(n);
    ix.m_byName.reserve(n);
    std::vector<QString> nameKey(n), addressKey(n), nodesKey(n), tagsKey(n);
    std::vector<int> stateKey(n);
    const QChar sep = u'\n';
    for (int i = 0; i < n; ++i) {
        Machine& m = ix.m_machines[i];
        ix.m_byName.insert(m.name, i);
        auto pool = ix.m_poolIds.constFind(m.pool);
        if (pool == ix.m_poolIds.constEnd()) {
            pool = ix.m_poolIds.insert(m.pool, int(ix.m_poolNames.size()));
            ix.m_poolNames << m.pool;
        }
        m.pool = ix.m_poolNames.at(*pool); // share one string per pool
        ix.m_poolId[i] = *pool;
        for (const QString& t : std::as_const(m.tags)) {
            auto tag = ix.m_tagIdsByName.constFind(t);
            if (tag == ix.m_tagIdsByName.constEnd()) {
                tag = ix.m_tagIdsByName.insert(t, int(ix.m_tagNames.size()));
                ix.m_tagNames << t;
            }
            ix.m_tagIds[i].push_back(*tag);
        }
        nameKey[i] = m.name.toLower();
        addressKey[i] = m.address.toLower();
        tagsKey[i] = m.tags.join(u',').toLower();
        nodesKey[i] = m.nodes.join(u',').toLower();
        stateKey[i] = int(m.state);
        ix.m_search[i] = nameKey[i] + sep + addressKey[i] + sep + tagsKey[i] + sep + nodesKey[i];
    }

    std::vector<int> identity(n);
    std::iota(identity.begin(), identity.end(), 0);
    std::vector<int> byName = identity;
    std::sort(byName.begin(), byName.end(), [&](int a, int b) {
        const int c = QStringView(nameKey[a]).compare(QStringView(nameKey[b]));
        return c != 0 ? c < 0 : QStringView(ix.m_machines[a].name).compare(ix.m_machines[b].name) < 0;
    });
    std::vector<int> nameRank(n);
    for (int r = 0; r < n; ++r)
        nameRank[byName[r]] = r;

    // Pools sorted by folded name, so the pool column sorts alphabetically.
    std::vector<int> poolRank(ix.m_poolNames.size());
    {
        std::vector<int> p(ix.m_poolNames.size());
        std::iota(p.begin(), p.end(), 0);
        std::sort(p.begin(), p.end(), [&](int a, int b) {
            return ix.m_poolNames.at(a).compare(ix.m_poolNames.at(b), Qt::CaseInsensitive) < 0;
        });
        for (int r = 0; r < int(p.size()); ++r)
            poolRank[p[r]] = r;
    }
    std::vector<int> poolKey(n);
    for (int i = 0; i < n; ++i)
        poolKey[i] = poolRank[ix.m_poolId[i]];

    ix.m_orders[Name] = byName;
    ix.m_orders[Address] = stringOrder(byName, nameRank, addressKey);
    ix.m_orders[Pool] = bucketOrder(byName, poolKey, int(poolRank.size()));
    ix.m_orders[State] = bucketOrder(byName, stateKey, int(MachineLifecycle::allStates.size()));
    ix.m_orders[Nodes] = stringOrder(byName, nameRank, nodesKey);
    ix.m_orders[Tags] = stringOrder(byName, nameRank, tagsKey);
    {
        std::vector<int> out = byName;
        std::stable_sort(out.begin(), out.end(), [&](int a, int b) {
            const auto& x = ix.m_machines[a].lastSeen;
            const auto& y = ix.m_machines[b].lastSeen;
            return x.value_or(-1) < y.value_or(-1); // never seen first
        });
        ix.m_orders[LastSeen] = std::move(out);
    }
    return ix;
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
