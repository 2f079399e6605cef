// The status bar tells the user when the metrics cache cannot write (a full disk, a
// read-only file) and when it can again: a real failed flush, not a faked signal.

#include "StatusBarController.h"
#include "TestSupport.h"
#include "engine/Engine.h"
#include "metrics/MetricStore.h"

#include <QLabel>
#include <QMainWindow>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

using namespace opsdeck;

class TestStatusBar : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void aFailingCacheShowsUntilItWritesAgain()
    {
        QTemporaryDir dir;
        Engine::Options options;
        options.startCollector = false;
        auto started = Engine::start(dir.filePath(QStringLiteral("db.sqlite")), options);
        QVERIFY2(started.ok(), started.ok() ? "" : qPrintable(started.error().message));
        Engine& engine = **started;
        QMainWindow window;
        StatusBarController controller(engine, window.statusBar());
        auto* label = window.statusBar()->findChild<QLabel*>(QStringLiteral("statusStore"));
        QVERIFY(label);
        QVERIFY(label->isHidden());

        // This thread's connection refuses writes; the flush runs on it.
        QSqlDatabase c = engine.database().connection();
        QVERIFY(QSqlQuery(c).exec(QStringLiteral("PRAGMA query_only = ON")));
        MetricStore& store = engine.metricStore();
        store.setFlushIntervalMs(1000); // the store's own thread leaves this sample to us
        QVERIFY(store
                    .append({IncomingSample{
                        {QStringLiteral("web1"), QStringLiteral("loadavg-1"), QStringLiteral("local")},
                        SeriesType::Gauge,
                        QDateTime::currentSecsSinceEpoch(),
                        1.5}})
                    .ok());
        QVERIFY(!store.flush().ok());
        QTRY_VERIFY(!label->isHidden());
        QVERIFY2(label->text().contains(QStringLiteral("read-only")), qPrintable(label->text()));
        QVERIFY2(label->text().contains(QStringLiteral("1 failure")), qPrintable(label->text()));
        QCOMPARE(controller.storeText(), label->text());

        QVERIFY(QSqlQuery(c).exec(QStringLiteral("PRAGMA query_only = OFF")));
        QVERIFY(store.flush().ok());
        QTRY_VERIFY(label->isHidden());
        QVERIFY(controller.storeText().isEmpty());
    }

    // A retention setting that does not parse is shown, not only logged.
    void aMalformedRetentionSettingIsShown()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("db.sqlite"));
        {
            auto db = Database::open(path);
            QVERIFY(db.ok());
            QSqlDatabase c = (*db)->connection();
            QSqlQuery q(c);
            QVERIFY(q.prepare(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?)")));
            q.addBindValue(QString::fromLatin1(RetentionPolicy::settingsKey()));
            q.addBindValue(QStringLiteral("sixty seconds for a day"));
            QVERIFY(q.exec());
        }
        Engine::Options options;
        options.startCollector = false;
        options.startPolling = false;
        auto started = Engine::start(path, options);
        QVERIFY2(started.ok(), started.ok() ? "" : qPrintable(started.error().message));
        QMainWindow window;
        StatusBarController controller(**started, window.statusBar());
        auto* label = window.statusBar()->findChild<QLabel*>(QStringLiteral("statusStore"));
        QVERIFY(label);
        QVERIFY(!label->isHidden());
        QVERIFY2(label->text().contains(QStringLiteral("default retention is used")),
                 qPrintable(label->text()));
    }
};

QTEST_MAIN(TestStatusBar)
#include "tst_statusbar.moc"
