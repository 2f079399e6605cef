#pragma once

#include "db/Migration.h"
#include "db/ThreadConnections.h"
#include "util/Result.h"

#include <QMutex>
#include <QSqlDatabase>
#include <QString>
#include <QVariant>
#include <functional>
#include <memory>
#include <optional>

class QSqlQuery;

namespace opsdeck {

// The SQL store: a local SQLite file (WAL, foreign keys on, versioned migrations) or a
// shared PostgreSQL database (team mode: --db postgresql://USER@HOST[:PORT]/DBNAME).
// Qt's SQL connections belong to the thread that made them, so connection() hands
// each thread its own, opened on first use with the same settings and closed when
// that thread finishes (ThreadConnections); the settings live in one ConnectionProfile.
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

    // --db PATH, else $OPSDECK_DB, else defaultPath(). PATH may be a postgresql:// URL.
    static QString resolvePath(const QString& cliPath = {});
    // Where the metrics cache lives for a database at `resolved`: the file itself, or
    // defaultPath() when `resolved` is a shared database's URL (metrics stay local).
    static QString localPathFor(const QString& resolved);
    // <XDG data home>/opsdeck/opsdeck.sqlite (~/.local/share/opsdeck/opsdeck.sqlite).
    static QString defaultPath();

    // Opens (creating if needed) and migrates. A database from a newer Opsdeck is
    // refused and left untouched; a locked or damaged file gives an Error, not a crash.
    // A postgresql:// URL opens that database through QPSQL (DatabaseUrl); the password
    // comes from ~/.pgpass, or `password` when the caller has it (the keychain, later).
    static Result<std::shared_ptr<Database>> open(const QString& path, const Options& options,
                                                  const QString& password);
    static Result<std::shared_ptr<Database>> open(const QString& path, const Options& options)
    {
        return open(path, options, {});
    }
    static Result<std::shared_ptr<Database>> open(const QString& path) { return open(path, Options{}); }

    // The file's path, or the shared database's URL without a password.
    QString path() const { return m_path; }
    Dialect dialect() const { return m_connections.profile().dialect(); }
    int schemaVersion() const { return m_schemaVersion; }
    static int latestVersion(const QList<Migration>& migrations = Migration::all());
    QString sqliteVersion() const;
    // The SQLite library's version, without a database.
    static QString sqliteLibraryVersion();

    // This thread's connection. When it cannot be opened the handle is closed (every
    // statement on it then fails with a clear error) and lastError() says why.
    QSqlDatabase connection() const;
    // The same, as a value: the error when this thread's connection cannot be opened.
    Result<QSqlDatabase> tryConnection() const;
    // Closes this thread's connection now (a long-lived thread that is done with it).
    void releaseConnection() const { m_connections.releaseForThisThread(); }
    // Connections open right now, over all threads.
    int openConnections() const { return m_connections.openCount(); }
    // True when each connection sees a database of its own (":memory:"): work that runs
    // on another thread cannot share this one's data.
    bool isPrivatePerConnection() const { return m_connections.profile().isPrivatePerConnection(); }

    // Asks the server whether it is there (SELECT 1 on this thread's connection, opened
    // again if it was lost). SQLite: reads the file.
    Status ping() const;
    // Every thread's connection is opened again at its next use (the server is back).
    void reconnectAll() const { m_connections.reconnectAll(); }

    // The last failure to open a thread's connection, and how many there were.
    std::optional<Error> lastConnectionError() const;
    int connectionFailures() const;

    // Runs `work` inside BEGIN IMMEDIATE ... COMMIT (PostgreSQL: BEGIN ... COMMIT) on this
    // thread's connection; rolls back when it returns an error.
    Status transaction(const std::function<Status(QSqlDatabase&)>& work) const;
    // The same on a given connection. The thread's active StatementCache, if any, is
    // reset before the COMMIT (a half-read SELECT would hold its snapshot).
    static Status transactionOn(QSqlDatabase& db, const std::function<Status(QSqlDatabase&)>& work);

    // Prepares and executes `sql` with positional `bindings`; the query is left on its
    // first row-less position for the caller to step through.
    static Result<QSqlQuery> exec(QSqlDatabase& db, const QString& sql, const QVariantList& bindings = {});

    // Error text for a failed query, with the SQLite condition (locked, full disk,
    // damaged) turned into words a person can act on.
    static Error sqlError(const QString& what, const QSqlError& error);

private:
    Database(QString path, Options options, ConnectionProfile profile);
    Status migrate();
    Result<int> readSchemaVersion(QSqlDatabase& db) const;
    Status applyMigration(const Migration& m);
    // Moves a database left at the first release's default place to defaultPath().
    static Status adoptEarlierDefault(const QString& path);

    QString m_path;
    Options m_options;
    int m_schemaVersion = 0;
    ThreadConnections m_connections;
    mutable QMutex m_errorMutex;
    mutable std::optional<Error> m_lastConnectionError;
    mutable int m_connectionFailures = 0;
};

} // namespace opsdeck
