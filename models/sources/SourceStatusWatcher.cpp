#include "sources/SourceStatusWatcher.h"

#include "sources/PollScheduler.h"

namespace opsdeck {

SourceStatusWatcher::SourceStatusWatcher(int intervalMs, QObject* parent) : QObject(parent)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(intervalMs);
    connect(&m_timer, &QTimer::timeout, this, &SourceStatusWatcher::refreshDue);
}

void SourceStatusWatcher::watch(PollScheduler* scheduler)
{
    connect(scheduler, &PollScheduler::targetStateChanged, this, &SourceStatusWatcher::notifyChanged,
            Qt::QueuedConnection);
    connect(scheduler, &PollScheduler::polled, this, &SourceStatusWatcher::notifyChanged,
            Qt::QueuedConnection);
    connect(scheduler, &PollScheduler::sourcesLoaded, this, &SourceStatusWatcher::notifyChanged,
            Qt::QueuedConnection);
}

void SourceStatusWatcher::notifyChanged()
{
    if (!m_timer.isActive())
        m_timer.start();
}

void SourceStatusWatcher::fireNow()
{
    if (!m_timer.isActive())
        return;
    m_timer.stop();
    emit refreshDue();
}

} // namespace opsdeck
