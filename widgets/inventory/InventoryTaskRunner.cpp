#include "inventory/InventoryTaskRunner.h"

#include "inventory/AsyncLoad.h"
#include "inventory/ProgressRelay.h"

namespace opsdeck {

InventoryTaskRunner::InventoryTaskRunner(std::shared_ptr<Database> db, QObject* parent)
    : QObject(parent), m_db(std::move(db))
{}

void InventoryTaskRunner::run(const QString& what, Work work, Done done)
{
    runWithProgress(
        what, [work = std::move(work)](const InventoryWriter& w, const ProgressFn&) { return work(w); },
        std::move(done));
}

void InventoryTaskRunner::runWithProgress(const QString& what, ProgressWork work, Done done)
{
    if (m_running++ == 0)
        emit busyChanged(true);
    emit started(what);
    auto relay = ProgressRelay::create();
    m_relays.push_back(relay);
    connect(
        relay.get(), &ProgressRelay::progress, this,
        [this, what](qint64 d, qint64 total) { emit progress(what, d, total); }, Qt::QueuedConnection);
    auto db = m_db;
    runAsync<bool>(
        this,
        [db, work = std::move(work), fn = ProgressRelay::callback(relay)]() -> Result<bool> {
            InventoryWriter writer(db);
            const Status s = work(writer, fn);
            if (!s.ok())
                return s.error();
            return true;
        },
        [this, what, relay, done = std::move(done)](Result<bool> result) {
            std::erase(m_relays, relay);
            emit finished(what, result.ok(), result.ok() ? QString() : result.error().message);
            if (done)
                done(result.ok() ? Status() : Status(result.error()));
            if (--m_running == 0)
                emit busyChanged(false);
        });
}

void InventoryTaskRunner::cancel()
{
    for (const auto& relay : m_relays)
        relay->cancel();
}

} // namespace opsdeck
