// `opsdeck check run --once`: real monitoring-plugins run, results recorded, Nagios's exit
// codes for the worst result (0 OK, 1 WARNING, 2 CRITICAL, 3 UNKNOWN, also for bad input).

#include "TestDatabase.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTest>
#include <memory>

using namespace opsdeck;

namespace {
const QString kDummy = QStringLiteral("/usr/lib/nagios/plugins/check_dummy");
}

class TestCheckRun : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TestDatabase> m_db;

    test::CliRun run(QStringList args)
    {
        args.prepend(m_db->path());
        args.prepend(QStringLiteral("--db"));
        return test::runCli(args);
    }
    int exit(const QStringList& args)
    {
        const auto r = run(args);
        if (r.exitCode != 0)
            qInfo() << args << r.exitCode << r.err.left(300);
        return r.exitCode;
    }
    void nagios(const QString& name, const QString& where, const QString& target, int code)
    {
        QCOMPARE(exit({"check", "add", "nagios", "--name", name, where, target, "--command",
                       QStringLiteral("%1 %2 'dummy %2'").arg(kDummy).arg(code)}),
                 0);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        OPSDECK_REQUIRE_TEST_DIALECT();
        if (!QFile::exists(kDummy))
            OPSDECK_SKIP_OR_FAIL("monitoring-plugins-basic is not installed (check_dummy)");
    }
    void init()
    {
        m_db = std::make_unique<test::TestDatabase>();
        QCOMPARE(exit({"machine", "add", "web1", "--address", "127.0.0.1"}), 0);
        QCOMPARE(exit({"machine", "add", "db1", "--address", "127.0.0.1"}), 0);
        QCOMPARE(exit({"tree", "add", "acme/web", "--kind", "service"}), 0);
        QCOMPARE(exit({"tree", "add", "acme/db", "--kind", "service"}), 0);
        QCOMPARE(exit({"tree", "bind", "acme/web", "--machine", "web1"}), 0);
        QCOMPARE(exit({"tree", "bind", "acme/db", "--machine", "db1"}), 0);
    }
    void cleanup() { m_db.reset(); }

    void exitCodeIsTheWorstResult()
    {
        const auto none = run({"check", "run", "--once"});
        QCOMPARE(none.exitCode, 0);
        QVERIFY2(none.err.contains("no checks"), none.err.constData());

        nagios(QStringLiteral("web-warn"), QStringLiteral("--node"), QStringLiteral("acme/web"), 1);
        auto warn = run({"check", "run", "--once", "--format", "json"});
        QCOMPARE(warn.exitCode, 1);
        const QJsonArray results = QJsonDocument::fromJson(warn.out).object().value("results").toArray();
        QCOMPARE(results.size(), 1);
        const QJsonObject r = results.first().toObject();
        for (const char* key :
             {"check", "id", "type", "target", "status", "state", "message", "value", "elapsed_ms"})
            QVERIFY2(r.contains(QLatin1String(key)), key);
        QCOMPARE(r.value("status").toString(), QStringLiteral("warning"));
        QCOMPARE(r.value("state").toString(), QStringLiteral("failing"));
        QCOMPARE(r.value("target").toString(), QStringLiteral("web1"));
        QVERIFY(r.value("message").toString().contains(QLatin1String("dummy 1")));

        nagios(QStringLiteral("db-crit"), QStringLiteral("--machine"), QStringLiteral("db1"), 2);
        const auto crit = run({"check", "run", "--once"});
        QCOMPARE(crit.exitCode, 2);
        QVERIFY2(crit.out.contains("critical") && crit.out.contains("db-crit"), crit.out.constData());
        // Only the web node: its warning.
        QCOMPARE(exit({"check", "run", "--once", "--node", "acme/web"}), 1);

        // The runs went into the history.
        const auto alerts = run({"alert", "list", "--format", "json"});
        QCOMPARE(alerts.exitCode, 0);
        const QJsonArray list = QJsonDocument::fromJson(alerts.out).object().value("alerts").toArray();
        QVERIFY2(list.size() >= 2, alerts.out.constData());
    }

    void badInputIsUnknown()
    {
        QCOMPARE(exit({"check", "run"}), 3);                      // no --once
        QCOMPARE(exit({"check", "run", "--once", "--bogus"}), 3); // unknown option
        QCOMPARE(exit({"check", "run", "--once", "extra"}), 3);   // an argument
        QCOMPARE(exit({"check", "run", "--once", "--node", "acme/nowhere"}), 3);
        QCOMPARE(exit({"check", "run", "--help"}), 0);
    }

    // The lifecycle link from the CLI: off, the second failing run suggests the transition
    // on stderr; on (check auto-abnormal on), it makes it, audited with the check's message.
    void abnormalAfterSuggestsThenTransitions()
    {
        QCOMPARE(exit({"machine", "transition", "web1", "init"}), 0);
        QCOMPARE(exit({"machine", "transition", "web1", "online"}), 0);
        QCOMPARE(
            exit({"check", "add", "nagios", "--name", "web-disk", "--machine", "web1", "--abnormal-after",
                  "2", "--command", QStringLiteral("%1 2 'DISK CRITICAL full'").arg(kDummy)}),
            0);
        QCOMPARE(exit({"check", "add", "nagios", "--name", "loose", "--abnormal-after", "2", "--command",
                       QStringLiteral("%1 0 ok").arg(kDummy)}),
                 2); // unbound: no machine to move
        QCOMPARE(exit({"check", "add", "nagios", "--name", "zero", "--machine", "web1", "--abnormal-after",
                       "0", "--command", QStringLiteral("%1 0 ok").arg(kDummy)}),
                 2);
        const auto first = run({"check", "run", "--once"});
        QCOMPARE(first.exitCode, 2);
        QVERIFY2(!first.err.contains("machine transition"), first.err.constData());
        const auto second = run({"check", "run", "--once"});
        QCOMPARE(second.exitCode, 2);
        QVERIFY2(
            second.err.contains("opsdeck machine transition web1 abnormal --reason 'check web-disk failed "
                                "2 times: CRITICAL: DISK CRITICAL full'"),
            second.err.constData());
        QVERIFY(run({"check", "auto-abnormal"}).out.contains("is off"));

        QCOMPARE(exit({"check", "auto-abnormal", "on"}), 0);
        QVERIFY(run({"check", "auto-abnormal"}).out.contains("is on"));
        const auto third = run({"check", "run", "--once"});
        QCOMPARE(third.exitCode, 2);
        QVERIFY2(third.err.contains("web1 is now ERROR_DETECTED"), third.err.constData());
        const auto machine = run({"machine", "show", "web1", "--format", "json"});
        QVERIFY2(machine.out.contains("ERROR_DETECTED"), machine.out.constData());
        const auto audit = run({"audit", "list", "--format", "json"});
        QVERIFY2(audit.out.contains("check web-disk failed 3 times: CRITICAL: DISK CRITICAL full"),
                 audit.out.constData());
        QCOMPARE(exit({"check", "auto-abnormal", "maybe"}), 2);
    }

    // deploy --gate: a name that is no check is refused before anything starts (exit 4).
    void deployGateNamesMustExist()
    {
        nagios(QStringLiteral("web-ok"), QStringLiteral("--node"), QStringLiteral("acme/web"), 0);
        const auto r =
            run({"deploy", "acme/web", "--package", "/nonexistent.tar.gz", "--gate", "web-ok,nosuch"});
        QCOMPARE(r.exitCode, 4);
        QVERIFY2(r.err.contains("nosuch"), r.err.constData());
        QVERIFY(!run({"job", "list", "--format", "json"}).out.contains("\"id\"")); // no job made
    }
};

QTEST_GUILESS_MAIN(TestCheckRun)
#include "tst_checkrun.moc"
