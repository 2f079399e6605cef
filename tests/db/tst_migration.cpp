// Migration: one numbered list for both dialects, a NNNN_name.pg.sql override where the
// engines differ, and statements cut so that a trigger (SQLite) or a $$ function body
// (PostgreSQL) stays one statement.

#include "db/Migration.h"

#include <QTest>

using namespace opsdeck;

class TestMigration : public QObject
{
    Q_OBJECT

private slots:
    void sqliteTriggerIsOneStatement()
    {
        const Migration m{1, QStringLiteral("t"),
                          QStringLiteral("CREATE TABLE a (x INTEGER);\n"
                                         "CREATE TRIGGER t AFTER INSERT ON a\nBEGIN\n"
                                         "    UPDATE a SET x = 1;\n    UPDATE a SET x = 2;\nEND;\n")};
        const QStringList s = m.statements();
        QCOMPARE(s.size(), 2);
        QVERIFY(s.at(1).endsWith(QLatin1String("END;")));
        // Without an override PostgreSQL runs the same text (0006's ALTER TABLEs).
        const Migration plain{2, QStringLiteral("p"), QStringLiteral("ALTER TABLE a ADD COLUMN y TEXT;\n")};
        QCOMPARE(plain.statements(Dialect::Postgres), plain.statements(Dialect::Sqlite));
    }

    void postgresOverrideAndDollarBody()
    {
        Migration m{1, QStringLiteral("t"), QStringLiteral("CREATE TABLE a (x INTEGER);\n")};
        m.postgresSql = QStringLiteral("-- a comment\n"
                                       "CREATE FUNCTION f() RETURNS trigger LANGUAGE plpgsql AS $$\n"
                                       "BEGIN\n    NEW.x := 1;\n    RETURN NEW;\nEND;\n$$;\n"
                                       "CREATE TRIGGER t BEFORE INSERT ON a\n"
                                       "    FOR EACH ROW EXECUTE FUNCTION f();\n");
        m.hasPostgresSql = true;
        QCOMPARE(m.statements(Dialect::Sqlite), QStringList{QStringLiteral("CREATE TABLE a (x INTEGER);")});
        const QStringList pg = m.statements(Dialect::Postgres);
        QCOMPARE(pg.size(), 2);
        QVERIFY(pg.at(0).startsWith(QLatin1String("CREATE FUNCTION")));
        QVERIFY(pg.at(0).endsWith(QLatin1String("$$;")));
        QVERIFY(pg.at(1).startsWith(QLatin1String("CREATE TRIGGER")));
    }

    // The compiled-in list: the metrics migrations are empty on PostgreSQL (metrics stay
    // local), the others create something there; team_roles and change_notify create nothing
    // on SQLite, nor does bulk_notify.
    void compiledInOverrides()
    {
        QVERIFY(!Migration::all().isEmpty());
        for (const Migration& m : Migration::all()) {
            const bool metrics = m.name.startsWith(QLatin1String("metrics"));
            // PostgreSQL's alone: 0010 (roles' grants on the audit log), 0011 and 0014 (NOTIFY
            // between consoles), 0016 (changed_by is the role).
            const bool postgresOnly = m.name == QLatin1String("team_roles") ||
                                      m.name == QLatin1String("change_notify") ||
                                      m.name == QLatin1String("bulk_notify") ||
                                      m.name == QLatin1String("changed_by_role");
            QVERIFY2(m.statements(Dialect::Sqlite).isEmpty() == postgresOnly, qPrintable(m.name));
            QCOMPARE(m.statements(Dialect::Postgres).isEmpty(), metrics);
            for (const QString& s : m.statements(Dialect::Postgres)) {
                QVERIFY2(!s.contains(QLatin1String("WITHOUT ROWID")), qPrintable(m.name));
                QVERIFY2(!s.contains(QLatin1String("INTEGER PRIMARY KEY,")), qPrintable(m.name));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestMigration)
#include "tst_migration.moc"
