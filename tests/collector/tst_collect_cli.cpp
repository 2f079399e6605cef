// `opsdeck collect`: --once prints kurado_agent --dump lines that parse back into the
// Kurado base keys and stores them; without --once it runs until SIGTERM.

#include "TestSupport.h"
#include "collector/LocalCollector.h"
#include "metrics/MetricStore.h"

#include <QDateTime>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>

using namespace opsdeck;

namespace {

const QStringList kBaseMetrics = {
    QStringLiteral("cpu-user.derive"),        QStringLiteral("cpu-nice.derive"),
    QStringLiteral("cpu-system.derive"),      QStringLiteral("cpu-idle.derive"),
    QStringLiteral("cpu-iowait.derive"),      QStringLiteral("cpu-irq.derive"),
    QStringLiteral("cpu-softirq.derive"),     QStringLiteral("cpu-steal.derive"),
    QStringLiteral("cpu-guest.derive"),       QStringLiteral("cpu-guest-nice.derive"),
    QStringLiteral("loadavg-1.gauge"),        QStringLiteral("loadavg-5.gauge"),
    QStringLiteral("loadavg-15.gauge"),       QStringLiteral("memory-total.gauge"),
    QStringLiteral("memory-free.gauge"),      QStringLiteral("memory-buffers.gauge"),
    QStringLiteral("memory-cached.gauge"),    QStringLiteral("memory-inactive.gauge"),
    QStringLiteral("memory-used.gauge"),      QStringLiteral("memory-swap-total.gauge"),
    QStringLiteral("memory-swap-used.gauge"), QStringLiteral("memory-swap-free.gauge"),
    QStringLiteral("processors.gauge"),       QStringLiteral("tcp-established.gauge"),
};

} // namespace

