// conf.d plugins: the TOML reader (PluginConfig), the runner with real /bin/sh commands
// (Kurado lines, a hang killed at its timeout, a non-zero exit), the dump form, and the
// service storing a plugin's samples next to the base metrics.

#include "TestSupport.h"
#include "collector/CollectorService.h"
#include "collector/PluginConfig.h"
#include "collector/PluginRunner.h"
#include "metrics/MetricStore.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace opsdeck;

namespace {

constexpr qint64 kNow = 1404873350;

void writeFile(const QString& path, const QByteArray& text)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    QVERIFY(f.write(text) == text.size());
}

const CollectorFact* warning(const PluginPass& p, const QString& what)
{
    for (const CollectorFact& w : p.warnings)
        if (w.key == what)
            return &w;
    return nullptr;
}

PluginSpec spec(const QString& name, const QString& command, int timeoutMs = 10000)
{
    return PluginSpec{name, command, timeoutMs, {}};
}

} // namespace

class TstPlugins : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void readsSeedFormat()
    {
        // seed 003's sample.toml, plus a timeout.
        const PluginConfig c =
            parsePluginConfig("[plugin.metrics.process]\n"
                              "command = \"echo -e \\\"fork.derive\\t\\\"$(cat /proc/stat |grep processes | "
                              "awk '{print $2}')\"\n"
                              "\n[plugin.metrics.slow]\ncommand = 'sleep 1'\ntimeout = \"30s\"\n"
                              "[plugin.metrics.quick]\ncommand = 'true'\ntimeout = 2.5\n",
                              QStringLiteral("sample.toml"));
        QVERIFY(c.warnings.isEmpty());
        QCOMPARE(c.plugins.size(), 3);
        QCOMPARE(c.plugins.at(0).name, QStringLiteral("process"));
        // TOML's "\t" is a tab by the time the shell sees it, as with kurado_agent.
        QVERIFY(c.plugins.at(0).command.startsWith(QLatin1String("echo -e \"fork.derive\t\"$(cat")));
        QCOMPARE(c.plugins.at(0).timeoutMs, PluginSpec::defaultTimeoutMs);
        QCOMPARE(c.plugins.at(1).name, QStringLiteral("quick")); // name order
        QCOMPARE(c.plugins.at(1).timeoutMs, 2500);
        QCOMPARE(c.plugins.at(2).timeoutMs, 30000);
        QCOMPARE(c.plugins.at(0).file, QStringLiteral("sample.toml"));
    }

    void badConfigIsReported()
    {
        const PluginConfig broken = parsePluginConfig("[plugin.metrics.a]\ncommand = 'x'\ncommand = = 3\n",
                                                      QStringLiteral("/etc/x/bad.toml"));
        QVERIFY(broken.plugins.isEmpty());
        QCOMPARE(broken.warnings.size(), 1);
        QCOMPARE(broken.warnings.at(0).plugin, QStringLiteral("conf-d"));
        QVERIFY2(broken.warnings.at(0).message.startsWith(QLatin1String("/etc/x/bad.toml line 3: ")),
                 qPrintable(broken.warnings.at(0).message));

        const PluginConfig partial =
            parsePluginConfig("[plugin.metrics.nocmd]\ntimeout = 3\n[plugin.metrics.ok]\ncommand = 'true'\n"
                              "[plugin.metrics.late]\ncommand = 'true'\ntimeout = -1\n"
                              "[plugin.metrics.extra]\ncommand = 'true'\ncolour = 'red'\n",
                              QStringLiteral("p.toml"));
        QCOMPARE(partial.plugins.size(), 2); // in name order, as TOML tables are
        QCOMPARE(partial.plugins.at(0).name, QStringLiteral("extra"));
        QCOMPARE(partial.plugins.at(1).name, QStringLiteral("ok"));
        QCOMPARE(partial.warnings.size(), 3);
        QCOMPARE(partial.warnings.at(0).plugin, QStringLiteral("extra"));
        QVERIFY(partial.warnings.at(0).message.contains(QLatin1String("colour")));
        QCOMPARE(partial.warnings.at(1).plugin, QStringLiteral("late"));
        QVERIFY(partial.warnings.at(1).message.contains(QLatin1String("p.toml line 7")));
        QVERIFY(partial.warnings.at(1).message.contains(QLatin1String("timeout")));
        QCOMPARE(partial.warnings.at(2).plugin, QStringLiteral("nocmd"));
        QVERIFY(partial.warnings.at(2).message.contains(QLatin1String("p.toml line 1")));
        QVERIFY(partial.warnings.at(2).message.contains(QLatin1String("no command")));
    }

    void dirLoadsTheGoodFiles()
    {
        QTemporaryDir dir;
        writeFile(dir.filePath(QStringLiteral("a.toml")), "[plugin.metrics.one]\ncommand = 'true'\n");
        writeFile(dir.filePath(QStringLiteral("b.toml")), "[plugin.metrics.two\ncommand = 'true'\n");
        writeFile(dir.filePath(QStringLiteral("c.toml")),
                  "[plugin.metrics.three]\ncommand = 'true'\n[plugin.metrics.one]\ncommand = 'false'\n");
        writeFile(dir.filePath(QStringLiteral("notes.txt")), "[plugin.metrics.four]\ncommand = 'true'\n");
        const PluginConfig c = loadPluginDir(dir.path());
        QCOMPARE(c.plugins.size(), 2);
        QCOMPARE(c.plugins.at(0).name, QStringLiteral("one"));
        QCOMPARE(c.plugins.at(0).command, QStringLiteral("true"));
        QCOMPARE(c.plugins.at(1).name, QStringLiteral("three"));
        QCOMPARE(c.warnings.size(), 2);
        QCOMPARE(c.warnings.at(0).what, QStringLiteral("b.toml"));
        QVERIFY(c.warnings.at(0).message.startsWith(dir.filePath(QStringLiteral("b.toml")) +
                                                    QStringLiteral(" line 1: ")));
        QCOMPARE(c.warnings.at(1).plugin, QStringLiteral("one"));
        QVERIFY(loadPluginDir(dir.filePath(QStringLiteral("missing"))).plugins.isEmpty());
    }

    void runsPluginsTimeoutAndExit()
    {
        PluginRunner runner(QStringLiteral("web1"));
        QElapsedTimer t;
        t.start();
        const QList<PluginPass> out = runner.run(
            {spec(QStringLiteral("process"),
                  QStringLiteral(
                      "printf 'fork.derive\\t42\\t%1\\nmetrics.users.gauge\\t3\\nmeta.kind\\tdemo\\n'")
                      .arg(kNow - 5)),
             spec(QStringLiteral("hang"), QStringLiteral("echo 'up.gauge\t1'; sleep 300"), 300),
             spec(QStringLiteral("fail"), QStringLiteral("echo 'x.gauge\t7'; echo boom >&2; exit 1")),
             spec(QStringLiteral("junk"), QStringLiteral("echo 'not a kurado line'; echo 'ok.gauge\tnan'"))},
            kNow);
        QVERIFY2(t.elapsed() < 60000, "the hanging plugin was not killed at its timeout");
        QCOMPARE(out.size(), 4);

        const PluginPass& process = out.at(0);
        QVERIFY(process.warnings.isEmpty());
        QCOMPARE(process.samples.size(), 2);
        QCOMPARE(process.samples.at(0).key.machine, QStringLiteral("web1"));
        QCOMPARE(process.samples.at(0).key.metric, QStringLiteral("process.fork"));
        QCOMPARE(process.samples.at(0).key.source, QStringLiteral("local"));
        QCOMPARE(process.samples.at(0).type, SeriesType::Derive);
        QCOMPARE(process.samples.at(0).value, 42.0);
        QCOMPARE(process.samples.at(0).timestamp, kNow - 5);
        QCOMPARE(process.samples.at(1).key.metric, QStringLiteral("process.users"));
        QCOMPARE(process.samples.at(1).type, SeriesType::Gauge);
        QCOMPARE(process.samples.at(1).timestamp, kNow);
        QCOMPARE(process.meta, (QList<CollectorFact>{{QStringLiteral("kind"), QStringLiteral("demo")}}));

        const PluginPass& hang = out.at(1);
        QVERIFY(warning(hang, QStringLiteral("timeout")));
        QCOMPARE(hang.samples.size(), 1); // what it printed before the timeout counts
        QCOMPARE(hang.samples.at(0).key.metric, QStringLiteral("hang.up"));

        const PluginPass& fail = out.at(2);
        const CollectorFact* exit = warning(fail, QStringLiteral("exit"));
        QVERIFY(exit);
        QVERIFY2(exit->value.contains(QLatin1String("1")) && exit->value.contains(QLatin1String("boom")),
                 qPrintable(exit->value));

        const PluginPass& junk = out.at(3);
        QVERIFY(junk.samples.isEmpty());
        const CollectorFact* malformed = warning(junk, QStringLiteral("malformed"));
        QVERIFY(malformed);
        QVERIFY2(malformed->value.startsWith(QLatin1String("2 line")), qPrintable(malformed->value));
    }

    void dumpPrintsPluginLines()
    {
        CollectorPass pass;
        pass.timestamp = kNow;
        PluginPass p{QStringLiteral("process"),
                     {},
                     {{QStringLiteral("kind"), QStringLiteral("demo")}},
                     {{QStringLiteral("timeout"), QStringLiteral("killed")}}};
        p.samples.append(
            IncomingSample{{QStringLiteral("h"), QStringLiteral("process.fork"), QStringLiteral("local")},
                           SeriesType::Derive,
                           kNow - 1,
                           42});
        pass.plugins.append(p);
        QCOMPARE(formatKuradoDump(pass), QByteArray("process.metrics.fork.derive\t42\t1404873349\n"
                                                    "process.meta.kind\tdemo\t1404873350\n"
                                                    "process.warn.timeout\tkilled\t1404873350\n"));
        QCOMPARE(PluginRunner::warningLines(pass.plugins),
                 QStringList{QStringLiteral("process.warn.timeout: killed")});
    }

    void serviceStoresPluginSamples()
    {
        QTemporaryDir conf;
        writeFile(conf.filePath(QStringLiteral("p.toml")),
                  "[plugin.metrics.process]\ncommand = \"printf 'fork.derive\\\\t5\\\\n'\"\n"
                  "[plugin.metrics.fail]\ncommand = 'exit 3'\n");
        test::TempDatabase db;
        ManualClock clock(kNow * 1000);
        MetricStore store(db.db(), clock);
        LocalCollector::Options o;
        const QString root = QStringLiteral(OPSDECK_TEST_DATA "/proc/centos6-2.6.32");
        o.procRoot = root + QStringLiteral("/proc");
        o.devRoot = root + QStringLiteral("/dev");
        o.machine = QStringLiteral("web1");
        o.fsUsage = [](const QByteArray&) -> Result<FsUsage> {
            return FsUsage{1, 2};
        };
        CollectorService service(db.db(), &store, clock, LocalCollector(o));
        service.setPluginDir(conf.path());
        const auto pass = service.collectOnce();
        QVERIFY2(pass.ok(), pass.ok() ? "" : qPrintable(pass.error().message));
        QCOMPARE(service.lastWarnings(), QStringList{QStringLiteral("fail.warn.exit: exit status 3")});
        const auto series = store.listSeries(QStringLiteral("web1"));
        QVERIFY(series.ok());
        bool found = false;
        for (const SeriesInfo& s : *series)
            found |= s.key.metric == QLatin1String("process.fork") && s.type == SeriesType::Derive;
        QVERIFY(found);
        QCOMPARE(series->size(), 41); // 40 base series and the plugin's one
    }

    void threadedPassReportsWarnings()
    {
        // The window's collector status reads lastWarnings() on stateChanged.
        QTemporaryDir conf;
        writeFile(conf.filePath(QStringLiteral("p.toml")),
                  "[plugin.metrics.slow]\ncommand = 'sleep 60'\ntimeout = 0.1\n");
        ManualClock clock(kNow * 1000);
        LocalCollector::Options o;
        const QString root = QStringLiteral(OPSDECK_TEST_DATA "/proc/centos6-2.6.32");
        o.procRoot = root + QStringLiteral("/proc");
        o.devRoot = root + QStringLiteral("/dev");
        o.machine = QStringLiteral("web1");
        o.fsUsage = [](const QByteArray&) -> Result<FsUsage> {
            return FsUsage{1, 2};
        };
        CollectorService service(nullptr, nullptr, clock, LocalCollector(o));
        service.setPluginDir(conf.path());
        QSignalSpy changed(&service, &CollectorService::stateChanged);
        service.start();
        QTRY_COMPARE_WITH_TIMEOUT(service.lastWarnings().size(), 1, 15000);
        QVERIFY(service.lastWarnings().first().startsWith(QLatin1String("slow.warn.timeout: ")));
        QCOMPARE(service.state(), CollectorService::State::Running); // a plugin problem is no error
        QVERIFY(changed.size() >= 2);                                // started, then the warnings
        service.stop();
    }
};

QTEST_GUILESS_MAIN(TstPlugins)
#include "tst_plugins.moc"
