#include "db/Database.h"

#include "db/DatabaseUrl.h"
#include "db/StatementCache.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <algorithm>

Q_LOGGING_CATEGORY(lcDb, "opsdeck.db")

namespace opsdeck {

Database::Database(QString path, Options options, ConnectionProfile profile)
    : m_path(std::move(path)), m_options(std::move(options)), m_connections(std::move(profile))
{}

Database::~Database() = default;

QString Database::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
           QStringLiteral("/opsdeck/opsdeck.sqlite");
}

QString Database::resolvePath(const QString& cliPath)
{
    if (!cliPath.isEmpty())
        return cliPath;
    const QString env = qEnvironmentVariable("OPSDECK_DB");
    if (!env.isEmpty())
        return env;
    return defaultPath();
}

QString Database::localPathFor(const QString& resolved)
{
    return DatabaseUrl::isUrl(resolved) ? defaultPath() : resolved;
}

Status Database::adoptEarlierDefault(const QString& path)
{
    // Opsdeck 0.1 put its default file one folder deeper (<data>/opsdeck/opsdeck/), where
    // the application's data location points; the documented place is <data>/opsdeck/.
    const QString earlier =
        QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/opsdeck.sqlite");
    if (path != defaultPath() || earlier == path || QFileInfo::exists(path) || !QFileInfo::exists(earlier))
        return {};
    QDir().mkpath(QFileInfo(path).absolutePath());
    for (const QString& suffix : {QStringLiteral("-wal"), QStringLiteral("-shm"), QString()}) {
        if (!QFileInfo::exists(earlier + suffix))
            continue;
        if (!QFile::rename(earlier + suffix, path + suffix))
            return Error::failure(
                QCoreApplication::translate("Database", "cannot move the database from %1 to %2; move it "
                                                        "by hand or choose it with --db")
                    .arg(earlier + suffix, path + suffix));
    }
    qCInfo(lcDb) << "moved" << earlier << "to" << path;
    return {};
}

int Database::latestVersion(const QList<Migration>& migrations)
{
    int v = 0;
    for (const auto& m : migrations)
        v = std::max(v, m.version);
    return v;
}

Error Database::sqlError(const QString& what, const QSqlError& error)
{
    const QString native = error.nativeErrorCode();
    const QString text = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    // PostgreSQL's codes are five-character SQLSTATEs, SQLite's small integers.
    if (native.size() == 5) {
        // insufficient_privilege: the server's grants refused it (a team role), as the CLI
        // refuses a verb the role may not use: exit 3.
        if (native == QLatin1String("42501"))
            return Error::refused(
                QCoreApplication::translate("Database",
                                            "%1: the database refused it (%2); your team role may not do "
                                            "this (opsdeck db whoami)")
                    .arg(what, text.trimmed()));
        return Error::failure(QCoreApplication::translate("Database", "%1: %2").arg(what, text.trimmed()));
    }
    // SQLite primary result codes: 5 BUSY, 6 LOCKED, 11 CORRUPT, 13 FULL, 26 NOTADB, 8 READONLY.
    const int code = native.toInt() & 0xff;
    switch (code) {
    case 5:
    case 6:
        return Error::failure(
            QCoreApplication::translate("Database",
                                        "%1: the database is locked by another program (%2); close the other "
                                        "Opsdeck or wait, then try again")
                .arg(what, text));
    case 11:
    case 26:
        return Error::failure(QCoreApplication::translate(
                                  "Database",
                                  "%1: the database file is damaged or is not an Opsdeck database (%2); move "
                                  "it aside or choose another with --db")
                                  .arg(what, text));
    case 13:
        return Error::failure(
            QCoreApplication::translate(
                "Database", "%1: the disk is full (%2); nothing was written, free some space and try again")
                .arg(what, text));
    case 8:
        return Error::failure(
            QCoreApplication::translate("Database",
                                        "%1: the database is read-only (%2); check the file's permissions")
                .arg(what, text));
    default:
        return Error::failure(QCoreApplication::translate("Database", "%1: %2").arg(what, text));
    }
}

Result<QSqlQuery> Database::exec(QSqlDatabase& db, const QString& sql, const QVariantList& bindings)
{
    QSqlQuery q(db);
    if (!q.prepare(sql))
        return sqlError(QCoreApplication::translate("Database", "preparing a statement failed"),
                        q.lastError());
    for (int i = 0; i < bindings.size(); ++i)
        q.bindValue(i, bindings.at(i));
    if (!q.exec()) {
        const QSqlError error = q.lastError();
        if (ConnectionProfile::isConnectionLoss(db, error)) {
            // The thread's connection is dead: close it so its next use opens it again
            // (ThreadConnections::acquire), rather than failing forever.
            q = QSqlQuery();
            db.close();
            return Error::failure(
                QCoreApplication::translate("Database", "the connection to the database server was lost (%1)")
                    .arg(
                        (error.databaseText().isEmpty() ? error.text() : error.databaseText()).simplified()));
        }
        return sqlError(QCoreApplication::translate("Database", "a database statement failed"), error);
    }
    return q;
}

