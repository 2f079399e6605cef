#pragma once

#include "inventory/Progress.h"

#include <QObject>
#include <atomic>
#include <memory>

namespace opsdeck {

// Carries a worker's (done, total) to the GUI thread as a queued signal, and the GUI's
// Cancel back to the worker. Shared by both sides: the worker's callback() keeps it
// alive while the work runs, and the last owner's release deletes it on its own thread
// (deleteLater), so neither side can outlive the other's pointer.
class ProgressRelay : public QObject
{
    Q_OBJECT
public:
    static std::shared_ptr<ProgressRelay> create();

    // For the worker thread: emits progress() and answers false once cancel() was called.
    static ProgressFn callback(const std::shared_ptr<ProgressRelay>& relay);
    void cancel() { m_cancelled = true; }
    bool isCancelled() const { return m_cancelled; }

signals:
    void progress(qint64 done, qint64 total);

private:
    ProgressRelay() = default;
    std::atomic_bool m_cancelled{false};
};

} // namespace opsdeck
