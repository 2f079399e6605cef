// AlertTray in a real system tray: Xvfb with Debian's `trayer` (a freedesktop tray
// host), Qt on xcb. The icon docks (it has a geometry in the tray), its pixels turn from
// red to yellow when the critical target is acknowledged, and its tooltip follows.
// Without Xvfb or trayer the test skips (fails under OPSDECK_REQUIRE_TOOLS).

#include "../models_checks/CheckFixture.h"
#include "TestSupport.h"
#include "alerts/AlertTray.h"
#include "checks/CheckMonitor.h"
#include "checks/CheckStatusStyle.h"

#include <QApplication>
#include <QGuiApplication>
#include <QImage>
#include <QPixmap>
#include <QProcess>
#include <QScreen>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace opsdeck;

namespace {

// The X server and tray host, started before QApplication so Qt connects to them.
struct XServer
{
    QProcess xvfb;
    QProcess trayer;
    QString missing; // what could not be started
};
XServer* g_server = nullptr;

bool nearColor(const QColor& a, const QColor& b)
{
    return std::abs(a.red() - b.red()) < 40 && std::abs(a.green() - b.green()) < 40 &&
           std::abs(a.blue() - b.blue()) < 40;
}

} // namespace

class TestAlertTrayXvfb : public QObject
{
    Q_OBJECT

    // The colour in the middle of the docked icon, as the screen shows it.
    static QColor shown(const QSystemTrayIcon* icon)
    {
        const QRect g = icon->geometry();
        const QImage image =
            QGuiApplication::primaryScreen()->grabWindow(0, g.x(), g.y(), g.width(), g.height()).toImage();
        return image.isNull() ? QColor() : image.pixelColor(image.width() / 2, image.height() / 2);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        if (!g_server->missing.isEmpty())
            OPSDECK_SKIP_OR_FAIL(qPrintable(g_server->missing));
        QTRY_VERIFY_WITH_TIMEOUT(QSystemTrayIcon::isSystemTrayAvailable(), 10000);
    }

    void docksAndFollowsTheStates()
    {
        QTemporaryDir dir;
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope,
                           dir.filePath(QStringLiteral("settings")));
        test::TempDatabase db;
        ManualClock clock(QDateTime::currentMSecsSinceEpoch());
        const test::CheckIds ids = test::seedChecks(db.db(), clock);
        CheckMonitor monitor(db.db(), clock, 0);
        AlertTray tray(&monitor);
        QSignalSpy updated(&monitor, &CheckMonitor::updated);
        monitor.readNow();
        QVERIFY(updated.wait(5000));

        QVERIFY(tray.icon()->isVisible()); // checks exist and a tray is there
        QTRY_VERIFY_WITH_TIMEOUT(tray.icon()->geometry().width() > 0, 10000); // docked in trayer
        QVERIFY(tray.keepsRunningOnClose()); // the default with a tray and checks
        QCOMPARE(tray.icon()->toolTip(),
                 QStringLiteral("Opsdeck — 1 critical, 1 warning: web01 shop-http, db01 db-tcp"));
        QTRY_VERIFY_WITH_TIMEOUT(
            nearColor(shown(tray.icon()), CheckStatusStyle::color(CheckStatus::Critical)), 5000);

        QVERIFY(CheckStateStore(db.db(), clock).acknowledge(ids.shopHttp).ok());
        monitor.refresh();
        QVERIFY(updated.wait(5000));
        QCOMPARE(tray.icon()->toolTip(), QStringLiteral("Opsdeck — 1 warning: db01 db-tcp"));
        QTRY_VERIFY_WITH_TIMEOUT(nearColor(shown(tray.icon()), CheckStatusStyle::color(CheckStatus::Warning)),
                                 5000);
    }
};

int main(int argc, char** argv)
{
    XServer display;
    g_server = &display;
    const QString xvfb = QStandardPaths::findExecutable(QStringLiteral("Xvfb"));
    const QString trayer = QStandardPaths::findExecutable(QStringLiteral("trayer"));
    if (xvfb.isEmpty() || trayer.isEmpty()) {
        display.missing = QStringLiteral("needs Xvfb and trayer (apt install xvfb trayer)");
        qputenv("QT_QPA_PLATFORM", "offscreen");
    } else {
        // -displayfd: Xvfb picks a free display and writes its number on stdout.
        display.xvfb.start(xvfb,
                           {QStringLiteral("-displayfd"), QStringLiteral("1"), QStringLiteral("-screen"),
                            QStringLiteral("0"), QStringLiteral("800x600x24"), QStringLiteral("-nolisten"),
                            QStringLiteral("tcp")});
        QByteArray number;
        while (display.xvfb.waitForReadyRead(10000)) {
            number += display.xvfb.readAllStandardOutput();
            if (number.contains('\n'))
                break;
        }
        number = number.trimmed();
        if (number.isEmpty()) {
            display.missing = QStringLiteral("Xvfb did not start");
            qputenv("QT_QPA_PLATFORM", "offscreen");
        } else {
            qputenv("DISPLAY", ":" + number);
            qputenv("QT_QPA_PLATFORM", "xcb");
            display.trayer.start(trayer, {QStringLiteral("--edge"), QStringLiteral("top"),
                                          QStringLiteral("--height"), QStringLiteral("32"),
                                          QStringLiteral("--tint"), QStringLiteral("0xffffff")});
            if (!display.trayer.waitForStarted(10000))
                display.missing = QStringLiteral("trayer did not start");
        }
    }
    int rc = 0;
    {
        QApplication app(argc, argv);
        TestAlertTrayXvfb test;
        rc = QTest::qExec(&test, argc, argv);
    }
    for (QProcess* p : {&display.trayer, &display.xvfb}) {
        p->terminate();
        if (!p->waitForFinished(5000))
            p->kill();
        p->waitForFinished(5000);
    }
    return rc;
}

#include "tst_alerttray_xvfb.moc"
