#include "inventory_io/AnsibleIniWriter.h"

#include "inventory_io/AnsibleGroupLayout.h"
#include "inventory_io/VariantJson.h"
#include "inventory_io/YamlScalar.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QSet>

namespace opsdeck {

namespace {

// A var value as INI text. INI holds strings: numbers and bools are written as text, lists and
// maps as compact JSON, line breaks as the two characters "\n".
QString valueText(const QVariant& v)
{
    switch (v.typeId()) {
    case QMetaType::UnknownType:
    case QMetaType::Nullptr:
        return {};
    case QMetaType::Bool:
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QMetaType::Double:
    case QMetaType::Float:
        return yaml_scalar::doubleText(v.toDouble());
    case QMetaType::QVariantList:
    case QMetaType::QStringList:
    case QMetaType::QVariantMap: {
        const QJsonValue j = variant_json::toJson(v);
        const QJsonDocument d = j.isArray() ? QJsonDocument(j.toArray()) : QJsonDocument(j.toObject());
        return QString::fromUtf8(d.toJson(QJsonDocument::Compact));
    }
    default:
        return v.toString().replace(u'\n', QStringLiteral("\\n")).remove(u'\r');
    }
}

// One word of a host line (`key=value`): quoted when it holds anything the line splitter reads.
QString hostWord(const QString& text)
{
    const bool plain = !text.isEmpty() && std::none_of(text.cbegin(), text.cend(), [](QChar c) {
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

// The value of a `[group:vars]` line: the rest of the line, so quotes are needed only to keep
// outer spaces or outer quotes.
QString varsLineValue(const QString& text)
{
    const bool quoteLike =
        text.size() >= 2 && (text.front() == u'"' || text.front() == u'\'') && text.back() == text.front();
    if (text.trimmed() != text || quoteLike)
        return u'"' + text + u'"';
    return text;
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
                line += u' ' + key + u'=' + hostWord(valueText(value));
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
                out += key + u'=' + varsLineValue(valueText(value)) + u'\n';
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
