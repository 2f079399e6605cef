#pragma once

// Shared by the inventory fuzz targets: what must hold for any document a reader accepts (the
// JSON export reads back, with the same machine names: one name rule for every reader).

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
    for (qsizetype i = 0; i < doc.hosts.size(); ++i) {
        if (back->hosts[i].name != doc.hosts[i].name) {
            std::fprintf(stderr, "JSON export reads back machine '%s' as '%s'\n",
                         qPrintable(doc.hosts[i].name), qPrintable(back->hosts[i].name));
            std::abort();
        }
    }
}

} // namespace opsdeck::fuzz
