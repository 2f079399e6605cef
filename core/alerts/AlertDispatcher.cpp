#include "alerts/AlertDispatcher.h"

#include "alerts/DesktopNotifier.h"
#include "alerts/SmtpNotifier.h"
#include "alerts/WebhookNotifier.h"

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QLoggingCategory>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

Q_LOGGING_CATEGORY(lcAlerts, "opsdeck.alerts")

namespace opsdeck {

namespace {
const QString kWebhook = QStringLiteral("webhook");
const QString kEmail = QStringLiteral("email");
const QString kDesktop = QStringLiteral("desktop");
const QString kContext = QStringLiteral("context");

// Keychain reads, off the caller's (the GUI's) thread; not behind a 30 s SMTP transfer.
QThreadPool* secretPool()
{
    static QPointer<QThreadPool> pool;
    if (!pool) {
        pool = new QThreadPool(QCoreApplication::instance());
        pool->setMaxThreadCount(1);
    }
    return pool;
}
} // namespace

AlertDispatcher::AlertDispatcher(const Clock& clock, QObject* parent)
    : QObject(parent), m_clock(clock), m_policy(std::make_unique<NotificationPolicy>(clock))
{}

AlertDispatcher::~AlertDispatcher() = default;

void AlertDispatcher::setTimeZone(const QTimeZone& zone)
{
    m_policy = std::make_unique<NotificationPolicy>(m_clock, zone);
    m_policy->setThreshold(m_settings.threshold);
    m_policy->setQuietHours(m_settings.quiet);
}

void AlertDispatcher::setSettings(const AlertSettings& settings, const QString& smtpPassword)
{
    m_settings = settings;
    m_smtpPassword = smtpPassword;
    m_webhookUrlRead.clear();
    m_policy->setThreshold(settings.threshold);
    m_policy->setQuietHours(settings.quiet);
    delete m_webhook;
    delete m_smtp;
    if (settings.smtp.configured()) {
        m_smtp = new SmtpNotifier(settings.smtp, smtpPassword, this);
        connect(m_smtp, &SmtpNotifier::finished, this,
                [this](const AlertEvent& e, const Status& st) { report(kEmail, e, st); });
    }
}

void AlertDispatcher::dispatch(const AlertEvent& event)
{
    NotifyContext context;
    if (m_context) {
        auto found = m_context(event);
        if (found.ok())
            context = *found;
        else // decide without it (no ack, silence or maintenance known), and say so
            emit failed(kContext, event, found.error());
    }
    const NotifyDecision decision = m_policy->decide(event, context);
    qCDebug(lcAlerts) << event.checkName << event.target << NotificationPolicy::reasonName(decision.reason);
    emit decided(event, decision);
    if (!decision.deliver)
        return;
    if (m_settings.webhook)
        sendWebhook(event);
    if (m_smtp) {
        if (!m_settings.smtp.user.isEmpty() && m_smtpPassword.isEmpty())
            emit failed(
                kEmail, event,
                Error::failure(tr("no SMTP password for %1 in the keychain: opsdeck alert set-smtp-password")
                                   .arg(m_settings.smtp.secretName())));
        else
            m_smtp->send(event);
    }
    if (m_desktopWanted && m_settings.desktop) {
        if (!m_desktop) { // the session bus only when it is wanted: a headless process may have none
            m_desktop = new DesktopNotifier(QDBusConnection::sessionBus(), this);
            connect(m_desktop, &DesktopNotifier::finished, this,
                    [this](const AlertEvent& e, const Status& st) { report(kDesktop, e, st); });
        }
        m_desktop->send(event);
    }
}

void AlertDispatcher::setWebhookUrlProvider(WebhookUrlProvider provider)
{
    m_webhookUrl = std::move(provider);
    m_webhookUrlRead.clear();
}

void AlertDispatcher::sendWebhook(const AlertEvent& event)
{
    if (!m_webhookUrlRead.isEmpty())
        return sendWebhookTo(m_webhookUrlRead, event);
    if (!m_webhookUrl) {
        emit failed(kWebhook, event, Error::failure(tr("the webhook is on but nothing reads its URL here")));
        return;
    }
    auto* watcher = new QFutureWatcher<Result<QString>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, event] {
        watcher->deleteLater();
        const Result<QString> url = watcher->result();
        if (url.ok() && AlertSettings::webhookOrigin(*url).ok()) {
            m_webhookUrlRead = *url;
            return sendWebhookTo(*url, event);
        }
        const QString entry = AlertSettings::webhookSecretName();
        const QString hint = tr("opsdeck alert config --webhook-stdin");
        Error error = Error::failure(
            tr("the webhook URL in the keychain (entry %1) is not an http(s) URL: %2").arg(entry, hint));
        if (!url.ok() && url.error().code == Error::Code::NotFound)
            error = Error::failure(tr("the webhook is on but this computer's keychain has no URL for it "
                                      "(entry %1): %2")
                                       .arg(entry, hint));
        else if (!url.ok())
            error = Error::failure(
                tr("could not read the webhook URL from the keychain: %1").arg(url.error().message));
        emit failed(kWebhook, event, error);
    });
    watcher->setFuture(QtConcurrent::run(secretPool(), [read = m_webhookUrl] { return read(); }));
}

void AlertDispatcher::sendWebhookTo(const QString& url, const AlertEvent& event)
{
    if (!m_webhook || m_webhook->url() != QUrl(url)) {
        delete m_webhook;
        m_webhook = new WebhookNotifier(QUrl(url), this);
        connect(m_webhook, &WebhookNotifier::finished, this,
                [this](const AlertEvent& e, const Status& st) { report(kWebhook, e, st); });
    }
    m_webhook->send(event);
}

void AlertDispatcher::report(const QString& channel, const AlertEvent& event, const Status& status)
{
    if (status.ok())
        emit delivered(channel, event);
    else
        emit failed(channel, event, status.error());
}

} // namespace opsdeck
