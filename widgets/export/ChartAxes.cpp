#include "export/ChartAxes.h"

#include <QDateTime>
#include <algorithm>
#include <cmath>
#include <iterator>

namespace opsdeck::ChartAxes {

namespace {

constexpr qint64 minute = 60;
constexpr qint64 hour = 3600;
constexpr qint64 day = 86400;

// The label of a tick `step` apart on an axis spanning `span` seconds.
QString timeLabel(qint64 secs, qint64 step, qint64 span)
{
    const QDateTime t = QDateTime::fromSecsSinceEpoch(secs);
    if (step >= day)
        return t.toString(QStringLiteral("MM-dd"));
    if (span > day)
        return t.toString(QStringLiteral("MM-dd HH:mm"));
    if (step < minute)
        return t.toString(QStringLiteral("HH:mm:ss"));
    return t.toString(QStringLiteral("HH:mm"));
}

// 0 for "", 1 for k, ... 5 for P: the prefix that brings `magnitude` under 10,000.
int prefixIndex(double magnitude)
{
    int index = 0;
    while (magnitude >= 10000 && index < 5) {
        magnitude /= 1000;
        ++index;
    }
    return index;
}

QString withPrefix(double value, int decimals, int prefix)
{
    static const char* const prefixes[] = {"", "k", "M", "G", "T", "P"};
    double v = value / std::pow(1000.0, prefix);
    if (std::abs(v) < 0.5 * std::pow(10.0, -decimals))
        v = 0; // no "-0"
    return QString::number(v, 'f', decimals) + QLatin1String(prefixes[prefix]);
}

} // namespace

QList<Tick> timeTicks(qint64 fromSecs, qint64 toSecs, double widthPx, double minSpacingPx)
{
    static const qint64 steps[] = {10,          15,          30,          minute,   2 * minute, 5 * minute,
                                   10 * minute, 15 * minute, 30 * minute, hour,     2 * hour,   3 * hour,
                                   6 * hour,    12 * hour,   day,         2 * day,  7 * day,    14 * day,
                                   30 * day,    91 * day,    182 * day,   365 * day};
    QList<Tick> ticks;
    const qint64 span = toSecs - fromSecs;
    if (span <= 0 || widthPx <= 0)
        return ticks;
    const double maxTicks = std::max(1.0, widthPx / minSpacingPx);
    qint64 step = steps[std::size(steps) - 1];
    for (qint64 s : steps) {
        if (double(span) / double(s) <= maxTicks) {
            step = s;
            break;
        }
    }
    // Round local times: shift by the zone's offset at the start, then back.
    const qint64 offset = QDateTime::fromSecsSinceEpoch(fromSecs).offsetFromUtc();
    qint64 t = ((fromSecs + offset + step - 1) / step) * step - offset;
    for (; t <= toSecs; t += step)
        ticks.append({double(t), timeLabel(t, step, span)});
    return ticks;
}

ValueScale valueScale(double lo, double hi, int maxTicks, double fixedMax)
{
    ValueScale scale;
    scale.min = std::min(0.0, lo);
    scale.max = fixedMax > 0 ? std::max(fixedMax, hi) : hi;
    if (!(scale.max > scale.min))
        scale.max = scale.min + 1;
    const double raw = (scale.max - scale.min) / std::max(1, maxTicks);
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    double step = magnitude * 10;
    for (double m : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        if (magnitude * m >= raw * (1 - 1e-9)) {
            step = magnitude * m;
            break;
        }
    }
    if (fixedMax <= 0)
        scale.max = std::ceil(scale.max / step - 1e-9) * step;
    scale.min = std::floor(scale.min / step + 1e-9) * step;
    // One prefix for the whole axis, the one its largest label needs.
    const int prefix = prefixIndex(std::max(std::abs(scale.min), std::abs(scale.max)));
    const double scaledStep = step / std::pow(1000.0, prefix);
    int decimals = std::clamp(int(-std::floor(std::log10(scaledStep) + 1e-9)), 0, 6);
    const double shifted = scaledStep * std::pow(10.0, decimals);
    if (decimals < 6 && std::abs(shifted - std::round(shifted)) > 1e-6)
        ++decimals; // 2.5, 0.25
    for (int i = 0;; ++i) {
        const double v = scale.min + i * step;
        if (v > scale.max + step * 1e-6)
            break;
        scale.ticks.append({v, withPrefix(v, decimals, prefix)});
    }
    return scale;
}

QString formatValue(double value, int decimals)
{
    return withPrefix(value, decimals, prefixIndex(std::abs(value)));
}

} // namespace opsdeck::ChartAxes
