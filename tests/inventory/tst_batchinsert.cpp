// BatchInsert: rows sent as multi-row VALUES (SQLite) or one array per column (PostgreSQL)
// come back exactly as given, across a batch's edge, with text that an array literal
// must escape, NULLs, and an ON CONFLICT tail.
#include "TestDatabase.h"
#include "inventory/BatchInsert.h"

#include <QSqlQuery>
#include <QTest>

using namespace opsdeck;

class TestBatchInsert : public QObject
{
    Q_OBJECT

    static QStringList nastyTexts()
    {
        return {QStringLiteral("plain"),
                QString(),
                QStringLiteral("NULL"),
                QStringLiteral("with \"quotes\" and \\backslash\\"),
                QStringLiteral("{braces},commas, and spaces "),
                QStringLiteral("  leading"),
                QStringLiteral("'single'"),
                QStringLiteral("日本語と中文"),
                QStringLiteral("line\nbreak\ttab")};
    }

private slots:
    void initTestCase() { OPSDECK_REQUIRE_TEST_DIALECT(); }

    void pgArrayEscapes()
    {
        QCOMPARE(BatchInsert::pgArray({1, QVariant(QMetaType(QMetaType::LongLong)), qint64(7)}),
                 QStringLiteral("{1,NULL,7}"));
        QCOMPARE(BatchInsert::pgArray({QStringLiteral("a\"b\\c"), QStringLiteral("NULL")}),
                 QStringLiteral("{\"a\\\"b\\\\c\",\"NULL\"}"));
        QCOMPARE(BatchInsert::pgArray({}), QStringLiteral("{}"));
    }

    void rowsComeBackAsGiven()
    {
        test::TestDatabase tmp;
        QSqlDatabase c = tmp->connection();
        QSqlQuery ddl(c);
        QVERIFY(
            ddl.exec(QStringLiteral("CREATE TABLE bi (id BIGINT PRIMARY KEY, label TEXT, note TEXT NOT NULL, "
                                    "n BIGINT)")));
        const QStringList texts = nastyTexts();
        const int rows = BatchInsert::kPgRows + BatchInsert::kRows + 3; // past both batch sizes
        {
            QVERIFY(c.transaction());
            BatchInsert ins(c, QStringLiteral("INSERT INTO bi (id, label, note, n)"),
                            QStringLiteral("(?, ?, coalesce(?, 'none'), ?)"), {},
                            {QStringLiteral("bigint"), QStringLiteral("text"), QStringLiteral("text"),
                             QStringLiteral("bigint")});
            const QVariant nullNumber{QMetaType(QMetaType::LongLong)};
            for (int i = 0; i < rows; ++i) {
                const QString t = texts.at(i % texts.size());
                const QVariant label = t.isNull() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(t);
                QVERIFY(ins.add({qint64(i), label, label, i % 5 == 0 ? nullNumber : QVariant(qint64(i) * 3)})
                            .ok());
            }
            const Status s = ins.flush();
            QVERIFY2(s.ok(), s.ok() ? "" : qPrintable(s.error().message));
            QVERIFY(c.commit());
        }
        QSqlQuery q(c);
        QVERIFY(q.exec(QStringLiteral("SELECT id, label, note, n FROM bi ORDER BY id")));
        int seen = 0;
        while (q.next()) {
            const int i = q.value(0).toInt();
            QCOMPARE(i, seen);
            const QString t = texts.at(i % texts.size());
            QCOMPARE(q.value(1).isNull(), t.isNull());
            if (!t.isNull())
                QCOMPARE(q.value(1).toString(), t);
            QCOMPARE(q.value(2).toString(), t.isNull() ? QStringLiteral("none") : t);
            QCOMPARE(q.value(3).isNull(), i % 5 == 0);
            if (i % 5 != 0)
                QCOMPARE(q.value(3).toLongLong(), qint64(i) * 3);
            ++seen;
        }
        QCOMPARE(seen, rows);
    }

    void conflictTailApplies()
    {
        test::TestDatabase tmp;
        QSqlDatabase c = tmp->connection();
        QVERIFY(QSqlQuery(c).exec(QStringLiteral("CREATE TABLE bk (k TEXT PRIMARY KEY, v BIGINT NOT NULL)")));
        QVERIFY(QSqlQuery(c).exec(QStringLiteral("INSERT INTO bk (k, v) VALUES ('a', 1)")));
        BatchInsert ins(c, QStringLiteral("INSERT INTO bk (k, v)"), QStringLiteral("(?, ?)"),
                        QStringLiteral(" ON CONFLICT (k) DO UPDATE SET v = excluded.v"),
                        {QStringLiteral("text"), QStringLiteral("bigint")});
        QVERIFY(ins.add({QStringLiteral("a"), 10}).ok());
        QVERIFY(ins.add({QStringLiteral("b"), 20}).ok());
        QVERIFY(ins.flush().ok());
        QSqlQuery q(c);
        QVERIFY(q.exec(QStringLiteral("SELECT k, v FROM bk ORDER BY k")));
        QVERIFY(q.next());
        QCOMPARE(q.value(1).toLongLong(), 10);
        QVERIFY(q.next());
        QCOMPARE(q.value(1).toLongLong(), 20);
        QVERIFY(!q.next());
        // A failing batch says so.
        BatchInsert bad(c, QStringLiteral("INSERT INTO bk (k, v)"), QStringLiteral("(?, ?)"), {},
                        {QStringLiteral("text"), QStringLiteral("bigint")});
        QVERIFY(bad.add({QStringLiteral("a"), 1}).ok());
        const Status s = bad.flush();
        QVERIFY(!s.ok());
        QVERIFY(s.error().message.contains(QLatin1String("importing failed")));
    }
};

QTEST_GUILESS_MAIN(TestBatchInsert)
#include "tst_batchinsert.moc"
