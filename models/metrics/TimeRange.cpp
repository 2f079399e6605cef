#include "metrics/TimeRange.h"

#include <QCoreApplication>

namespace opsdeck {

const QList<TimeRangeInfo>& timeRanges()
{
    static const QList<TimeRangeInfo> ranges = {
        {TimeRange::Minutes15, 15 * 60, QT_TRANSLATE_NOOP("TimeRange", "Last 15 minutes")},
        {TimeRange::Hour1, 60 * 60, QT_TRANSLATE_NOOP("TimeRange", "Last hour")},
        {TimeRange::Hours6, 6 * 60 * 60, QT_TRANSLATE_NOOP("TimeRange", "Last 6 hours")},
        {TimeRange::Day1, 24 * 60 * 60, QT_TRANSLATE_NOOP("TimeRange", "Last day")},
        {TimeRange::Days7, 7 * 24 * 60 * 60, QT_TRANSLATE_NOOP("TimeRange", "Last 7 days")},
    };
    return ranges;
}

namespace {
const TimeRangeInfo& info(TimeRange range)
{
    for (const auto& r : timeRanges()) {
        if (r.range == range)
            return r;
    }
    return timeRanges().at(1);
}

const char* const keys[] = {"15m", "1h", "6h", "1d", "7d"};
} // namespace

qint64 timeRangeSeconds(TimeRange range)
{
    return info(range).seconds;
}

QString timeRangeLabel(TimeRange range)
{
    return QCoreApplication::translate("TimeRange", info(range).label);
}

QString timeRangeKey(TimeRange range)
{
    return QString::fromLatin1(keys[static_cast<int>(range)]);
}

TimeRange timeRangeFromKey(const QString& key, TimeRange fallback)
{
    for (int i = 0; i < 5; ++i) {
        if (key == QLatin1String(keys[i]))
            return static_cast<TimeRange>(i);
    }
    return fallback;
}

} // namespace opsdeck
