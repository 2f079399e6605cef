#pragma once

#include <QObject>
#include <QTimer>

namespace opsdeck {

class PollScheduler;

// Turns the poll scheduler's stream of signals (one per poll, thousands a minute) into
// at most one refreshDue() per interval: the first change starts a single-shot timer,
// later ones until it fires ride along. A model connects refreshDue() to its reload().
class SourceStatusWatcher : public QObject
{
    Q_OBJECT
public:
    explicit SourceStatusWatcher(int intervalMs = 1000, QObject* parent = nullptr);

    // Listens to targetStateChanged, polled and sourcesLoaded (queued: they come from
    // the scheduler's threads).
    void watch(PollScheduler* scheduler);

    int intervalMs() const { return m_timer.interval(); }
    void setIntervalMs(int ms) { m_timer.setInterval(ms); }
    bool isPending() const { return m_timer.isActive(); }
    // Tests drive the timer: fires now if a refresh is pending.
    void fireNow();

public slots:
    // Something changed; a refresh follows within intervalMs().
    void notifyChanged();

signals:
    void refreshDue();

private:
    QTimer m_timer;
};

} // namespace opsdeck
