#include "TestSupport.h"
#include "db/Database.h"
#include "db/DatabaseHealth.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QThreadPool>
#include <QUuid>
#include <QtConcurrent/QtConcurrentRun>
#include <atomic>
#include <thread>
#include <vector>

using namespace opsdeck;

namespace {

Migration v1()
{
    return {1, QStringLiteral("one"),
            QStringLiteral("CREATE TABLE things (id INTEGER PRIMARY KEY, name TEXT);\n")};
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
// One short piece of work as a thread would do it: write a row, read the count back.
// Counts every failure (a closed or foreign handle shows up as a failed statement).
void writeAndRead(Database& db, std::atomic<int>& failures)
{
    auto conn = db.tryConnection();
    if (!conn.ok() || !conn->isOpen()) {
        ++failures;
        return;
    }
    QSqlQuery insert(*conn);
    if (!insert.prepare(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?)"))) {
        ++failures;
        return;
    }
    insert.addBindValue(QUuid::createUuid().toString());
    insert.addBindValue(QStringLiteral("x"));
    QSqlQuery read(*conn);
    if (!insert.exec() || !read.exec(QStringLiteral("SELECT count(*) FROM settings")) || !read.next())
        ++failures;
}

int settingsRows(Database& db)
{
    QSqlDatabase c = db.connection();
    QSqlQuery q(c);
    return q.exec(QStringLiteral("SELECT count(*) FROM settings")) && q.next() ? q.value(0).toInt() : -1;
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
        QCOMPARE(count(**db,
                       QStringLiteral("SELECT count(*) FROM things WHERE name = 'kept' AND colour = 'grey'")),
                 1);
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
            QVERIFY(q.exec(QStringLiteral("INSERT INTO machines (name, address, pool_id, created_at) VALUES "
                                          "('m1', '10.0.0.1', 1, 1)")));
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
        QVERIFY2(second.error().message.contains(QStringLiteral("locked")),
                 qPrintable(second.error().message));

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

    // Threads come and go (pool threads expire, receivers and collectors restart) and the
    // OS reuses their ids: no thread is handed another's connection, and every
    // connection closes with its thread.
    void connectionsCloseWithTheirThreads()
    {
        QTest::failOnWarning(QRegularExpression(QStringLiteral("belong|still in use|not open")));
        test::TempDatabase db;
        const int namesBefore = QSqlDatabase::connectionNames().size();
        const int openBefore = db->openConnections();
        const int rowsBefore = settingsRows(*db);
        std::atomic<int> failures{0};

        // In sequence: 200 threads of three kinds, each gone before the next starts.
        QThreadPool pool;
        pool.setMaxThreadCount(4);
        pool.setExpiryTimeout(10); // idle pool threads exit almost at once
        for (int i = 0; i < 200; ++i) {
            switch (i % 3) {
            case 0: {
                std::unique_ptr<QThread> t(QThread::create([&] { writeAndRead(*db, failures); }));
                t->start();
                QVERIFY(t->wait(10000));
                break;
            }
            case 1:
                std::thread([&] { writeAndRead(*db, failures); }).join();
                break;
            default:
                QtConcurrent::run(&pool, [&] { writeAndRead(*db, failures); }).waitForFinished();
                break;
            }
        }
        QVERIFY(pool.waitForDone(10000));
        QCOMPARE(failures.load(), 0);
        QTRY_COMPARE(db->openConnections(), openBefore);

        // At once: 200 threads and 200 pool tasks writing together.
        std::vector<std::unique_ptr<QThread>> qthreads;
        std::vector<std::thread> stdthreads;
        for (int i = 0; i < 100; ++i) {
            qthreads.emplace_back(QThread::create([&] { writeAndRead(*db, failures); }));
            qthreads.back()->start();
            stdthreads.emplace_back([&] { writeAndRead(*db, failures); });
        }
        QList<QFuture<void>> tasks;
        for (int i = 0; i < 200; ++i)
            tasks << QtConcurrent::run(&pool, [&] { writeAndRead(*db, failures); });
        for (auto& t : qthreads)
            QVERIFY(t->wait(30000));
        for (auto& t : stdthreads)
            t.join();
        for (auto& task : tasks)
            task.waitForFinished();
        QCOMPARE(failures.load(), 0);
        QCOMPARE(settingsRows(*db), rowsBefore + 600);
        // Pool threads close theirs as they expire; the others already have.
        QTRY_COMPARE(db->openConnections(), openBefore);
        QTRY_COMPARE(QSqlDatabase::connectionNames().size(), namesBefore);
    }

    void connectionsGoWithTheDatabase()
    {
        const int namesBefore = QSqlDatabase::connectionNames().size();
        {
            test::TempDatabase db;
            std::atomic<int> failures{0};
            writeAndRead(*db, failures);
            QCOMPARE(failures.load(), 0);
            QCOMPARE(db->openConnections(), 1);
        }
        QCOMPARE(QSqlDatabase::connectionNames().size(), namesBefore);
        QVERIFY(!Database::sqliteLibraryVersion().isEmpty());
        QCOMPARE(QSqlDatabase::connectionNames().size(), namesBefore);
    }

    // The documented default is <data>/opsdeck/opsdeck.sqlite; a file the first release
    // left one folder deeper is moved there on first open, with its WAL.
    void defaultPathIsTheDocumentedOneAndTheEarlierFileMoves()
    {
        qunsetenv("OPSDECK_DB");
        const QString data = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
        QCOMPARE(Database::resolvePath(), data + QStringLiteral("/opsdeck/opsdeck.sqlite"));
        QCOMPARE(Database::resolvePath(QStringLiteral("/x/y.sqlite")), QStringLiteral("/x/y.sqlite"));

        QCoreApplication::setOrganizationName(QStringLiteral("opsdeck"));
        QCoreApplication::setApplicationName(QStringLiteral("opsdeck"));
        const QString earlier = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
                                QStringLiteral("/opsdeck.sqlite");
        const QString now = Database::defaultPath();
        QVERIFY(earlier != now);
        QFile::remove(now);
        QDir().mkpath(QFileInfo(earlier).absolutePath());
        {
            auto old = Database::open(earlier);
            QVERIFY(old.ok());
            QSqlDatabase c = (*old)->connection();
            QSqlQuery q(c);
            QVERIFY(q.exec(QStringLiteral("INSERT INTO settings (key, value) VALUES ('kept', 'yes')")));
        }
        auto moved = Database::open(Database::resolvePath());
        QVERIFY2(moved.ok(), moved.ok() ? "" : qPrintable(moved.error().message));
        QVERIFY(!QFileInfo::exists(earlier));
        QSqlDatabase c = (*moved)->connection();
        QSqlQuery q(c);
        QVERIFY(q.exec(QStringLiteral("SELECT value FROM settings WHERE key = 'kept'")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("yes"));
        q = QSqlQuery();
        c = QSqlDatabase();
        moved = Error::failure(QString()); // closes it
        QVERIFY(QFile::remove(now));
    }

    // A thread that cannot open its connection gets the error as a value, and the
    // database keeps it for the user (db status, the status bar).
    void aConnectionThatCannotOpenIsReported()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("x.sqlite"));
        auto db = Database::open(path);
        QVERIFY(db.ok());
        QCOMPARE((*db)->connectionFailures(), 0);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(QByteArray(8192, 'x'));
        f.close();
        QFile::remove(path + QStringLiteral("-wal"));
        QFile::remove(path + QStringLiteral("-shm"));
        std::optional<Error> seen;
        std::thread([&] {
            auto c = (*db)->tryConnection();
            if (!c.ok())
                seen = c.error();
        }).join();
        QVERIFY(seen);
        QVERIFY2(seen->message.contains(QStringLiteral("damaged")), qPrintable(seen->message));
        QCOMPARE((*db)->connectionFailures(), 1);
        QVERIFY((*db)->lastConnectionError());
    }

    // `db status`'s health: a writable file, then a connection that may not write.
    void healthSaysWhetherWritesWork()
    {
        test::TempDatabase db;
        DatabaseHealth ok = DatabaseHealthCheck::check(*db);
        QVERIFY(ok.writable);
        QVERIFY(ok.problem.isEmpty());
        QVERIFY(ok.freeBytes > 0);
        QCOMPARE(
            count(*db, QStringLiteral("SELECT count(*) FROM settings WHERE key = 'opsdeck.write_probe'")), 0);
        QSqlDatabase c = db->connection();
        QVERIFY(QSqlQuery(c).exec(QStringLiteral("PRAGMA query_only = ON")));
        DatabaseHealth refused = DatabaseHealthCheck::check(*db);
        QVERIFY(!refused.writable);
        QVERIFY2(refused.problem.contains(QStringLiteral("read-only")), qPrintable(refused.problem));
        QVERIFY(QSqlQuery(c).exec(QStringLiteral("PRAGMA query_only = OFF")));
    }

    void statementSplitting()
    {
        QCOMPARE(v2().statements().size(), 3);
        QVERIFY(v2().statements().at(2).startsWith(QStringLiteral("CREATE TRIGGER")));
    }
};

QTEST_GUILESS_MAIN(TstDatabase)
#include "tst_database.moc"
