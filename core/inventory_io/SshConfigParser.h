#pragma once

#include "inventory_io/InventoryDocument.h"
#include "util/Result.h"

#include <QByteArrayView>

namespace opsdeck {

// Reads an OpenSSH client configuration (ssh_config(5)). See SshConfigParser.cpp for the rules.
Result<InventoryDocument> parseSshConfig(QByteArrayView text, const QString& fileName);

} // namespace opsdeck
