#pragma once

#include "db/Database.h"

#include <QDockWidget>
#include <memory>

class QTabWidget;

namespace opsdeck {

class AlertHistoryModel;
class AlertHistoryPanel;
class ChangeFeed;
class CheckMonitor;
class ChecksPanel;

// The "Alerts" dock (issue 11): a Checks tab (every check's state; acknowledge, silence,
// unsilence) and a History tab (every transition, filtered). Both follow the window's
// CheckMonitor: the history reads what is new whenever the monitor saw new alerts.
class AlertsDock : public QDockWidget
{
    Q_OBJECT
public:
    explicit AlertsDock(CheckMonitor* monitor, QWidget* parent = nullptr);

    ChecksPanel* checksPanel() const { return m_checks; }
    AlertHistoryPanel* historyPanel() const { return m_history; }
    AlertHistoryModel* historyModel() const { return m_historyModel; }
    QTabWidget* tabs() const { return m_tabs; }

    // Team mode: the history follows the feed's alert inserts.
    void follow(const ChangeFeed* feed);

public slots:
    // Shows and raises the dock on its Checks tab.
    void showChecks();
    void showHistory();

signals:
    void statusMessage(const QString& message);

private:
    QTabWidget* m_tabs;
    ChecksPanel* m_checks;
    AlertHistoryModel* m_historyModel;
    AlertHistoryPanel* m_history;
};

} // namespace opsdeck
