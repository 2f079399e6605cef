#pragma once

#include "inventory_io/InventoryDocument.h"
#include "util/Result.h"

#include <QByteArrayView>

namespace opsdeck {

// Reads an Ansible INI inventory ([group], [group:children], [group:vars], host lines with
// inline vars and ranges). The mapping to nodes and hosts is described in AnsibleInventoryBuilder.h.
// A bad file yields Error::refused("file:line: ...").
Result<InventoryDocument> parseAnsibleIni(QByteArrayView text, const QString& fileName);

} // namespace opsdeck
