#pragma once

#include "checks/CheckProbe.h"

#include <QByteArray>
#include <QPointer>
#include <QRegularExpression>

class QNetworkAccessManager;
class QNetworkReply;

namespace opsdeck {

// An HTTP(S) check (params: url, method, status, body_regex, max_time_ms, cert_days,
// follow_redirects, user; and ca_file, insecure — see README.probes.md). Ok when the
// answer's status is accepted, the body matches, it came within max_time_ms and the
// server's certificate is valid for more than cert_days; the value is the response time.
// Critical otherwise, Warning for a certificate expiring within cert_days. The password
// for `user` comes from the caller (the keychain); it is sent only to the URL's origin
// and appears in no message.
class HttpProbe final : public CheckProbe
{
    Q_OBJECT
public:
    // `nam` null: the probe makes one of its own; else it must outlive the probe (one
    // shared by many probes keeps connections alive between runs).
    HttpProbe(CheckDefinition check, QNetworkAccessManager* nam = nullptr,
              const Clock& clock = Clock::system(), QObject* parent = nullptr);

    void setPassword(const QString& password) { m_password = password; }
    static constexpr qint64 maxBodyBytes = 1024 * 1024;

protected:
    void start(const QString& target) override;
    void abort() override;
    ProbeResult timedOutResult() const override;

private:
    void onReadyRead();
    void onFinished();
    void evaluate(int httpStatus, const QString& transportError);
    QString checkCertificate(CheckStatus& status) const;

    QNetworkAccessManager* m_nam;
    QNetworkAccessManager* m_ownNam = nullptr; // for a check with ca_file or insecure
    QPointer<QNetworkReply> m_reply;
    QString m_password;
    QString m_shownUrl;
    QByteArray m_body;
    bool m_cut = false;
    QRegularExpression m_regex;
};

} // namespace opsdeck
