#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace opsdeck;

class TstCliBasics : public QObject
{
    Q_OBJECT
private slots:
    void version()
    {
        auto r = test::runCli({QStringLiteral("--version")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith("opsdeck "));
    }
    void unknownCommandIsUsageError()
    {
        auto r = test::runCli({QStringLiteral("frobnicate")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("frobnicate"));
    }
    void unknownGlobalOptionIsUsageError()
    {
        auto r = test::runCli({QStringLiteral("--bogus")});
        QCOMPARE(r.exitCode, 2);
    }
    void versionsAsJson()
    {
        QTemporaryDir dir;
        auto r =
            test::runCli({QStringLiteral("--db"), dir.filePath(QStringLiteral("x.sqlite")),
                          QStringLiteral("version"), QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(r.exitCode, 0);
        const auto doc = QJsonDocument::fromJson(r.out);
        const auto rows = doc.object().value(QStringLiteral("components")).toArray();
        QStringList names;
        for (const auto& row : rows)
            names << row.toObject().value(QStringLiteral("name")).toString();
        QCOMPARE(names,
                 (QStringList{QStringLiteral("Opsdeck"), QStringLiteral("Qt"), QStringLiteral("libssh2"),
                              QStringLiteral("QtKeychain"), QStringLiteral("SQLite")}));
        for (const auto& row : rows)
            QVERIFY(!row.toObject().value(QStringLiteral("version")).toString().isEmpty());
    }
    void everyCommandAnswersHelp_data()
    {
        QTest::addColumn<QStringList>("words");
        for (const char* c : {"audit", "collect", "db", "inventory", "machine", "metrics query",
                              "metrics report", "metrics availability", "metrics series", "metrics poll",
                              "receive", "relation", "source", "tree", "unit", "version"})
            QTest::newRow(c) << QString::fromLatin1(c).split(QLatin1Char(' '));
    }
    void everyCommandAnswersHelp()
    {
        // --help prints the command's options and exits 0: it never runs the command
        // (a receiver or poller would otherwise run until killed).
        QFETCH(QStringList, words);
        QTemporaryDir dir;
        auto r = test::runCli(QStringList{QStringLiteral("--db"), dir.filePath(QStringLiteral("h.sqlite"))} +
                                  words + QStringList{QStringLiteral("--help")},
                              {}, 10000);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.startsWith("Usage: opsdeck " + words.join(QLatin1Char(' ')).toUtf8()),
                 r.out.constData());
        QVERIFY(r.out.contains("--help"));
    }
    void newerDatabaseRefusedFromCli()
    {
        // A database claiming a far newer schema: the CLI refuses it with exit 3.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("newer.sqlite"));
        {
            auto db = Database::open(path);
            QVERIFY(db.ok());
            QSqlDatabase c = (*db)->connection();
            QSqlQuery q(c);
            QVERIFY(q.exec(QStringLiteral("INSERT INTO schema_version VALUES (9999, 'future', 0)")));
        }
        auto r = test::runCli({QStringLiteral("--db"), path, QStringLiteral("db"), QStringLiteral("status")});
        QCOMPARE(r.exitCode, 3);
        QVERIFY(r.err.contains("newer"));
    }
};

QTEST_GUILESS_MAIN(TstCliBasics)
#include "tst_cli_basics.moc"
