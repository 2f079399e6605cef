#pragma once

// Shared by the inventory fuzz targets: what must hold for any document a reader accepts.

#include "inventory_io/AnsibleIniWriter.h"
#include "inventory_io/AnsibleYamlWriter.h"
#include "inventory_io/InventoryJsonParser.h"
#include "inventory_io/InventoryJsonWriter.h"

#include <QLoggingCategory>
#include <cstdio>
#include <cstdlib>

namespace opsdeck::fuzz {

inline void quietLogs()
{
    static const bool once = [] {
        QLoggingCategory::setFilterRules(QStringLiteral("opsdeck.*.debug=false"));
        return true;
    }();
    (void)once;
}

inline void checkWriters(const InventoryDocument& doc)
{
    (void)writeAnsibleIni(doc);
    (void)writeAnsibleYaml(doc);
    const auto back = parseInventoryJson(writeInventoryJson(doc), QStringLiteral("export.json"));
    if (!back.ok() || back->nodes.size() != doc.nodes.size() || back->hosts.size() != doc.hosts.size()) {
        std::fprintf(stderr, "JSON export does not read back: %s\n",
                     back.ok() ? "counts differ" : qPrintable(back.error().message));
        std::abort();
    }
}

} // namespace opsdeck::fuzz
