#include "checks/CheckStateStore.h"

#include "checks/AlertStore.h"
#include "checks/CheckStore.h"
#include "db/StatementCache.h"

#include <QCoreApplication>

namespace opsdeck {
namespace {

// A null QString binds as SQL NULL; the text columns are NOT NULL ''.
QString text(const QString& s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

const QString& selectState()
{
    static const QString sql = QStringLiteral(
        "SELECT check_id, target, state, last_status, consecutive_failures, consecutive_passes, since_ms, "
        "message, value, acknowledged, silenced_until_ms, consecutive_unknowns FROM check_state ");
    return sql;
}

CheckRuntime fromRow(const StatementRows& q)
{
    CheckRuntime r;
    r.checkId = q.value(0).toLongLong();
    r.target = q.value(1).toString();
    r.state = checkStateFromName(q.value(2).toString()).value_or(CheckState::Unknown);
    r.lastStatus = checkStatusFromName(q.value(3).toString()).value_or(CheckStatus::Unknown);
    r.consecutiveFailures = q.value(4).toInt();
    r.consecutivePasses = q.value(5).toInt();
    r.consecutiveUnknowns = q.value(11).toInt();
    r.sinceMs = q.value(6).toLongLong();
    r.message = q.value(7).toString();
    if (!q.value(8).isNull())
        r.value = q.value(8).toDouble();
    r.acknowledged = q.value(9).toInt() != 0;
    if (!q.value(10).isNull())
        r.silencedUntilMs = q.value(10).toLongLong();
    return r;
}

Result<QList<CheckRuntime>> loadWhere(Database& database, const QString& where, const QVariantList& bindings)
{
    auto c = database.tryConnection();
    if (!c.ok())
        return c.error();
    auto q = StatementCache::run(*c, selectState() + where, bindings);
    if (!q.ok())
        return q.error();
    QList<CheckRuntime> out;
    while (q->next())
        out << fromRow(*q);
    return out;
}

// The checker's columns; an existing row keeps its silence and keeps its acknowledgement
// unless the target recovered. A new row inherits the check's latest silence.
const QString& upsertSql()
{
    static const QString sql = QStringLiteral(
        "INSERT INTO check_state (check_id, target, state, last_status, consecutive_failures, "
        "consecutive_passes, since_ms, message, value, acknowledged, silenced_until_ms, updated_ms, "
        "consecutive_unknowns) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0, coalesce(?, (SELECT max(s.silenced_until_ms) FROM check_state "
        "s "
        "WHERE s.check_id = ?)), ?, ?) "
        "ON CONFLICT (check_id, target) DO UPDATE SET state = excluded.state, last_status = "
        "excluded.last_status, consecutive_failures = excluded.consecutive_failures, consecutive_passes = "
        "excluded.consecutive_passes, consecutive_unknowns = excluded.consecutive_unknowns, since_ms = "
        "excluded.since_ms, message = excluded.message, value = "
        "excluded.value, updated_ms = excluded.updated_ms, acknowledged = CASE WHEN excluded.state = "
        "'passing' THEN 0 ELSE check_state.acknowledged END");
    return sql;
}

int rank(CheckState s)
{
    switch (s) {
    case CheckState::Pending:
        return 0;
    case CheckState::Passing:
        return 1;
    case CheckState::Unknown:
        return 2;
    case CheckState::Failing:
        return 3;
    }
    return 0;
}

Result<int> changed(Result<QSqlQuery> q)
{
    if (!q.ok())
        return q.error();
    return q->numRowsAffected();
}

} // namespace

Status CheckStateStore::record(const QList<CheckRuntime>& runtimes, const QList<AlertEvent>& events)
{
    const qint64 now = m_clock->nowMs();
    return m_db->transaction([&](QSqlDatabase& db) -> Status {
        StatementCache statements(db);
        StatementCache::Scope scope(statements);
        for (const CheckRuntime& r : runtimes) {
            auto q = StatementCache::run(
                db, upsertSql(),
                {r.checkId, text(r.target), checkStateName(r.state), checkStatusName(r.lastStatus),
                 r.consecutiveFailures, r.consecutivePasses, r.sinceMs, text(r.message),
                 r.value ? QVariant(*r.value) : QVariant(QMetaType::fromType<double>()),
                 r.silencedUntilMs ? QVariant(*r.silencedUntilMs) : QVariant(QMetaType::fromType<qint64>()),
                 r.checkId, now, r.consecutiveUnknowns});
            if (!q.ok())
                return q.error();
        }
        return AlertStore::append(db, events);
    });
}

Result<QList<CheckRuntime>> CheckStateStore::load(qint64 checkId) const
{
    return loadWhere(*m_db, QStringLiteral("WHERE check_id = ? ORDER BY target"), {checkId});
}

Result<QList<CheckRuntime>> CheckStateStore::loadAll() const
{
    return loadWhere(*m_db, QStringLiteral("ORDER BY check_id, target"), {});
}

Result<int> CheckStateStore::acknowledge(qint64 checkId)
{
    auto check = CheckStore(m_db, *m_clock).get(checkId);
    if (!check.ok())
        return check.error();
    int count = 0;
    const Status done = m_db->transaction([&](QSqlDatabase& db) -> Status {
        auto n = changed(
            Database::exec(db,
                           QStringLiteral("UPDATE check_state SET acknowledged = 1 WHERE check_id = ? "
                                          "AND state IN ('failing', 'unknown')"),
                           {checkId}));
        if (!n.ok())
            return n.error();
        count = *n;
        return {};
    });
    if (!done.ok())
        return done.error();
    if (count == 0)
        return Error::refused(QCoreApplication::translate("CheckStateStore",
                                                          "check '%1' is not failing: nothing to acknowledge")
                                  .arg(check->name));
    return count;
}

Result<int> CheckStateStore::silence(qint64 checkId, qint64 untilMs)
{
    if (untilMs <= m_clock->nowMs())
        return Error::usage(QCoreApplication::translate("CheckStateStore", "a silence ends in the future"));
    CheckStore checks(m_db, *m_clock);
    auto check = checks.get(checkId);
    if (!check.ok())
        return check.error();
    auto targets = checks.targetsOf(*check);
    if (!targets.ok())
        return targets.error();
    int count = 0;
    const Status done = m_db->transaction([&](QSqlDatabase& db) -> Status {
        for (const QString& target : std::as_const(*targets)) {
            auto q = Database::exec(db,
                                    QStringLiteral("INSERT INTO check_state (check_id, target) VALUES (?, ?) "
                                                   "ON CONFLICT (check_id, target) DO NOTHING"),
                                    {checkId, text(target)});
            if (!q.ok())
                return q.error();
        }
        auto n = changed(Database::exec(
            db, QStringLiteral("UPDATE check_state SET silenced_until_ms = ? WHERE check_id = ?"),
            {untilMs, checkId}));
        if (!n.ok())
            return n.error();
        count = *n;
        return {};
    });
    if (!done.ok())
        return done.error();
    if (count == 0)
        return Error::refused(
            QCoreApplication::translate("CheckStateStore",
                                        "check '%1' applies to no machine yet: nothing to silence")
                .arg(check->name));
    return count;
}

Result<int> CheckStateStore::unsilence(qint64 checkId)
{
    auto check = CheckStore(m_db, *m_clock).get(checkId);
    if (!check.ok())
        return check.error();
    int count = 0;
    const Status done = m_db->transaction([&](QSqlDatabase& db) -> Status {
        auto n = changed(Database::exec(
            db,
            QStringLiteral("UPDATE check_state SET silenced_until_ms = NULL WHERE check_id = ? AND "
                           "silenced_until_ms IS NOT NULL"),
            {checkId}));
        if (!n.ok())
            return n.error();
        count = *n;
        return {};
    });
    if (!done.ok())
        return done.error();
    return count;
}

CheckSummary CheckStateStore::summarize(const QList<CheckRuntime>& targets, qint64 nowMs)
{
    CheckSummary s;
    const CheckRuntime* worst = nullptr;
    bool anyProblem = false;
    bool allAcked = true;
    for (const CheckRuntime& r : targets) {
        if (!worst || rank(r.state) > rank(worst->state) ||
            (rank(r.state) == rank(worst->state) && r.sinceMs < worst->sinceMs))
            worst = &r;
        if (r.state == CheckState::Failing || r.state == CheckState::Unknown) {
            anyProblem = true;
            allAcked = allAcked && r.acknowledged;
        }
        if (r.silencedUntilMs && *r.silencedUntilMs > nowMs &&
            (!s.silencedUntilMs || *r.silencedUntilMs > *s.silencedUntilMs))
            s.silencedUntilMs = r.silencedUntilMs;
    }
    if (worst) {
        s.state = worst->state;
        if (worst->state != CheckState::Pending)
            s.sinceMs = worst->sinceMs;
        s.message = worst->target.isEmpty() || worst->message.isEmpty()
                        ? worst->message
                        : worst->target + QStringLiteral(": ") + worst->message;
    }
    s.acknowledged = anyProblem && allAcked;
    return s;
}

} // namespace opsdeck
