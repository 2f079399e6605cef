#include "inventory_io/AnsibleYamlParser.h"

#include "inventory_io/AnsibleInventoryBuilder.h"
#include "inventory_io/HostPattern.h"
#include "inventory_io/InventoryText.h"
#include "inventory_io/YamlScalar.h"

#include <QCoreApplication>
#include <QStringDecoder>
#include <yaml-cpp/yaml.h>

namespace opsdeck {

namespace {

// The scalar's text; a leading U+FEFF is kept (QString::fromUtf8 would drop it as a BOM).
QString qstr(const YAML::Node& node)
{
    QStringDecoder decode(QStringDecoder::Utf8,
                          QStringDecoder::Flag::Stateless | QStringDecoder::Flag::ConvertInitialBom);
    return decode(QByteArrayView(node.Scalar().data(), qsizetype(node.Scalar().size())));
}

int lineOf(const YAML::Node& node)
{
    return node.Mark().is_null() ? 0 : node.Mark().line + 1;
}

// yaml-cpp recurses once per nesting level; this keeps our own walk shallow as well.
constexpr int kMaxDepth = 200;

// One scalar, sequence or mapping as a QVariant (plain scalars typed as YAML 1.1 does).
Result<QVariant> toVariant(const YAML::Node& node, AnsibleInventoryBuilder& b, int depth)
{
    if (depth > kMaxDepth)
        return b.error(lineOf(node), QCoreApplication::translate("InventoryIo", "values nest too deeply"));
    switch (node.Type()) {
    case YAML::NodeType::Null:
    case YAML::NodeType::Undefined:
        return QVariant();
    case YAML::NodeType::Scalar:
        if (node.Tag() == "?")
            return yaml_scalar::plainValue(qstr(node));
        return QVariant(qstr(node));
    case YAML::NodeType::Sequence: {
        QVariantList list;
        for (const YAML::Node& item : node) {
            auto v = toVariant(item, b, depth + 1);
            if (!v)
                return v.error();
            list.append(*v);
        }
        return QVariant(list);
    }
    case YAML::NodeType::Map: {
        QVariantMap map;
        for (const auto& kv : node) {
            if (!kv.first.IsScalar())
                return b.error(lineOf(kv.first), QCoreApplication::translate(
                                                     "InventoryIo", "a mapping key must be a plain value"));
            auto v = toVariant(kv.second, b, depth + 1);
            if (!v)
                return v.error();
            map.insert(qstr(kv.first), *v);
        }
        return QVariant(map);
    }
    }
    return QVariant();
}

class YamlReader
{
public:
    explicit YamlReader(AnsibleInventoryBuilder& b) : m_b(b) {}

    Status group(const QString& name, const YAML::Node& body, int line, int depth)
    {
        if (depth > kMaxDepth)
            return m_b.error(line, QCoreApplication::translate("InventoryIo", "groups nest too deeply"));
        m_b.declareGroup(name, line);
        if (body.IsNull())
            return {};
        if (!body.IsMap())
            return m_b.error(lineOf(body),
                             QCoreApplication::translate(
                                 "InventoryIo", "group '%1' must be a mapping of hosts, vars and children")
                                 .arg(name));
        for (const auto& kv : body) {
            const QString key = kv.first.IsScalar() ? qstr(kv.first) : QString();
            const YAML::Node& value = kv.second;
            Status s;
            if (key == u"hosts")
                s = hosts(name, value);
            else if (key == u"vars")
                s = vars(name, value);
            else if (key == u"children")
                s = children(name, value, depth);
            else
                m_warnings.append(
                    QStringLiteral("%1:%2: %3")
                        .arg(m_fileName)
                        .arg(lineOf(kv.first))
                        .arg(QCoreApplication::translate(
                                 "InventoryIo",
                                 "group '%1': skipped unknown key '%2' (use hosts, vars or children)")
                                 .arg(name, key)));
            if (!s)
                return s;
        }
        return {};
    }

