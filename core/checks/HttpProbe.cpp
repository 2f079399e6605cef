#include "checks/HttpProbe.h"

#include "checks/CurlMulti.h"
#include "sources/HttpFetcher.h"

#include <QFile>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <QSslCertificate>
#include <QUrl>

namespace opsdeck {

namespace {

// params.status: [200, 301] or "200,301"; none: 200-399 (README.md).
QSet<int> acceptedCodes(const QJsonValue& v)
{
    QSet<int> codes;
    if (v.isArray()) {
        for (const QJsonValue& c : v.toArray())
            codes.insert(c.isString() ? c.toString().trimmed().toInt() : c.toInt());
    } else if (v.isString()) {
        for (const QString& c : v.toString().split(u',', Qt::SkipEmptyParts))
            codes.insert(c.trimmed().toInt());
    } else if (v.isDouble()) {
        codes.insert(v.toInt());
    }
    codes.remove(0);
    return codes;
}

} // namespace

HttpProbe::HttpProbe(CheckDefinition check, CurlMulti* transfers, const Clock& clock, QObject* parent)
    : CheckProbe(std::move(check), clock, parent), m_transfers(transfers ? transfers : new CurlMulti(this))
{
    const int maxMs = this->check().params.value(QLatin1String("max_time_ms")).toInt(0);
    setTimeoutMs(std::max(10000, maxMs * 2));
}

HttpProbe::~HttpProbe()
{
    abort();
    if (m_easy)
        curl_easy_cleanup(m_easy);
}

void HttpProbe::start(const QString&)
{
    if (!m_ready) {
        const QUrl url(param("url"));
        m_shownUrl = HttpFetcher::displayUrl(url);
        if (!url.isValid() ||
            (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")))
            return finish(CheckStatus::Unknown,
                          tr("an HTTP check needs an http:// or https:// URL, not '%1'").arg(m_shownUrl));
        m_https = url.scheme() == QLatin1String("https");
        if (const QString problem = setUp(url); !problem.isEmpty())
            return finish(CheckStatus::Unknown, problem);
        m_ready = true;
    }
    if (!m_caFile.isEmpty() && !QFile::exists(QFile::decodeName(m_caFile)))
        return finish(CheckStatus::Unknown,
                      tr("cannot read CA certificates from %1").arg(QFile::decodeName(m_caFile)));
    m_body.clear();
    m_cut = false;
    m_error[0] = 0;
    m_active = true; // before add(): a transfer that fails at once ends inside it
    const bool added = m_transfers->add(m_easy, [this](CURLcode code) {
        m_active = false;
        onDone(code);
    });
    if (!added) {
        m_active = false;
        finish(CheckStatus::Unknown, tr("%1: libcurl could not start the request").arg(m_shownUrl));
    }
}

// The easy handle, set up on the first run and kept for the next ones (libcurl keeps
// its options across transfers): a fresh connection closed after the answer (a check a
// minute per URL gains nothing from keeping it), no proxy (the check probes the URL
// itself, as check_http does), the password only for the URL's host (libcurl drops it
// on a redirect to another host).
QString HttpProbe::setUp(const QUrl& url)
{
    if (!m_easy && !(m_easy = curl_easy_init()))
        return tr("libcurl could not start");
    CURL* c = m_easy;
    curl_easy_reset(c);
    m_url = url.toEncoded();
    curl_easy_setopt(c, CURLOPT_URL, m_url.constData());
    curl_easy_setopt(c, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(c, CURLOPT_FORBID_REUSE, 1L);
    curl_easy_setopt(c, CURLOPT_FRESH_CONNECT, 1L);
    curl_easy_setopt(c, CURLOPT_PROXY, "");
    // Every run resolves the name afresh, as check_http does; libcurl's DNS cache would
    // also be walked whole on every transfer (perf: 12 % of the CPU with 2,000 hosts).
    curl_easy_setopt(c, CURLOPT_DNS_CACHE_TIMEOUT, 0L);
    curl_easy_setopt(c, CURLOPT_ACCEPT_ENCODING, ""); // what libcurl can decode; the regex sees plain text
    curl_easy_setopt(c, CURLOPT_USERAGENT, "Opsdeck-check");
    curl_easy_setopt(c, CURLOPT_ERRORBUFFER, m_error);
    curl_easy_setopt(c, CURLOPT_WRITEFUNCTION, &HttpProbe::onBody);
    curl_easy_setopt(c, CURLOPT_WRITEDATA, this);
    const bool follow = check().params.value(QLatin1String("follow_redirects")).toBool(true);
    curl_easy_setopt(c, CURLOPT_FOLLOWLOCATION, follow ? 1L : 0L);
    curl_easy_setopt(c, CURLOPT_MAXREDIRS, 10L);
    curl_easy_setopt(c, CURLOPT_REDIR_PROTOCOLS_STR, "http,https");
    const QString user = param("user");
    if (!user.isEmpty()) {
        m_user = user.toUtf8();
        m_pass = m_password.toUtf8();
        curl_easy_setopt(c, CURLOPT_HTTPAUTH, long(CURLAUTH_BASIC));
        curl_easy_setopt(c, CURLOPT_USERNAME, m_user.constData());
        curl_easy_setopt(c, CURLOPT_PASSWORD, m_pass.constData());
    }
    const QString caFile = param("ca_file");
    m_caFile.clear();
    if (!caFile.isEmpty() && m_https) {
        m_caFile = QFile::encodeName(caFile);
        curl_easy_setopt(c, CURLOPT_CAINFO, m_caFile.constData()); // the system's CA path stays
    }
    if (check().params.value(QLatin1String("insecure")).toBool(false)) {
        curl_easy_setopt(c, CURLOPT_SSL_VERIFYPEER, 0L);
        curl_easy_setopt(c, CURLOPT_SSL_VERIFYHOST, 0L);
    }
    const QJsonValue certDays = check().params.value(QLatin1String("cert_days"));
    if (m_https && !certDays.isUndefined() && !certDays.isNull())
        curl_easy_setopt(c, CURLOPT_CERTINFO, 1L);
    m_method = param("method").toUpper().toLatin1();
    if (m_method == "HEAD")
        curl_easy_setopt(c, CURLOPT_NOBODY, 1L); // no body to wait for, whatever Content-Length says
    else if (!m_method.isEmpty() && m_method != "GET")
        curl_easy_setopt(c, CURLOPT_CUSTOMREQUEST, m_method.constData());
    return {};
}

size_t HttpProbe::onBody(char* data, size_t size, size_t count, void* self)
{
    auto* p = static_cast<HttpProbe*>(self);
    const qsizetype n = qsizetype(size * count);
    const qsizetype room = maxBodyBytes - p->m_body.size();
    p->m_body.append(data, std::min(n, room));
    if (n > room) {
        p->m_cut = true;
        return 0; // stops the transfer: the first MiB is what the check reads
    }
    return size * count;
}

void HttpProbe::abort()
{
    if (m_active && m_easy)
        m_transfers->remove(m_easy);
    m_active = false;
}

void HttpProbe::onDone(CURLcode code)
{
    long status = 0;
    curl_easy_getinfo(m_easy, CURLINFO_RESPONSE_CODE, &status);
    const bool cutShort = code == CURLE_WRITE_ERROR && m_cut;
    const bool transport = code != CURLE_OK && !cutShort && status == 0;
    QString error;
    if (transport)
        error =
            m_error[0] ? QString::fromUtf8(m_error).trimmed() : QString::fromUtf8(curl_easy_strerror(code));
    evaluate(int(status), error);
}

QString HttpProbe::checkCertificate(CheckStatus& status) const
{
    const QJsonValue v = check().params.value(QLatin1String("cert_days"));
    if (v.isUndefined() || v.isNull() || !m_https || !m_easy)
        return {};
    // libcurl's CERTINFO: per certificate of the chain, "Name:value" lines; the server's
    // own comes first and its "Cert:" line is the PEM.
    QSslCertificate cert;
    curl_certinfo* info = nullptr;
    if (curl_easy_getinfo(m_easy, CURLINFO_CERTINFO, &info) == CURLE_OK && info && info->num_of_certs > 0) {
        for (curl_slist* line = info->certinfo[0]; line; line = line->next) {
            const QByteArray text(line->data);
            if (text.startsWith("Cert:")) {
                cert = QSslCertificate(text.mid(5), QSsl::Pem);
                break;
            }
        }
    }
    if (cert.isNull()) {
        status = worse(status, CheckStatus::Unknown);
        return tr("no server certificate to read");
    }
    const qint64 secsLeft = clock().nowSecs() - cert.expiryDate().toSecsSinceEpoch();
    const qint64 days = -secsLeft / 86400;
    if (secsLeft >= 0) {
        status = CheckStatus::Critical;
        return tr("the certificate expired on %1").arg(cert.expiryDate().toString(Qt::ISODate));
    }
    if (days < v.toInt()) {
        status = worse(status, CheckStatus::Warning);
        return tr("the certificate expires in %1 days (%2)")
            .arg(days)
            .arg(cert.expiryDate().toString(Qt::ISODate));
    }
    return tr("certificate valid for %1 days").arg(days);
}

void HttpProbe::evaluate(int httpStatus, const QString& transportError)
{
    const qint64 ms = elapsedMs();
    ProbeResult r;
    r.value = double(ms);
    r.perf.append({QStringLiteral("time"), double(ms)});
    if (!transportError.isEmpty()) {
        r.status = CheckStatus::Critical;
        r.message = tr("%1: %2").arg(m_shownUrl, transportError);
        abort();
        return finish(std::move(r));
    }
    r.perf.append({QStringLiteral("status"), double(httpStatus)});
    QStringList problems;
    r.status = CheckStatus::Ok;
    QSet<int> accepted = acceptedCodes(check().params.value(QLatin1String("status")));
    const bool statusOk =
        accepted.isEmpty() ? (httpStatus >= 200 && httpStatus < 400) : accepted.contains(httpStatus);
    if (!statusOk) {
        r.status = CheckStatus::Critical;
        problems << tr("status %1 is not accepted").arg(httpStatus);
    }
    const QString pattern = param("body_regex");
    if (!pattern.isEmpty()) {
        if (m_regex.pattern() != pattern)
            m_regex = QRegularExpression(pattern); // compiled once, reused by later runs
        const QRegularExpression& re = m_regex;
        if (!re.isValid()) {
            r.status = worse(r.status, CheckStatus::Unknown);
            problems << tr("the body regex is invalid: %1").arg(re.errorString());
        } else if (!re.match(QString::fromUtf8(m_body)).hasMatch()) {
            r.status = CheckStatus::Critical;
            problems << (m_cut ? tr("the first MiB of the body does not match '%1'").arg(pattern)
                               : tr("the body does not match '%1'").arg(pattern));
        }
    }
    const int maxMs = check().params.value(QLatin1String("max_time_ms")).toInt(0);
    if (maxMs > 0 && ms > maxMs) {
        r.status = CheckStatus::Critical;
        problems << tr("answered in %1 ms, more than %2 ms").arg(ms).arg(maxMs);
    }
    CheckStatus certStatus = CheckStatus::Ok;
    const QString cert = checkCertificate(certStatus);
    if (certStatus != CheckStatus::Ok) {
        r.status = worse(r.status, certStatus);
        problems << cert;
    }
    r.message = problems.isEmpty() ? tr("%1: status %2 in %3 ms").arg(m_shownUrl).arg(httpStatus).arg(ms) +
                                         (cert.isEmpty() ? QString() : QStringLiteral(", ") + cert)
                                   : tr("%1: %2").arg(m_shownUrl, problems.join(QStringLiteral("; ")));
    abort();
    finish(std::move(r));
}

ProbeResult HttpProbe::timedOutResult() const
{
    ProbeResult r;
    r.status = CheckStatus::Critical;
    r.message = tr("%1: no answer within %2 ms").arg(m_shownUrl).arg(timeoutMs());
    return r;
}

} // namespace opsdeck
