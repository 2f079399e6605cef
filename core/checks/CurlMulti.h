#pragma once

#include <QHash>
#include <QList>
#include <QObject>
#include <QSocketNotifier>
#include <QTimer>
#include <curl/curl.h>
#include <functional>

namespace opsdeck {

// curl_global_init, once per process, before the first easy or multi handle (libcurl
// asks for it before any thread uses it). Every user of libcurl in Opsdeck calls it.
void curlGlobalInit();

// One libcurl multi handle driven by the Qt event loop of the thread it lives on
// (libcurl's multi_socket API: its sockets watched by QSocketNotifiers, its timeout by
// a QTimer). Transfers run on that thread with no thread of their own: the HTTP checks
// share one, so 2,000 checks a minute cost neither a thread hop nor a process each.
// Not thread-safe: use it from its own thread only.
//
// Notifiers are pooled: one a transfer leaves is disabled and kept for the next socket
// (QSocketNotifier::setSocket) instead of deleted. A new QSocketNotifier and its
// deleteLater per socket and direction cost a posted event and a wake-up of the event
// loop each, about a tenth of a check's CPU (perf, bench_http_checks).
class CurlMulti : public QObject
{
    Q_OBJECT
public:
    // Called once when a transfer ends, with libcurl's result, after the handle has
    // left the multi handle (so it may be reused or freed from inside).
    using Done = std::function<void(CURLcode)>;

    explicit CurlMulti(QObject* parent = nullptr);
    ~CurlMulti() override;

    // Starts `easy` (set up by the caller, who keeps owning it) at once; its Done may be
    // called before add() returns. Not to be called from inside a libcurl callback.
    bool add(CURL* easy, Done done);
    // Stops `easy` if it is running here; its Done is not called.
    void remove(CURL* easy);
    int running() const { return int(m_done.size()); }

private:
    struct Watch
    {
        QSocketNotifier* read = nullptr;
        QSocketNotifier* write = nullptr;
    };

    static int onSocket(CURL* easy, curl_socket_t fd, int what, void* self, void* socketData);
    static int onTimer(CURLM* multi, long timeoutMs, void* self);
    void watch(curl_socket_t fd, int what);
    QSocketNotifier* take(curl_socket_t fd, QSocketNotifier::Type type);
    void release(QSocketNotifier*& n);
    void unwatch(curl_socket_t fd);
    void action(curl_socket_t fd, int events);
    void finishDone();

    CURLM* m_multi = nullptr;
    QTimer m_timer;
    QHash<CURL*, Done> m_done;
    QHash<curl_socket_t, Watch> m_watches;
    QList<QSocketNotifier*> m_idleRead; // disabled, owned by this, ready for another socket
    QList<QSocketNotifier*> m_idleWrite;
};

} // namespace opsdeck
