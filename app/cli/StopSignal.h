#pragma once

#include "util/Result.h"

class QObject;
class QSocketNotifier;

namespace opsdeck::cli {

// SIGINT and SIGTERM for a command that runs until stopped (receive, collect, metrics
// poll): the handler only writes a byte to a socket pair, and wait() runs an event loop
// until that byte arrives. The handlers are installed by the constructor, so a signal
// that comes before wait() is not lost, and the default actions come back with the
// destructor. One at a time.
class StopSignal
{
public:
    StopSignal();
    ~StopSignal();
    StopSignal(const StopSignal&) = delete;
    StopSignal& operator=(const StopSignal&) = delete;

    // The error when the socket pair cannot be made.
    Status status() const;

    // Runs an event loop until SIGINT or SIGTERM.
    void wait();
    // For a caller that runs its own loop: a notifier (owned by `parent`) whose
    // activated() fires on each SIGINT or SIGTERM; null when signals are not set up.
    QSocketNotifier* notifier(QObject* parent) const;

private:
    bool m_ok = false;
};

} // namespace opsdeck::cli
