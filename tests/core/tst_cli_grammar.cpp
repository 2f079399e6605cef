// One CLI grammar: every registered command, run as a real process, answers a bad option,
// a missing verb or an unknown verb with exit 2, its usage on stderr, nothing on stdout,
// and the database untouched. The commands come from `opsdeck --help`, which lists the
// command registry, so a new command is covered without touching this test.

#include "TestSupport.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace opsdeck;

namespace {

// The registered commands ("machine", "metrics poll", ...) as `opsdeck --help` lists them.
QStringList registeredCommands()
{
    const auto r = test::runCli({QStringLiteral("--help")});
    QStringList commands;
    static const QRegularExpression line(
        QStringLiteral("^  ([a-z][a-z0-9-]*(?: [a-z][a-z0-9-]*)?)\\s{2,}\\S"));
    for (const QByteArray& l : r.out.split('\n')) {
        const auto m = line.match(QString::fromUtf8(l));
        if (m.hasMatch())
            commands << m.captured(1);
    }
    return commands;
}

// Whether `opsdeck <command> --help` shows a verb argument in its usage line.
bool takesVerb(const QString& command)
{
    const auto r = test::runCli(command.split(QLatin1Char(' ')) + QStringList{QStringLiteral("--help")});
    return r.out.left(r.out.indexOf('\n')).endsWith(" verb");
}

// The verbs a usage text names: "opsdeck <noun> <verb> ..." lines.
QStringList verbsInUsage(const QString& noun, const QByteArray& usage)
{
    QStringList verbs;
    const QRegularExpression re(
        QStringLiteral("opsdeck %1 ([a-z][a-z0-9-]*)").arg(QRegularExpression::escape(noun)));
    for (auto it = re.globalMatch(QString::fromUtf8(usage)); it.hasNext();) {
        const QString v = it.next().captured(1);
        if (!verbs.contains(v))
            verbs << v;
    }
    return verbs;
}

// A checksum of the database file and its write-ahead log.
QByteArray fingerprint(const QString& path)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QString& p : {path, path + QStringLiteral("-wal")}) {
        QFile f(p);
        hash.addData(p.toUtf8());
        if (f.open(QIODevice::ReadOnly))
            hash.addData(f.readAll());
        else
            hash.addData("(none)");
    }
    return hash.result();
}

} // namespace

