#include "team/FeedReloader.h"

#include "db/ChangeFeed.h"

namespace opsdeck {

FeedReloader::FeedReloader(const ChangeFeed* feed, const QStringList& kinds, int coalesceMs, QObject* parent)
    : QObject(parent), m_kinds(kinds.cbegin(), kinds.cend())
{
    m_soon.setSingleShot(true);
    m_soon.setInterval(coalesceMs);
    connect(&m_soon, &QTimer::timeout, this, &FeedReloader::reloadDue);
    connect(feed, &ChangeFeed::changed, this, &FeedReloader::onChange);
    connect(feed, &ChangeFeed::resync, this, [this] {
        if (!m_soon.isActive())
            m_soon.start();
    });
}

void FeedReloader::onChange(const Change& change)
{
    if (m_kinds.contains(change.kind) && !m_soon.isActive())
        m_soon.start();
}

} // namespace opsdeck
