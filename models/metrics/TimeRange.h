#pragma once

#include <QList>
#include <QString>
#include <QtGlobal>

namespace opsdeck {

// The spans a chart can show, newest data at the right edge.
enum class TimeRange
{
    Minutes15,
    Hour1,
    Hours6,
    Day1,
    Days7
};

struct TimeRangeInfo
{
    TimeRange range;
    qint64 seconds;
    const char* label; // untranslated; show with QCoreApplication::translate("TimeRange", label)
};

// Every range, shortest first (the order of the selector and of Ctrl+1..5).
const QList<TimeRangeInfo>& timeRanges();
qint64 timeRangeSeconds(TimeRange range);
QString timeRangeLabel(TimeRange range); // translated
QString timeRangeKey(TimeRange range);   // "15m", "1h", ... for settings
TimeRange timeRangeFromKey(const QString& key, TimeRange fallback = TimeRange::Hour1);

} // namespace opsdeck
