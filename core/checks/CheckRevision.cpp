#include "checks/CheckRevision.h"

#include "db/StatementCache.h"

#include <QStringList>

namespace opsdeck {

namespace {

// The one row of an aggregate query, its columns joined.
Result<QString> fingerprint(const std::shared_ptr<Database>& db, const QString& sql, int columns)
{
    auto c = db->tryConnection();
    if (!c.ok())
        return c.error();
    auto q = StatementCache::run(*c, sql, {});
    if (!q.ok())
        return q.error();
    if (!q->next())
        return Error::failure(QStringLiteral("the checks' revision query returned no row"));
    QStringList parts;
    for (int i = 0; i < columns; ++i)
        parts << q->value(i).toString();
    return parts.join(u'/');
}

} // namespace

Result<QString> CheckRevision::read(const std::shared_ptr<Database>& db)
{
    static const QString sql = QStringLiteral(
        "SELECT (SELECT count(*) FROM checks), (SELECT coalesce(max(id), 0) FROM checks), "
        "(SELECT coalesce(sum(version), 0) FROM checks), "
        "(SELECT count(*) FROM check_state), (SELECT coalesce(max(updated_ms), 0) FROM check_state), "
        "(SELECT coalesce(sum(acknowledged), 0) FROM check_state), "
        "(SELECT coalesce(sum(coalesce(silenced_until_ms, 0)), 0) FROM check_state), "
        "(SELECT coalesce(max(id), 0) FROM alert_events), "
        "(SELECT count(*) FROM maintenance_windows), (SELECT coalesce(max(id), 0) FROM maintenance_windows)");
    return fingerprint(db, sql, 10);
}

Result<QString> CheckRevision::readForScheduler(const std::shared_ptr<Database>& db)
{
    static const QString sql = QStringLiteral(
        "SELECT (SELECT count(*) FROM checks), (SELECT coalesce(max(id), 0) FROM checks), "
        "(SELECT coalesce(sum(version), 0) FROM checks), (SELECT coalesce(max(id), 0) FROM audit_log), "
        "(SELECT coalesce(sum(acknowledged), 0) FROM check_state), "
        "(SELECT coalesce(sum(acknowledged * check_id), 0) FROM check_state), "
        "(SELECT coalesce(sum(coalesce(silenced_until_ms, 0)), 0) FROM check_state)");
    return fingerprint(db, sql, 7);
}

} // namespace opsdeck