Status Database::ping() const
{
    // Twice: the first run may find this thread's connection dead (and close it); the
    // second opens it again, so a server that came back answers at once.
    Status last;
    for (int attempt = 0; attempt < 2; ++attempt) {
        auto db = tryConnection();
        if (!db.ok())
            return db.error();
        auto q = exec(*db, QStringLiteral("SELECT 1"));
        if (q.ok())
            return {};
        last = q.error();
    }
    return last;
}

Result<QSqlDatabase> Database::tryConnection() const
{
    auto db = m_connections.acquire();
    if (!db.ok()) {
        QMutexLocker lock(&m_errorMutex);
        m_lastConnectionError = db.error();
        ++m_connectionFailures;
        qCWarning(lcDb) << db.error().message;
    }
    return db;
}

QSqlDatabase Database::connection() const
{
    auto db = tryConnection();
    return db.ok() ? *db : QSqlDatabase();
}

std::optional<Error> Database::lastConnectionError() const
{
    QMutexLocker lock(&m_errorMutex);
    return m_lastConnectionError;
}

int Database::connectionFailures() const
{
    QMutexLocker lock(&m_errorMutex);
    return m_connectionFailures;
}

Status Database::transaction(const std::function<Status(QSqlDatabase&)>& work) const
{
    auto db = tryConnection();
    if (!db.ok())
        return db.error();
    return transactionOn(*db, work);
}

Status Database::transactionOn(QSqlDatabase& db, const std::function<Status(QSqlDatabase&)>& work)
{
    QSqlQuery begin(db);
    // SQLite: take the write lock now, not at the first write (no deadlock between two
    // readers turning writers). PostgreSQL locks rows as they are written.
    const bool pg = ConnectionProfile::dialectOf(db) == Dialect::Postgres;
    if (!begin.exec(pg ? QStringLiteral("BEGIN") : QStringLiteral("BEGIN IMMEDIATE"))) {
        if (ConnectionProfile::isConnectionLoss(db, begin.lastError())) {
            const QSqlError error = begin.lastError();
            begin = QSqlQuery();
            db.close(); // opened again at the thread's next use
            return sqlError(
                QCoreApplication::translate("Database", "the connection to the database server was lost"),
                error);
        }
        return sqlError(QCoreApplication::translate("Database", "starting a transaction failed"),
                        begin.lastError());
    }
    Status result = work(db);
    if (StatementCache* cache = StatementCache::active())
        cache->finishAll();
    QSqlQuery end(db);
    if (!result.ok()) {
        end.exec(QStringLiteral("ROLLBACK"));
        return result;
    }
    if (!end.exec(QStringLiteral("COMMIT"))) {
        Error e = sqlError(QCoreApplication::translate("Database", "committing a transaction failed"),
                           end.lastError());
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
        return e;
    }
    return {};
}

QString Database::sqliteLibraryVersion()
{
    ThreadConnections probe(ConnectionProfile::sqlite(QStringLiteral(":memory:"), 0));
    auto db = probe.acquire();
    if (!db.ok())
        return {};
    QSqlQuery q(*db);
    const QString version =
        q.exec(QStringLiteral("SELECT sqlite_version()")) && q.next() ? q.value(0).toString() : QString();
    q = QSqlQuery();
    *db = QSqlDatabase();
    return version;
}

QString Database::sqliteVersion() const
{
    QSqlDatabase db = connection();
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("SELECT sqlite_version()")) && q.next())
        return q.value(0).toString();
    return {};
}

Result<std::shared_ptr<Database>> Database::open(const QString& path, const Options& options,
                                                 const QString& password)
{
    if (DatabaseUrl::isUrl(path)) {
        auto url = DatabaseUrl::parse(path);
        if (!url.ok())
            return url.error();
        std::shared_ptr<Database> db(
            new Database(url->display(), options,
                         ConnectionProfile::postgres(url->host, url->port, url->dbname, url->user,
                                                     url->sslmode, password)));
        if (Status s = db->migrate(); !s.ok())
            return s.error();
        return db;
    }
    if (path != QLatin1String(":memory:")) {
        const QFileInfo info(path);
        if (!QDir().mkpath(info.absolutePath()))
            return Error::failure(
                QCoreApplication::translate(
                    "Database", "cannot create the folder %1 for the database; check its permissions")
                    .arg(info.absolutePath()));
        if (info.exists() && info.isDir())
            return Error::failure(
                QCoreApplication::translate("Database", "%1 is a folder, not a database file").arg(path));
    }
    if (Status moved = adoptEarlierDefault(path); !moved.ok())
        return moved.error();
    std::shared_ptr<Database> db(
        new Database(path, options, ConnectionProfile::sqlite(path, options.busyTimeoutMs)));
    if (Status s = db->migrate(); !s.ok())
        return s.error();
    return db;
}

