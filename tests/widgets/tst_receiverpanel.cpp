// ReceiverPanel: the switch binds and closes the sockets at once and writes the
// receiver's settings off the GUI thread, one write at a time; how each write went
// comes back as settingsWritten(), and a failed one is shown in the panel. A database
// held by another writer does not hold up the switch.

#include "TestSupport.h"
#include "engine/Engine.h"
#include "ingest/PlaintextReceiver.h"
#include "sources/ReceiverPanel.h"

#include <QAction>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace opsdeck;

class TestReceiverPanel : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void theSwitchWritesTheSettingsOffTheGuiThread()
    {
        QTemporaryDir dir;
        auto engine = startEngine(dir.filePath(QStringLiteral("a.sqlite")));
        ReceiverPanel panel(*engine);
        QSignalSpy written(&panel, &ReceiverPanel::settingsWritten);
        const quint16 port = test::freeTcpPort();
        panel.portBox()->setValue(port);

        panel.toggleAction()->trigger();
        QVERIFY2(engine->receiver().isListening(), qPrintable(panel.errorText()));
        QVERIFY(written.wait(10000));
        QCOMPARE(written.last().at(0).toBool(), true);
        QCOMPARE(written.last().at(1).toString(), QString());
        auto settings = engine->receiverSettings();
        QVERIFY(settings.ok());
        QCOMPARE(settings->port, port);
        QCOMPARE(settings->enabled, true);

        // Off and on and off again at once: the writes go in order, the last one wins.
        panel.toggleAction()->trigger();
        panel.toggleAction()->trigger();
        panel.toggleAction()->trigger();
        QVERIFY(!engine->receiver().isListening());
        QTRY_VERIFY_WITH_TIMEOUT(!panel.isWritingSettings(), 10000);
        QVERIFY(written.size() >= 2);
        QCOMPARE(engine->receiverSettings()->enabled, false);
        QCOMPARE(engine->receiverSettings()->port, port); // the address stays
        QVERIFY(panel.errorText().isEmpty());
    }

    void aFailedWriteIsShownAndSignalled()
    {
        QTemporaryDir dir;
        auto engine = startEngine(dir.filePath(QStringLiteral("b.sqlite")));
        {
            QSqlDatabase c = engine->database().connection();
            for (
                const char* sql :
                {"CREATE TRIGGER no_insert BEFORE INSERT ON settings BEGIN SELECT RAISE(ABORT, 'settings are "
                 "read-only here'); END",
                 "CREATE TRIGGER no_update BEFORE UPDATE ON settings BEGIN SELECT RAISE(ABORT, 'settings are "
                 "read-only here'); END"})
                QVERIFY(Database::exec(c, QString::fromLatin1(sql)).ok());
        }
        ReceiverPanel panel(*engine);
        QSignalSpy written(&panel, &ReceiverPanel::settingsWritten);
        QSignalSpy failed(&panel, &ReceiverPanel::failed);
        panel.portBox()->setValue(test::freeTcpPort());
        panel.toggleAction()->trigger();
        QVERIFY(engine->receiver().isListening()); // listening does not wait for the write
        QVERIFY(written.wait(10000));
        QCOMPARE(written.last().at(0).toBool(), false);
        QVERIFY2(written.last().at(1).toString().contains(QLatin1String("read-only")),
                 qPrintable(written.last().at(1).toString()));
        QCOMPARE(failed.size(), 1);
        QVERIFY2(panel.errorText().contains(QLatin1String("could not be saved")),
                 qPrintable(panel.errorText()));
        QCOMPARE(panel.stateText(), panel.errorText());
        engine->receiver().stop();
    }

    void aBusyDatabaseDoesNotHoldUpTheSwitch()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("c.sqlite"));
        auto engine = startEngine(path);
        ReceiverPanel panel(*engine);
        QSignalSpy written(&panel, &ReceiverPanel::settingsWritten);
        panel.portBox()->setValue(test::freeTcpPort());
        {
            // Another writer (another process, say) holds the database.
            QSqlDatabase locker =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("locker"));
            locker.setDatabaseName(path);
            QVERIFY(locker.open());
            QSqlQuery lock(locker);
            QVERIFY(lock.exec(QStringLiteral("BEGIN IMMEDIATE")));
            QElapsedTimer t;
            t.start();
            panel.toggleAction()->trigger();
            QVERIFY2(t.elapsed() < 1000, qPrintable(QString::number(t.elapsed())));
            QVERIFY(engine->receiver().isListening());
            QVERIFY(panel.isWritingSettings());
            QCOMPARE(written.size(), 0);
            QVERIFY(lock.exec(QStringLiteral("ROLLBACK")));
            lock.finish();
            locker.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("locker"));
        QVERIFY(written.wait(10000));
        QCOMPARE(written.last().at(0).toBool(), true);
        QCOMPARE(engine->receiverSettings()->enabled, true);
        engine->receiver().stop();
    }

private:
    static std::unique_ptr<Engine> startEngine(const QString& path)
    {
        Engine::Options options;
        options.startCollector = false;
        options.startPolling = false;
        auto engine = Engine::start(path, options);
        if (!engine.ok())
            qFatal("engine: %s", qPrintable(engine.error().message));
        return std::move(*engine);
    }
};

QTEST_MAIN(TestReceiverPanel)
#include "tst_receiverpanel.moc"
