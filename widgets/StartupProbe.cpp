#include "StartupProbe.h"

#include <QCoreApplication>
#include <QEvent>
#include <QFile>
#include <QTimer>
#include <QWidget>
#include <cstdio>
#include <ctime>
#include <unistd.h>

namespace opsdeck {

void StartupProbe::installIfRequested(QWidget* window)
{
    if (qEnvironmentVariableIntValue("OPSDECK_EXIT_AFTER_PAINT") != 1)
        return;
    window->installEventFilter(new StartupProbe(window));
}

bool StartupProbe::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::Paint && !m_fired) {
        m_fired = true;
        // After the event loop finished this paint (and its children's).
        QTimer::singleShot(0, this, &StartupProbe::report);
    }
    return QObject::eventFilter(watched, event);
}

void StartupProbe::report()
{
    std::printf("opsdeck-startup: first_paint_ms=%lld cpu_ms=%lld rss_kb=%lld\n",
                static_cast<long long>(msSinceProcessStart()), static_cast<long long>(cpuMs()),
                static_cast<long long>(residentKib()));
    std::fflush(stdout);
    QCoreApplication::exit(0);
}

qint64 StartupProbe::msSinceProcessStart()
{
    QFile f(QStringLiteral("/proc/self/stat"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray stat = f.readAll();
    // Fields after the command (which may hold spaces) start after the last ')'.
    const int close = int(stat.lastIndexOf(')'));
    if (close < 0)
        return -1;
    const QList<QByteArray> fields = stat.mid(close + 2).split(' ');
    // Field 22 (starttime) is the 20th after the command: clock ticks since boot.
    if (fields.size() < 20)
        return -1;
    bool ok = false;
    const qint64 startTicks = fields.at(19).toLongLong(&ok);
    const long hz = sysconf(_SC_CLK_TCK);
    timespec now{};
    if (!ok || hz <= 0 || clock_gettime(CLOCK_BOOTTIME, &now) != 0)
        return -1;
    const qint64 nowMs = qint64(now.tv_sec) * 1000 + now.tv_nsec / 1000000;
    return nowMs - startTicks * 1000 / hz;
}

qint64 StartupProbe::cpuMs()
{
    timespec t{};
    if (clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t) != 0)
        return -1;
    return qint64(t.tv_sec) * 1000 + t.tv_nsec / 1000000;
}

qint64 StartupProbe::residentKib()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    // /proc files have no size: read to the end, then look at the lines.
    const QList<QByteArray> lines = f.readAll().split('\n');
    for (const QByteArray& line : lines) {
        if (line.startsWith("VmRSS:")) {
            const QList<QByteArray> parts = line.mid(6).simplified().split(' ');
            return parts.isEmpty() ? -1 : parts.first().toLongLong();
        }
    }
    return -1;
}

} // namespace opsdeck
