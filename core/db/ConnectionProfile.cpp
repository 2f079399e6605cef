#include "db/ConnectionProfile.h"

#include "db/Database.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace opsdeck {

ConnectionProfile ConnectionProfile::sqlite(const QString& path, int busyTimeoutMs)
{
    ConnectionProfile p;
    p.m_driver = Driver::Sqlite;
    p.m_database = path;
    p.m_display = path;
    p.m_connectOptions = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeoutMs);
    // Per connection, not per file: SQLite forgets these when the connection closes.
    // cache_size: a metrics flush of a few thousand series overflows the default 2 MiB
    // page cache and spills to the WAL mid-transaction (perf: a tenth of a one-shot
    // poll round in sqlite3PcacheFetchStress); 16 MiB is an upper bound, not an
    // allocation, and a connection that reads little stays small.
    p.m_sessionSetup = {QStringLiteral("PRAGMA foreign_keys = ON"),
                        QStringLiteral("PRAGMA synchronous = NORMAL"),
                        QStringLiteral("PRAGMA cache_size = -16384")};
    return p;
}

ConnectionProfile ConnectionProfile::postgres(const QString& host, int port, const QString& dbname,
                                              const QString& user, const QString& sslmode,
                                              const QString& password)
{
    ConnectionProfile p;
    p.m_driver = Driver::Postgres;
    p.m_database = dbname;
    p.m_display = QStringLiteral("postgresql://%1@%2:%3/%4").arg(user, host).arg(port).arg(dbname);
    p.m_host = host;
    p.m_port = port;
    p.m_user = user;
    p.m_password = password;
    // connect_timeout: an unreachable server fails in seconds, not minutes.
    QStringList options{QStringLiteral("connect_timeout=10")};
    if (!sslmode.isEmpty())
        options << QStringLiteral("sslmode=%1").arg(sslmode);
    p.m_connectOptions = options.join(QLatin1Char(';'));
    // client_min_messages: libpq prints a server NOTICE ("already exists, skipping") on
    // stderr, where a CLI's output would carry it; warnings and errors still come.
    p.m_sessionSetup = {QStringLiteral("SET client_encoding = 'UTF8'"),
                        QStringLiteral("SET client_min_messages = warning")};
    return p;
}

Dialect ConnectionProfile::dialectOf(const QSqlDatabase& db)
{
    return db.driverName() == QLatin1String("QPSQL") ? Dialect::Postgres : Dialect::Sqlite;
}

bool ConnectionProfile::isPrivatePerConnection() const
{
    return m_driver == Driver::Sqlite && m_database == QLatin1String(":memory:");
}

Result<QSqlDatabase> ConnectionProfile::configure(const QString& name) const
{
    const bool pg = m_driver == Driver::Postgres;
    QSqlDatabase db =
        QSqlDatabase::addDatabase(pg ? QStringLiteral("QPSQL") : QStringLiteral("QSQLITE"), name);
    if (!db.isValid()) {
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
        return Error::failure(
            QCoreApplication::translate("Database",
                                        "opening %1 failed: the Qt SQL driver %2 is not installed")
                .arg(m_display, pg ? QStringLiteral("QPSQL (libqt6sql6-psql)") : QStringLiteral("QSQLITE")));
    }
    db.setDatabaseName(m_database);
    if (pg) {
        db.setHostName(m_host);
        db.setPort(m_port);
        db.setUserName(m_user);
        if (!m_password.isEmpty())
            db.setPassword(m_password);
    }
    db.setConnectOptions(m_connectOptions);
    return db;
}

Result<QSqlDatabase> ConnectionProfile::open(const QString& name) const
{
    auto configured = configure(name);
    if (!configured.ok())
        return configured.error();
    QSqlDatabase db = *configured;
    if (Status started = start(db); !started.ok()) {
        // No handle may outlive removeDatabase(), the Result's copy included.
        db = QSqlDatabase();
        configured = Error::failure({});
        QSqlDatabase::removeDatabase(name);
        return started.error();
    }
    return db;
}

Status ConnectionProfile::reopen(QSqlDatabase& db) const
{
    db.close();
    return start(db);
}

Status ConnectionProfile::start(QSqlDatabase& db) const
{
    const bool pg = m_driver == Driver::Postgres;
    Status result = [&]() -> Status {
        if (!db.open())
            return Database::sqlError(
                QCoreApplication::translate("Database", "opening %1 failed").arg(m_display), db.lastError());
        QSqlQuery probe(db);
        if (!probe.exec(pg ? QStringLiteral("SELECT 1")
                           : QStringLiteral("SELECT count(*) FROM sqlite_master")))
            return Database::sqlError(
                QCoreApplication::translate("Database", "reading %1 failed").arg(m_display),
                probe.lastError());
        for (const QString& statement : m_sessionSetup) {
            QSqlQuery q(db);
            if (!q.exec(statement))
                return Database::sqlError(
                    QCoreApplication::translate("Database", "setting up a connection to %1 failed")
                        .arg(m_display),
                    q.lastError());
        }
        return {};
    }();
    if (!result.ok())
        db.close();
    return result;
}

bool ConnectionProfile::isConnectionLoss(const QSqlDatabase& db, const QSqlError& error)
{
    if (error.type() == QSqlError::NoError || dialectOf(db) != Dialect::Postgres)
        return false;
    const QString state = error.nativeErrorCode();
    if (state.startsWith(QLatin1String("08")) || state.startsWith(QLatin1String("57P")))
        return true;
    if (!state.isEmpty())
        return false;
    // libpq's client-side failures have no SQLSTATE; these are the ones that mean the
    // socket is gone.
    const QString text = error.databaseText() + QLatin1Char(' ') + error.driverText();
    for (const char* lost :
         {"server closed the connection", "no connection to the server", "could not receive data from server",
          "could not send data to server", "connection to server", "terminating connection"})
        if (text.contains(QLatin1String(lost), Qt::CaseInsensitive))
            return true;
    return false;
}

} // namespace opsdeck
