#include "inventory_io/AnsibleTemplate.h"

#include <QRegularExpression>

namespace opsdeck::ansible_template {

bool isTemplate(const QVariant& value)
{
    if (value.typeId() != QMetaType::QString)
        return false;
    const QString s = value.toString();
    return s.contains(QLatin1String("{{")) || s.contains(QLatin1String("{%"));
}

std::optional<QVariant> resolve(const QVariant& value, const QVariantMap& vars, const QString& hostName)
{
    static const QRegularExpression plainReference(
        QStringLiteral(R"(^\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}$)"));
    QVariant v = value;
    for (int hops = 0; hops <= 16; ++hops) {
        if (!isTemplate(v))
            return v;
        const auto m = plainReference.match(v.toString());
        if (!m.hasMatch())
            return std::nullopt;
        const QString name = m.captured(1);
        if (name == u"inventory_hostname")
            return QVariant(hostName);
        if (name == u"inventory_hostname_short")
            return QVariant(hostName.section(u'.', 0, 0));
        const auto it = vars.constFind(name);
        if (it == vars.constEnd())
            return std::nullopt;
        v = *it;
    }
    return std::nullopt; // a loop of references
}

} // namespace opsdeck::ansible_template
