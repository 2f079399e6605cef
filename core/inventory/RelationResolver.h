#pragma once

#include "db/Database.h"
#include "inventory/InventoryTypes.h"
#include "util/Result.h"

#include <memory>

namespace opsdeck {

// What relations mean right now: a service-level relation resolves to its endpoint,
// a unit-level one to every unit `ip:port` of the needed service (only those at the
// relation's port when it has one), sorted.
class RelationResolver
{
public:
    explicit RelationResolver(std::shared_ptr<Database> db) : m_db(std::move(db)) {}

    Result<QList<ResolvedRelation>> resolve(const QString& servicePath) const;
    // Every relation of every service (for the relations editor).
    Result<QList<ResolvedRelation>> resolveAll() const;

    // After the units of `neededService` changed: every unit of every service that
    // needs it, with the relation's new endpoint list (what `relation-changed` gets).
    Result<QList<RelationChange>> changesFor(const QString& neededService) const;

    // "10.0.0.1:6379", "[fe80::1]:6379".
    static QString endpoint(const QString& address, int port);

private:
    Result<QStringList> unitEndpoints(const QString& service, int port) const;
    std::shared_ptr<Database> m_db;
};

} // namespace opsdeck
