#pragma once

#include "db/Database.h"
#include "inventory_io/InventoryDocument.h"
#include "util/Result.h"

#include <memory>

namespace opsdeck {

// Builds an InventoryDocument from the database: every node (kind, product-line flag,
// vars) and every machine (address, port, user, pool, bound nodes, imported meta),
// so that applying the export to the same database changes nothing. Units,
// relations, URL bindings, tags and states are not part of a document.
class InventoryExporter
{
public:
    explicit InventoryExporter(std::shared_ptr<Database> db) : m_db(std::move(db)) {}

    Result<InventoryDocument> exportDocument() const;

private:
    std::shared_ptr<Database> m_db;
};

} // namespace opsdeck
