#include "sources/HttpFetcher.h"

#include "opsdeck/BuildInfo.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>
#include <memory>

Q_LOGGING_CATEGORY(lcFetch, "opsdeck.sources.fetch")

namespace opsdeck {

namespace {

// The start of an error body, printable and short.
QString bodySnippet(const QByteArray& body)
{
    QString text = QString::fromUtf8(body.left(300)).simplified();
    if (text.size() > 200)
        text = text.left(200) + QStringLiteral("…");
    return text;
}

struct Exchange
{
    QNetworkReply* reply = nullptr;
    HttpFetcher::Callback done;
    QByteArray body;
    QElapsedTimer elapsed;
    qint64 maxBytes = 0;
    int timeoutMs = 0;
    QString cutReason; // set when we aborted the reply ourselves
};

} // namespace

HttpFetcher::HttpFetcher(QObject* parent) : QObject(parent), m_nam(new QNetworkAccessManager(this))
{
    // Connections are kept alive between polls of the same host (as Prometheus does).
    m_nam->setAutoDeleteReplies(false);
}

HttpFetcher::~HttpFetcher()
{
    // Requests still running are dropped without calling back: their owner is going away.
    const auto replies = m_nam->findChildren<QNetworkReply*>();
    for (QNetworkReply* reply : replies) {
        reply->disconnect();
        reply->abort();
    }
}

QString HttpFetcher::displayUrl(const QUrl& url)
{
    return url.toDisplayString(QUrl::RemoveUserInfo);
}

void HttpFetcher::fetch(const FetchRequest& request, Callback done)
{
    QNetworkRequest req(request.url);
    req.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("opsdeck/" OPSDECK_VERSION_STRING));
    if (!request.accept.isEmpty())
        req.setRawHeader(QByteArrayLiteral("Accept"), request.accept);
    if (!request.authorization.isEmpty()) {
        req.setRawHeader(QByteArrayLiteral("Authorization"), request.authorization);
        // Never carry credentials to another origin.
        req.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::SameOriginRedirectPolicy);
    }
    // A silent server: no bytes for this long also ends the transfer (the QTimer below
    // is the deadline for the whole exchange).
    req.setTransferTimeout(request.timeoutMs);
    if (request.keepAliveSecs > 0)
        req.setAttribute(QNetworkRequest::ConnectionCacheExpiryTimeoutSecondsAttribute,
                         request.keepAliveSecs);
    else if (request.keepAliveSecs < 0)
        // Thousands of idle connections would be polled on every wake of Qt's network
        // thread; a scrape a minute costs less as a fresh connection each time.
        req.setRawHeader(QByteArrayLiteral("Connection"), QByteArrayLiteral("close"));

    auto ex = std::make_shared<Exchange>();
    ex->done = std::move(done);
    ex->maxBytes = request.maxBytes;
    ex->timeoutMs = request.timeoutMs;
    ex->elapsed.start();
    ex->reply = m_nam->get(req);
    ++m_inFlight;
    QNetworkReply* reply = ex->reply;
    const QString shownUrl = displayUrl(request.url);

    auto* deadline = new QTimer(reply);
    deadline->setSingleShot(true);
    connect(deadline, &QTimer::timeout, reply, [ex, reply, shownUrl] {
        ex->cutReason = tr("no complete answer from %1 within %2 s (timed out)")
                            .arg(shownUrl)
                            .arg(ex->timeoutMs / 1000.0, 0, 'g', 3);
        reply->abort();
    });
    deadline->start(request.timeoutMs);

    auto overCap = [ex, shownUrl] {
        return tr("the response from %1 is larger than the %2 MB cap; it was cut off there")
            .arg(shownUrl)
            .arg(ex->maxBytes / (1024.0 * 1024.0), 0, 'g', 4);
    };

    connect(reply, &QNetworkReply::metaDataChanged, reply, [ex, reply, overCap] {
        const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
        if (length.isValid() && length.toLongLong() > ex->maxBytes && ex->cutReason.isEmpty()) {
            ex->cutReason = overCap();
            reply->abort();
        }
    });
    // The body stays in the reply's buffer until it is complete (one copy at the end,
    // not one per packet); readyRead only watches the cap.
    connect(reply, &QNetworkReply::readyRead, reply, [ex, reply, overCap] {
        if (ex->cutReason.isEmpty() && reply->bytesAvailable() > ex->maxBytes) {
            ex->body = reply->read(ex->maxBytes);
            ex->cutReason = overCap();
            reply->abort();
        }
    });
    connect(reply, &QNetworkReply::finished, this, [this, ex, reply, shownUrl, overCap] {
        --m_inFlight;
        if (ex->cutReason.isEmpty()) {
            if (reply->bytesAvailable() > ex->maxBytes)
                ex->cutReason = overCap();
            else
                ex->body = reply->readAll();
        }
        FetchResponse response;
        response.durationMs = ex->elapsed.elapsed();
        response.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        Result<FetchResponse> result = Error::failure(QString());
        if (!ex->cutReason.isEmpty()) {
            result = Error::failure(ex->cutReason);
        } else if (response.httpStatus >= 400) {
            const QString reason = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
            QString message = tr("%1 answered HTTP %2 %3").arg(shownUrl).arg(response.httpStatus).arg(reason);
            const QString snippet = bodySnippet(ex->body);
            if (!snippet.isEmpty())
                message += QStringLiteral(": ") + snippet;
            result = Error::failure(message.simplified());
        } else if (reply->error() == QNetworkReply::OperationCanceledError ||
                   reply->error() == QNetworkReply::TimeoutError) {
            result = Error::failure(tr("no complete answer from %1 within %2 s (timed out)")
                                        .arg(shownUrl)
                                        .arg(ex->timeoutMs / 1000.0, 0, 'g', 3));
        } else if (reply->error() != QNetworkReply::NoError) {
            result = Error::failure(tr("cannot fetch %1: %2").arg(shownUrl, reply->errorString()));
        } else {
            response.body = std::move(ex->body);
            result = std::move(response);
        }
        if (!result.ok())
            qCDebug(lcFetch) << result.error().message;
        reply->deleteLater();
        auto done = std::move(ex->done);
        done(std::move(result));
    });
}

} // namespace opsdeck
