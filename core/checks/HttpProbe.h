#pragma once

#include "checks/CheckProbe.h"

#include <QByteArray>
#include <QRegularExpression>
#include <curl/curl.h>

namespace opsdeck {

class CurlMulti;

// An HTTP(S) check (params: url, method, status, body_regex, max_time_ms, cert_days,
// follow_redirects, user; and ca_file, insecure — see README.probes.md). Ok when the
// answer's status is accepted, the body matches, it came within max_time_ms and the
// server's certificate is valid for more than cert_days; the value is the response time.
// Critical otherwise, Warning for a certificate expiring within cert_days. The password
// for `user` comes from the caller (the keychain); it is sent only to the URL's origin
// and appears in no message. Transfers go through libcurl (CurlMulti) on the probe's
// thread, each on a fresh connection closed after the answer.
class HttpProbe final : public CheckProbe
{
    Q_OBJECT
public:
    // `transfers` null: the probe makes one of its own; else it must outlive the probe
    // and live on the probe's thread (one shared by many probes).
    HttpProbe(CheckDefinition check, CurlMulti* transfers = nullptr, const Clock& clock = Clock::system(),
              QObject* parent = nullptr);
    ~HttpProbe() override;

    void setPassword(const QString& password)
    {
        if (password == m_password)
            return;
        m_password = password;
        m_ready = false; // the easy handle is set up again on the next run
    }
    static constexpr qint64 maxBodyBytes = 1024 * 1024;

protected:
    void start(const QString& target) override;
    void abort() override;
    ProbeResult timedOutResult() const override;

private:
    static size_t onBody(char* data, size_t size, size_t count, void* self);
    QString setUp(const QUrl& url);
    void onDone(CURLcode code);
    void evaluate(int httpStatus, const QString& transportError);
    QString checkCertificate(CheckStatus& status) const;

    CurlMulti* m_transfers;
    CURL* m_easy = nullptr; // reused run after run
    bool m_active = false;  // m_easy is in m_transfers
    bool m_ready = false;   // m_easy holds this check's options (they stay across runs)
    bool m_https = false;
    char m_error[CURL_ERROR_SIZE] = {};
    QByteArray m_url, m_user, m_pass, m_method, m_caFile; // alive while libcurl may read them
    QString m_password;
    QString m_shownUrl;
    QByteArray m_body;
    bool m_cut = false;
    QRegularExpression m_regex;
};

} // namespace opsdeck
