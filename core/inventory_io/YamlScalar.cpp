#include "inventory_io/YamlScalar.h"

#include <QLocale>
#include <QRegularExpression>
#include <cmath>
#include <limits>

namespace opsdeck::yaml_scalar {

QVariant plainValue(const QString& text)
{
    static const QRegularExpression nullRe(QStringLiteral("^(~|null|Null|NULL|)$"));
    static const QRegularExpression trueRe(QStringLiteral("^(true|True|TRUE|yes|Yes|YES|on|On|ON)$"));
    static const QRegularExpression falseRe(QStringLiteral("^(false|False|FALSE|no|No|NO|off|Off|OFF)$"));
    static const QRegularExpression intRe(QStringLiteral("^[-+]?(0|[1-9][0-9]*)$"));
    static const QRegularExpression floatRe(
        QStringLiteral(R"(^[-+]?([0-9]+\.[0-9]*|\.[0-9]+|[0-9]+)([eE][-+]?[0-9]+)?$)"));
    if (nullRe.match(text).hasMatch())
        return {};
    if (trueRe.match(text).hasMatch())
        return true;
    if (falseRe.match(text).hasMatch())
        return false;
    if (intRe.match(text).hasMatch()) {
        bool ok = false;
        const qlonglong n = text.toLongLong(&ok);
        if (ok)
            return n;
        return text;
    }
    static const QRegularExpression infRe(QStringLiteral(R"(^([-+]?)\.(inf|Inf|INF)$)"));
    static const QRegularExpression nanRe(QStringLiteral(R"(^\.(nan|NaN|NAN)$)"));
    if (const auto m = infRe.match(text); m.hasMatch())
        return m.captured(1) == u"-" ? -std::numeric_limits<double>::infinity()
                                     : std::numeric_limits<double>::infinity();
    if (nanRe.match(text).hasMatch())
        return std::numeric_limits<double>::quiet_NaN();
    if (floatRe.match(text).hasMatch()) {
        bool ok = false;
        const double d = text.toDouble(&ok);
        if (ok && std::isfinite(d))
            return d;
    }
    return text;
}

bool needsQuotes(const QString& text)
{
    // Besides what plainValue types, YAML 1.1 readers (PyYAML, so Ansible) take these as numbers,
    // dates or merge keys: octal/hex/binary, 1_000, sexagesimal 1:30, 2026-11-21, .inf, =, <<.
    static const QRegularExpression yaml11(QStringLiteral(
        R"(^([-+]?0[0-7_]+|[-+]?0x[0-9a-fA-F_]+|[-+]?0b[01_]+|[-+]?[0-9][0-9_]*(:[0-5]?[0-9])*(\.[0-9_]*)?)"
        R"(|[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}.*|[-+]?\.(inf|Inf|INF|nan|NaN|NAN)|=|<<)$)"));
    return plainValue(text).typeId() != QMetaType::QString || text.trimmed() != text ||
           yaml11.match(text).hasMatch();
}

QString doubleText(double value)
{
    if (std::isnan(value))
        return QStringLiteral(".nan");
    if (std::isinf(value))
        return value > 0 ? QStringLiteral(".inf") : QStringLiteral("-.inf");
    QString s = QString::number(value, 'g', QLocale::FloatingPointShortest);
    if (!s.contains(u'.') && !s.contains(u'e'))
        s += QStringLiteral(".0");
    return s;
}

} // namespace opsdeck::yaml_scalar
