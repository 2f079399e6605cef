#pragma once

#include "checks/CheckTypes.h"

#include <QColor>
#include <QObject>
#include <QSet>
#include <QSystemTrayIcon>
#include <optional>

class QAction;
class QMenu;

namespace opsdeck {

class CheckMonitor;

// The operator's tray icon (issue 11 part 4). Its colour is the worst open status (ok
// green, warning yellow, critical red, unknown grey; acknowledged and silenced targets
// left out), its tooltip the summary ("2 critical, 1 warning: web-1 http, …"). Each new
// transition to failing, and each recovery, at or above the importance threshold (a
// setting) and not silenced, pops a message. Clicking it asks for the window on the
// Alerts dock. It is in the tray once checks exist. Alerts come from the monitor (recorded by any process)
// and from onAlert() (the checker in this process, at once); each is shown once.
class AlertTray : public QObject
{
    Q_OBJECT
public:
    explicit AlertTray(CheckMonitor* monitor, QObject* parent = nullptr);

    QSystemTrayIcon* icon() const { return m_tray; }
    QMenu* menu() const { return m_menu; }
    // The worst open status (nullopt: no check, or nothing open and nothing run).
    std::optional<CheckStatus> worstOpen() const { return m_worst; }
    QColor color() const;
    QString toolTip() const;

    // Messages for transitions of at least this importance (QSettings alerts/trayImportance).
    static Importance threshold();
    static void setThreshold(Importance importance);
    // "Keep running in the tray when the window is closed": the saved choice, else on
    // when a tray exists and checks are defined.
    bool keepsRunningOnClose() const;
    static void setKeepRunning(bool keep);
    // The saved choice (alerts/keepInTray), if any, and what holds without one.
    static std::optional<bool> savedKeepRunning();
    static bool keepRunningByDefault(bool checksExist);
    QAction* keepRunningAction() const { return m_keep; }
    // "Tray Settings…": TraySettingsDialog (the threshold and the keep-in-tray choice).
    QAction* settingsAction() const { return m_settings; }

public slots:
    // A transition the checker just recorded.
    void onAlert(const opsdeck::AlertEvent& event);
    void onAlerts(const QList<opsdeck::AlertEvent>& events);
    // Reads the monitor's snapshot again (colour, tooltip).
    void update();

signals:
    // Clicked, or Show chosen: the window should come up on the Alerts dock.
    void showRequested();
    void quitRequested();
    // A message was popped (also without a tray: tests and the log see it).
    void messageShown(const QString& title, const QString& body);

private:
    CheckMonitor* m_monitor;
    QSystemTrayIcon* m_tray;
    QMenu* m_menu;
    QAction* m_keep;
    QAction* m_settings;
    std::optional<CheckStatus> m_worst;
    QString m_toolTip;
    QSet<QString> m_shown; // alerts already popped
};

} // namespace opsdeck
