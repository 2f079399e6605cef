// Engine: what one Opsdeck process runs on. Start on a temporary database registers
// the local machine (pool local, READY), runs the collector on its thread, and a
// shutdown joins it and leaves every sample on disk.

#include "TestSupport.h"
#include "collector/CollectorService.h"
#include "engine/Engine.h"
#include "inventory/InventoryReader.h"
#include "metrics/MetricStore.h"

#include <QFile>
#include <QHostInfo>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace opsdeck;

class TestEngine : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void registersTheLocalMachine()
    {
        QTemporaryDir dir;
        Engine::Options options;
        options.startCollector = false;
        auto engine = Engine::start(dir.filePath(QStringLiteral("a.sqlite")), options);
        QVERIFY2(engine.ok(), engine.ok() ? "" : qPrintable(engine.error().message));
        QVERIFY((*engine)->startupWarnings().isEmpty());
        const QString name = (*engine)->localMachineName();
        QCOMPARE(name, QHostInfo::localHostName().section(QLatin1Char('.'), 0, 0));
        auto machine = InventoryReader((*engine)->sharedDatabase()).machine(name);
        QVERIFY(machine.ok());
        QVERIFY(machine->has_value());
        QCOMPARE((*machine)->address, QStringLiteral("127.0.0.1"));
        QCOMPARE((*machine)->pool, QStringLiteral("local"));
        QCOMPARE((*machine)->state, MachineState::Ready);
        QCOMPARE((*engine)->collector().state(), CollectorService::State::Idle);
        auto machines = InventoryReader((*engine)->sharedDatabase()).loadAllMachines();
        QVERIFY(machines.ok());
        QCOMPARE(machines->size(), 1);

        // A second start on the same file leaves the one machine as it is.
        engine = Engine::start(dir.filePath(QStringLiteral("a.sqlite")), options);
        QVERIFY(engine.ok());
        QCOMPARE(InventoryReader((*engine)->sharedDatabase()).loadAllMachines().valueOr({}).size(), 1);
    }

    void shutdownJoinsTheCollectorAndKeepsItsSamples()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("b.sqlite"));
        QString machine;
        {
            Engine::Options options;
            options.collectorIntervalMs = 200;
            auto engine = Engine::start(path, options);
            QVERIFY(engine.ok());
            machine = (*engine)->localMachineName();
            QSignalSpy passes(&(*engine)->collector(), &CollectorService::passFinished);
            QTRY_VERIFY_WITH_TIMEOUT(passes.size() >= 1, 10000);
            QCOMPARE((*engine)->collector().state(), CollectorService::State::Running);
            (*engine)->shutdown();
            QVERIFY(!(*engine)->collector().isStarted());
            (*engine)->shutdown(); // twice is fine
        }
        auto db = Database::open(path);
        QVERIFY(db.ok());
        MetricStore store(*db);
        auto series = store.listSeries(machine);
        QVERIFY(series.ok());
        bool load = false;
        for (const auto& s : *series)
            load = load || s.key.metric == QLatin1String("loadavg-1");
        QVERIFY2(load, "loadavg-1 was stored");
    }

    void aDamagedDatabaseIsAnErrorNotACrash()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bad.sqlite"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(8192, 'x'));
        f.close();
        auto engine = Engine::start(path);
        QVERIFY(!engine.ok());
        QVERIFY(!engine.error().message.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestEngine)
#include "tst_engine.moc"
