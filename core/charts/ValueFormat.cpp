#include "charts/ValueFormat.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <cmath>

namespace opsdeck::ValueFormat {

namespace {

struct Prefixes
{
    double base;
    const char* const* names; // 7 entries, "" first
};

const char* const binaryNames[] = {"", "Ki", "Mi", "Gi", "Ti", "Pi", "Ei"};
const char* const siNames[] = {"", "k", "M", "G", "T", "P", "E"};

// The prefix index for `maxAbs` (the largest power of `base` not above it).
int prefixIndex(double base, double maxAbs)
{
    int i = 0;
    double d = 1;
    while (i < 6 && std::isfinite(maxAbs) && maxAbs / d >= base) {
        d *= base;
        ++i;
    }
    return i;
}

QString suffixFor(ValueUnit unit, const char* prefix)
{
    const QString p = QString::fromLatin1(prefix);
    switch (unit) {
    case ValueUnit::Number:
        return p;
    case ValueUnit::Percent:
        return QStringLiteral("%");
    case ValueUnit::Bytes:
        return p + QStringLiteral("B");
    case ValueUnit::BytesPerSec:
        return p + QStringLiteral("B/s");
    case ValueUnit::BitsPerSec:
        return p + QStringLiteral("bit/s");
    case ValueUnit::OpsPerSec:
        return QCoreApplication::translate("ValueFormat", "%1ops/s").arg(p);
    }
    return p;
}

bool isBinary(ValueUnit unit)
{
    return unit == ValueUnit::Bytes || unit == ValueUnit::BytesPerSec;
}

QString number(double v, int precision)
{
    // %g without the exponent for what a chart shows: 3 significant digits, but never
    // fewer than the integer part has (1023 KiB, not 1.02e+03).
    const double a = std::abs(v);
    int decimals = 0;
    if (a > 0 && a < 1e15) {
        const int intDigits = a >= 1 ? int(std::floor(std::log10(a))) + 1 : 1;
        decimals = std::max(0, precision - intDigits);
        if (a < 1)
            decimals = std::min(6, precision - 1 - int(std::floor(std::log10(a))));
    }
    QString s = QString::number(v, 'f', std::max(0, decimals));
    if (s.contains(QLatin1Char('.'))) {
        while (s.endsWith(QLatin1Char('0')))
            s.chop(1);
        if (s.endsWith(QLatin1Char('.')))
            s.chop(1);
    }
    return s == QLatin1String("-0") ? QStringLiteral("0") : s;
}

} // namespace

Scale scaleFor(ValueUnit unit, double maxAbs)
{
    if (unit == ValueUnit::Percent)
        return {1, suffixFor(unit, "")};
    const double base = isBinary(unit) ? 1024.0 : 1000.0;
    const int i = prefixIndex(base, std::abs(maxAbs));
    const char* const* names = isBinary(unit) ? binaryNames : siNames;
    return {std::pow(base, i), suffixFor(unit, names[i])};
}

QString formatIn(const Scale& scale, double value, int precision)
{
    if (!std::isfinite(value))
        return QStringLiteral("–");
    return number(value / scale.divisor, precision);
}

QString format(ValueUnit unit, double value, int precision)
{
    if (!std::isfinite(value))
        return QStringLiteral("–");
    const Scale s = scaleFor(unit, std::abs(value));
    const QString n = formatIn(s, value, precision);
    if (s.unit.isEmpty())
        return n;
    if (unit == ValueUnit::Number)
        return n + s.unit; // 3.2k
    return n + QLatin1Char(' ') + s.unit;
}

ValueUnit unitForMetric(const QString& metric)
{
    static const QRegularExpression bytesPerSec(
        QStringLiteral("^disk-io-.+-(read|write)-sectors$|[rt]xbytes$|_bytes_total$|-bytes-(in|out)$"));
    static const QRegularExpression bytes(
        QStringLiteral("^memory-|^disk-usage-.+-(used|available)$|_bytes$|\\.bytes$|-bytes$"));
    static const QRegularExpression percent(QStringLiteral("^cpu-|percent|_ratio$|-pct$"));
    static const QRegularExpression ops(
        QStringLiteral("-ios$|_total$|requests|reqs|queries|qps|-count$|\\.count$|ops$"));
    if (metric.startsWith(QLatin1String("traffic-")))
        return ValueUnit::BitsPerSec;
    if (bytesPerSec.match(metric).hasMatch() && !metric.startsWith(QLatin1String("memory-")))
        return ValueUnit::BytesPerSec;
    if (bytes.match(metric).hasMatch())
        return ValueUnit::Bytes;
    if (percent.match(metric).hasMatch())
        return ValueUnit::Percent;
    if (ops.match(metric).hasMatch())
        return ValueUnit::OpsPerSec;
    return ValueUnit::Number;
}

namespace {
const char* const unitNames[] = {"number", "percent", "bytes", "bytes/s", "bits/s", "ops/s"};
}

ValueUnit unitFromName(const QString& name)
{
    for (int i = 0; i < 6; ++i) {
        if (name.compare(QLatin1String(unitNames[i]), Qt::CaseInsensitive) == 0)
            return ValueUnit(i);
    }
    return ValueUnit::Number;
}

QString unitName(ValueUnit unit)
{
    return QString::fromLatin1(unitNames[int(unit)]);
}

} // namespace opsdeck::ValueFormat
