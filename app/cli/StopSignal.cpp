#include "cli/StopSignal.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QSocketNotifier>
#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

namespace opsdeck::cli {

namespace {

int g_signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const ssize_t n = ::write(g_signalPipe[1], &byte, 1);
}

} // namespace

StopSignal::StopSignal()
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalPipe) != 0)
        return;
    struct sigaction sa = {};
    sa.sa_handler = onSignal;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = SA_RESTART;
    sigaction(SIGINT, &sa, nullptr);
    sigaction(SIGTERM, &sa, nullptr);
    m_ok = true;
}

StopSignal::~StopSignal()
{
    if (!m_ok)
        return;
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
    ::close(g_signalPipe[0]);
    ::close(g_signalPipe[1]);
    g_signalPipe[0] = g_signalPipe[1] = -1;
}

Status StopSignal::status() const
{
    if (m_ok)
        return {};
    return Error::failure(QCoreApplication::translate("StopSignal", "cannot set up signal handling"));
}

void StopSignal::wait()
{
    if (!m_ok)
        return;
    QEventLoop loop;
    QSocketNotifier notifier(g_signalPipe[0], QSocketNotifier::Read);
    QObject::connect(&notifier, &QSocketNotifier::activated, &loop, &QEventLoop::quit);
    loop.exec();
}

QSocketNotifier* StopSignal::notifier(QObject* parent) const
{
    if (!m_ok)
        return nullptr;
    auto* n = new QSocketNotifier(g_signalPipe[0], QSocketNotifier::Read, parent);
    QObject::connect(n, &QSocketNotifier::activated, n, [] {
        char byte = 0;
        [[maybe_unused]] const ssize_t r = ::read(g_signalPipe[0], &byte, 1);
    });
    return n;
}

} // namespace opsdeck::cli
