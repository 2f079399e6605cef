#include "inventory_io/PythonLiteral.h"
#include "inventory_io/YamlScalar.h"

#include <QStringList>
#include <algorithm>
#include <cmath>

// Writing Python literals (PythonLiteral.h); the reading side is PythonLiteral.cpp.

namespace opsdeck::python_literal {

namespace {

// Characters a Python string literal escapes here: quotes, backslash, and everything that
// ends a line for Python's str.splitlines (Ansible splits the file with it) or is a control.
bool needsEscape(QChar c)
{
    const char16_t u = c.unicode();
    return u < 0x20 || u == 0x7f || u == 0x85 || u == 0x2028 || u == 0x2029 || (u >= 0x1c && u <= 0x1e);
}

QString stringLiteral(const QString& s)
{
    QString out = QStringLiteral("'");
    for (QChar c : s) {
        if (c == u'\\' || c == u'\'') {
            out += u'\\';
            out += c;
        } else if (c == u'\n') {
            out += QStringLiteral("\\n");
        } else if (c == u'\t') {
            out += QStringLiteral("\\t");
        } else if (c == u'\r') {
            out += QStringLiteral("\\r");
        } else if (needsEscape(c)) {
            out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
        } else {
            out += c;
        }
    }
    return out + u'\'';
}

} // namespace

QString literal(const QVariant& value)
{
    switch (value.typeId()) {
    case QMetaType::UnknownType:
    case QMetaType::Nullptr:
        return QStringLiteral("None");
    case QMetaType::Bool:
        return value.toBool() ? QStringLiteral("True") : QStringLiteral("False");
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
        return QString::number(value.toLongLong());
    case QMetaType::Double:
    case QMetaType::Float: {
        const double d = value.toDouble();
        if (std::isnan(d))
            return QStringLiteral("'nan'");
        if (std::isinf(d))
            return d > 0 ? QStringLiteral("1e999") : QStringLiteral("-1e999");
        return yaml_scalar::doubleText(d);
    }
    case QMetaType::QVariantList:
    case QMetaType::QStringList: {
        QStringList items;
        for (const QVariant& v : value.toList())
            items.append(literal(v));
        return u'[' + items.join(QStringLiteral(", ")) + u']';
    }
    case QMetaType::QVariantMap: {
        QStringList items;
        const QVariantMap map = value.toMap();
        for (auto it = map.cbegin(); it != map.cend(); ++it)
            items.append(stringLiteral(it.key()) + QStringLiteral(": ") + literal(it.value()));
        return u'{' + items.join(QStringLiteral(", ")) + u'}';
    }
    default:
        return stringLiteral(value.toString());
    }
}

QString stringText(const QString& text)
{
    const QVariant v = evaluate(text);
    const bool plain = v.typeId() == QMetaType::QString && v.toString() == text && text.trimmed() == text &&
                       std::none_of(text.cbegin(), text.cend(), needsEscape);
    return plain ? text : stringLiteral(text);
}

} // namespace opsdeck::python_literal
