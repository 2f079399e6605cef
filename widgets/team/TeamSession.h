#pragma once

#include "db/TeamRole.h"

#include <QObject>
#include <QString>
#include <memory>

class QAction;
class QLabel;
class QStatusBar;
class QWidget;

namespace opsdeck {

class AccessGate;
class ConnectionWatch;
class Database;
class MessageBanner;

// The window's side of where its data lives. On a team database: a banner while the
// server cannot be reached (what was read stays on screen, read-only, while the watch
// retries with backoff) and when it is back, the user's role and the connection in the
// status bar, and the AccessGate that greys what the role may not do. For any database:
// File > Connect to a Team Database… and Use the Local Database, which ask for a
// relaunch on the other database (switchRequested), since every view reads one.
class TeamSession : public QObject
{
    Q_OBJECT
public:
    // `watch` is the engine's (it never fires for a SQLite file).
    TeamSession(std::shared_ptr<Database> db, ConnectionWatch& watch, QWidget* window, QStatusBar* bar);

    MessageBanner* banner() const { return m_banner; }
    AccessGate* gate() const { return m_gate; }
    QAction* connectAction() const { return m_connect; }
    QAction* localAction() const { return m_local; }
    // "Team: alice (operator)", "Team database lost: retrying in 4 s", "Local database".
    QString statusText() const;
    bool isShared() const { return m_shared; }

public slots:
    void showConnectDialog();
    // Asks the server again who the user is (off the GUI thread).
    void refreshRole();

signals:
    // The window should start again on `dbPath` (a URL, or empty for the local file).
    void switchRequested(const QString& dbPath);
    // The server answers again: views should read what changed meanwhile.
    void restored();

private:
    void onLost(const QString& reason);
    void onRetrying(int failedAttempts, int nextDelayMs, const QString& reason);
    void onRestored();
    void updateStatus();

    std::shared_ptr<Database> m_db;
    QWidget* m_window;
    bool m_shared;
    MessageBanner* m_banner;
    AccessGate* m_gate;
    QLabel* m_label;
    QAction* m_connect;
    QAction* m_local;
    QString m_lostText;
};

} // namespace opsdeck
