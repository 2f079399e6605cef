#pragma once

#include <QObject>

class QLabel;
class QStatusBar;

namespace opsdeck {

class CollectorService;
class Engine;

// Keeps the status bar's permanent fields current: the database file and the local
// collector's state (running, last pass time, or its last error).
class StatusBarController : public QObject
{
    Q_OBJECT
public:
    StatusBarController(Engine& engine, QStatusBar* bar, QObject* parent = nullptr);

    QString collectorText() const;

private:
    void updateCollector();

    CollectorService& m_collector;
    QLabel* m_database = nullptr;
    QLabel* m_collectorLabel = nullptr;
};

} // namespace opsdeck
