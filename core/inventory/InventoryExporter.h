#pragma once

#include "db/Database.h"
#include "inventory_io/InventoryDocument.h"
#include "util/Result.h"

#include <memory>

namespace opsdeck {

// Builds an InventoryDocument from the database: every node (kind, product-line flag,
// vars, bound URLs), every machine (address, port, user, pool, state, tags, bound
// nodes, imported meta), every unit and every relation, so that applying the export
// to the same database changes nothing and to an empty one reproduces the inventory
// (collected meta and service packages/configs are not part of a document).
class InventoryExporter
{
public:
    explicit InventoryExporter(std::shared_ptr<Database> db) : m_db(std::move(db)) {}

    Result<InventoryDocument> exportDocument() const;

private:
    std::shared_ptr<Database> m_db;
};

} // namespace opsdeck
