#include "db/RowVersion.h"

#include "db/Database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QSqlQuery>

namespace opsdeck::RowVersion {

QString columns(const QString& alias)
{
    const QString p = alias.isEmpty() ? QString() : alias + QLatin1Char('.');
    return QStringLiteral("%1version, %1changed_by, %1changed_at").arg(p);
}

RowStamp fromQuery(const QSqlQuery& q, int first)
{
    RowStamp s;
    s.version = q.value(first).toLongLong();
    s.changedBy = q.value(first + 1).toString();
    s.changedAt = q.value(first + 2).toLongLong();
    return s;
}

QString localTime(qint64 epochSecs)
{
    return QDateTime::fromSecsSinceEpoch(epochSecs).toLocalTime().toString(
        QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

Error conflict(const QString& what, const RowStamp& current, qint64 basedOn, const QJsonObject& values)
{
    const QString who = current.changedBy.isEmpty() ? QCoreApplication::translate("RowVersion", "someone")
                                                    : current.changedBy;
    const QString when = current.changedAt > 0 ? localTime(current.changedAt)
                                               : QCoreApplication::translate("RowVersion", "an unknown time");
    const QString text = QString::fromUtf8(QJsonDocument(values).toJson(QJsonDocument::Compact));
    return withStale(
        Error::refused(QCoreApplication::translate(
                           "RowVersion",
                           "%1 was changed by %2 at %3 (now version %4; your change was based on "
                           "version %5). Its current values: %6. Reload and try again.")
                           .arg(what, who, when)
                           .arg(current.version)
                           .arg(basedOn)
                           .arg(text)),
        what, current, basedOn, values);
}

Error withStale(Error e, const QString& what, const RowStamp& current, qint64 basedOn,
                const QJsonObject& values)
{
    e.stale = std::make_shared<const StaleWrite>(
        StaleWrite{what, current.changedBy, current.changedAt, current.version, basedOn, values});
    return e;
}

Status check(const QString& what, const RowStamp& current, std::optional<qint64> expected,
             const QJsonObject& values)
{
    if (expected && *expected != current.version)
        return conflict(what, current, *expected, values);
    return {};
}

Result<bool> update(QSqlDatabase& db, const QString& table, const QString& set, QVariantList bindings,
                    const QString& keyColumn, const QVariant& key, qint64 version, const QString& by,
                    qint64 at)
{
    const QString sql =
        QStringLiteral(
            "UPDATE %1 SET %2%3version = version + 1, changed_by = coalesce(?, ''), changed_at = ? "
            "WHERE %4 = ? AND version = ?")
            .arg(table, set, set.isEmpty() ? QString() : QStringLiteral(", "), keyColumn);
    bindings << by << at << key << version;
    auto q = Database::exec(db, sql, bindings);
    if (!q.ok())
        return q.error();
    return q->numRowsAffected() > 0;
}

Result<bool> touch(QSqlDatabase& db, const QString& table, const QString& keyColumn, const QVariant& key,
                   qint64 version, const QString& by, qint64 at)
{
    return update(db, table, {}, {}, keyColumn, key, version, by, at);
}

Status write(QSqlDatabase& db, const QString& table, const QString& set, const QVariantList& bindings,
             const QString& keyColumn, const QVariant& key, const ReadRow& read,
             std::optional<qint64> expected, const QString& by, qint64 at,
             const std::function<Result<ReadRow>()>& reread)
{
    if (Status s = check(read.what, read.stamp, expected, read.values); !s.ok())
        return s;
    auto written = update(db, table, set, bindings, keyColumn, key, read.stamp.version, by, at);
    if (!written.ok())
        return written.error();
    if (*written)
        return {};
    auto now = reread();
    if (!now.ok())
        return now.error();
    return conflict(now->what, now->stamp, expected.value_or(read.stamp.version), now->values);
}

} // namespace opsdeck::RowVersion
