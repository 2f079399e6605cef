#include "team/TeamSession.h"

#include "db/ConnectionWatch.h"
#include "db/Database.h"
#include "db/Dialect.h"
#include "inventory/AsyncLoad.h"
#include "inventory/MessageBanner.h"
#include "team/AccessGate.h"
#include "team/TeamDatabaseDialog.h"

#include <QAction>
#include <QKeySequence>
#include <QLabel>
#include <QStatusBar>

namespace opsdeck {

TeamSession::TeamSession(std::shared_ptr<Database> db, ConnectionWatch& watch, QWidget* window,
                         QStatusBar* bar)
    : QObject(window), m_db(std::move(db)), m_window(window), m_shared(m_db->dialect() == Dialect::Postgres),
      m_banner(new MessageBanner(window)), m_gate(new AccessGate(this)), m_label(new QLabel(bar)),
      m_connect(new QAction(tr("Connect to a &Team Database…"), this)),
      m_local(new QAction(tr("Use the &Local Database"), this))
{
    m_banner->setObjectName(QStringLiteral("teamBanner"));
    m_label->setObjectName(QStringLiteral("teamStatus"));
    bar->addPermanentWidget(m_label);
    m_connect->setObjectName(QStringLiteral("actionConnectTeam"));
    m_connect->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    m_connect->setStatusTip(tr("Open a shared PostgreSQL database that the whole team sees"));
    connect(m_connect, &QAction::triggered, this, &TeamSession::showConnectDialog);
    m_local->setObjectName(QStringLiteral("actionUseLocal"));
    m_local->setStatusTip(tr("Start again on this computer's own database"));
    m_local->setVisible(m_shared);
    connect(m_local, &QAction::triggered, this, [this] { emit switchRequested(QString()); });
    connect(&watch, &ConnectionWatch::lost, this, &TeamSession::onLost);
    connect(&watch, &ConnectionWatch::retrying, this, &TeamSession::onRetrying);
    connect(&watch, &ConnectionWatch::restored, this, &TeamSession::onRestored);
    updateStatus();
    if (m_shared)
        refreshRole();
}

QString TeamSession::statusText() const
{
    return m_label->text();
}

void TeamSession::showConnectDialog()
{
    auto* dialog = new TeamDatabaseDialog(m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &TeamDatabaseDialog::connectRequested, this, &TeamSession::switchRequested);
    dialog->open();
}

void TeamSession::refreshRole()
{
    if (!m_shared)
        return;
    runAsync<TeamRole>(
        this, [db = m_db] { return TeamRole::current(*db); },
        [this](Result<TeamRole> role) {
            if (!role.ok()) {
                // Without an answer the window stays as careful as the weakest role.
                TeamRole unknown;
                m_gate->setRole(unknown);
                m_banner->showError(
                    tr("Cannot tell what you may do on the team database: %1").arg(role.error().message));
            } else {
                m_gate->setRole(*role);
            }
            updateStatus();
        });
}

void TeamSession::onLost(const QString& reason)
{
    m_gate->setConnected(false);
    m_lostText = tr("Team database lost");
    m_banner->showError(tr("The team database %1 cannot be reached (%2). What was read stays on screen, "
                           "read-only; Opsdeck keeps trying to reconnect.")
                            .arg(m_db->path(), reason));
    updateStatus();
}

void TeamSession::onRetrying(int failedAttempts, int nextDelayMs, const QString& reason)
{
    const int seconds = (nextDelayMs + 999) / 1000;
    m_lostText = tr("Team database lost: try %1 failed, next in %2 s").arg(failedAttempts).arg(seconds);
    m_banner->showError(tr("The team database %1 cannot be reached (%2). What was read stays on screen, "
                           "read-only; trying again in %3 s.")
                            .arg(m_db->path(), reason)
                            .arg(seconds));
    updateStatus();
}

void TeamSession::onRestored()
{
    m_gate->setConnected(true);
    m_lostText.clear();
    m_banner->showInfo(
        tr("The team database %1 answers again; the views are read afresh.").arg(m_db->path()));
    updateStatus();
    refreshRole();
    emit restored();
}

void TeamSession::updateStatus()
{
    if (!m_shared) {
        m_label->setText(tr("Local database"));
        return;
    }
    if (!m_lostText.isEmpty()) {
        m_label->setText(m_lostText);
        return;
    }
    const TeamRole& role = m_gate->role();
    const QString what = role.owner ? tr("owner") : role.role.isEmpty() ? tr("viewer") : role.role;
    m_label->setText(role.user.isEmpty() ? tr("Team database") : tr("Team: %1 (%2)").arg(role.user, what));
}

} // namespace opsdeck
