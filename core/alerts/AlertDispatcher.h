#pragma once

#include "alerts/AlertContext.h"
#include "alerts/AlertSettings.h"
#include "alerts/NotificationPolicy.h"
#include "util/Result.h"

#include <QObject>
#include <QPointer>
#include <functional>

namespace opsdeck {

class WebhookNotifier;
class SmtpNotifier;
class DesktopNotifier;

// Takes each AlertEvent (the checker's transitions), asks the NotificationPolicy, and sends
// what passes through every enabled channel: "webhook" (AlertSettings::webhook on; the URL
// comes from the WebhookUrlProvider, read on a pool thread, never from the settings),
// "email" (an SMTP server set) and "desktop" (setDesktopWanted(true): the window has no system tray).
// Every outcome is a signal: decided() for each event, delivered() / failed() for each
// channel, so the window and the CLI show failures (never only a log line).
// Lives on one thread (the GUI's); the sends do not block it.
class AlertDispatcher : public QObject
{
    Q_OBJECT
public:
    // Reads the webhook URL (the keychain's AlertSettings::webhookSecretName()); may block,
    // so it runs on a one-thread pool of the dispatcher's, never on the caller's thread.
    // NotFound: the webhook is on but this computer's keychain has no URL.
    using WebhookUrlProvider = std::function<Result<QString>()>;

    explicit AlertDispatcher(const Clock& clock = Clock::system(), QObject* parent = nullptr);
    ~AlertDispatcher() override;

    // Replaces the channels (a changed URL or server takes effect at the next event; the
    // webhook URL is read again then).
    void setSettings(const AlertSettings& settings, const QString& smtpPassword = {});
    void setWebhookUrlProvider(WebhookUrlProvider provider);
    void setContextProvider(AlertContextProvider provider) { m_context = std::move(provider); }
    void setDesktopWanted(bool wanted) { m_desktopWanted = wanted; }
    void setTimeZone(const QTimeZone& zone);
    const NotificationPolicy& policy() const { return *m_policy; }

public slots:
    void dispatch(const opsdeck::AlertEvent& event);

signals:
    void decided(const opsdeck::AlertEvent& event, const opsdeck::NotifyDecision& decision);
    void delivered(const QString& channel, const opsdeck::AlertEvent& event);
    void failed(const QString& channel, const opsdeck::AlertEvent& event, const opsdeck::Error& error);

private:
    void report(const QString& channel, const AlertEvent& event, const Status& status);
    void sendWebhook(const AlertEvent& event);
    void sendWebhookTo(const QString& url, const AlertEvent& event);

    const Clock& m_clock;
    AlertSettings m_settings;
    QString m_smtpPassword;
    WebhookUrlProvider m_webhookUrl;
    QString m_webhookUrlRead; // the last URL the provider gave, until setSettings()
    std::unique_ptr<NotificationPolicy> m_policy;
    AlertContextProvider m_context;
    bool m_desktopWanted = false;
    QPointer<WebhookNotifier> m_webhook;
    QPointer<SmtpNotifier> m_smtp;
    QPointer<DesktopNotifier> m_desktop;
};

} // namespace opsdeck
