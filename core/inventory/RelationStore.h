#pragma once

#include "inventory/InventoryWriter.h"
#include "util/Result.h"

#include <QString>

namespace opsdeck {

// Relations between services: unit-level (A needs every unit ip:port of B, only B's
// units at `port` when port > 0) and service-level (A needs a third-party HOST:PORT).
class RelationStore
{
public:
    explicit RelationStore(const InventoryWriter& writer) : m_writer(writer) {}

    Status addNeedsService(const QString& service, const QString& needs, int port = 0,
                           const QString& reason = {});
    Status addNeedsEndpoint(const QString& service, const QString& endpoint, const QString& reason = {});
    Status remove(qint64 relationId, const QString& reason = {});

    // "host:port" / "[v6]:port" with a port in 1-65535.
    static Status validateEndpoint(const QString& endpoint);

private:
    const InventoryWriter& m_writer;
};

} // namespace opsdeck
