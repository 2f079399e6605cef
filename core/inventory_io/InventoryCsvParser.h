#pragma once

#include "inventory_io/InventoryDocument.h"
#include "util/Result.h"

#include <QByteArrayView>

namespace opsdeck {

// Reads a CSV machine list (RFC 4180) with a header row naming the columns
// name,address,port,user,pool,node_path (any order; only name is required).
Result<InventoryDocument> parseInventoryCsv(QByteArrayView text, const QString& fileName);

} // namespace opsdeck
