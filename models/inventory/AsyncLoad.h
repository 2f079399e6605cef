#pragma once

#include "util/Result.h"

#include <QFutureWatcher>
#include <QObject>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>
#include <optional>
#include <utility>

namespace opsdeck {

// The pool runAsync() runs on: Opsdeck's own, not QThreadPool::globalInstance(). Qt's
// raster engine splits a large fill over the global pool and the painting GUI thread
// waits for the pieces, so a read of 100,000 machines holding the global pool's threads
// stalls every repaint until it ends. Deleted with the application (after its tasks end).
QThreadPool* asyncPool();

// Runs `work` (returning Result<T>) on asyncPool() and hands its result to `done` on
// `context`'s thread; nothing is delivered once `context` is gone. The work must
// capture only what it owns (a shared_ptr<Database>, copies of arguments).
template <typename T, typename Work, typename Done> void runAsync(QObject* context, Work work, Done done)
{
    using Box = std::optional<Result<T>>; // QFuture wants a default-constructible type
    auto* watcher = new QFutureWatcher<Box>(context);
    QObject::connect(
        watcher, &QFutureWatcherBase::finished, context, [watcher, done = std::move(done)]() mutable {
            Box box = watcher->future().takeResult(); // moved, not copied: it may hold 100,000 rows
            watcher->deleteLater();
            done(std::move(*box));
        });
    watcher->setFuture(
        QtConcurrent::run(asyncPool(), [work = std::move(work)]() mutable -> Box { return Box(work()); }));
}

} // namespace opsdeck
