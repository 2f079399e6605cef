#pragma once

// Shared by the inventory fuzz targets: what must hold for any document a reader accepts (the
// JSON export reads back, with the same machine names: one name rule for every reader).

#include "inventory_io/AnsibleIniParser.h"
#include "inventory_io/AnsibleIniWriter.h"
#include "inventory_io/AnsibleYamlParser.h"
#include "inventory_io/AnsibleYamlWriter.h"
#include "inventory_io/InventoryJsonParser.h"
#include "inventory_io/InventoryJsonWriter.h"

#include <QHash>
#include <QLoggingCategory>
#include <QSet>
#include <cmath>
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
    // A range pattern makes 10,000 hosts from a few bytes; three exports and a read-back of
    // those take longer than the fuzzer's 10 s limit under ASan on a loaded machine, and
    // say nothing a 1,000-host document does not.
    if (doc.hosts.size() > 1000)
        return;
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

// Equal values of equal types (NaN equals NaN; qlonglong and int are one type here).
inline bool sameValue(const QVariant& a, const QVariant& b)
{
    const auto kind = [](const QVariant& v) {
        const int t = v.typeId();
        return t == QMetaType::Int || t == QMetaType::UInt || t == QMetaType::ULongLong
                   ? int(QMetaType::LongLong)
               : t == QMetaType::QStringList ? int(QMetaType::QVariantList)
                                             : t;
    };
    if (kind(a) != kind(b))
        return false;
    switch (kind(a)) {
    case QMetaType::Double:
        return (std::isnan(a.toDouble()) && std::isnan(b.toDouble())) || a.toDouble() == b.toDouble();
    case QMetaType::QVariantList: {
        const QVariantList x = a.toList(), y = b.toList();
        if (x.size() != y.size())
            return false;
        for (qsizetype i = 0; i < x.size(); ++i) {
            if (!sameValue(x[i], y[i]))
                return false;
        }
        return true;
    }
    case QMetaType::QVariantMap: {
        const QVariantMap x = a.toMap(), y = b.toMap();
        if (x.keys() != y.keys())
            return false;
        for (auto it = x.cbegin(); it != x.cend(); ++it) {
            if (!sameValue(it.value(), y.value(it.key())))
                return false;
        }
        return true;
    }
    default:
        return a == b;
    }
}

[[noreturn]] inline void fail(const char* what, const QString& detail)
{
    std::fprintf(stderr, "%s: %s\n", what, qPrintable(detail));
    std::abort();
}

// What an Ansible reader made of a file, written by `write` and read back by `read`, is the same
// tree and the same machines with the same typed vars (order aside).
template <typename Write, typename Read>
void checkAnsibleRoundTrip(const InventoryDocument& doc, Write write, Read read, const char* format)
{
    const QByteArray text = write(doc);
    const auto back = read(text, QStringLiteral("export"));
    if (!back.ok())
        fail(format, QStringLiteral("the export does not read back: ") + back.error().message + u'\n' +
                         QString::fromUtf8(text));
    if (back->nodes.size() != doc.nodes.size() || back->hosts.size() != doc.hosts.size())
        fail(format, QStringLiteral("counts differ\n") + QString::fromUtf8(text));
    // Hash lookups: a range can make 10,000 hosts.
    QHash<QString, const InventoryNode*> nodes;
    for (const InventoryNode& n : back->nodes)
        nodes.insert(n.path, &n);
    QHash<QString, const InventoryHost*> hosts;
    for (const InventoryHost& h : back->hosts)
        hosts.insert(h.name, &h);
    for (const InventoryNode& n : doc.nodes) {
        const InventoryNode* m = nodes.value(n.path);
        if (!m || m->kind != n.kind || m->productLine != n.productLine ||
            !sameValue(QVariant(m->vars), QVariant(n.vars)))
            fail(format, QStringLiteral("node '%1' differs\n").arg(n.path) + QString::fromUtf8(text));
    }
    for (const InventoryHost& h : doc.hosts) {
        const InventoryHost* g = hosts.value(h.name);
        if (!g || g->address != h.address || g->port != h.port || g->user != h.user || g->pool != h.pool ||
            QSet<QString>(g->nodePaths.cbegin(), g->nodePaths.cend()) !=
                QSet<QString>(h.nodePaths.cbegin(), h.nodePaths.cend()) ||
            !sameValue(QVariant(g->meta), QVariant(h.meta))) {
            QString why = g ? QStringLiteral(" %1:%2@%3 became %4:%5@%6;")
                                  .arg(h.address)
                                  .arg(h.port)
                                  .arg(h.user, g->address)
                                  .arg(g->port)
                                  .arg(g->user)
                            : QString();
            for (auto it = h.meta.cbegin(); g && it != h.meta.cend(); ++it) {
                if (!sameValue(g->meta.value(it.key()), it.value()))
                    why += QStringLiteral(" meta '%1': %2 became %3;")
                               .arg(it.key(), it.value().toString(), g->meta.value(it.key()).toString());
            }
            fail(format, QStringLiteral("host '%1' differs:%2\n").arg(h.name, why) + QString::fromUtf8(text));
        }
    }
}

// For documents read from Ansible files: the INI and YAML exports give them back exactly.
// (Up to 1,000 hosts: a range seed makes 10,000, and every prefix of it is replayed.)
inline void checkAnsibleWriters(const InventoryDocument& doc)
{
    if (doc.hosts.size() > 1000)
        return;
    checkAnsibleRoundTrip(doc, writeAnsibleIni, parseAnsibleIni, "INI export");
    checkAnsibleRoundTrip(doc, writeAnsibleYaml, parseAnsibleYaml, "YAML export");
}

} // namespace opsdeck::fuzz
