#pragma once

#include "alerts/AlertSettings.h"
#include "checks/CheckTypes.h"
#include "util/Result.h"

#include <QObject>

namespace opsdeck {

// E-mail over SMTP with libcurl (Debian's libcurl4-openssl-dev): STARTTLS on the
// submission port (required unless SmtpSettings::requireStartTls is off; port 465 is TLS
// from the first byte), AUTH as the server offers (LOGIN, PLAIN, ...), the server's
// certificate checked against the system's CAs or SmtpSettings::caFile.
//
// sendBlocking() waits for the server: call it off the GUI thread. send() runs it on a
// one-thread pool of its own (not the global one, which the GUI's painting uses; shared by
// every SmtpNotifier, so mails go one at a time, in order) and reports on the notifier's
// thread. A notifier deleted mid-send does not wait: the send ends on the pool, unreported.
// The password is used for AUTH only: never logged, never in an error.
class SmtpNotifier : public QObject
{
    Q_OBJECT
public:
    SmtpNotifier(SmtpSettings settings, QString password, QObject* parent = nullptr);

    void send(const AlertEvent& event);

    static Status sendBlocking(const SmtpSettings& settings, const QString& password,
                               const QByteArray& message, int timeoutSecs = 30);
    // Connects, STARTTLS and AUTH, and sends nothing: does the server take this password?
    static Status checkLogin(const SmtpSettings& settings, const QString& password, int timeoutSecs = 30);

signals:
    void finished(const opsdeck::AlertEvent& event, const opsdeck::Status& status);

private:
    static Status perform(const SmtpSettings& settings, const QString& password, const QByteArray* message,
                          int timeoutSecs);

    SmtpSettings m_settings;
    QString m_password;
};

} // namespace opsdeck
