#include "inventory_io/AnsibleYamlWriter.h"

#include "inventory_io/AnsibleGroupLayout.h"
#include "inventory_io/YamlScalar.h"

#include <QSet>
#include <yaml-cpp/yaml.h>

namespace opsdeck {

namespace {

void emitString(YAML::Emitter& out, const QString& text)
{
    if (yaml_scalar::needsQuotes(text))
        out << YAML::DoubleQuoted;
    out << text.toStdString();
}

// A mapping key. YAML allows an implicit key of at most 1,024 characters (escapes
// included: a control character is written as four); a longer one is written as an
// explicit "? key" so the export reads back.
void emitKey(YAML::Emitter& out, const QString& key)
{
    if (key.size() > 200)
        out << YAML::LongKey;
    out << YAML::Key;
    emitString(out, key);
}

void emitValue(YAML::Emitter& out, const QVariant& v)
{
    switch (v.typeId()) {
    case QMetaType::UnknownType:
    case QMetaType::Nullptr:
        out << YAML::Null;
        return;
    case QMetaType::Bool:
        out << v.toBool();
        return;
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
        out << static_cast<long long>(v.toLongLong());
        return;
    case QMetaType::Double:
    case QMetaType::Float:
        out << yaml_scalar::doubleText(v.toDouble()).toStdString();
        return;
    case QMetaType::QVariantList:
    case QMetaType::QStringList:
        out << YAML::BeginSeq;
        for (const QVariant& item : v.toList())
            emitValue(out, item);
        out << YAML::EndSeq;
        return;
    case QMetaType::QVariantMap: {
        const QVariantMap map = v.toMap();
        out << YAML::BeginMap;
        for (auto it = map.cbegin(); it != map.cend(); ++it) {
            emitKey(out, it.key());
            out << YAML::Value;
            emitValue(out, it.value());
        }
        out << YAML::EndMap;
        return;
    }
    default:
        emitString(out, v.toString());
    }
}

void emitVars(YAML::Emitter& out, const QList<std::pair<QString, QVariant>>& vars)
{
    out << YAML::BeginMap;
    for (const auto& [key, value] : vars) {
        emitKey(out, key);
        out << YAML::Value;
        emitValue(out, value);
    }
    out << YAML::EndMap;
}

class YamlGroupWriter
{
public:
    YamlGroupWriter(const AnsibleGroupLayout& layout, YAML::Emitter& out) : m_layout(layout), m_out(out)
    {
        for (int i = 0; i < layout.groups().size(); ++i)
            m_index.insert(layout.groups()[i].name, i);
    }

    // A group's body the first time it is met; later mentions (a group with several parents)
    // are a bare name, which Ansible merges.
    void group(const AnsibleGroupLayout::Group& g)
    {
        const bool first = !m_writtenGroups.contains(g.name);
        m_writtenGroups.insert(g.name);
        const bool isAll = g.name == u"all";
        const bool hasUngrouped = isAll && !m_layout.ungroupedHosts().isEmpty();
        if (!first || (g.hosts.isEmpty() && g.vars.isEmpty() && g.children.isEmpty() && !hasUngrouped)) {
            m_out << YAML::Null;
            return;
        }
        m_out << YAML::BeginMap;
        if (!g.hosts.isEmpty()) {
            m_out << YAML::Key << "hosts" << YAML::Value;
            hosts(g.hosts);
        }
        if (!g.vars.isEmpty()) {
            m_out << YAML::Key << "vars" << YAML::Value;
            emitVars(m_out, g.vars);
        }
        if (!g.children.isEmpty() || hasUngrouped) {
            m_out << YAML::Key << "children" << YAML::Value << YAML::BeginMap;
            for (const QString& c : g.children) {
                emitKey(m_out, c);
                m_out << YAML::Value;
                group(m_layout.groups()[m_index.value(c)]);
            }
            if (hasUngrouped) {
                m_out << YAML::Key << "ungrouped" << YAML::Value << YAML::BeginMap << YAML::Key << "hosts"
                      << YAML::Value;
                hosts(m_layout.ungroupedHosts());
                m_out << YAML::EndMap;
            }
            m_out << YAML::EndMap;
        }
        m_out << YAML::EndMap;
    }

private:
    void hosts(const QStringList& names)
    {
        m_out << YAML::BeginMap;
        for (const QString& h : names) {
            emitKey(m_out, h);
            m_out << YAML::Value;
            const auto vars = m_layout.hostVars(h);
            if (m_writtenHosts.contains(h) || vars.isEmpty())
                m_out << YAML::Null;
            else
                emitVars(m_out, vars);
            m_writtenHosts.insert(h);
        }
        m_out << YAML::EndMap;
    }

    const AnsibleGroupLayout& m_layout;
    YAML::Emitter& m_out;
    QHash<QString, int> m_index;
    QSet<QString> m_writtenGroups;
    QSet<QString> m_writtenHosts;
};

} // namespace

QByteArray writeAnsibleYaml(const InventoryDocument& doc)
{
    const AnsibleGroupLayout layout(doc);
    YAML::Emitter out;
    out.SetIndent(2);
    out << YAML::Comment(
        "Ansible inventory written by Opsdeck" +
        (doc.sourceName.isEmpty() ? std::string() : " (from " + doc.sourceName.toStdString() + ")"));
    out << YAML::BeginMap << YAML::Key << "all" << YAML::Value;
    YamlGroupWriter(layout, out).group(layout.groups().first());
    out << YAML::EndMap;
    QByteArray bytes(out.c_str(), qsizetype(out.size()));
    bytes.append('\n');
    return bytes;
}

} // namespace opsdeck
