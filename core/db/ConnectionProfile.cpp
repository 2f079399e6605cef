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

bool ConnectionProfile::isPrivatePerConnection() const
{
    return m_driver == Driver::Sqlite && m_database == QLatin1String(":memory:");
}

Result<QSqlDatabase> ConnectionProfile::open(const QString& name) const
{
    Result<QSqlDatabase> result = [&]() -> Result<QSqlDatabase> {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(m_database);
        db.setConnectOptions(m_connectOptions);
        if (!db.open())
            return Database::sqlError(
                QCoreApplication::translate("Database", "opening %1 failed").arg(m_database), db.lastError());
        QSqlQuery probe(db);
        if (!probe.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")))
            return Database::sqlError(
                QCoreApplication::translate("Database", "reading %1 failed").arg(m_database),
                probe.lastError());
        for (const QString& statement : m_sessionSetup) {
            QSqlQuery q(db);
            if (!q.exec(statement))
                return Database::sqlError(
                    QCoreApplication::translate("Database", "setting up a connection to %1 failed")
                        .arg(m_database),
                    q.lastError());
        }
        return db;
    }();
    if (!result.ok())
        QSqlDatabase::removeDatabase(name);
    return result;
}

} // namespace opsdeck
