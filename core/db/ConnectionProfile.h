#pragma once

#include "util/Result.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace opsdeck {

// How to open one connection to a database: which Qt driver, which database, and what
// every new connection runs before it is handed out (SQLite's pragmas, its busy
// timeout). It is the one place that names a driver, so the rest of the code never
// does; a second driver (QPSQL for team mode) is a second factory here.
class ConnectionProfile
{
public:
    enum class Driver
    {
        Sqlite
    };

    // A SQLite file (or ":memory:"), waiting up to `busyTimeoutMs` for another writer.
    static ConnectionProfile sqlite(const QString& path, int busyTimeoutMs);

    Driver driver() const { return m_driver; }
    // What the user knows the database by: the file's path.
    QString displayName() const { return m_database; }
    // True when every connection sees a database of its own (SQLite's ":memory:"): a
    // second thread then cannot share the first one's data.
    bool isPrivatePerConnection() const;

    // Adds a connection named `name`, opens it, reads from it once (so a file that is
    // not a database fails here, before any write) and runs the session set-up. On
    // failure the half-made connection is removed again.
    Result<QSqlDatabase> open(const QString& name) const;

private:
    Driver m_driver = Driver::Sqlite;
    QString m_database;
    QString m_connectOptions;
    QStringList m_sessionSetup;
};

} // namespace opsdeck
