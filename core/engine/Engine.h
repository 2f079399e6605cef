#pragma once

#include "db/ConnectionWatch.h"
#include "db/Database.h"
#include "util/Clock.h"
#include "util/Result.h"

#include <QHostAddress>
#include <QObject>
#include <QStringList>
#include <memory>

namespace opsdeck {

class ChangeFeed;
class CheckService;
class CollectorService;
class PollScheduler;
class MetricStore;
class PlaintextReceiver;

// Everything one Opsdeck process runs on: the database, the metrics store, the local
// collector (on its own thread) and the registration of the machine it runs on. The
// window and the CLI both start one; nothing in it needs a display.
// On a shared PostgreSQL database the metrics store lives in the local SQLite file
// (Database::localPathFor): machines, sources and settings come from database(), samples
// go to metricsDatabase(). On a SQLite file both are the same Database.
class Engine : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        bool startCollector = true; // the local collector, on its own thread
        bool startPolling = true;   // the metric sources (node_exporter, Graphite, ...), on their own thread
        // The checks (CheckService, its own thread; one console of a team runs them). The
        // window turns it on; a CLI command runs its checks itself (`check run --once`).
        bool startChecks = false;
        int collectorIntervalMs = 0; // 0: the collector's default (10 s)
        // A shared database's server is pinged and reconnected with backoff when lost
        // (connectionWatch()); nothing is watched for a SQLite file.
        bool watchConnection = true;
        ConnectionWatch::Options watch;
        // A shared database's password when the caller has it (the keychain, a prompt);
        // empty: libpq reads ~/.pgpass. Kept in memory only.
        QString databasePassword;
    };

    // Opens (and migrates) the database and the metrics cache, registers the local machine, starts the
    // collector. A database that cannot be opened is an Error, nothing is started.
    static Result<std::unique_ptr<Engine>> start(const QString& dbPath, const Options& options);
    static Result<std::unique_ptr<Engine>> start(const QString& dbPath) { return start(dbPath, Options{}); }
    ~Engine() override;

    Database& database() const { return *m_db; }
    std::shared_ptr<Database> sharedDatabase() const { return m_db; }
    // Where the metrics cache is: database() itself, or the local file when that is shared.
    std::shared_ptr<Database> metricsDatabase() const { return m_metricsDb; }
    MetricStore& metricStore() const { return *m_store; }
    // Whether the shared database's server is there (never lost for a SQLite file).
    ConnectionWatch& connectionWatch() const { return *m_watch; }
    CollectorService& collector() const { return *m_collector; }
    // The poller of every configured metric source; call reload() after editing one.
    PollScheduler& pollScheduler() const { return *m_poller; }
    const Clock& clock() const { return Clock::system(); }

    // The Graphite plaintext receiver (TCP and UDP), off until startReceiver(); what it
    // takes in goes to the metric store.
    PlaintextReceiver& receiver() const { return *m_receiver; }

    // Where the receiver listens and whether the operator left it on: the `settings`
    // table's receiver.address / receiver.port / receiver.enabled (default 127.0.0.1,
    // 2003, off). Not a secret.
    struct ReceiverSettings
    {
        QHostAddress address = QHostAddress(QHostAddress::LocalHost);
        quint16 port = 2003;
        bool enabled = false;
    };
    Result<ReceiverSettings> receiverSettings() const { return readReceiverSettings(m_db); }
    // The same, from any database (`opsdeck receive` reads the address the window saved
    // without starting an engine). Malformed values fall back to the defaults.
    static Result<ReceiverSettings> readReceiverSettings(const std::shared_ptr<Database>& db);
    // Writes `settings` to the `settings` table in one transaction. Safe on any thread
    // (it may wait for another writer up to the busy timeout: the window runs it off the
    // GUI thread, see ReceiverPanel).
    static Status saveReceiverSettings(const std::shared_ptr<Database>& db, const ReceiverSettings& settings);
    // Binds TCP and UDP on address:port (restarting the receiver if it listens); writes
    // nothing. A port in use is an Error that says so and the receiver stays off.
    Status listenReceiver(const QHostAddress& address, quint16 port);
    // listenReceiver(), then on success remembers the address, the port and that the
    // receiver is on; on failure the remembered address is left as it was.
    Status startReceiver(const QHostAddress& address, quint16 port);
    // Stops listening and remembers that the receiver is off (the address stays).
    Status stopReceiver();
    // Starts the receiver if the operator left it on last time (the window calls this;
    // the CLI never does).
    Status restoreReceiver();

    // The live changes other consoles write to a shared PostgreSQL database (LISTEN on
    // its own thread, started with the engine); nullptr on a SQLite file. Models follow
    // it (follow(feed)) to reload the one row a Change names.
    ChangeFeed* changeFeed() const { return m_changeFeed.get(); }

    // The checker, when Options::startChecks; nullptr otherwise.
    CheckService* checkService() const { return m_checks.get(); }

    // The name the machine Opsdeck runs on is registered under (host name up to the first dot).
    QString localMachineName() const { return m_localMachine; }

    // What went wrong at start without stopping it (e.g. the local machine could not be
    // registered); the window shows these.
    QStringList startupWarnings() const { return m_warnings; }

    // Stops the collector (waiting for its thread) and lets the store write what it
    // buffered. Called by the destructor; safe to call twice.
    void shutdown();

private:
    Engine(std::shared_ptr<Database> db, std::shared_ptr<Database> metricsDb);

    std::shared_ptr<Database> m_db;
    std::shared_ptr<Database> m_metricsDb;
    std::unique_ptr<MetricStore> m_store;
    std::unique_ptr<CollectorService> m_collector;
    std::unique_ptr<PollScheduler> m_poller;
    std::unique_ptr<PlaintextReceiver> m_receiver;
    std::unique_ptr<ConnectionWatch> m_watch;
    std::unique_ptr<ChangeFeed> m_changeFeed;
    std::unique_ptr<CheckService> m_checks;
    QString m_localMachine;
    QStringList m_warnings;
    bool m_shutDown = false;
};

} // namespace opsdeck
