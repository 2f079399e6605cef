#include "alerts/WebhookNotifier.h"

#include "alerts/AlertMessage.h"

#include <QJsonDocument>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

Q_LOGGING_CATEGORY(lcWebhook, "opsdeck.alerts.webhook")

namespace opsdeck {

WebhookNotifier::WebhookNotifier(QUrl url, QObject* parent)
    : QObject(parent), m_url(std::move(url)), m_nam(new QNetworkAccessManager(this))
{}

QString WebhookNotifier::displayUrl() const
{
    return m_url.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo)
        .toString();
}

void WebhookNotifier::send(const AlertEvent& event)
{
    post(event, QJsonDocument(AlertMessage::webhookPayload(event)).toJson(QJsonDocument::Compact), 1);
}

void WebhookNotifier::post(const AlertEvent& event, const QByteArray& body, int attempt)
{
    QNetworkRequest req(m_url);
    req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    req.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("Opsdeck"));
    req.setTransferTimeout(m_timeoutMs);
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    QNetworkReply* reply = m_nam->post(req, body);
    connect(reply, &QNetworkReply::finished, this, [this, reply, event, body, attempt] {
        reply->deleteLater();
        bool retryable = false;
        Status st = outcome(reply, &retryable);
        if (!st.ok() && retryable && attempt == 1) {
            qCDebug(lcWebhook) << "retrying" << displayUrl() << "after:" << st.error().message;
            QTimer::singleShot(m_retryDelayMs, this, [this, event, body] { post(event, body, 2); });
            return;
        }
        if (!st.ok() && attempt == 2)
            st = Error::failure(tr("%1 (tried twice)").arg(st.error().message));
        emit finished(event, st);
    });
}

Status WebhookNotifier::outcome(QNetworkReply* reply, bool* retryable) const
{
    const int http = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (http >= 200 && http < 300)
        return {};
    if (http != 0) {
        *retryable = http >= 500 || http == 429;
        const QByteArray said = reply->readAll().left(200).simplified();
        return Error::failure(
            tr("the webhook at %1 answered HTTP %2%3")
                .arg(displayUrl())
                .arg(http)
                .arg(said.isEmpty() ? QString() : QStringLiteral(": ") + QString::fromUtf8(said)));
    }
    *retryable = true;
    if (reply->error() == QNetworkReply::OperationCanceledError ||
        reply->error() == QNetworkReply::TimeoutError)
        return Error::failure(
            tr("the webhook at %1 did not answer within %2 ms").arg(displayUrl()).arg(m_timeoutMs));
    // errorString() can carry the full URL: name the host only.
    QString why;
    switch (reply->error()) {
    case QNetworkReply::ConnectionRefusedError:
        why = tr("connection refused");
        break;
    case QNetworkReply::HostNotFoundError:
        why = tr("host not found");
        break;
    case QNetworkReply::RemoteHostClosedError:
        why = tr("the server closed the connection");
        break;
    case QNetworkReply::SslHandshakeFailedError:
        why = tr("TLS handshake failed");
        break;
    default:
        why = tr("network error %1").arg(int(reply->error()));
        break;
    }
    return Error::failure(tr("could not reach the webhook at %1: %2").arg(displayUrl(), why));
}

} // namespace opsdeck
