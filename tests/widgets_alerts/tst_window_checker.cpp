// The window with its own checker (Engine::Options::startChecks, as GuiMain starts it): a
// real monitoring-plugins check fails, the tray pops its message, the check list shows
// it failing, and the checker's failures reach the status bar.

#include "MainWindow.h"
#include "TestSupport.h"
#include "alerts/AlertTray.h"
#include "checks/CheckListModel.h"
#include "checks/CheckService.h"
#include "checks/CheckStore.h"
#include "engine/Engine.h"
#include "inventory/InventoryWriter.h"
#include "inventory/MachineStore.h"

#include <QFile>
#include <QJsonObject>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

using namespace opsdeck;

class TestWindowChecker : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        test::isolateSettings(m_dir.filePath(QStringLiteral("settings")),
                              QStringLiteral("tst_window_checker"));
        if (!QFile::exists(QStringLiteral("/usr/lib/nagios/plugins/check_dummy")))
            QFAIL("monitoring-plugins-basic is not installed (check_dummy)");
    }

    void aFailingCheckReachesTheTray()
    {
        Engine::Options options;
        options.startCollector = false;
        options.startPolling = false;
        options.startChecks = true;
        const QString path = m_dir.filePath(QStringLiteral("checker.sqlite"));
        {
            // The check exists before the window opens, as after a restart.
            auto db = Database::open(path);
            QVERIFY(db.ok());
            InventoryWriter writer(*db);
            QVERIFY(MachineStore(writer)
                        .add({QStringLiteral("web1"), QStringLiteral("127.0.0.1"), 22, {}, {}, {}})
                        .ok());
            CheckDefinition d;
            d.name = QStringLiteral("disk-web1");
            d.kind = CheckKind::Nagios;
            d.machine = QStringLiteral("web1");
            d.importance = Importance::Critical;
            d.params = QJsonObject{{QStringLiteral("command"),
                                    QStringLiteral("/usr/lib/nagios/plugins/check_dummy 2 'disk full'")}};
            QVERIFY(CheckStore(*db).add(d).ok());
        }
        auto engine = Engine::start(path, options);
        QVERIFY2(engine.ok(), engine.ok() ? "" : qPrintable(engine.error().message));
        QVERIFY((*engine)->checkService());

        MainWindow w(**engine);
        QSignalSpy shown(w.alertTray(), &AlertTray::messageShown);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty(), 20000);
        QVERIFY2(
            shown.first().at(1).toString().contains(QLatin1String("disk full")) ||
                shown.first().at(0).toString().contains(QLatin1String("disk-web1")),
            qPrintable(shown.first().at(0).toString() + QLatin1Char('|') + shown.first().at(1).toString()));
        QVERIFY((*engine)->checkService()->isLeader());
        QTRY_COMPARE_WITH_TIMEOUT(w.alertTray()->worstOpen().value_or(CheckStatus::Ok), CheckStatus::Critical,
                                  10000);
    }
};

QTEST_MAIN(TestWindowChecker)
#include "tst_window_checker.moc"
