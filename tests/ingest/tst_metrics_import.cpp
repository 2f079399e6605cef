// `opsdeck metrics import`: Kurado agent lines (a captured kurado_agent --dump) and
// Graphite plaintext from stdin or a file, run through the real binary.

#include "TestSupport.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace opsdeck;

namespace {

// The captured dump (tests/data/ingest/kurado_agent_dump.txt) taken at `ts`, with
// cpu-user raised by `cpuUserDelta` jiffies.
QByteArray dumpAt(qint64 ts, qint64 cpuUserDelta = 0)
{
    QByteArray d = test::testData(QStringLiteral("ingest/kurado_agent_dump.txt"));
    d.replace("1404873350", QByteArray::number(ts));
    d.replace("cpu-user.derive\t44682", "cpu-user.derive\t" + QByteArray::number(44682 + cpuUserDelta));
    return d;
}

} // namespace

class TstMetricsImport : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;

    test::CliRun run(QStringList args, const QByteArray& in = {})
    {
        args.prepend(m_db);
        args.prepend(QStringLiteral("--db"));
        return test::runCli(args, in);
    }
    QJsonObject json(const QStringList& args)
    {
        const auto r = run(args);
        if (r.exitCode != 0)
            qWarning() << args << r.exitCode << r.err;
        return QJsonDocument::fromJson(r.out).object();
    }
    QJsonObject importRow(const test::CliRun& r)
    {
        return QJsonDocument::fromJson(r.out).object().value("imports").toArray().at(0).toObject();
    }
    QJsonObject machineShow(const QString& name)
    {
        return json({"machine", "show", name, "--format", "json"})
            .value("machines")
            .toArray()
            .at(0)
            .toObject();
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init()
    {
        m_db = m_dir.filePath(QStringLiteral("db-%1.sqlite").arg(QTest::currentTestFunction()));
        QCOMPARE(run({"machine", "add", "web1", "--address", "192.0.2.5"}).exitCode, 0);
    }

    // Two passes of the agent a minute apart: derive series stay derive and come back as
    // rates; the meta lands in the machine's meta.
    void kuradoDumpKeepsTypesAndMeta()
    {
        const qint64 t0 = QDateTime::currentSecsSinceEpoch() / 60 * 60 - 180;
        auto first = run({"metrics", "import", "--machine", "web1", "-", "--output", "json"}, dumpAt(t0));
        QVERIFY2(first.exitCode == 0, first.err.constData());
        const QJsonObject row = importRow(first);
        QCOMPARE(row.value("machine").toString(), QStringLiteral("web1"));
        QCOMPARE(row.value("format").toString(), QStringLiteral("kurado"));
        QCOMPARE(row.value("stored").toInt(), 40);
        QCOMPARE(row.value("malformed").toInt(), 0);
        QCOMPARE(row.value("meta").toInt(), 6);
        auto second =
            run({"metrics", "import", "--machine", "web1", "--format", "kurado", "-"}, dumpAt(t0 + 60, 6000));
        QVERIFY2(second.exitCode == 0, second.err.constData());
        QVERIFY2(second.out.contains("stored 40 samples"), second.out.constData());

        QString cpuUserType;
        for (const QJsonValue& v :
             json({"metrics", "series", "--machine", "web1", "--format", "json"}).value("series").toArray()) {
            const QJsonObject s = v.toObject();
            QCOMPARE(s.value("source").toString(), QStringLiteral("kurado-import"));
            QVERIFY2(!s.value("metric").toString().endsWith(".derive"),
                     qPrintable(s.value("metric").toString()));
            if (s.value("metric").toString() == QLatin1String("cpu-user"))
                cpuUserType = s.value("type").toString();
        }
        QCOMPARE(cpuUserType, QStringLiteral("derive"));
        // 6000 jiffies in 60 s: a rate of 100/s, not the raw counter.
        const QJsonArray points =
            json({"metrics", "query", "--machine", "web1", "--metric", "cpu-user", "--from",
                  QString::number(t0), "--to", QString::number(t0 + 120), "--format", "json"})
                .value("points")
                .toArray();
        bool rate = false;
        for (const QJsonValue& p : points)
            rate |= !p.toArray().at(1).isNull() && qFuzzyCompare(p.toArray().at(1).toDouble(), 100.0);
        QVERIFY2(rate, QJsonDocument(points).toJson().constData());

        const QJsonObject meta = machineShow(QStringLiteral("web1")).value("meta").toObject();
        QCOMPARE(meta.value("uptime").toString(), QStringLiteral("57649"));
        QCOMPARE(meta.value("traffic-interfaces").toString(), QStringLiteral("eth0"));
        QVERIFY(meta.value("version").toString().startsWith(QLatin1String("Linux version 2.6.32")));

        // A cron'd plugin's few lines (leading IP column, plugin meta) add to the meta
        // without dropping what the dump put there.
        const QByteArray plugin = "192.0.2.5\tmysql.metrics.qps.derive\t100\t" + QByteArray::number(t0) +
                                  "\n192.0.2.5\tmysql.meta.version\t8.0.36\t" + QByteArray::number(t0) + "\n";
        QCOMPARE(run({"metrics", "import", "--machine", "web1", "-"}, plugin).exitCode, 0);
        const QJsonObject after = machineShow(QStringLiteral("web1")).value("meta").toObject();
        QCOMPARE(after.value("mysql.version").toString(), QStringLiteral("8.0.36"));
        QCOMPARE(after.value("uptime").toString(), QStringLiteral("57649"));
    }

    // Malformed lines are named with their line numbers and counted; the rest is stored, exit 1.
    void malformedLinesCountedRestStored()
    {
        const qint64 t = QDateTime::currentSecsSinceEpoch() - 60;
        const QByteArray ts = QByteArray::number(t);
        const QByteArray text = "base.metrics.loadavg-1.gauge\t0.5\t" + ts +
                                "\n"
                                "this line has no tabs\n"
                                "base.metrics.loadavg-5.gauge\tnot-a-number\t" +
                                ts +
                                "\n"
                                "base.metrics.loadavg-15.gauge\t0.25\t" +
                                ts + "\n";
        const QString file = m_dir.filePath(QStringLiteral("agent.txt"));
        {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(text);
        }
        const auto r = run({"metrics", "import", "--machine", "web1", file, "--output", "json"});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(file.toUtf8() + ": line 2: ") && r.err.contains(": this line has no tabs"),
                 r.err.constData());
        QVERIFY2(r.err.contains(file.toUtf8() + ": line 3: ") && r.err.contains("not-a-number"),
                 r.err.constData());
        const QJsonObject row = importRow(r);
        QCOMPARE(row.value("stored").toInt(), 2);
        QCOMPARE(row.value("malformed").toInt(), 2);
        QCOMPARE(json({"metrics", "series", "--machine", "web1", "--format", "json"})
                     .value("series")
                     .toArray()
                     .size(),
                 2);
    }

    void graphiteFormat()
    {
        const QByteArray ts = QByteArray::number(QDateTime::currentSecsSinceEpoch() - 60);
        const auto r =
            run({"metrics", "import", "--machine", "web1", "--format", "graphite", "-", "--output", "json"},
                "servers.web1.load 1.5 " + ts + "\nservers.web1.rps 42 " + ts + "\nbroken\n");
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("<stdin>: line 3: ") && r.err.contains(": broken"), r.err.constData());
        const QJsonObject row = importRow(r);
        QCOMPARE(row.value("format").toString(), QStringLiteral("graphite"));
        QCOMPARE(row.value("stored").toInt(), 2);
        QCOMPARE(row.value("malformed").toInt(), 1);
        QCOMPARE(row.value("meta").toInt(), 0);
        const QJsonArray points = json({"metrics", "query", "--machine", "web1", "--metric",
                                        "servers.web1.load", "--from", "-10m", "--format", "json"})
                                      .value("points")
                                      .toArray();
        QVERIFY(!points.isEmpty());
        QCOMPARE(points.last().toArray().at(1).toDouble(), 1.5);
    }

    // An unknown machine is exit 4 and writes nothing; a bad option is exit 2.
    void unknownMachineWritesNothing()
    {
        const QByteArray dump = dumpAt(QDateTime::currentSecsSinceEpoch() - 60);
        const QJsonObject before = machineShow(QStringLiteral("web1"));
        const auto r = run({"metrics", "import", "--machine", "ghost", "-"}, dump);
        QCOMPARE(r.exitCode, 4);
        QVERIFY2(r.err.contains("ghost"), r.err.constData());
        QCOMPARE(json({"metrics", "series", "--format", "json"}).value("series").toArray().size(), 0);
        QCOMPARE(machineShow(QStringLiteral("web1")), before);

        QCOMPARE(run({"metrics", "import", "--machine", "web1", "--format", "influx", "-"}, dump).exitCode,
                 2);
        QCOMPARE(run({"metrics", "import", "-"}, dump).exitCode, 2);
        QCOMPARE(run({"metrics", "import", "--machine", "web1", m_dir.filePath("missing.txt")}).exitCode, 4);
        QCOMPARE(json({"metrics", "series", "--format", "json"}).value("series").toArray().size(), 0);
    }
};

QTEST_GUILESS_MAIN(TstMetricsImport)
#include "tst_metrics_import.moc"
