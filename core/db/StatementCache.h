#pragma once

#include "util/Result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariantList>
#include <memory>
#include <unordered_map>

namespace opsdeck {

// Statements prepared once and run many times on one connection, for the duration of
// one piece of bulk work (a metrics maintenance pass touches every series with the same
// dozen statements; preparing them per series costs more than running them).
//
// While a Scope is alive on a thread, StatementCache::run() on that thread uses the
// scope's cache for the scope's connection and Database::exec() for any other. A cached
// statement is shared by every caller of the same SQL text, so a caller must read its
// rows before it runs that same SQL again. Destroy the cache before its connection.
// The rows of one run: a cached statement (shared with the cache) or one prepared for
// this run alone.
class StatementRows
{
public:
    explicit StatementRows(QSqlQuery* cached) : m_query(cached) {}
    explicit StatementRows(QSqlQuery&& own)
        : m_owned(std::make_shared<QSqlQuery>(std::move(own))), m_query(m_owned.get())
    {}

    bool next() { return m_query->next(); }
    QVariant value(int column) const { return m_query->value(column); }

private:
    std::shared_ptr<QSqlQuery> m_owned;
    QSqlQuery* m_query = nullptr;
};

class StatementCache
{
public:
    explicit StatementCache(QSqlDatabase db) : m_db(std::move(db)) {}
    ~StatementCache() = default;
    StatementCache(const StatementCache&) = delete;
    StatementCache& operator=(const StatementCache&) = delete;

    // Prepares `sql` once, binds `bindings` by position and executes it.
    Result<StatementRows> exec(const QString& sql, const QVariantList& bindings);
    // Resets every statement (a SELECT read only partly keeps a read snapshot otherwise).
    void finishAll();

    // Makes `cache` the one run() uses on this thread until the scope ends (scopes nest).
    class Scope
    {
    public:
        explicit Scope(StatementCache& cache);
        ~Scope();
        Scope(const Scope&) = delete;
        Scope& operator=(const Scope&) = delete;

    private:
        StatementCache* m_previous;
    };

    // Through the thread's active cache when it holds `db`'s connection, else
    // Database::exec (prepared for this one run).
    static Result<StatementRows> run(QSqlDatabase& db, const QString& sql, const QVariantList& bindings = {});
    // The thread's active cache, if any (finishAll() before a COMMIT).
    static StatementCache* active();

private:
    QSqlDatabase m_db;
    std::unordered_map<QString, std::unique_ptr<QSqlQuery>> m_statements; // stable addresses
};

} // namespace opsdeck
