#include "inventory_io/AnsibleIniWriter.h"

#include "inventory_io/AnsibleGroupLayout.h"
#include "inventory_io/PythonLiteral.h"

#include <QSet>
#include <algorithm>

namespace opsdeck {

namespace {

// A var value as INI text that Ansible's INI reader (ast.literal_eval) gives back with its type:
// strings as they are when they would not read as anything else, otherwise Python literals
// ('2', 2, True, None, [1, 'a'], {'k': 1}).
QString valueText(const QVariant& v)
{
    if (v.typeId() == QMetaType::QString)
        return python_literal::stringText(v.toString());
    return python_literal::literal(v);
}

// One word of a host line (`key=value`): quoted when it holds anything the line splitter reads.
QString hostWord(const QString& text)
{
    // (';' first would make the line a comment.)
    const bool plain =
        !text.isEmpty() && !text.startsWith(u';') && std::none_of(text.cbegin(), text.cend(), [](QChar c) {
            return c.isSpace() || c == u'"' || c == u'\'' || c == u'\\' || c == u'#';
        });
    if (plain)
        return text;
    QString out = QStringLiteral("\"");
    for (QChar c : text) {
        if (c == u'"' || c == u'\\')
            out += u'\\';
        out += c;
    }
    return out + u'"';
}

} // namespace

QByteArray writeAnsibleIni(const InventoryDocument& doc)
{
    const AnsibleGroupLayout layout(doc);
    QString out = QStringLiteral("# Ansible inventory written by Opsdeck");
    if (!doc.sourceName.isEmpty())
        out += QStringLiteral(" (from %1)").arg(doc.sourceName);
    out += u'\n';

    QSet<QString> written;
    const auto hostLine = [&](const QString& name) {
        QString line = hostWord(name);
        if (!written.contains(name)) {
            written.insert(name);
            for (const auto& [key, value] : layout.hostVars(name))
                line += u' ' + hostWord(key) + u'=' + hostWord(valueText(value));
        }
        return line + u'\n';
    };

    if (!layout.ungroupedHosts().isEmpty()) {
        out += u'\n';
        for (const QString& h : layout.ungroupedHosts())
            out += hostLine(h);
    }
    for (const AnsibleGroupLayout::Group& g : layout.groups()) {
        const bool empty = g.hosts.isEmpty() && g.vars.isEmpty() && g.children.isEmpty();
        if (!g.hosts.isEmpty() || empty) {
            out += QStringLiteral("\n[%1]\n").arg(g.name);
            for (const QString& h : g.hosts)
                out += hostLine(h);
        }
        if (!g.vars.isEmpty()) {
            out += QStringLiteral("\n[%1:vars]\n").arg(g.name);
            for (const auto& [key, value] : g.vars)
                out += key + u'=' + valueText(value) + u'\n';
        }
        if (!g.children.isEmpty()) {
            out += QStringLiteral("\n[%1:children]\n").arg(g.name);
            for (const QString& c : g.children)
                out += c + u'\n';
        }
    }
    return out.toUtf8();
}

} // namespace opsdeck
