#pragma once

#include "db/Database.h"
#include "util/Clock.h"
#include "util/Result.h"

#include <QObject>
#include <QStringList>
#include <memory>

namespace opsdeck {

class CollectorService;
class PollScheduler;
class MetricStore;

// Everything one Opsdeck process runs on: the database, the metrics store, the local
// collector (on its own thread) and the registration of the machine it runs on. The
// window and the CLI both start one; nothing in it needs a display.
class Engine : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        bool startCollector = true;  // the local collector, on its own thread
        bool startPolling = true;    // the metric sources (node_exporter, Graphite, ...), on their own thread
        int collectorIntervalMs = 0; // 0: the collector's default (10 s)
    };

    // Opens (and migrates) the database, registers the local machine, starts the
    // collector. A database that cannot be opened is an Error, nothing is started.
    static Result<std::unique_ptr<Engine>> start(const QString& dbPath, const Options& options);
    static Result<std::unique_ptr<Engine>> start(const QString& dbPath) { return start(dbPath, Options{}); }
    ~Engine() override;

    Database& database() const { return *m_db; }
    std::shared_ptr<Database> sharedDatabase() const { return m_db; }
    MetricStore& metricStore() const { return *m_store; }
    CollectorService& collector() const { return *m_collector; }
    // The poller of every configured metric source; call reload() after editing one.
    PollScheduler& pollScheduler() const { return *m_poller; }
    const Clock& clock() const { return Clock::system(); }

    // The name the machine Opsdeck runs on is registered under (host name up to the first dot).
    QString localMachineName() const { return m_localMachine; }

    // What went wrong at start without stopping it (e.g. the local machine could not be
    // registered); the window shows these.
    QStringList startupWarnings() const { return m_warnings; }

    // The names of every machine in the pool, sorted.
    Result<QStringList> machineNames() const;

    // Stops the collector (waiting for its thread) and lets the store write what it
    // buffered. Called by the destructor; safe to call twice.
    void shutdown();

private:
    explicit Engine(std::shared_ptr<Database> db);

    std::shared_ptr<Database> m_db;
    std::unique_ptr<MetricStore> m_store;
    std::unique_ptr<CollectorService> m_collector;
    std::unique_ptr<PollScheduler> m_poller;
    QString m_localMachine;
    QStringList m_warnings;
    bool m_shutDown = false;
};

} // namespace opsdeck
