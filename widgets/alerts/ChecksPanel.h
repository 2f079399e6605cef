#pragma once

#include "util/Result.h"

#include <QPointer>
#include <QWidget>
#include <functional>
#include <optional>

class QAction;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;

namespace opsdeck {

class CheckListModel;
class CheckMonitor;
class MaintenanceDialog;
class Clock;
struct CheckRow;

// The Alerts dock's Checks tab: every check with its state (CheckListModel) and what an
// operator does to one: Acknowledge (until it recovers), Silence for… (until a time),
// Unsilence; and the tray's settings (Tray Settings…). The writes run off the GUI thread; a refusal goes out
// as statusMessage (the window puts it in the status bar) and the monitor reads again after each write. The
// actions follow the selection; the window puts them under its AccessGate too.
class ChecksPanel : public QWidget
{
    Q_OBJECT
public:
    // Asks until when to silence the named check (nullopt: cancelled). The default is
    // SilenceDialog; tests answer without a dialog.
    using SilencePrompt = std::function<std::optional<qint64>(QWidget* parent, const QString& check)>;

    ChecksPanel(CheckMonitor* monitor, QWidget* parent = nullptr);

    CheckListModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    QAction* acknowledgeAction() const { return m_ack; }
    QAction* silenceAction() const { return m_silence; }
    QAction* unsilenceAction() const { return m_unsilence; }
    // "Tray Settings…" (TraySettingsDialog): this computer's setting, open to anyone.
    QAction* traySettingsAction() const { return m_traySettings; }
    // "Maintenance Windows…" (Ctrl+Shift+M): MaintenanceDialog, one at a time.
    QAction* maintenanceAction() const { return m_maintenance; }
    MaintenanceDialog* maintenanceDialog() const; // the open one, or nullptr
    void setSilencePrompt(SilencePrompt prompt) { m_prompt = std::move(prompt); }

    // The selected check (nullptr when none).
    const CheckRow* currentCheck() const;
    void selectCheck(qint64 checkId);

public slots:
    void acknowledgeSelected();
    void silenceSelected();
    void unsilenceSelected();
    void openMaintenance();

signals:
    void statusMessage(const QString& message);
    // A write succeeded (the monitor is already reading again).
    void written();

private:
    void updateActions();
    void updateEmptyState();
    // Runs `work` (a store write returning how many targets) for the selected check off
    // the GUI thread; `done` and `failed` are the messages (%1 the check).
    void write(const QString& done, const QString& failed, std::function<Result<int>(qint64)> work);

    CheckMonitor* m_monitor;
    CheckListModel* m_model;
    QSortFilterProxyModel* m_sorted;
    QStackedWidget* m_stack;
    QTableView* m_view;
    QAction* m_ack;
    QAction* m_silence;
    QAction* m_unsilence;
    QAction* m_traySettings;
    QAction* m_maintenance;
    QPointer<MaintenanceDialog> m_maintenanceDialog;
    SilencePrompt m_prompt;
};

} // namespace opsdeck