class TstCollectCli : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void onceDumpParsesBack()
    {
        QTemporaryDir dir;
        const QString dbPath = dir.filePath(QStringLiteral("c.sqlite"));
        const qint64 before = QDateTime::currentSecsSinceEpoch();
        const auto r = test::runCli(
            {QStringLiteral("--db"), dbPath, QStringLiteral("collect"), QStringLiteral("--once")});
        const qint64 after = QDateTime::currentSecsSinceEpoch();
        QVERIFY2(r.exitCode == 0, r.err.constData());

        QHash<QString, QString> metrics; // "cpu-user.derive" -> value
        QHash<QString, QString> meta;
        static const QRegularExpression number(QStringLiteral("^-?[0-9]+(\\.[0-9]+)?([eE][-+]?[0-9]+)?$"));
        const QList<QByteArray> lines = r.out.split('\n');
        QCOMPARE(lines.last(), QByteArray()); // every line ends in a newline
        for (qsizetype i = 0; i + 1 < lines.size(); ++i) {
            const QList<QByteArray> f = lines.at(i).split('\t');
            QCOMPARE(f.size(), 3);
            bool ok = false;
            const qint64 ts = f.at(2).toLongLong(&ok);
            QVERIFY(ok);
            QVERIFY(ts >= before && ts <= after);
            const QString key = QString::fromUtf8(f.at(0));
            if (key.startsWith(QLatin1String("base.metrics."))) {
                const QString value = QString::fromUtf8(f.at(1));
                QVERIFY2(number.match(value).hasMatch(), qPrintable(key + QLatin1Char('=') + value));
                metrics.insert(key.mid(13), value);
            } else if (key.startsWith(QLatin1String("base.meta."))) {
                meta.insert(key.mid(10), QString::fromUtf8(f.at(1)));
            } else {
                QVERIFY2(key.startsWith(QLatin1String("base.warn.")), qPrintable(key));
            }
        }
        for (const QString& k : kBaseMetrics)
            QVERIFY2(metrics.contains(k), qPrintable(k));
        QVERIFY(meta.value(QStringLiteral("uptime")).toLongLong() > 0);
        QVERIFY(meta.value(QStringLiteral("version")).startsWith(QLatin1String("Linux version")));
        // Every device and interface the meta lists has its series.
        for (const QString& dev :
             meta.value(QStringLiteral("disk-io-devices")).split(u',', Qt::SkipEmptyParts))
            for (const char* s : {"read-ios", "read-sectors", "write-ios", "write-sectors"})
                QVERIFY(metrics.contains(QStringLiteral("disk-io-%1-%2.derive").arg(dev, QLatin1String(s))));
        for (const QString& dev :
             meta.value(QStringLiteral("disk-usage-devices")).split(u',', Qt::SkipEmptyParts)) {
            QVERIFY(metrics.contains(QStringLiteral("disk-usage-%1-used.gauge").arg(dev)));
            QVERIFY(metrics.contains(QStringLiteral("disk-usage-%1-available.gauge").arg(dev)));
            QVERIFY(meta.value(QStringLiteral("disk-usage-%1-mount").arg(dev)).startsWith(QLatin1Char('/')));
        }
        for (const QString& ifc :
             meta.value(QStringLiteral("traffic-interfaces")).split(u',', Qt::SkipEmptyParts)) {
            QVERIFY(metrics.contains(QStringLiteral("traffic-%1-rxbytes.derive").arg(ifc)));
            QVERIFY(metrics.contains(QStringLiteral("traffic-%1-txbytes.derive").arg(ifc)));
        }

        // And the samples are in the database, under this machine's name.
        auto db = Database::open(dbPath);
        QVERIFY(db.ok());
        MetricStore store(*db);
        const auto series = store.listSeries(LocalCollector::localMachineName());
        QVERIFY(series.ok());
        QCOMPARE(series->size(), metrics.size());
    }

    void usageErrors()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("c.sqlite"));
        auto r =
            test::runCli({QStringLiteral("--db"), db, QStringLiteral("collect"), QStringLiteral("--bogus")});
        QCOMPARE(r.exitCode, 2);
        r = test::runCli({QStringLiteral("--db"), db, QStringLiteral("collect"), QStringLiteral("now")});
        QCOMPARE(r.exitCode, 2);
        r = test::runCli({QStringLiteral("--db"), db, QStringLiteral("collect"), QStringLiteral("--interval"),
                          QStringLiteral("soon")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(!r.err.isEmpty());
    }

    void confDPluginsInTheDump()
    {
        QTemporaryDir dir;
        QFile toml(dir.filePath(QStringLiteral("sample.toml")));
        QVERIFY(toml.open(QIODevice::WriteOnly));
        toml.write("[plugin.metrics.process]\ncommand = \"printf 'fork.derive\\t7\\n'\"\n"
                   "[plugin.metrics.stuck]\ncommand = 'sleep 300'\ntimeout = 0.2\n");
        toml.close();
        QFile bad(dir.filePath(QStringLiteral("z.toml")));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write("[plugin.metrics.x]\ncommand = 'true\n");
        bad.close();
        const auto r = test::runCli({QStringLiteral("--db"), dir.filePath(QStringLiteral("c.sqlite")),
                                     QStringLiteral("collect"), QStringLiteral("--once"),
                                     QStringLiteral("--conf-d"), dir.path()});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.out.contains("\nprocess.metrics.fork.derive\t7\t"), r.out.constData());
        QVERIFY2(r.out.contains("\nstuck.warn.timeout\t"), r.out.constData());
        QVERIFY2(r.out.contains("\nconf-d.warn.z.toml\t" + dir.filePath(QStringLiteral("z.toml")).toUtf8() +
                                " line 2: "),
                 r.out.constData());
        QVERIFY(r.out.contains("base.metrics.cpu-user.derive\t"));

        const auto missing = test::runCli({QStringLiteral("--db"), dir.filePath(QStringLiteral("d.sqlite")),
                                           QStringLiteral("collect"), QStringLiteral("--once"),
                                           QStringLiteral("--conf-d"), dir.filePath(QStringLiteral("nope"))});
        QCOMPARE(missing.exitCode, 2);
        QVERIFY(missing.err.contains("--conf-d"));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("d.sqlite"))));
    }

    void unusableDatabaseFails()
    {
        QTemporaryDir dir;
        // A directory where the database file should be.
        const QString db = dir.filePath(QStringLiteral("d"));
        QVERIFY(QDir().mkpath(db));
        const auto r =
            test::runCli({QStringLiteral("--db"), db, QStringLiteral("collect"), QStringLiteral("--once")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.startsWith("opsdeck: "));
        QVERIFY(r.out.isEmpty());
    }

    void serviceRunsUntilSigterm()
    {
        QTemporaryDir dir;
        QProcess p;
        p.setProcessChannelMode(QProcess::SeparateChannels);
        p.start(QStringLiteral(OPSDECK_BINARY),
                {QStringLiteral("--db"), dir.filePath(QStringLiteral("c.sqlite")), QStringLiteral("collect"),
                 QStringLiteral("--interval"), QStringLiteral("1s")});
        QVERIFY(p.waitForStarted(10000));
        QByteArray err;
        QDeadlineTimer deadline(20000);
        while (err.count("stored") < 2 && !deadline.hasExpired()) {
            p.waitForReadyRead(500);
            err += p.readAllStandardError();
        }
        QVERIFY2(err.count("stored") >= 2, err.constData());
        ::kill(pid_t(p.processId()), SIGTERM);
        QVERIFY(p.waitForFinished(10000));
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), 0);
    }
};

QTEST_GUILESS_MAIN(TstCollectCli)
#include "tst_collect_cli.moc"
