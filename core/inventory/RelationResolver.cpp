#include "inventory/RelationResolver.h"

#include "inventory/InventoryReader.h"
#include "util/TreePath.h"

namespace opsdeck {

QString RelationResolver::endpoint(const QString& address, int port)
{
    const bool v6 = address.contains(QLatin1Char(':')) && !address.startsWith(QLatin1Char('['));
    return (v6 ? QLatin1Char('[') + address + QLatin1Char(']') : address) + QLatin1Char(':') +
           QString::number(port);
}

Result<QStringList> RelationResolver::unitEndpoints(const QString& service, int port) const
{
    auto units = InventoryReader(m_db).loadUnits(service);
    if (!units.ok())
        return units.error();
    QStringList out;
    for (const Unit& u : std::as_const(*units))
        if (port <= 0 || u.port == port)
            out << endpoint(u.address, u.port);
    out.sort();
    out.removeDuplicates();
    return out;
}

Result<QList<ResolvedRelation>> RelationResolver::resolve(const QString& servicePath) const
{
    auto relations = InventoryReader(m_db).loadRelations(servicePath);
    if (!relations.ok())
        return relations.error();
    QList<ResolvedRelation> out;
    for (const Relation& r : std::as_const(*relations)) {
        ResolvedRelation rr{r, {}};
        if (r.isUnitLevel()) {
            auto eps = unitEndpoints(r.needs, r.port);
            if (!eps.ok())
                return eps.error();
            rr.endpoints = *eps;
        } else {
            rr.endpoints << r.endpoint;
        }
        out << rr;
    }
    return out;
}

Result<QList<ResolvedRelation>> RelationResolver::resolveAll() const
{
    return resolve({});
}

Result<QList<RelationChange>> RelationResolver::changesFor(const QString& neededService) const
{
    InventoryReader reader(m_db);
    auto needed = reader.loadUnits(neededService); // also checks the service exists
    if (!needed.ok())
        return needed.error();
    auto all = reader.loadRelations();
    if (!all.ok())
        return all.error();
    QList<RelationChange> out;
    const QString normal = trimmedTreePath(neededService);
    for (const Relation& r : std::as_const(*all)) {
        if (r.needs != normal)
            continue;
        QStringList eps;
        for (const Unit& u : std::as_const(*needed))
            if (r.port <= 0 || u.port == r.port)
                eps << endpoint(u.address, u.port);
        eps.sort();
        eps.removeDuplicates();
        auto upstream = reader.loadUnits(r.service);
        if (!upstream.ok())
            return upstream.error();
        for (const Unit& u : std::as_const(*upstream))
            out << RelationChange{u, r, eps};
    }
    return out;
}

} // namespace opsdeck
