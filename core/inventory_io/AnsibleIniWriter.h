#pragma once

#include "inventory_io/InventoryDocument.h"
#include "util/Result.h"

#include <QByteArray>

namespace opsdeck {

// The tree as an Ansible INI inventory (see AnsibleGroupNaming.h for how nodes become groups).
QByteArray writeAnsibleIni(const InventoryDocument& doc);

} // namespace opsdeck
