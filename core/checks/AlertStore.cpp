#include "checks/AlertStore.h"

#include "db/StatementCache.h"

#include <QCoreApplication>

namespace opsdeck {
namespace {

// A null QString binds as SQL NULL; the text columns are NOT NULL ''.
QString text(const QString& s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

QVariant optionalValue(const std::optional<double>& v)
{
    return v ? QVariant(*v) : QVariant(QMetaType::fromType<double>());
}

AlertEvent fromRow(const StatementRows& q)
{
    AlertEvent e;
    e.id = q.value(0).toLongLong();
    e.checkId = q.value(1).toLongLong(); // 0 once the check is removed
    e.checkName = q.value(2).toString();
    e.target = q.value(3).toString();
    e.from = checkStateFromName(q.value(4).toString()).value_or(CheckState::Unknown);
    e.to = checkStateFromName(q.value(5).toString()).value_or(CheckState::Unknown);
    e.status = checkStatusFromName(q.value(6).toString()).value_or(CheckStatus::Unknown);
    e.importance = importanceFromName(q.value(7).toString()).value_or(Importance::Error);
    e.atMs = q.value(8).toLongLong();
    e.message = q.value(9).toString();
    if (!q.value(10).isNull())
        e.value = q.value(10).toDouble();
    return e;
}

} // namespace

Result<QList<AlertEvent>> AlertStore::list(const AlertFilter& f) const
{
    auto c = m_db->tryConnection();
    if (!c.ok())
        return c.error();
    QString sql =
        QStringLiteral("SELECT id, coalesce(check_id, 0), check_name, target, from_state, to_state, "
                       "status, importance, at_ms, message, value FROM alert_events WHERE at_ms >= ?");
    QVariantList bindings{f.sinceMs};
    if (!f.check.isEmpty()) {
        sql += QStringLiteral(" AND check_name = ?");
        bindings << f.check;
    }
    if (f.target) {
        sql += QStringLiteral(" AND target = ?");
        bindings << text(*f.target);
    }
    if (f.minImportance) {
        QStringList names;
        for (Importance i : {Importance::Warning, Importance::Error, Importance::Critical})
            if (int(i) >= int(*f.minImportance))
                names << importanceName(i);
        sql += QStringLiteral(" AND importance IN (%1)")
                   .arg(QStringList(names.size(), QStringLiteral("?")).join(u','));
        for (const QString& n : names)
            bindings << n;
    }
    sql += QStringLiteral(" ORDER BY at_ms DESC, id DESC LIMIT ?");
    bindings << std::max(1, f.limit);
    auto q = StatementCache::run(*c, sql, bindings);
    if (!q.ok())
        return q.error();
    QList<AlertEvent> out;
    while (q->next())
        out << fromRow(*q);
    return out;
}

Status AlertStore::append(QSqlDatabase& db, const QList<AlertEvent>& events)
{
    for (const AlertEvent& e : events) {
        auto q = StatementCache::run(
            db,
            QStringLiteral(
                "INSERT INTO alert_events (check_id, check_name, target, from_state, to_state, status, "
                "importance, at_ms, message, value) VALUES (?, coalesce(?, (SELECT name FROM checks "
                "WHERE id = ?)), ?, ?, ?, ?, ?, ?, ?, ?)"),
            {e.checkId,
             e.checkName.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(e.checkName),
             e.checkId, text(e.target), checkStateName(e.from), checkStateName(e.to),
             checkStatusName(e.status), importanceName(e.importance), e.atMs, text(e.message),
             optionalValue(e.value)});
        if (!q.ok())
            return q.error();
    }
    return {};
}

} // namespace opsdeck
