#pragma once

#include "checks/CheckTypes.h"
#include "util/Result.h"

#include <QObject>
#include <memory>

namespace opsdeck {

class AlertDispatcher;
class AlertTray;
class CheckMonitor;
class CheckService;
class Database;

// Joins the engine's checker (CheckService) to the window: each recorded result makes the
// CheckMonitor read again (coalesced), each transition that should reach the operator
// pops the tray's message and goes to the AlertDispatcher (webhook, e-mail, desktop where
// there is no tray) with the alert settings and the SMTP password read fresh, off the GUI
// thread, for that event. Every failure — the checker's, a channel's, reading the
// settings — comes out as statusMessage() for the status bar; whether this console runs
// the checks (one console of a team does) too.
class CheckerLink : public QObject
{
    Q_OBJECT
public:
    CheckerLink(CheckService* checker, std::shared_ptr<Database> db, CheckMonitor* monitor, AlertTray* tray,
                QObject* parent = nullptr);
    ~CheckerLink() override;

    AlertDispatcher* dispatcher() const { return m_dispatcher; }

signals:
    void statusMessage(const QString& message);

private:
    void onAlert(const AlertEvent& event, bool notify);

    std::shared_ptr<Database> m_db;
    CheckMonitor* m_monitor;
    AlertTray* m_tray;
    AlertDispatcher* m_dispatcher;
};

} // namespace opsdeck
