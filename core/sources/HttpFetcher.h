#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QObject>
#include <QUrl>
#include <functional>

class QNetworkAccessManager;

namespace opsdeck {

struct FetchRequest
{
    static constexpr qint64 kDefaultMaxBytes = 16 * 1024 * 1024;

    QUrl url;
    int timeoutMs = 10000;              // the whole exchange, connect to last byte
    qint64 maxBytes = kDefaultMaxBytes; // a longer (or endless) body is cut here, with an error
    QByteArray authorization;           // the Authorization header's value, if any
    QByteArray accept;                  // the Accept header's value, if any
    // > 0: keep the idle connection this long for the next request; 0: Qt's default;
    // < 0: ask the server to close it after the answer ("Connection: close").
    int keepAliveSecs = 0;
};

struct FetchResponse
{
    int httpStatus = 0;
    QByteArray body;
    qint64 durationMs = 0;
};

// Fetches one URL over HTTP(S) with a deadline and a size cap. TLS certificates are
// verified (errors are never ignored). Lives on the thread that polls, never the GUI's;
// every callback runs on that thread.
class HttpFetcher : public QObject
{
    Q_OBJECT
public:
    explicit HttpFetcher(QObject* parent = nullptr);
    ~HttpFetcher() override;

    using Callback = std::function<void(Result<FetchResponse>)>;

    // Starts the request; `done` is called exactly once (never from inside fetch()).
    // An HTTP status of 400 or more is an error that quotes the start of the body.
    void fetch(const FetchRequest& request, Callback done);

    int inFlight() const { return m_inFlight; }
    QNetworkAccessManager* manager() const { return m_nam; }

    // The URL as it may be shown: without user name or password.
    static QString displayUrl(const QUrl& url);

private:
    QNetworkAccessManager* m_nam;
    int m_inFlight = 0;
};

} // namespace opsdeck
