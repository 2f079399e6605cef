#include "db/StatementCache.h"

#include "db/Database.h"

#include <QCoreApplication>
#include <QSqlError>

namespace opsdeck {

namespace {
thread_local StatementCache* t_active = nullptr;
} // namespace

Result<StatementRows> StatementCache::exec(const QString& sql, const QVariantList& bindings)
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        if (!q.prepare(sql))
            return Database::sqlError(QCoreApplication::translate("Database", "preparing a statement failed"),
                                      q.lastError());
        it = m_statements.emplace(sql, std::make_unique<QSqlQuery>(std::move(q))).first;
    }
    QSqlQuery& q = *it->second;
    for (int i = 0; i < bindings.size(); ++i)
        q.bindValue(i, bindings.at(i));
    if (!q.exec())
        return Database::sqlError(QCoreApplication::translate("Database", "a database statement failed"),
                                  q.lastError());
    return StatementRows(&q);
}

void StatementCache::finishAll()
{
    for (auto& [sql, q] : m_statements)
        q->finish();
}

StatementCache::Scope::Scope(StatementCache& cache) : m_previous(t_active)
{
    t_active = &cache;
}

StatementCache::Scope::~Scope()
{
    t_active = m_previous;
}

Result<StatementRows> StatementCache::run(QSqlDatabase& db, const QString& sql, const QVariantList& bindings)
{
    if (t_active && t_active->m_db.connectionName() == db.connectionName())
        return t_active->exec(sql, bindings);
    auto q = Database::exec(db, sql, bindings);
    if (!q.ok())
        return q.error();
    return StatementRows(std::move(*q));
}

StatementCache* StatementCache::active()
{
    return t_active;
}

} // namespace opsdeck
