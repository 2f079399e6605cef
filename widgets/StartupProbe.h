#pragma once

#include <QObject>

class QWidget;

namespace opsdeck {

// The startup benchmark's hook. With OPSDECK_EXIT_AFTER_PAINT=1 in the environment,
// the first paint of the watched window prints
//   opsdeck-startup: first_paint_ms=<ms since the process started> cpu_ms=<CPU time used> rss_kb=<VmRSS>
// on stdout and quits the application.
class StartupProbe : public QObject
{
    Q_OBJECT
public:
    // Installs the probe on `window` when the environment asks for it.
    static void installIfRequested(QWidget* window);

    // Milliseconds since this process started (from /proc/self/stat), -1 if unknown.
    static qint64 msSinceProcessStart();
    // CPU time (user + system, all threads) this process used so far.
    static qint64 cpuMs();
    // Resident set size in KiB (VmRSS of /proc/self/status), -1 if unknown.
    static qint64 residentKib();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    explicit StartupProbe(QObject* parent) : QObject(parent) {}
    void report();

    bool m_fired = false;
};

} // namespace opsdeck
