#pragma once

#include "TestSupport.h"
#include "db/Dialect.h"

#include <QString>
#include <QTemporaryDir>
#include <memory>

namespace opsdeck::test {

// True when this test process runs its dialect variant on PostgreSQL: CTest's `_pg` twin
// of a test (opsdeck_add_dialect_test) sets OPSDECK_TEST_DIALECT=postgres.
bool postgresVariant();

// Readies the database the variant needs, once per process: nothing on SQLite; on
// PostgreSQL one real server (tests/integration/scripts/postgres.sh) on a free port, a
// .pgpass for every database on it ($PGPASSFILE, so the opsdeck processes a test starts
// read it too), stopped when the application goes. Returns an empty string, or why the
// server could not be had (`missing` true when its Debian package is not installed).
QString ensureTestDialect(bool* missing = nullptr);

// The same for the PostgreSQL server alone, whatever the variant (a benchmark comparing
// both dialects in one run).
QString ensurePostgresServer(bool* missing = nullptr);

// A fresh, migrated database for one test: a SQLite file in a temporary folder, or, in the
// PostgreSQL variant, a new empty database on the process's server (CREATE DATABASE as the
// cluster's superuser) opened by its postgresql:// URL and dropped with the object.
class TestDatabase
{
public:
    TestDatabase() : TestDatabase(postgresVariant() ? Dialect::Postgres : Dialect::Sqlite) {}
    explicit TestDatabase(Dialect dialect);
    ~TestDatabase();
    TestDatabase(const TestDatabase&) = delete;
    TestDatabase& operator=(const TestDatabase&) = delete;

    // What `--db` and OPSDECK_DB take: the SQLite file's path or the postgresql:// URL.
    QString path() const { return m_location; }
    bool isPostgres() const { return !m_pgName.isEmpty(); }
    std::shared_ptr<Database> db() const { return m_db; }
    Database& operator*() const { return *m_db; }
    Database* operator->() const { return m_db.get(); }

private:
    QTemporaryDir m_dir;
    QString m_location;
    QString m_pgName;
    std::shared_ptr<Database> m_db;
};

} // namespace opsdeck::test

// In initTestCase() of a dialect test: skips the PostgreSQL variant when the server's
// package is missing (fails it under OPSDECK_REQUIRE_TOOLS), fails it when it did not start.
#define OPSDECK_REQUIRE_TEST_DIALECT()                                                                       \
    do {                                                                                                     \
        bool missing_ = false;                                                                               \
        const QString why_ = opsdeck::test::ensureTestDialect(&missing_);                                    \
        if (missing_)                                                                                        \
            OPSDECK_SKIP_OR_FAIL(qPrintable(QStringLiteral("server package missing: ") + why_));             \
        QVERIFY2(why_.isEmpty(), qPrintable(why_));                                                          \
    } while (false)

// At the top of a test function that checks something only SQLite has (a PRAGMA, the
// file on disk, WAL): skipped in the PostgreSQL variant, saying why.
#define OPSDECK_SQLITE_ONLY(why)                                                                             \
    do {                                                                                                     \
        if (opsdeck::test::postgresVariant())                                                                \
            QSKIP("SQLite only: " why);                                                                      \
    } while (false)
