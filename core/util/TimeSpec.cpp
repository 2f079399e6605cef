#include "util/TimeSpec.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QRegularExpression>
#include <QTimeZone>

namespace opsdeck::TimeSpec {


qint64 unitSeconds(QChar unit)
{
    switch (unit.toLatin1()) {
    case 's':
        return 1;
    case 'm':
        return 60;
    case 'h':
        return 3600;
    case 'd':
        return 86400;
    case 'w':
        return 7 * 86400;
    case 'y':
        return 365 * 86400;
    default:
        return 0;
    }
}

Result<qint64> parseDuration(const QString& text)
{
    static const QRegularExpression re(QStringLiteral("^(\\d+)([smhdwy]?)$"));
    const auto m = re.match(text.trimmed());
    if (!m.hasMatch())
        return Error::usage(
            QCoreApplication::translate(
                "TimeSpec", "'%1' is not a duration: use a number with s, m, h, d or w, like 30s or 5m")
                .arg(text));
    bool ok = false;
    const qint64 n = m.captured(1).toLongLong(&ok);
    const qint64 unit = m.captured(2).isEmpty() ? 1 : unitSeconds(m.captured(2).at(0));
    if (!ok || n <= 0 || n > (qint64(1) << 40) / unit)
        return Error::usage(
            QCoreApplication::translate("TimeSpec", "'%1' is not a positive duration").arg(text));
    return n * unit;
}

Result<qint64> parseTime(const QString& input, qint64 nowSecs)
{
    const QString text = input.trimmed();
    if (text.compare(QLatin1String("now"), Qt::CaseInsensitive) == 0)
        return nowSecs;
    static const QRegularExpression relative(QStringLiteral("^-(\\d+)([smhdwy])$"));
    if (const auto m = relative.match(text); m.hasMatch())
        return nowSecs - m.captured(1).toLongLong() * unitSeconds(m.captured(2).at(0));
    static const QRegularExpression epoch(QStringLiteral("^\\d{1,12}$"));
    if (epoch.match(text).hasMatch())
        return text.toLongLong();
    QDateTime dt = QDateTime::fromString(text, Qt::ISODate);
    if (!dt.isValid())
        dt = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (dt.isValid()) {
        if (dt.timeSpec() == Qt::LocalTime && !text.contains(QLatin1Char('Z')) &&
            !QRegularExpression(QStringLiteral("[+-]\\d\\d:?\\d\\d$")).match(text).hasMatch())
            dt.setTimeSpec(Qt::UTC); // a time without an offset is taken as UTC
        return dt.toSecsSinceEpoch();
    }
    return Error::usage(
        QCoreApplication::translate(
            "TimeSpec",
            "'%1' is not a time: use ISO 8601 (2026-11-21T10:00:00Z), epoch seconds, now, or -10m/-2h/-7d")
            .arg(text));
}

QString toIso(qint64 epochSecs)
{
    return QDateTime::fromSecsSinceEpoch(epochSecs, Qt::UTC).toString(Qt::ISODate);
}

} // namespace opsdeck::TimeSpec
