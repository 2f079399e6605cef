#include "TestDatabase.h"

#include "RealServer.h"

#include <QCoreApplication>
#include <QDir>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace opsdeck::test {

namespace {

const QString kAdminConnection = QStringLiteral("opsdeck-test-postgres-admin");

// The process's one PostgreSQL server and the superuser's connection (to the `postgres`
// maintenance database) that creates and drops the tests' databases.
struct SharedPostgres
{
    std::unique_ptr<RealServer> server;
    QTemporaryDir home; // the .pgpass
    QString error;
    bool missing = false;
    int created = 0;
};

SharedPostgres* g_postgres = nullptr;

void stopSharedPostgres()
{
    if (QSqlDatabase::contains(kAdminConnection)) {
        QSqlDatabase::database(kAdminConnection, false).close();
        QSqlDatabase::removeDatabase(kAdminConnection);
    }
    delete g_postgres; // stops the server (postgres.sh stop)
    g_postgres = nullptr;
}

QString startSharedPostgres(SharedPostgres& pg)
{
    pg.server = std::make_unique<RealServer>(QStringLiteral("postgres.sh"),
                                             QStringList{QString::number(freeTcpPort())});
    pg.missing = pg.server->skipped();
    if (!pg.server->started())
        return pg.server->output();
    const QString pgpass = QDir(pg.home.path()).filePath(QStringLiteral(".pgpass"));
    if (!writePostgresPassFile(*pg.server, pgpass))
        return QStringLiteral("cannot write %1").arg(pgpass);
    qputenv("PGPASSFILE", pgpass.toUtf8()); // this process's and the opsdeck processes it starts
    qunsetenv("PGPASSWORD");
    // The local metrics cache of the opsdeck processes a test starts (Database::localPathFor
    // a URL) goes here, not into the user's data folder.
    qputenv("XDG_DATA_HOME", QDir(pg.home.path()).filePath(QStringLiteral("data")).toUtf8());
    QSqlDatabase admin = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), kAdminConnection);
    admin.setHostName(pg.server->reported(QStringLiteral("HOST")));
    admin.setPort(pg.server->reported(QStringLiteral("PORT")).toInt());
    admin.setUserName(pg.server->reported(QStringLiteral("USER")));
    admin.setDatabaseName(QStringLiteral("postgres"));
    if (!admin.open())
        return QStringLiteral("cannot connect to the test server: %1").arg(admin.lastError().text());
    return {};
}

bool adminExec(const QString& sql, QString* error)
{
    QSqlQuery q(QSqlDatabase::database(kAdminConnection, false));
    if (q.exec(sql))
        return true;
    *error = sql + QStringLiteral(": ") + q.lastError().text();
    return false;
}

} // namespace

bool postgresVariant()
{
    return qEnvironmentVariable("OPSDECK_TEST_DIALECT") == QLatin1String("postgres");
}

QString ensureTestDialect(bool* missing)
{
    return postgresVariant() ? ensurePostgresServer(missing) : QString();
}

QString ensurePostgresServer(bool* missing)
{
    if (!g_postgres) {
        g_postgres = new SharedPostgres;
        g_postgres->error = startSharedPostgres(*g_postgres);
        qAddPostRoutine(stopSharedPostgres);
    }
    if (missing)
        *missing = g_postgres->missing;
    return g_postgres->error;
}

TestDatabase::TestDatabase(Dialect dialect)
{
    if (dialect == Dialect::Sqlite) {
        m_location = m_dir.filePath(QStringLiteral("opsdeck.sqlite"));
    } else {
        if (const QString why = ensurePostgresServer(); !why.isEmpty())
            qFatal("no PostgreSQL for the test: %s", qPrintable(why));
        const QString name = QStringLiteral("opsdeck_test_%1").arg(++g_postgres->created);
        QString error;
        if (!adminExec(QStringLiteral("CREATE DATABASE %1").arg(name), &error))
            qFatal("%s", qPrintable(error));
        m_pgName = name;
        m_location = postgresUrl(*g_postgres->server, name);
    }
    auto opened = Database::open(m_location);
    if (!opened.ok())
        qFatal("cannot open a test database %s: %s", qPrintable(m_location),
               qPrintable(opened.error().message));
    m_db = *opened;
}

TestDatabase::~TestDatabase()
{
    m_db.reset();
    if (m_pgName.isEmpty() || !g_postgres)
        return;
    // FORCE: connections still open (another thread's, an opsdeck process's) end with it.
    QString error;
    if (!adminExec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_pgName), &error))
        qWarning("%s", qPrintable(error));
}

} // namespace opsdeck::test
