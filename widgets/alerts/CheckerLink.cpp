#include "alerts/CheckerLink.h"

#include "alerts/AlertContext.h"
#include "alerts/AlertDispatcher.h"
#include "alerts/AlertSettings.h"
#include "alerts/AlertTray.h"
#include "checks/CheckMonitor.h"
#include "checks/CheckService.h"
#include "inventory/AsyncLoad.h"
#include "sources/BlockingKeychain.h"

#include <QSqlDatabase>
#include <QSystemTrayIcon>

namespace opsdeck {

CheckerLink::CheckerLink(CheckService* checker, std::shared_ptr<Database> db, CheckMonitor* monitor,
                         AlertTray* tray, QObject* parent)
    : QObject(parent), m_db(std::move(db)), m_monitor(monitor), m_tray(tray),
      m_dispatcher(new AlertDispatcher(Clock::system(), this))
{
    // The URL is a secret: the keychain holds it, read on the dispatcher's own thread.
    m_dispatcher->setWebhookUrlProvider(
        [] { return BlockingKeychain::read(AlertSettings::webhookSecretName()); });
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
    connect(checker, &CheckService::abnormalOffered, this,
            [this](const QString& machine, const QString&, const QString& reason) {
                emit statusMessage(
                    tr("%1: %2. Mark it ERROR_DETECTED with the machine table’s abnormal action or "
                       "`opsdeck machine transition %1 abnormal`.")
                        .arg(machine, reason));
            });
    connect(checker, &CheckService::abnormalMade, this,
            [this](const QString& machine, const QString&, const QString& reason) {
                emit statusMessage(tr("%1 is now ERROR_DETECTED: %2").arg(machine, reason));
            });
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
    struct Loaded
    {
        AlertSettings settings;
        Result<QString> smtpPassword = QString();
    };
    runAsync<Loaded>(
        this,
        [db = m_db]() -> Result<Loaded> {
            QSqlDatabase c = db->connection();
            auto settings = AlertSettings::load(c);
            if (!settings.ok())
                return settings.error();
            Loaded out{*settings};
            if (out.settings.smtp.configured() && !out.settings.smtp.user.isEmpty())
                out.smtpPassword = BlockingKeychain::read(out.settings.smtp.secretName());
            return out;
        },
        [this, event](Result<Loaded> loaded) {
            if (!loaded.ok()) {
                emit statusMessage(tr("Cannot read the alert settings: %1").arg(loaded.error().message));
                return;
            }
            if (!loaded->smtpPassword.ok())
                emit statusMessage(tr("E-mail alerts: %1").arg(loaded->smtpPassword.error().message));
            m_dispatcher->setSettings(loaded->settings, loaded->smtpPassword.valueOr(QString()));
            m_dispatcher->dispatch(event);
        });
}

} // namespace opsdeck
