#pragma once

#include "alerts/AlertSettings.h"
#include "checks/CheckTypes.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QVariantMap>

namespace opsdeck {

// The words of one notification, the same on every channel: built here only.
class AlertMessage
{
    Q_DECLARE_TR_FUNCTIONS(AlertMessage)
public:
    // "[CRITICAL] web-health on web01 is failing: HTTP 500" (or "... recovered: ...").
    static QString summary(const AlertEvent& e);
    // "#d50200" critical, "#ff9f00" warning, "#2fa44f" ok (recovered), "#808080" unknown.
    static QString color(const AlertEvent& e);

    // The webhook body (README "Alert webhook"): Slack's and Mattermost's incoming-webhook
    // shape (text, username, attachments) plus an "opsdeck" object for machines.
    static QJsonObject webhookPayload(const AlertEvent& e);

    // An RFC 5322 message (CRLF lines, UTF-8 text/plain, Subject encoded when not ASCII).
    static QByteArray email(const AlertEvent& e, const SmtpSettings& smtp, qint64 nowMs);

    // org.freedesktop.Notifications.Notify's summary, body and urgency (0 low, 1 normal, 2 critical).
    struct Desktop
    {
        QString summary;
        QString body;
        uchar urgency = 1;
    };
    static Desktop desktop(const AlertEvent& e);

    // The event `alert notify-test` sends.
    static AlertEvent testEvent(qint64 nowMs);
};

} // namespace opsdeck
