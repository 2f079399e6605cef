#include "inventory/ProgressRelay.h"

namespace opsdeck {

std::shared_ptr<ProgressRelay> ProgressRelay::create()
{
    return std::shared_ptr<ProgressRelay>(new ProgressRelay, [](ProgressRelay* r) { r->deleteLater(); });
}

ProgressFn ProgressRelay::callback(const std::shared_ptr<ProgressRelay>& relay)
{
    return [relay](qint64 done, qint64 total) {
        emit relay->progress(done, total); // queued: the receivers live on the GUI thread
        return !relay->isCancelled();
    };
}

} // namespace opsdeck
