#pragma once

#include <QObject>

class QLabel;
class QStatusBar;

namespace opsdeck {

class CollectorService;
class Engine;
class MetricStore;
class PollScheduler;

// Keeps the status bar's permanent fields current: the database file, the local
// collector's state (running, last pass time, or its last error) and, while writes to
// the metrics cache fail (a full disk, a read-only file), what fails and since when.
class StatusBarController : public QObject
{
    Q_OBJECT
public:
    StatusBarController(Engine& engine, QStatusBar* bar, QObject* parent = nullptr);

    QString collectorText() const;
    // Empty while the metrics cache writes fine.
    QString storeText() const;
    // Empty while the poller reads its sources and records its outcomes fine.
    QString pollerText() const;

private:
    void updateCollector();
    void updateStore();
    void updatePoller();

    CollectorService& m_collector;
    MetricStore& m_store;
    QLabel* m_storeLabel = nullptr;
    PollScheduler& m_poller;
    QLabel* m_pollerLabel = nullptr;
    QLabel* m_database = nullptr;
    QLabel* m_collectorLabel = nullptr;
};

} // namespace opsdeck
