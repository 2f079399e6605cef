#include "checks/CurlMulti.h"

#include <QSocketNotifier>
#include <mutex>

namespace opsdeck {

void curlGlobalInit()
{
    static std::once_flag once;
    std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

namespace {

// A notifier stops watching at once; it is freed later, as it may be the one whose
// signal is being delivered.
void retire(QSocketNotifier*& n)
{
    if (!n)
        return;
    n->setEnabled(false);
    n->deleteLater();
    n = nullptr;
}

} // namespace

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
    for (Watch& w : m_watches) {
        delete w.read;
        delete w.write;
    }
}

bool CurlMulti::add(CURL* easy, Done done)
{
    if (m_done.contains(easy))
        remove(easy);
    if (curl_multi_add_handle(m_multi, easy) != CURLM_OK)
        return false;
    m_done.insert(easy, std::move(done));
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
    if (wantRead && !w.read) {
        w.read = new QSocketNotifier(qintptr(fd), QSocketNotifier::Read, this);
        connect(w.read, &QSocketNotifier::activated, this, [this, fd] { action(fd, CURL_CSELECT_IN); });
    } else if (!wantRead) {
        retire(w.read);
    }
    if (wantWrite && !w.write) {
        w.write = new QSocketNotifier(qintptr(fd), QSocketNotifier::Write, this);
        connect(w.write, &QSocketNotifier::activated, this, [this, fd] { action(fd, CURL_CSELECT_OUT); });
    } else if (!wantWrite) {
        retire(w.write);
    }
}

void CurlMulti::unwatch(curl_socket_t fd)
{
    auto it = m_watches.find(fd);
    if (it == m_watches.end())
        return;
    retire(it->read);
    retire(it->write);
    m_watches.erase(it);
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
