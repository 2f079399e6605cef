#include "alerts/CheckerLink.h"

#include "alerts/AlertContext.h"
#include "alerts/AlertDispatcher.h"
#include "alerts/AlertSettings.h"
#include "alerts/AlertTray.h"
#include "checks/CheckMonitor.h"
#include "checks/CheckService.h"
#include "inventory/AsyncLoad.h"
#include "sources/SecretProvider.h"

#include <QSystemTrayIcon>

namespace opsdeck {

CheckerLink::CheckerLink(CheckService* checker, std::shared_ptr<Database> db, CheckMonitor* monitor,
                         AlertTray* tray, SecretProvider* keychain, QObject* parent)
    : QObject(parent), m_db(std::move(db)), m_monitor(monitor), m_tray(tray), m_keychain(keychain),
      m_dispatcher(new AlertDispatcher(Clock::system(), this))
{
    m_dispatcher->setContextProvider(storeAlertContext(m_db));
    m_dispatcher->setDesktopWanted(!QSystemTrayIcon::isSystemTrayAvailable());
    connect(m_dispatcher, &AlertDispatcher::failed, this,
            [this](const QString& channel, const AlertEvent& event, const Error& e) {
                emit statusMessage(
                    tr("The %1 notification of %2 failed: %3").arg(channel, event.checkName, e.message));
            });
    connect(checker, &CheckService::probed, m_monitor, [this] { m_monitor->refresh(); });
    connect(checker, &CheckService::alert, this, &CheckerLink::onAlert);
    connect(checker, &CheckService::failed, this,
            [this](const Error& e) { emit statusMessage(tr("Checks: %1").arg(e.message)); });
    connect(checker, &CheckService::leaderChanged, this, [this](bool leader) {
        emit statusMessage(leader ? tr("This console runs the checks.")
                                  : tr("Another console of the team runs the checks; this one shows them."));
    });
}

CheckerLink::~CheckerLink() = default;

void CheckerLink::onAlert(const AlertEvent& event, bool notify)
{
    if (!notify)
        return; // acknowledged, silenced, or part of a source outage's one notice
    m_tray->onAlert(event);
    runAsync<AlertSettings>(
        this,
        [db = m_db]() -> Result<AlertSettings> {
            QSqlDatabase c = db->connection();
            return AlertSettings::load(c);
        },
        [this, event](Result<AlertSettings> settings) {
            if (!settings.ok()) {
                emit statusMessage(tr("Cannot read the alert settings: %1").arg(settings.error().message));
                return;
            }
            const AlertSettings s = *settings;
            if (s.smtp.configured() && !s.smtp.user.isEmpty() && m_keychain) {
                m_keychain->read(s.smtp.secretName(), [this, s, event](Result<QString> password) {
                    if (!password.ok())
                        emit statusMessage(tr("E-mail alerts: %1").arg(password.error().message));
                    m_dispatcher->setSettings(s, password.ok() ? *password : QString());
                    m_dispatcher->dispatch(event);
                });
                return;
            }
            m_dispatcher->setSettings(s);
            m_dispatcher->dispatch(event);
        });
}

} // namespace opsdeck
