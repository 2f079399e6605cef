#include "alerts/AlertsDock.h"

#include "alerts/AlertHistoryPanel.h"
#include "alerts/ChecksPanel.h"
#include "checks/AlertHistoryModel.h"
#include "checks/CheckMonitor.h"

#include <QTabWidget>
#include <QTableView>

namespace opsdeck {

AlertsDock::AlertsDock(CheckMonitor* monitor, QWidget* parent) : QDockWidget(tr("Alerts"), parent)
{
    setObjectName(QStringLiteral("alertsDock"));
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("alertTabs"));
    m_tabs->setDocumentMode(true);
    m_checks = new ChecksPanel(monitor, m_tabs);
    m_historyModel = new AlertHistoryModel(monitor->database(), this);
    m_history = new AlertHistoryPanel(m_historyModel, monitor->clock(), m_tabs);
    m_tabs->addTab(m_checks, tr("Checks"));
    m_tabs->addTab(m_history, tr("History"));
    m_tabs->setMinimumHeight(1); // a short dock clips its tabs rather than grow the window
    setWidget(m_tabs);

    connect(m_checks, &ChecksPanel::statusMessage, this, &AlertsDock::statusMessage);
    // A transition double-clicked: its check in the Checks tab (acknowledge, silence).
    connect(m_history->view(), &QAbstractItemView::activated, this, [this](const QModelIndex& index) {
        const qint64 check = index.data(AlertHistoryModel::CheckIdRole).toLongLong();
        if (check <= 0)
            return; // a removed check's history
        showChecks();
        m_checks->selectCheck(check);
    });
    connect(monitor, &CheckMonitor::alertsArrived, m_historyModel, &AlertHistoryModel::refresh);
    connect(m_historyModel, &AlertHistoryModel::loadFailed, this, [this](const QString& message) {
        emit statusMessage(tr("Cannot read the alert history: %1").arg(message));
    });
}

void AlertsDock::follow(const ChangeFeed* feed)
{
    m_historyModel->follow(feed);
}

void AlertsDock::showChecks()
{
    show();
    raise();
    m_tabs->setCurrentWidget(m_checks);
}

void AlertsDock::showHistory()
{
    show();
    raise();
    m_tabs->setCurrentWidget(m_history);
}

} // namespace opsdeck
