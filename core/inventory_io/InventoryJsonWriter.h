#pragma once

#include "inventory_io/InventoryDocument.h"
#include "util/Result.h"

#include <QByteArray>

namespace opsdeck {

// The whole inventory as JSON; parseInventoryJson(writeInventoryJson(doc)) gives back the nodes
// and hosts unchanged.
QByteArray writeInventoryJson(const InventoryDocument& doc);

} // namespace opsdeck
