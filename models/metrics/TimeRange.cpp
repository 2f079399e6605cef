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

const QList<TimeRangeInfo>& chartRanges()
{
    static const QList<TimeRangeInfo> ranges = {
        {TimeRange::Hour1, 60 * 60, QT_TRANSLATE_NOOP("TimeRange", "Last hour")},
        {TimeRange::Hours4, 4 * 60 * 60, QT_TRANSLATE_NOOP("TimeRange", "Last 4 hours")},
        {TimeRange::Hours8, 8 * 60 * 60, QT_TRANSLATE_NOOP("TimeRange", "Last 8 hours")},
        {TimeRange::Day1, 24 * 60 * 60, QT_TRANSLATE_NOOP("TimeRange", "Last day")},
        {TimeRange::Days3, 3 * 24 * 60 * 60, QT_TRANSLATE_NOOP("TimeRange", "Last 3 days")},
        {TimeRange::Days7, 7 * 24 * 60 * 60, QT_TRANSLATE_NOOP("TimeRange", "Last 7 days")},
        {TimeRange::Month1, 30 * 24 * 60 * 60, QT_TRANSLATE_NOOP("TimeRange", "Last month")},
        {TimeRange::Year1, 365 * 24 * 60 * 60, QT_TRANSLATE_NOOP("TimeRange", "Last year")},
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
    for (const auto& r : chartRanges()) {
        if (r.range == range)
            return r;
    }
    return timeRanges().at(1);
}

// By enum value.
const char* const keys[] = {"15m", "1h", "6h", "1d", "7d", "4h", "8h", "3d", "1mo", "1y"};
const char* const shortLabels[] = {
    QT_TRANSLATE_NOOP("TimeRange", "15m"), QT_TRANSLATE_NOOP("TimeRange", "1h"),
    QT_TRANSLATE_NOOP("TimeRange", "6h"),  QT_TRANSLATE_NOOP("TimeRange", "1d"),
    QT_TRANSLATE_NOOP("TimeRange", "1w"),  QT_TRANSLATE_NOOP("TimeRange", "4h"),
    QT_TRANSLATE_NOOP("TimeRange", "8h"),  QT_TRANSLATE_NOOP("TimeRange", "3d"),
    QT_TRANSLATE_NOOP("TimeRange", "1mo"), QT_TRANSLATE_NOOP("TimeRange", "1y")};
constexpr int keyCount = int(sizeof(keys) / sizeof(keys[0]));
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

QString timeRangeShortLabel(TimeRange range)
{
    return QCoreApplication::translate("TimeRange", shortLabels[static_cast<int>(range)]);
}

TimeRange timeRangeFromKey(const QString& key, TimeRange fallback)
{
    for (int i = 0; i < keyCount; ++i) {
        if (key == QLatin1String(keys[i]))
            return static_cast<TimeRange>(i);
    }
    return fallback;
}

} // namespace opsdeck
