#include "inventory/InventoryTaskRunner.h"

#include "inventory/AsyncLoad.h"

namespace opsdeck {

InventoryTaskRunner::InventoryTaskRunner(std::shared_ptr<Database> db, QObject* parent)
    : QObject(parent), m_db(std::move(db))
{}

void InventoryTaskRunner::run(const QString& what, Work work)
{
    if (m_running++ == 0)
        emit busyChanged(true);
    emit started(what);
    auto db = m_db;
    runAsync<bool>(
        this,
        [db, work = std::move(work)]() -> Result<bool> {
            InventoryWriter writer(db);
            const Status s = work(writer);
            if (!s.ok())
                return s.error();
            return true;
        },
        [this, what](Result<bool> result) {
            emit finished(what, result.ok(), result.ok() ? QString() : result.error().message);
            if (--m_running == 0)
                emit busyChanged(false);
        });
}

} // namespace opsdeck
