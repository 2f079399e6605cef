#include "checks/CurlMulti.h"

#include <mutex>

namespace opsdeck {

void curlGlobalInit()
{
    static std::once_flag once;
    std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

CurlMulti::CurlMulti(QObject* parent) : QObject(parent)
{
    curlGlobalInit();
    m_multi = curl_multi_init();
    curl_multi_setopt(m_multi, CURLMOPT_SOCKETFUNCTION, &CurlMulti::onSocket);
    curl_multi_setopt(m_multi, CURLMOPT_SOCKETDATA, this);
    curl_multi_setopt(m_multi, CURLMOPT_TIMERFUNCTION, &CurlMulti::onTimer);
    curl_multi_setopt(m_multi, CURLMOPT_TIMERDATA, this);
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] { action(CURL_SOCKET_TIMEOUT, 0); });
}

CurlMulti::~CurlMulti()
{
    const auto handles = m_done.keys();
    for (CURL* easy : handles)
        curl_multi_remove_handle(m_multi, easy);
    m_done.clear();
    curl_multi_cleanup(m_multi);
    // The notifiers (watching or idle) are children of this and go with it.
}

bool CurlMulti::add(CURL* easy, Done done)
{
    if (m_done.contains(easy))
        remove(easy);
    if (curl_multi_add_handle(m_multi, easy) != CURLM_OK)
        return false;
    m_done.insert(easy, std::move(done));
    // Start it now rather than on the 0 ms timer libcurl asks for: one pass of the event
    // loop less per transfer. `done` may run before this returns (a refused connection).
    action(CURL_SOCKET_TIMEOUT, 0);
    return true;
}

void CurlMulti::remove(CURL* easy)
{
    if (m_done.remove(easy) > 0)
        curl_multi_remove_handle(m_multi, easy);
}

int CurlMulti::onSocket(CURL*, curl_socket_t fd, int what, void* self, void*)
{
    auto* m = static_cast<CurlMulti*>(self);
    if (what == CURL_POLL_REMOVE)
        m->unwatch(fd);
    else
        m->watch(fd, what);
    return 0;
}

int CurlMulti::onTimer(CURLM*, long timeoutMs, void* self)
{
    auto* m = static_cast<CurlMulti*>(self);
    if (timeoutMs < 0)
        m->m_timer.stop();
    else
        m->m_timer.start(int(timeoutMs)); // never calls back into libcurl from here
    return 0;
}

void CurlMulti::watch(curl_socket_t fd, int what)
{
    Watch& w = m_watches[fd];
    const bool wantRead = what == CURL_POLL_IN || what == CURL_POLL_INOUT;
    const bool wantWrite = what == CURL_POLL_OUT || what == CURL_POLL_INOUT;
    if (wantRead && !w.read)
        w.read = take(fd, QSocketNotifier::Read);
    else if (!wantRead)
        release(w.read);
    if (wantWrite && !w.write)
        w.write = take(fd, QSocketNotifier::Write);
    else if (!wantWrite)
        release(w.write);
}

void CurlMulti::unwatch(curl_socket_t fd)
{
    auto it = m_watches.find(fd);
    if (it == m_watches.end())
        return;
    release(it->read);
    release(it->write);
    m_watches.erase(it);
}

QSocketNotifier* CurlMulti::take(curl_socket_t fd, QSocketNotifier::Type type)
{
    QList<QSocketNotifier*>& idle = type == QSocketNotifier::Read ? m_idleRead : m_idleWrite;
    QSocketNotifier* n = nullptr;
    if (!idle.isEmpty()) {
        n = idle.takeLast();
        n->setSocket(qintptr(fd));
    } else {
        n = new QSocketNotifier(qintptr(fd), type, this);
        const int event = type == QSocketNotifier::Read ? CURL_CSELECT_IN : CURL_CSELECT_OUT;
        // The socket comes from the signal, not the capture: the notifier moves between sockets.
        connect(n, &QSocketNotifier::activated, this,
                [this, event](QSocketDescriptor socket) { action(curl_socket_t(qintptr(socket)), event); });
    }
    n->setEnabled(true);
    return n;
}

// A notifier stops watching at once and waits in the pool. Reusing it while its own
// activation is being delivered is safe: a disabled notifier's pending activation is
// dropped by the event dispatcher, and it emits once per activation.
void CurlMulti::release(QSocketNotifier*& n)
{
    if (!n)
        return;
    n->setEnabled(false);
    (n->type() == QSocketNotifier::Read ? m_idleRead : m_idleWrite).append(n);
    n = nullptr;
}

void CurlMulti::action(curl_socket_t fd, int events)
{
    int stillRunning = 0;
    curl_multi_socket_action(m_multi, fd, events, &stillRunning);
    finishDone();
}

void CurlMulti::finishDone()
{
    int left = 0;
    while (CURLMsg* msg = curl_multi_info_read(m_multi, &left)) {
        if (msg->msg != CURLMSG_DONE)
            continue;
        CURL* easy = msg->easy_handle;
        const CURLcode code = msg->data.result;
        curl_multi_remove_handle(m_multi, easy);
        Done done = m_done.take(easy);
        if (done)
            done(code); // may add or remove handles: we are outside libcurl's callbacks
    }
}

} // namespace opsdeck