    QStringList m_warnings;
    QString m_fileName;

private:
    Status hosts(const QString& groupName, const YAML::Node& node)
    {
        if (node.IsNull())
            return {};
        if (!node.IsMap())
            return m_b.error(lineOf(node),
                             QCoreApplication::translate(
                                 "InventoryIo", "'hosts' of group '%1' must be a mapping of host names")
                                 .arg(groupName));
        for (const auto& kv : node) {
            const int line = lineOf(kv.first);
            if (!kv.first.IsScalar())
                return m_b.error(
                    line, QCoreApplication::translate("InventoryIo", "a host name must be a plain value"));
            // Ansible's YAML reader refuses a host name that YAML types as a number (or a bool).
            if (kv.first.Tag() == "?") {
                const int type = yaml_scalar::plainValue(qstr(kv.first)).typeId();
                if (type == QMetaType::LongLong || type == QMetaType::Double || type == QMetaType::Bool)
                    return m_b.error(line, QCoreApplication::translate(
                                               "InventoryIo",
                                               "host name %1 is not a string for Ansible (YAML "
                                               "reads it as a number or a boolean); put it in quotes")
                                               .arg(qstr(kv.first)));
            }
            const auto pattern = HostPattern::parse(qstr(kv.first));
            if (!pattern)
                return m_b.error(line, pattern.error().message);
            if (!kv.second.IsNull() && !kv.second.IsMap())
                return m_b.error(lineOf(kv.second), QCoreApplication::translate(
                                                        "InventoryIo", "host '%1' must be a mapping of vars")
                                                        .arg(qstr(kv.first)));
            QList<std::pair<QString, QVariant>> hostVars;
            if (kv.second.IsMap()) {
                for (const auto& var : kv.second) {
                    if (!var.first.IsScalar())
                        return m_b.error(lineOf(var.first),
                                         QCoreApplication::translate(
                                             "InventoryIo", "a variable name must be a plain value"));
                    auto v = toVariant(var.second, m_b, 0);
                    if (!v)
                        return v.error();
                    hostVars.append({qstr(var.first), *v});
                }
            }
            for (const QString& listed : pattern->names) {
                const auto host = m_b.addHost(groupName, listed, line);
                if (!host)
                    return host.error();
                const QString& name = *host;
                if (pattern->port) {
                    if (Status s = m_b.setHostVar(name, QStringLiteral("ansible_port"),
                                                  qlonglong(*pattern->port), line);
                        !s)
                        return s;
                }
                for (const auto& [key, value] : hostVars) {
                    if (Status s = m_b.setHostVar(name, key, value, line); !s)
                        return s;
                }
            }
        }
        return {};
    }

    Status vars(const QString& groupName, const YAML::Node& node)
    {
        if (node.IsNull())
            return {};
        if (!node.IsMap())
            return m_b.error(lineOf(node), QCoreApplication::translate(
                                               "InventoryIo", "'vars' of group '%1' must be a mapping")
                                               .arg(groupName));
        for (const auto& kv : node) {
            if (!kv.first.IsScalar())
                return m_b.error(
                    lineOf(kv.first),
                    QCoreApplication::translate("InventoryIo", "a variable name must be a plain value"));
            auto v = toVariant(kv.second, m_b, 0);
            if (!v)
                return v.error();
            if (Status s = m_b.setGroupVar(groupName, qstr(kv.first), *v, lineOf(kv.first)); !s)
                return s;
        }
        return {};
    }

    Status children(const QString& groupName, const YAML::Node& node, int depth)
    {
        if (node.IsNull())
            return {};
        if (!node.IsMap())
            return m_b.error(lineOf(node),
                             QCoreApplication::translate(
                                 "InventoryIo", "'children' of group '%1' must be a mapping of groups")
                                 .arg(groupName));
        for (const auto& kv : node) {
            const int line = lineOf(kv.first);
            if (!kv.first.IsScalar() || qstr(kv.first).isEmpty())
                return m_b.error(
                    line, QCoreApplication::translate("InventoryIo", "a group name must be a plain value"));
            const QString child = qstr(kv.first);
            if (Status s = m_b.addChild(groupName, child, line); !s)
                return s;
            if (Status s = group(child, kv.second, line, depth + 1); !s)
                return s;
        }
        return {};
    }

    AnsibleInventoryBuilder& m_b;
};

} // namespace

Result<InventoryDocument> parseAnsibleYaml(QByteArrayView text, const QString& fileName)
{
    if (auto lines = inventory_text::splitLines(text, fileName); !lines)
        return lines.error();

    AnsibleInventoryBuilder builder(fileName);
    YamlReader reader(builder);
    reader.m_fileName = fileName;
    try {
        const YAML::Node root = YAML::Load(std::string(text.data(), size_t(text.size())));
        if (!root.IsNull()) {
            if (!root.IsMap())
                return builder.error(
                    lineOf(root), QCoreApplication::translate(
                                      "InventoryIo", "an Ansible YAML inventory must be a mapping of groups "
                                                     "(usually starting with 'all:')"));
            for (const auto& kv : root) {
                const int line = lineOf(kv.first);
                if (!kv.first.IsScalar() || qstr(kv.first).isEmpty())
                    return builder.error(line, QCoreApplication::translate(
                                                   "InventoryIo", "a group name must be a plain value"));
                if (Status s = reader.group(qstr(kv.first), kv.second, line, 0); !s)
                    return s.error();
            }
        }
    } catch (const YAML::Exception& e) {
        return builder.error(e.mark.is_null() ? 0 : e.mark.line + 1, QString::fromStdString(e.msg));
    }
    auto doc = builder.build(text);
    if (doc) {
        doc->warnings = reader.m_warnings + doc->warnings;
        qCDebug(lcInventoryIo) << fileName << "YAML:" << doc->nodes.size() << "nodes," << doc->hosts.size()
                               << "hosts";
    }
    return doc;
}

} // namespace opsdeck
