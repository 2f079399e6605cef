#pragma once

#include "inventory_io/InventoryDocument.h"
#include "util/Result.h"

#include <QByteArrayView>

namespace opsdeck {

// Reads an Ansible YAML inventory (group: {hosts, vars, children}) with yaml-cpp. Same mapping as
// the INI reader (AnsibleInventoryBuilder.h); scalar types follow YAML 1.1 as Ansible sees them.
// A bad file yields Error::refused("file:line: ...").
Result<InventoryDocument> parseAnsibleYaml(QByteArrayView text, const QString& fileName);

} // namespace opsdeck
