#pragma once

#include "checks/CheckTypes.h"
#include "util/Result.h"

#include <QObject>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

namespace opsdeck {

// POSTs AlertMessage::webhookPayload() to an incoming-webhook URL (Slack, Mattermost,
// anything that reads JSON). Each send ends in exactly one finished(): Status ok on a 2xx,
// else an Error saying what the server or the network said. A network error, a timeout
// or a 5xx/429 is tried once more; a 4xx is not. The URL's path is never in an error
// message (a Slack webhook's path is its secret): only scheme://host:port.
// Lives on the thread that made it (the GUI's or the CLI's); nothing blocks.
class WebhookNotifier : public QObject
{
    Q_OBJECT
public:
    explicit WebhookNotifier(QUrl url, QObject* parent = nullptr);

    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    void setRetryDelayMs(int ms) { m_retryDelayMs = ms; }
    QString displayUrl() const; // scheme://host:port
    const QUrl& url() const { return m_url; }

    void send(const AlertEvent& event);

signals:
    void finished(const opsdeck::AlertEvent& event, const opsdeck::Status& status);

private:
    void post(const AlertEvent& event, const QByteArray& body, int attempt);
    Status outcome(QNetworkReply* reply, bool* retryable) const;

    QUrl m_url;
    QNetworkAccessManager* m_nam;
    int m_timeoutMs = 10000;
    int m_retryDelayMs = 1000;
};

} // namespace opsdeck
