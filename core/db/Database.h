#pragma once

#include "db/Migration.h"
#include "util/Result.h"

#include <QHash>
#include <QMutex>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <memory>

class QSqlQuery;

namespace opsdeck {

// The local SQL cache: one SQLite file (WAL, foreign keys on, versioned migrations).
// Qt's SQL connections belong to the thread that made them, so connection() hands
// each thread its own, opened on first use with the same settings.
class Database
{
public:
    struct Options
    {
        // Milliseconds to wait for another writer before giving up with "locked".
        int busyTimeoutMs = 5000;
        // Migrations to bring the file to; defaults to every one compiled in.
        QList<Migration> migrations = Migration::all();
    };

    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    // --db PATH, else $OPSDECK_DB, else <AppDataLocation>/opsdeck.sqlite.
    static QString resolvePath(const QString& cliPath = {});

    // Opens (creating if needed) and migrates. A database from a newer Opsdeck is
    // refused and left untouched; a locked or damaged file gives an Error, not a crash.
    static Result<std::shared_ptr<Database>> open(const QString& path, const Options& options);
    static Result<std::shared_ptr<Database>> open(const QString& path) { return open(path, Options{}); }

    QString path() const { return m_path; }
    int schemaVersion() const { return m_schemaVersion; }
    static int latestVersion(const QList<Migration>& migrations = Migration::all());
    QString sqliteVersion() const;

    // This thread's connection.
    QSqlDatabase connection() const;

    // Runs `work` inside BEGIN IMMEDIATE ... COMMIT on this thread's connection;
    // rolls back when it returns an error.
    Status transaction(const std::function<Status(QSqlDatabase&)>& work) const;

    // Prepares and executes `sql` with positional `bindings`; the query is left on its
    // first row-less position for the caller to step through.
    static Result<QSqlQuery> exec(QSqlDatabase& db, const QString& sql, const QVariantList& bindings = {});

    // Error text for a failed query, with the SQLite condition (locked, full disk,
    // damaged) turned into words a person can act on.
    static Error sqlError(const QString& what, const QSqlError& error);

private:
    Database(QString path, Options options);
    Result<QSqlDatabase> openConnection(const QString& name) const;
    Status migrate();

    QString m_path;
    Options m_options;
    int m_schemaVersion = 0;
    mutable QMutex m_mutex;
    mutable QHash<quintptr, QString> m_connections; // thread id -> connection name
    QString m_prefix;
};

} // namespace opsdeck
