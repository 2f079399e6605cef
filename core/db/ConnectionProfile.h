#pragma once

#include "db/Dialect.h"
#include "util/Result.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QString>
#include <QStringList>

namespace opsdeck {

// How to open one connection to a database: which Qt driver, which database, and what
// every new connection runs before it is handed out (SQLite's pragmas, its busy
// timeout). It is the one place that names a driver, so the rest of the code never
// does: QSQLITE for the local file, QPSQL for a shared (team) PostgreSQL.
class ConnectionProfile
{
public:
    enum class Driver
    {
        Sqlite,
        Postgres
    };

    // A SQLite file (or ":memory:"), waiting up to `busyTimeoutMs` for another writer.
    static ConnectionProfile sqlite(const QString& path, int busyTimeoutMs);

    // A PostgreSQL database through QPSQL (libpq). `sslmode` is libpq's (empty: its
    // default, prefer). `password` is kept in memory only, for the connections of later
    // threads; empty lets libpq find it in ~/.pgpass ($PGPASSFILE).
    static ConnectionProfile postgres(const QString& host, int port, const QString& dbname,
                                      const QString& user, const QString& sslmode,
                                      const QString& password = {});

    // The dialect of an open connection (a static Database helper has only that).
    static Dialect dialectOf(const QSqlDatabase& db);

    Driver driver() const { return m_driver; }
    Dialect dialect() const { return m_driver == Driver::Postgres ? Dialect::Postgres : Dialect::Sqlite; }
    // What the user knows the database by: the file's path, or postgresql://USER@HOST:PORT/DBNAME.
    QString displayName() const { return m_display; }
    // True when every connection sees a database of its own (SQLite's ":memory:"): a
    // second thread then cannot share the first one's data.
    bool isPrivatePerConnection() const;

    // Adds a connection named `name`, opens it, reads from it once (so a file that is
    // not a database fails here, before any write) and runs the session set-up. On
    // failure the half-made connection is removed again.
    Result<QSqlDatabase> open(const QString& name) const;
    // Adds a connection named `name` with this profile's settings, not yet opened (for a
    // caller that wants the driver's own error, as DatabaseLogin does). The caller
    // removes it again.
    Result<QSqlDatabase> configure(const QString& name) const;
    // Opens `db` again after its server went away (it keeps its name, so the thread's
    // slot stays): close, open, probe, session set-up. `db` stays closed on failure.
    Status reopen(QSqlDatabase& db) const;
    // True for a server (PostgreSQL): its connections can be lost and opened again.
    bool reconnects() const { return m_driver == Driver::Postgres; }

    // True when `error` says the connection itself is gone (the server restarted, the
    // network dropped), not that one statement was wrong: PostgreSQL's SQLSTATE classes
    // 08 (connection exception) and 57P (the server shutting down), or libpq's own
    // "no connection" errors that carry no SQLSTATE. Always false for SQLite.
    static bool isConnectionLoss(const QSqlDatabase& db, const QSqlError& error);

private:
    // Opens an added connection and makes it ready (probe, session set-up).
    Status start(QSqlDatabase& db) const;

    Driver m_driver = Driver::Sqlite;
    QString m_database;
    QString m_display;
    QString m_host;
    int m_port = -1;
    QString m_user;
    QString m_password;
    QString m_connectOptions;
    QStringList m_sessionSetup;
};

} // namespace opsdeck
