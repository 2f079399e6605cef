#pragma once

#include "inventory_io/InventoryDocument.h"
#include "util/Result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace opsdeck {

// Picks the inventory_io parser or writer for a format name (the CLI's --format).
namespace InventoryFiles {

// ansible (INI or YAML, told apart by the extension, else by the content),
// ansible-ini, ansible-yaml, ssh-config, csv, json.
QStringList importFormats();
QStringList exportFormats(); // json, ansible-ini, ansible-yaml

// True when `text` (or the file name's extension) looks like a YAML inventory.
bool looksLikeYaml(QByteArrayView text, const QString& fileName);

Result<InventoryDocument> parse(const QString& format, QByteArrayView text, const QString& fileName);
// Reads `path` ("-" = standard input) and parses it.
Result<InventoryDocument> parseFile(const QString& format, const QString& path);
Result<QByteArray> write(const QString& format, const InventoryDocument& doc);

} // namespace InventoryFiles
} // namespace opsdeck
