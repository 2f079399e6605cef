#include "inventory/InventoryWatcher.h"

#include "inventory/AsyncLoad.h"
#include "inventory/InventoryEvents.h"
#include "inventory/InventoryModelsLog.h"
#include "inventory/InventoryReader.h"

namespace opsdeck {

InventoryWatcher::InventoryWatcher(std::shared_ptr<Database> db, int pollMs, QObject* parent)
    : QObject(parent), m_db(std::move(db))
{
    m_poll.setInterval(pollMs);
    connect(&m_poll, &QTimer::timeout, this, &InventoryWatcher::check);
    if (pollMs > 0)
        m_poll.start();
    m_soon.setSingleShot(true);
    m_soon.setInterval(50);
    connect(&m_soon, &QTimer::timeout, this, &InventoryWatcher::check);
    connect(&InventoryEvents::instance(), &InventoryEvents::changed, this, [this] { m_soon.start(); });
    check();
}

void InventoryWatcher::setPollMs(int ms)
{
    m_poll.stop();
    m_poll.setInterval(ms);
    if (ms > 0)
        m_poll.start();
}

void InventoryWatcher::check()
{
    if (m_checking) {
        m_again = true;
        return;
    }
    m_checking = true;
    auto db = m_db;
    runAsync<qint64>(
        this, [db]() { return InventoryReader(db).revision(); },
        [this](Result<qint64> result) {
            m_checking = false;
            if (!result.ok()) {
                qCWarning(lcInventoryModels)
                    << "reading the inventory revision failed:" << result.error().message;
            } else if (*result != m_revision) {
                const bool first = m_revision < 0;
                m_revision = *result;
                if (!first)
                    emit changed();
            }
            if (m_again) {
                m_again = false;
                check();
            }
        });
}

} // namespace opsdeck