Result<int> Database::readSchemaVersion(QSqlDatabase& db) const
{
    QSqlQuery q(db);
    const bool pg = dialect() == Dialect::Postgres;
    if (!q.exec(pg ? QStringLiteral("SELECT 1 FROM information_schema.tables WHERE table_schema = "
                                    "current_schema() AND table_name = 'schema_version'")
                   : QStringLiteral(
                         "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'")))
        return sqlError(QCoreApplication::translate("Database", "reading %1 failed").arg(m_path),
                        q.lastError());
    if (!q.next())
        return 0;
    QSqlQuery v(db);
    if (!v.exec(QStringLiteral("SELECT coalesce(max(version), 0) FROM schema_version")) || !v.next())
        return sqlError(
            QCoreApplication::translate("Database", "reading the schema version of %1 failed").arg(m_path),
            v.lastError());
    return v.value(0).toInt();
}

Status Database::applyMigration(const Migration& m)
{
    const bool pg = dialect() == Dialect::Postgres;
    return transaction([&](QSqlDatabase& c) -> Status {
        QSqlQuery create(c);
        if (!create.exec(
                pg ? QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY "
                                    "KEY, name TEXT NOT NULL, applied_at BIGINT NOT NULL)")
                   : QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY "
                                    "KEY, name TEXT NOT NULL, applied_at INTEGER NOT NULL)")))
            return sqlError(QCoreApplication::translate("Database", "creating schema_version failed"),
                            create.lastError());
        if (pg) {
            // Two consoles starting on a fresh shared database at once: one applies, the
            // other waits here and then finds the version recorded.
            QSqlQuery lock(c);
            if (!lock.exec(QStringLiteral("LOCK TABLE schema_version IN EXCLUSIVE MODE")))
                return sqlError(QCoreApplication::translate("Database", "locking schema_version failed"),
                                lock.lastError());
        }
        auto done = exec(c, QStringLiteral("SELECT 1 FROM schema_version WHERE version = ?"), {m.version});
        if (!done.ok())
            return done.error();
        if (done->next())
            return {};
        done->finish();
        for (const QString& stmt : m.statements(dialect())) {
            QSqlQuery step(c);
            if (!step.exec(stmt))
                return sqlError(QCoreApplication::translate("Database", "migration %1 (%2) failed")
                                    .arg(m.version)
                                    .arg(m.name),
                                step.lastError());
        }
        auto rec =
            exec(c, QStringLiteral("INSERT INTO schema_version (version, name, applied_at) VALUES (?, ?, ?)"),
                 {m.version, m.name, QDateTime::currentSecsSinceEpoch()});
        if (!rec.ok())
            return rec.error();
        return {};
    });
}

Status Database::migrate()
{
    auto opened = tryConnection();
    if (!opened.ok())
        return opened.error();
    QSqlDatabase db = *opened;

    // Read the version before writing anything, so a newer database stays untouched.
    auto read = readSchemaVersion(db);
    if (!read.ok())
        return read.error();
    int current = *read;
    const int latest = latestVersion(m_options.migrations);
    if (current > latest)
        return Error::refused(
            QCoreApplication::translate(
                "Database", "%1 was written by a newer Opsdeck (schema %2; this one knows up to %3). It was "
                            "left untouched: upgrade Opsdeck or choose another database with --db")
                .arg(m_path)
                .arg(current)
                .arg(latest));

    if (dialect() == Dialect::Sqlite) {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("PRAGMA journal_mode = WAL")))
            return sqlError(QCoreApplication::translate("Database", "switching %1 to WAL failed").arg(m_path),
                            q.lastError());
        q.finish(); // a statement still stepping would keep the first migration from committing
    }

    QList<Migration> pending;
    for (const auto& m : m_options.migrations)
        if (m.version > current)
            pending << m;
    std::sort(pending.begin(), pending.end(),
              [](const auto& a, const auto& b) { return a.version < b.version; });

    for (const Migration& m : pending) {
        if (Status s = applyMigration(m); !s.ok())
            return s;
        current = m.version;
        qCInfo(lcDb) << "applied migration" << m.version << m.name;
    }
    m_schemaVersion = current;
    return {};
}

} // namespace opsdeck
