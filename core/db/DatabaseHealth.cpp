#include "db/DatabaseHealth.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLocale>
#include <QSqlQuery>
#include <QStorageInfo>

namespace opsdeck {

DatabaseHealth DatabaseHealthCheck::check(const Database& db)
{
    DatabaseHealth health;
    // A shared PostgreSQL database's disk is the server's: only a local file's is known.
    if (db.dialect() == Dialect::Sqlite && !db.isPrivatePerConnection()) {
        const QStorageInfo storage(QFileInfo(db.path()).absolutePath());
        if (storage.isValid())
            health.freeBytes = storage.bytesAvailable();
    }
    const Status probe = db.transaction([](QSqlDatabase& c) -> Status {
        auto q = Database::exec(c,
                                QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?) "
                                               "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                                {QStringLiteral("opsdeck.write_probe"), QStringLiteral("1")});
        if (!q.ok())
            return q.error();
        // Never kept: an error rolls the probe back.
        return Error::failure(QString());
    });
    health.writable = !probe.ok() && probe.error().message.isEmpty();
    if (!health.writable)
        health.problem = probe.error().message;
    else if (health.freeBytes >= 0 && health.freeBytes < lowSpaceBytes)
        health.problem =
            QCoreApplication::translate("Database", "the disk holding the database is almost full (%1 free); "
                                                    "writes will fail until space is freed")
                .arg(QLocale::c().formattedDataSize(health.freeBytes));
    return health;
}

} // namespace opsdeck
