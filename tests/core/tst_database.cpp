#include "TestSupport.h"
#include "db/Database.h"

#include <QFile>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace opsdeck;

namespace {

Migration v1()
{
    return {1, QStringLiteral("one"), QStringLiteral("CREATE TABLE things (id INTEGER PRIMARY KEY, name TEXT);\n")};
}
Migration v2()
{
    return {2, QStringLiteral("two"),
            QStringLiteral("-- a comment line\n"
                           "ALTER TABLE things ADD COLUMN colour TEXT NOT NULL DEFAULT 'grey';\n"
                           "CREATE TABLE log (id INTEGER PRIMARY KEY, msg TEXT);\n"
                           "CREATE TRIGGER things_log AFTER INSERT ON things\n"
                           "BEGIN\n"
                           "  INSERT INTO log (msg) VALUES ('added ' || NEW.name);\n"
                           "END;\n")};
}
Migration broken3()
{
    return {3, QStringLiteral("broken"),
            QStringLiteral("CREATE TABLE fine (x);\nCREATE TABLE things (dup);\n")};
}

int count(Database& db, const QString& sql)
{
    QSqlDatabase c = db.connection();
    QSqlQuery q(c);
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toInt();
}

} // namespace

class TstDatabase : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void freshDatabaseHasEveryMigration()
    {
        test::TempDatabase db;
        QCOMPARE(db->schemaVersion(), Database::latestVersion());
        QVERIFY(db->schemaVersion() >= 1);
        QCOMPARE(count(*db, QStringLiteral("PRAGMA foreign_keys")), 1);
        QSqlDatabase c = db->connection();
        QSqlQuery q(c);
        QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
    }

    void upgradeKeepsData()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("up.sqlite"));
        {
            Database::Options o;
            o.migrations = {v1()};
            auto db = Database::open(path, o);
            QVERIFY(db.ok());
            QSqlDatabase c = (*db)->connection();
            QSqlQuery q(c);
            QVERIFY(q.exec(QStringLiteral("INSERT INTO things (name) VALUES ('kept')")));
        }
        Database::Options o;
        o.migrations = {v1(), v2()};
        auto db = Database::open(path, o);
        QVERIFY2(db.ok(), db.ok() ? "" : qPrintable(db.error().message));
        QCOMPARE((*db)->schemaVersion(), 2);
        QCOMPARE(count(**db, QStringLiteral("SELECT count(*) FROM things WHERE name = 'kept' AND colour = 'grey'")), 1);
        QSqlDatabase c = (*db)->connection();
        QSqlQuery q(c);
        QVERIFY(q.exec(QStringLiteral("INSERT INTO things (name) VALUES ('new')")));
        QCOMPARE(count(**db, QStringLiteral("SELECT count(*) FROM log WHERE msg = 'added new'")), 1);
    }

    void realChainUpgradesFromFirstMigration()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("chain.sqlite"));
        const auto all = Migration::all();
        {
            Database::Options o;
            o.migrations = {all.first()};
            auto db = Database::open(path, o);
            QVERIFY(db.ok());
            QSqlDatabase c = (*db)->connection();
            QSqlQuery q(c);
            QVERIFY(q.exec(QStringLiteral("INSERT INTO pools (name, created_at) VALUES ('p', 1)")));
            QVERIFY(q.exec(QStringLiteral(
                "INSERT INTO machines (name, address, pool_id, created_at) VALUES ('m1', '10.0.0.1', 1, 1)")));
        }
        auto db = Database::open(path);
        QVERIFY2(db.ok(), db.ok() ? "" : qPrintable(db.error().message));
        QCOMPARE((*db)->schemaVersion(), Database::latestVersion());
        QCOMPARE(count(**db, QStringLiteral("SELECT count(*) FROM machines WHERE name = 'm1'")), 1);
    }

    void failedMigrationRollsBack()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("broken.sqlite"));
        Database::Options o;
        o.migrations = {v1(), broken3()};
        auto db = Database::open(path, o);
        QVERIFY(!db.ok());
        QVERIFY(db.error().message.contains(QStringLiteral("migration 3")));
        o.migrations = {v1()};
        auto again = Database::open(path, o);
        QVERIFY(again.ok());
        QCOMPARE((*again)->schemaVersion(), 1);
        QCOMPARE(count(**again, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'fine'")), 0);
    }

    void newerDatabaseIsRefusedAndUntouched()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("newer.sqlite"));
        {
            Database::Options o;
            o.migrations = {v1(), v2()};
            QVERIFY(Database::open(path, o).ok());
        }
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray before = f.readAll();
        f.close();
        Database::Options o;
        o.migrations = {v1()};
        auto db = Database::open(path, o);
        QVERIFY(!db.ok());
        QCOMPARE(db.error().code, Error::Code::Refused);
        QVERIFY(db.error().message.contains(QStringLiteral("newer")));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), before);
    }

    void garbageFileIsAClearError()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("garbage.sqlite"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(8192, 'x'));
        f.close();
        auto db = Database::open(path);
        QVERIFY(!db.ok());
        QVERIFY2(db.error().message.contains(QStringLiteral("damaged")), qPrintable(db.error().message));
    }

    void lockedDatabaseIsAClearError()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("locked.sqlite"));
        Database::Options o1;
        o1.migrations = {v1()};
        auto first = Database::open(path, o1);
        QVERIFY(first.ok());
        QSqlDatabase c = (*first)->connection();
        QSqlQuery hold(c);
        QVERIFY(hold.exec(QStringLiteral("BEGIN EXCLUSIVE")));
        QVERIFY(hold.exec(QStringLiteral("INSERT INTO things (name) VALUES ('held')")));

        // A migration needs the write lock: a clear "locked" error, nothing changed.
        Database::Options o2;
        o2.migrations = {v1(), v2()};
        o2.busyTimeoutMs = 50;
        auto second = Database::open(path, o2);
        QVERIFY(!second.ok());
        QVERIFY2(second.error().message.contains(QStringLiteral("locked")), qPrintable(second.error().message));

        // Reading while another writes is fine in WAL; writing says "locked".
        o1.busyTimeoutMs = 50;
        auto reader = Database::open(path, o1);
        QVERIFY(reader.ok());
        Status w = (*reader)->transaction([](QSqlDatabase&) -> Status { return {}; });
        QVERIFY(!w.ok());
        QVERIFY2(w.error().message.contains(QStringLiteral("locked")), qPrintable(w.error().message));
        QVERIFY(hold.exec(QStringLiteral("ROLLBACK")));
    }

    void eachThreadGetsItsOwnConnection()
    {
        test::TempDatabase db;
        int fromThread = -1;
        QThread* t = QThread::create([&] {
            QSqlDatabase c = db->connection();
            QSqlQuery q(c);
            if (q.exec(QStringLiteral("SELECT count(*) FROM schema_version")) && q.next())
                fromThread = q.value(0).toInt();
        });
        t->start();
        QVERIFY(t->wait(10000));
        delete t;
        QCOMPARE(fromThread, Migration::all().size());
    }

    void statementSplitting()
    {
        QCOMPARE(v2().statements().size(), 3);
        QVERIFY(v2().statements().at(2).startsWith(QStringLiteral("CREATE TRIGGER")));
    }
};

QTEST_GUILESS_MAIN(TstDatabase)
#include "tst_database.moc"
