#pragma once

#include "inventory_io/InventoryDocument.h"
#include "util/Result.h"

#include <QByteArrayView>

namespace opsdeck {

// Reads the JSON written by writeInventoryJson (shape in InventoryJsonWriter.h).
Result<InventoryDocument> parseInventoryJson(QByteArrayView text, const QString& fileName);

} // namespace opsdeck