class TstCliGrammar : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;

    test::CliRun run(const QStringList& args, int timeoutMs = 15000)
    {
        return test::runCli(QStringList{QStringLiteral("--db"), m_db} + args, {}, timeoutMs);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("grammar.sqlite"));
        // A populated database made by valid commands.
        QCOMPARE(run({QStringLiteral("machine"), QStringLiteral("add"), QStringLiteral("m1"),
                      QStringLiteral("--address"), QStringLiteral("10.0.0.1")})
                     .exitCode,
                 0);
        QCOMPARE(run({QStringLiteral("tree"), QStringLiteral("add"), QStringLiteral("acme/shop"),
                      QStringLiteral("--kind"), QStringLiteral("service")})
                     .exitCode,
                 0);
        QVERIFY(QFile::exists(m_db));
    }

    void usageErrorsChangeNothing_data()
    {
        QTest::addColumn<QStringList>("args");
        const QStringList commands = registeredCommands();
        QVERIFY2(commands.size() >= 10, qPrintable(commands.join(QLatin1Char(','))));
        QVERIFY(commands.contains(QStringLiteral("machine")));
        QVERIFY(commands.contains(QStringLiteral("metrics poll")));

        QStringList nounsWithVerbs;
        for (const QString& c : commands) {
            const QStringList words = c.split(QLatin1Char(' '));
            QTest::addRow("%s --bogus", qPrintable(c)) << words + QStringList{QStringLiteral("--bogus")};
            QTest::addRow("%s --format bogus", qPrintable(c))
                << words + QStringList{QStringLiteral("--format"), QStringLiteral("bogus")};
            if (words.size() == 2 && !nounsWithVerbs.contains(words.first()))
                nounsWithVerbs << words.first(); // "metrics poll": the noun "metrics" has verbs
            else if (words.size() == 1 && takesVerb(c))
                nounsWithVerbs << c;
        }
        QVERIFY(nounsWithVerbs.contains(QStringLiteral("metrics")));
        for (const QString& noun : std::as_const(nounsWithVerbs)) {
            QTest::addRow("%s (no verb)", qPrintable(noun)) << QStringList{noun};
            QTest::addRow("%s --bogus (no verb)", qPrintable(noun))
                << QStringList{noun, QStringLiteral("--bogus")};
            QTest::addRow("%s frobnicate", qPrintable(noun))
                << QStringList{noun, QStringLiteral("frobnicate")};
            // Each verb the usage names, with a bad option and a bad --format.
            const QStringList verbs = verbsInUsage(noun, run({noun}).err);
            QVERIFY2(!verbs.isEmpty(), qPrintable(noun));
            for (const QString& verb : verbs) {
                QTest::addRow("%s %s --bogus", qPrintable(noun), qPrintable(verb))
                    << QStringList{noun, verb, QStringLiteral("--bogus")};
                QTest::addRow("%s %s --format bogus", qPrintable(noun), qPrintable(verb))
                    << QStringList{noun, verb, QStringLiteral("--format"), QStringLiteral("bogus")};
            }
        }
        // A complete, valid write whose only fault is its output format.
        QTest::addRow("machine add with --format bogus") << QStringList{
            QStringLiteral("machine"),   QStringLiteral("add"),      QStringLiteral("m2"),
            QStringLiteral("--address"), QStringLiteral("10.0.0.2"), QStringLiteral("--format"),
            QStringLiteral("bogus")};
        QTest::addRow("tree add with a bad kind")
            << QStringList{QStringLiteral("tree"), QStringLiteral("add"), QStringLiteral("acme/x"),
                           QStringLiteral("--kind"), QStringLiteral("planet")};
        QTest::addRow("machine list --node with a bad --format")
            << QStringList{QStringLiteral("machine"), QStringLiteral("list"),     QStringLiteral("--node"),
                           QStringLiteral("/acme"),   QStringLiteral("--format"), QStringLiteral("xml")};
    }

    void usageErrorsChangeNothing()
    {
        QFETCH(QStringList, args);
        const QByteArray before = fingerprint(m_db);
        const auto r = run(args);
        // `check run` speaks Nagios's codes: its usage errors are UNKNOWN (3), not 2 (CRITICAL).
        const bool nagios =
            args.size() >= 2 && args.at(0) == QLatin1String("check") && args.at(1) == QLatin1String("run");
        QCOMPARE(r.exitCode, nagios ? 3 : 2);
        QVERIFY2(r.out.isEmpty(), r.out.constData());
        QVERIFY2(r.err.startsWith("opsdeck: "), r.err.constData());
        // The usage: the command line(s) the command takes.
        const QString noun = args.first();
        QVERIFY2(r.err.contains("usage: opsdeck " + noun.toUtf8()), r.err.constData());
        QCOMPARE(fingerprint(m_db), before);
    }

    void helpIsOnStdout()
    {
        const auto r = run({QStringLiteral("metrics"), QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.err.isEmpty());
        QVERIFY2(r.out.contains("opsdeck metrics query"), r.out.constData());
        const auto machine = run({QStringLiteral("machine"), QStringLiteral("--help")});
        QCOMPARE(machine.exitCode, 0);
        QVERIFY(machine.out.contains("usage: opsdeck machine add NAME"));
    }

    void relationRemoveSaysWhatItRemoved()
    {
        QCOMPARE(run({QStringLiteral("tree"), QStringLiteral("add"), QStringLiteral("acme/db"),
                      QStringLiteral("--kind"), QStringLiteral("service")})
                     .exitCode,
                 0);
        const auto added = run({QStringLiteral("relation"), QStringLiteral("add"),
                                QStringLiteral("/acme/shop"), QStringLiteral("--needs"),
                                QStringLiteral("acme/db"), QStringLiteral("--port"), QStringLiteral("5432")});
        QCOMPARE(added.exitCode, 0);
        const auto list = run({QStringLiteral("relation"), QStringLiteral("list"), QStringLiteral("--format"),
                               QStringLiteral("json")});
        const QJsonArray rows =
            QJsonDocument::fromJson(list.out).object().value(QStringLiteral("relations")).toArray();
        QCOMPARE(rows.size(), 1);
        const QString id = QString::number(rows.at(0).toObject().value(QStringLiteral("id")).toInteger());
        const auto removed = run({QStringLiteral("relation"), QStringLiteral("remove"), id});
        QCOMPARE(removed.exitCode, 0);
        QVERIFY2(removed.out.contains("removed relation " + id.toUtf8()), removed.out.constData());
        QVERIFY2(removed.out.contains("acme/shop needs acme/db (port 5432)"), removed.out.constData());
        const auto again = run({QStringLiteral("relation"), QStringLiteral("remove"), id});
        QCOMPARE(again.exitCode, 4);
        QVERIFY(again.out.isEmpty());
    }

    void leadingSlashIsTheRoot()
    {
        QCOMPARE(run({QStringLiteral("tree"), QStringLiteral("bind"), QStringLiteral("/acme/shop"),
                      QStringLiteral("--machine"), QStringLiteral("m1")})
                     .exitCode,
                 0);
        const auto viaSlash =
            run({QStringLiteral("machine"), QStringLiteral("list"), QStringLiteral("--node"),
                 QStringLiteral("/acme"), QStringLiteral("--format"), QStringLiteral("json")});
        const auto plain = run({QStringLiteral("machine"), QStringLiteral("list"), QStringLiteral("--node"),
                                QStringLiteral("acme"), QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(viaSlash.exitCode, 0);
        QCOMPARE(viaSlash.out, plain.out);
        QVERIFY(plain.out.contains("\"m1\""));

        const auto source =
            run({QStringLiteral("source"), QStringLiteral("add"), QStringLiteral("node-exporter"),
                 QStringLiteral("http://{address}:9100/metrics"), QStringLiteral("--node"),
                 QStringLiteral("/acme/")});
        QCOMPARE(source.exitCode, 0);
        const auto sources = run({QStringLiteral("source"), QStringLiteral("list"),
                                  QStringLiteral("--format"), QStringLiteral("json")});
        const QJsonArray rows =
            QJsonDocument::fromJson(sources.out).object().value(QStringLiteral("sources")).toArray();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.at(0).toObject().value(QStringLiteral("node")).toString(), QStringLiteral("acme"));

        QCOMPARE(run({QStringLiteral("tree"), QStringLiteral("move"), QStringLiteral("/acme/shop"),
                      QStringLiteral("/")})
                     .exitCode,
                 0);
        const auto tree = run({QStringLiteral("tree"), QStringLiteral("list"), QStringLiteral("--format"),
                               QStringLiteral("json")});
        QStringList paths;
        for (const auto& n :
             QJsonDocument::fromJson(tree.out).object().value(QStringLiteral("nodes")).toArray())
            paths << n.toObject().value(QStringLiteral("path")).toString();
        QVERIFY2(paths.contains(QStringLiteral("shop")), qPrintable(paths.join(QLatin1Char(','))));
    }

    void oneRuleForTextAndCsvTimes()
    {
        // Without --format a change prints a sentence and a listing a table, on a pipe too.
        const auto set = run({QStringLiteral("machine"), QStringLiteral("set"), QStringLiteral("m1"),
                              QStringLiteral("--pool"), QStringLiteral("web")});
        QCOMPARE(set.exitCode, 0);
        QVERIFY2(set.out.contains("pool web") && set.out.contains("m1"), set.out.constData());
        const auto table = run({QStringLiteral("audit"), QStringLiteral("list")});
        QCOMPARE(table.exitCode, 0);
        QVERIFY2(table.out.startsWith("TIME"), table.out.constData());
        // Times: ISO 8601 in the table, epoch seconds in CSV (as in JSON).
        static const QRegularExpression iso(QStringLiteral("\\n\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ "));
        QVERIFY2(iso.match(QString::fromUtf8(table.out)).hasMatch(), table.out.constData());
        const auto csv = run({QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--format"),
                              QStringLiteral("csv")});
        QCOMPARE(csv.exitCode, 0);
        const QList<QByteArray> lines = csv.out.trimmed().split('\n');
        QVERIFY(lines.size() > 1);
        QVERIFY(lines.first().startsWith("time,"));
        static const QRegularExpression epoch(QStringLiteral("^\\d{9,},"));
        QVERIFY2(epoch.match(QString::fromUtf8(lines.at(1))).hasMatch(), lines.at(1).constData());
    }
};

QTEST_GUILESS_MAIN(TstCliGrammar)
#include "tst_cli_grammar.moc"
