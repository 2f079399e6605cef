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
    Days7,
    // Added for the host page's range bar (issue 10); the menu's five above keep their values.
    Hours4,
    Hours8,
    Days3,
    Month1, // 30 days
    Year1   // 365 days
};

struct TimeRangeInfo
{
    TimeRange range;
    qint64 seconds;
    const char* label; // untranslated; show with QCoreApplication::translate("TimeRange", label)
};

// The window menu's ranges, shortest first (the order of Ctrl+1..5).
const QList<TimeRangeInfo>& timeRanges();
// The host page's range bar, as Kurado's: 1 h, 4 h, 8 h, 1 d, 3 d, 1 w, 1 month, 1 year.
const QList<TimeRangeInfo>& chartRanges();
qint64 timeRangeSeconds(TimeRange range);
QString timeRangeLabel(TimeRange range);      // translated
QString timeRangeShortLabel(TimeRange range); // translated, for a button: "1h", "1w"
QString timeRangeKey(TimeRange range);        // "15m", "1h", ..., "1mo", "1y" for settings
TimeRange timeRangeFromKey(const QString& key, TimeRange fallback = TimeRange::Hour1);

} // namespace opsdeck
