#include "checks/HttpProbe.h"

#include "sources/HttpFetcher.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSet>
#include <QSslCertificate>
#include <QSslConfiguration>

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

HttpProbe::HttpProbe(CheckDefinition check, QNetworkAccessManager* nam, const Clock& clock, QObject* parent)
    : CheckProbe(std::move(check), clock, parent), m_nam(nam ? nam : new QNetworkAccessManager(this))
{
    const int maxMs = this->check().params.value(QLatin1String("max_time_ms")).toInt(0);
    setTimeoutMs(std::max(10000, maxMs * 2));
}

void HttpProbe::start(const QString&)
{
    const QUrl url(param("url"));
    m_shownUrl = HttpFetcher::displayUrl(url);
    if (!url.isValid() || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")))
        return finish(CheckStatus::Unknown,
                      tr("an HTTP check needs an http:// or https:// URL, not '%1'").arg(m_shownUrl));
    QNetworkRequest req(url);
    req.setTransferTimeout(0); // the probe's own timeout rules
    // A fresh connection each run: a check a minute gains nothing from keeping it, and
    // thousands of idle ones cost Qt's network thread on every wake (see HttpFetcher).
    req.setRawHeader("Connection", "close");
    const QString user = param("user");
    const bool follow = check().params.value(QLatin1String("follow_redirects")).toBool(true);
    if (!follow)
        req.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    else if (!user.isEmpty())
        req.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::SameOriginRedirectPolicy);
    if (!user.isEmpty())
        req.setRawHeader("Authorization", "Basic " + (user + u':' + m_password).toUtf8().toBase64());
    const QString caFile = param("ca_file");
    if (!caFile.isEmpty() && url.scheme() == QLatin1String("https")) {
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        if (!ssl.addCaCertificates(caFile, QSsl::Pem))
            return finish(CheckStatus::Unknown, tr("cannot read CA certificates from %1").arg(caFile));
        req.setSslConfiguration(ssl);
    }
    QString method = param("method").toUpper();
    if (method.isEmpty())
        method = QStringLiteral("GET");
    m_body.clear();
    m_cut = false;
    // A certificate setting of its own: a connection of its own, never one that another
    // check's trust (or lack of it) set up in the shared manager.
    QNetworkAccessManager* nam = m_nam;
    if (!caFile.isEmpty() || check().params.value(QLatin1String("insecure")).toBool(false)) {
        if (!m_ownNam)
            m_ownNam = new QNetworkAccessManager(this);
        nam = m_ownNam;
    }
    if (method == QLatin1String("HEAD"))
        m_reply = nam->head(req); // no body to wait for, whatever Content-Length says
    else if (method == QLatin1String("GET"))
        m_reply = nam->get(req);
    else
        m_reply = nam->sendCustomRequest(req, method.toLatin1());
    if (check().params.value(QLatin1String("insecure")).toBool(false))
        m_reply->ignoreSslErrors();
    connect(m_reply, &QNetworkReply::readyRead, this, &HttpProbe::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &HttpProbe::onFinished);
}

void HttpProbe::abort()
{
    if (!m_reply)
        return;
    QNetworkReply* r = m_reply;
    m_reply = nullptr;
    r->disconnect(this);
    r->abort();
    r->deleteLater();
}

void HttpProbe::onReadyRead()
{
    if (!m_reply)
        return;
    m_body += m_reply->read(maxBodyBytes + 1 - m_body.size());
    if (m_body.size() > maxBodyBytes) {
        m_body.truncate(maxBodyBytes);
        m_cut = true;
        const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        evaluate(status, QString());
    }
}

void HttpProbe::onFinished()
{
    if (!m_reply)
        return;
    m_body += m_reply->read(maxBodyBytes - m_body.size());
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const bool transport = m_reply->error() != QNetworkReply::NoError && status == 0;
    evaluate(status, transport ? m_reply->errorString() : QString());
}

QString HttpProbe::checkCertificate(CheckStatus& status) const
{
    const QJsonValue v = check().params.value(QLatin1String("cert_days"));
    if (v.isUndefined() || v.isNull() || !m_reply || m_reply->url().scheme() != QLatin1String("https"))
        return {};
    const QSslCertificate cert = m_reply->sslConfiguration().peerCertificate();
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
