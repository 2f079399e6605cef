#include "db/Database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QThread>
#include <QUuid>
#include <algorithm>

Q_LOGGING_CATEGORY(lcDb, "opsdeck.db")

namespace opsdeck {


Database::Database(QString path, Options options)
    : m_path(std::move(path)), m_options(std::move(options)),
      m_prefix(QStringLiteral("opsdeck-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{}

Database::~Database()
{
    QMutexLocker lock(&m_mutex);
    // Connections of other threads are not touched (Qt forbids it); removing them
    // closes them when their driver goes.
    for (const QString& name : std::as_const(m_connections))
        QSqlDatabase::removeDatabase(name);
}

QString Database::resolvePath(const QString& cliPath)
{
    if (!cliPath.isEmpty())
        return cliPath;
    const QString env = qEnvironmentVariable("OPSDECK_DB");
    if (!env.isEmpty())
        return env;
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return dir + QStringLiteral("/opsdeck.sqlite");
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
    if (!q.exec())
        return sqlError(QCoreApplication::translate("Database", "a database statement failed"),
                        q.lastError());
    return q;
}

Result<QSqlDatabase> Database::openConnection(const QString& name) const
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(m_path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(m_options.busyTimeoutMs));
    if (!db.open())
        return sqlError(QCoreApplication::translate("Database", "opening %1 failed").arg(m_path),
                        db.lastError());
    // Read something first: a file that is not a database fails here, before any write.
    QSqlQuery probe(db);
    if (!probe.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")))
        return sqlError(QCoreApplication::translate("Database", "reading %1 failed").arg(m_path),
                        probe.lastError());
    return db;
}

QSqlDatabase Database::connection() const
{
    const auto tid = reinterpret_cast<quintptr>(QThread::currentThreadId());
    QMutexLocker lock(&m_mutex);
    if (auto it = m_connections.constFind(tid); it != m_connections.constEnd())
        return QSqlDatabase::database(*it, false);
    const QString name = m_prefix + QLatin1Char('-') + QString::number(tid);
    auto db = openConnection(name);
    if (!db.ok()) {
        qCWarning(lcDb) << db.error().message;
        return QSqlDatabase::database(name, false);
    }
    QSqlQuery q(*db);
    q.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    q.exec(QStringLiteral("PRAGMA synchronous = NORMAL"));
    m_connections.insert(tid, name);
    return *db;
}

Status Database::transaction(const std::function<Status(QSqlDatabase&)>& work) const
{
    QSqlDatabase db = connection();
    if (!db.isOpen())
        return Error::failure(
            QCoreApplication::translate("Database", "the database %1 is not open").arg(m_path));
    QSqlQuery begin(db);
    if (!begin.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return sqlError(QCoreApplication::translate("Database", "starting a transaction failed"),
                        begin.lastError());
    Status result = work(db);
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

QString Database::sqliteVersion() const
{
    QSqlDatabase db = connection();
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("SELECT sqlite_version()")) && q.next())
        return q.value(0).toString();
    return {};
}

Result<std::shared_ptr<Database>> Database::open(const QString& path, const Options& options)
{
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
    std::shared_ptr<Database> db(new Database(path, options));
    if (Status s = db->migrate(); !s.ok())
        return s.error();
    return db;
}

Status Database::migrate()
{
    const auto tid = reinterpret_cast<quintptr>(QThread::currentThreadId());
    const QString name = m_prefix + QLatin1Char('-') + QString::number(tid);
    auto opened = openConnection(name);
    if (!opened.ok()) {
        QSqlDatabase::removeDatabase(name);
        return opened.error();
    }
    {
        QMutexLocker lock(&m_mutex);
        m_connections.insert(tid, name);
    }
    QSqlDatabase db = *opened;

    // Read the version before writing anything, so a newer file stays untouched.
    int current = 0;
    {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral(
                "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'")))
            return sqlError(QCoreApplication::translate("Database", "reading %1 failed").arg(m_path),
                            q.lastError());
        if (q.next()) {
            QSqlQuery v(db);
            if (!v.exec(QStringLiteral("SELECT coalesce(max(version), 0) FROM schema_version")) || !v.next())
                return sqlError(
                    QCoreApplication::translate("Database", "reading the schema version of %1 failed")
                        .arg(m_path),
                    v.lastError());
            current = v.value(0).toInt();
        }
    }
    const int latest = latestVersion(m_options.migrations);
    if (current > latest)
        return Error::refused(
            QCoreApplication::translate(
                "Database", "%1 was written by a newer Opsdeck (schema %2; this one knows up to %3). It was "
                            "left untouched: upgrade Opsdeck or choose another database with --db")
                .arg(m_path)
                .arg(current)
                .arg(latest));

    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA journal_mode = WAL")))
        return sqlError(QCoreApplication::translate("Database", "switching %1 to WAL failed").arg(m_path),
                        q.lastError());
    q.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    q.exec(QStringLiteral("PRAGMA synchronous = NORMAL"));

    QList<Migration> pending;
    for (const auto& m : m_options.migrations)
        if (m.version > current)
            pending << m;
    std::sort(pending.begin(), pending.end(),
              [](const auto& a, const auto& b) { return a.version < b.version; });

    for (const Migration& m : pending) {
        Status s = transaction([&](QSqlDatabase& c) -> Status {
            QSqlQuery create(c);
            if (!create.exec(
                    QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY "
                                   "KEY, name TEXT NOT NULL, applied_at INTEGER NOT NULL)")))
                return sqlError(QCoreApplication::translate("Database", "creating schema_version failed"),
                                create.lastError());
            for (const QString& stmt : m.statements()) {
                QSqlQuery step(c);
                if (!step.exec(stmt))
                    return sqlError(QCoreApplication::translate("Database", "migration %1 (%2) failed")
                                        .arg(m.version)
                                        .arg(m.name),
                                    step.lastError());
            }
            auto rec = exec(
                c, QStringLiteral("INSERT INTO schema_version (version, name, applied_at) VALUES (?, ?, ?)"),
                {m.version, m.name, QDateTime::currentSecsSinceEpoch()});
            if (!rec.ok())
                return rec.error();
            return {};
        });
        if (!s.ok())
            return s;
        current = m.version;
        qCInfo(lcDb) << "applied migration" << m.version << m.name;
    }
    m_schemaVersion = current;
    return {};
}

} // namespace opsdeck
