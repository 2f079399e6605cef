#include "metrics/RetentionPolicy.h"

#include "db/Database.h"
#include "util/TimeSpec.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlQuery>

namespace opsdeck {

namespace {

// One Graphite duration: `60s`, `5m`, `3y`, or a bare number (seconds for a precision,
// points for a duration, as in Graphite's old syntax; the caller multiplies).
Result<qint64> parsePart(const QString& text, const QString& whole, bool* bare)
{
    static const QRegularExpression re(
        QStringLiteral("^(\\d{1,9})(s|sec|second|seconds|m|min|minute|minutes|h|"
                       "hour|hours|d|day|days|w|week|weeks|y|year|years)?$"));
    const auto m = re.match(text.trimmed().toLower());
    if (!m.hasMatch())
        return Error::usage(
            QCoreApplication::translate(
                "RetentionPolicy",
                "'%1' in the retention '%2' is not a time: use a number with s, m, h, d, w or y, "
                "like 60s:1d,5m:7d,15m:3y")
                .arg(text, whole));
    const qint64 n = m.captured(1).toLongLong();
    if (n <= 0)
        return Error::usage(QCoreApplication::translate("RetentionPolicy",
                                                        "'%1' in the retention '%2' must be more than zero")
                                .arg(text, whole));
    *bare = m.captured(2).isEmpty();
    return n * (*bare ? 1 : TimeSpec::unitSeconds(m.captured(2).at(0)));
}

} // namespace

RetentionPolicy RetentionPolicy::defaults()
{
    RetentionPolicy p;
    p.m_archives = {{60, 2 * 86400}, {300, 10 * 86400}, {3600, 40 * 86400}, {86400, 1100 * 86400}};
    return p;
}

Result<RetentionPolicy> RetentionPolicy::parse(const QString& text)
{
    const QString whole = text.trimmed();
    if (whole.isEmpty())
        return Error::usage(QCoreApplication::translate(
            "RetentionPolicy",
            "the retention is empty: give precision:duration pairs like 60s:1d,5m:7d,15m:3y"));
    RetentionPolicy p;
    const QStringList pairs = whole.split(QLatin1Char(','));
    for (const QString& pair : pairs) {
        const QStringList parts = pair.split(QLatin1Char(':'));
        if (parts.size() != 2)
            return Error::usage(
                QCoreApplication::translate(
                    "RetentionPolicy", "'%1' in the retention '%2' is not precision:duration (like 5m:7d)")
                    .arg(pair.trimmed(), whole));
        bool bareStep = false;
        bool bareDuration = false;
        auto step = parsePart(parts[0], whole, &bareStep);
        if (!step.ok())
            return step.error();
        auto duration = parsePart(parts[1], whole, &bareDuration);
        if (!duration.ok())
            return duration.error();
        qint64 retention = bareDuration ? *duration * *step : *duration; // a bare duration counts points
        if (retention < *step)
            return Error::usage(QCoreApplication::translate(
                                    "RetentionPolicy",
                                    "'%1' in the retention '%2' keeps less than one point of its precision")
                                    .arg(pair.trimmed(), whole));
        if (retention % *step != 0)
            retention += *step - retention % *step;
        if (!p.m_archives.isEmpty()) {
            const Archive& prev = p.m_archives.last();
            if (*step <= prev.step)
                return Error::usage(
                    QCoreApplication::translate(
                        "RetentionPolicy",
                        "'%1' in the retention '%2': each precision must be coarser than the one "
                        "before it")
                        .arg(pair.trimmed(), whole));
            if (*step % prev.step != 0)
                return Error::usage(
                    QCoreApplication::translate(
                        "RetentionPolicy",
                        "'%1' in the retention '%2': each precision must be a whole multiple of "
                        "the one before it")
                        .arg(pair.trimmed(), whole));
            if (prev.retention < *step)
                return Error::usage(
                    QCoreApplication::translate(
                        "RetentionPolicy",
                        "'%1' in the retention '%2': the archive before it keeps less than one "
                        "of its points, so it could never be rolled up")
                        .arg(pair.trimmed(), whole));
        }
        p.m_archives.append({*step, retention});
    }
    if (p.m_archives.size() > 8)
        return Error::usage(
            QCoreApplication::translate("RetentionPolicy", "the retention '%1' has more than 8 archives")
                .arg(whole));
    return p;
}

Result<RetentionPolicy> RetentionPolicy::load(QSqlDatabase& db)
{
    auto q = Database::exec(db, QStringLiteral("SELECT value FROM settings WHERE key = ?"),
                            {QString::fromLatin1(settingsKey())});
    if (!q.ok())
        return q.error();
    if (!q->next())
        return defaults();
    auto parsed = parse(q->value(0).toString());
    if (!parsed.ok())
        return Error::failure(
            QCoreApplication::translate("RetentionPolicy", "the setting %1 is not a valid retention: %2")
                .arg(QString::fromLatin1(settingsKey()), parsed.error().message));
    return parsed;
}

Status RetentionPolicy::save(QSqlDatabase& db) const
{
    auto q = Database::exec(db,
                            QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?) "
                                           "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                            {QString::fromLatin1(settingsKey()), toString()});
    if (!q.ok())
        return q.error();
    return {};
}

QString RetentionPolicy::toString() const
{
    auto fmt = [](qint64 s) {
        if (s % 86400 == 0)
            return QString::number(s / 86400) + QLatin1Char('d');
        if (s % 3600 == 0)
            return QString::number(s / 3600) + QLatin1Char('h');
        if (s % 60 == 0)
            return QString::number(s / 60) + QLatin1Char('m');
        return QString::number(s) + QLatin1Char('s');
    };
    QStringList parts;
    for (const Archive& a : m_archives)
        parts << fmt(a.step) + QLatin1Char(':') + fmt(a.retention);
    return parts.join(QLatin1Char(','));
}

} // namespace opsdeck
