#include "engine/Engine.h"

#include "checks/CheckService.h"
#include "collector/CollectorService.h"
#include "db/ChangeFeed.h"
#include "ingest/PlaintextReceiver.h"
#include "inventory/InventoryWriter.h"
#include "inventory/MachineStore.h"
#include "metrics/MetricStore.h"
#include "sources/PollScheduler.h"

#include <QCoreApplication>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcEngine, "opsdeck.engine")

namespace opsdeck {

Engine::Engine(std::shared_ptr<Database> db, std::shared_ptr<Database> metricsDb)
    : m_db(std::move(db)), m_metricsDb(std::move(metricsDb))
{}

Engine::~Engine()
{
    shutdown();
}

Result<std::unique_ptr<Engine>> Engine::start(const QString& dbPath, const Options& options)
{
    auto db = Database::open(dbPath, Database::Options{}, options.databasePassword);
    if (!db.ok())
        return db.error();
    // Metrics stay local: a shared database has no metrics tables.
    std::shared_ptr<Database> metricsDb = *db;
    if (const QString local = Database::localPathFor(dbPath); local != dbPath) {
        auto opened = Database::open(local);
        if (!opened.ok())
            return opened.error();
        metricsDb = *opened;
    }
    std::unique_ptr<Engine> engine(new Engine(*db, metricsDb));

    // The machine Opsdeck runs on: host name up to the first dot, 127.0.0.1, pool
    // `local`, READY; left alone when a machine of that name exists.
    // A failure here is not fatal: the collector still charts the machine under its name.
    InventoryWriter writer(engine->m_db);
    auto local = MachineStore(writer).ensureLocalMachine();
    if (local.ok()) {
        engine->m_localMachine = *local;
    } else {
        engine->m_localMachine = MachineStore::localMachineName();
        engine->m_warnings << QCoreApplication::translate("Engine",
                                                          "The local machine %1 could not be registered: %2")
                                  .arg(engine->m_localMachine, local.error().message);
        qCWarning(lcEngine) << engine->m_warnings.last();
    }

    engine->m_store = std::make_unique<MetricStore>(engine->m_metricsDb, engine->clock());

    LocalCollector::Options collectorOptions;
    collectorOptions.machine = engine->m_localMachine;
    engine->m_collector = std::make_unique<CollectorService>(
        engine->m_db, engine->m_store.get(), engine->clock(), LocalCollector(collectorOptions));
    if (options.collectorIntervalMs > 0)
        engine->m_collector->setIntervalMs(options.collectorIntervalMs);
    if (options.startCollector)
        engine->m_collector->start();

    MetricStore* store = engine->m_store.get();
    engine->m_poller = std::make_unique<PollScheduler>(
        engine->m_db, [store](const SampleBatch& batch) { return store->append(batch); }, engine->clock(),
        PollScheduler::Options{});
    if (options.startPolling)
        engine->m_poller->start();
    engine->m_receiver = std::make_unique<PlaintextReceiver>(
        [store](const SampleBatch& batch) { return store->append(batch); }, engine->clock());
    engine->m_watch = std::make_unique<ConnectionWatch>(engine->m_db, engine->clock(), options.watch);
    if (options.watchConnection)
        engine->m_watch->start();
    // Team mode: what other consoles write arrives as Changes (nothing on a SQLite file).
    if (engine->m_db->dialect() == Dialect::Postgres)
        engine->m_changeFeed = std::make_unique<ChangeFeed>(engine->m_db);
    if (options.startChecks)
        engine->m_checks =
            std::make_unique<CheckService>(engine->m_db, *engine->m_store, CheckService::Options{});
    qCInfo(lcEngine) << "engine started on" << dbPath << "as" << engine->m_localMachine;
    return engine;
}

namespace {
const QString kReceiverAddress = QStringLiteral("receiver.address");
const QString kReceiverPort = QStringLiteral("receiver.port");
const QString kReceiverEnabled = QStringLiteral("receiver.enabled");
} // namespace

Result<Engine::ReceiverSettings> Engine::readReceiverSettings(const std::shared_ptr<Database>& database)
{
    QSqlDatabase db = database->connection();
    auto q = Database::exec(db, QStringLiteral("SELECT key, value FROM settings WHERE key IN (?, ?, ?)"),
                            {kReceiverAddress, kReceiverPort, kReceiverEnabled});
    if (!q.ok())
        return q.error();
    ReceiverSettings out;
    while (q->next()) {
        const QString key = q->value(0).toString();
        const QString value = q->value(1).toString();
        if (key == kReceiverAddress) {
            QHostAddress address;
            if (!address.setAddress(value))
                return Error::failure(tr("the saved receiver address '%1' is not an IP address; set it again "
                                         "in the Graphite receiver panel, or give --listen ADDR:PORT")
                                          .arg(value));
            out.address = address;
        } else if (key == kReceiverPort) {
            bool ok = false;
            const uint port = value.toUInt(&ok);
            if (!ok || port == 0 || port > 65535)
                return Error::failure(tr("the saved receiver port '%1' is not a port; set it again in the "
                                         "Graphite receiver panel, or give --listen ADDR:PORT")
                                          .arg(value));
            out.port = quint16(port);
        } else if (key == kReceiverEnabled) {
            out.enabled = value == QLatin1String("1");
        }
    }
    return out;
}

Status Engine::saveReceiverSettings(const std::shared_ptr<Database>& db, const ReceiverSettings& settings)
{
    return db->transaction([&](QSqlDatabase& c) -> Status {
        const QList<std::pair<QString, QString>> rows{
            {kReceiverAddress, settings.address.toString()},
            {kReceiverPort, QString::number(settings.port)},
            {kReceiverEnabled, settings.enabled ? QStringLiteral("1") : QStringLiteral("0")}};
        for (const auto& [key, value] : rows) {
            auto q = Database::exec(c,
                                    QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?) "
                                                   "ON CONFLICT(key) DO UPDATE SET value = excluded.value"),
                                    {key, value});
            if (!q.ok())
                return q.error();
        }
        return {};
    });
}

Status Engine::listenReceiver(const QHostAddress& address, quint16 port)
{
    if (m_receiver->isListening())
        m_receiver->stop();
    // What the store would drop at once is rejected by the receiver, with the reason.
    m_receiver->setMaxAge(m_store->longestRetentionSecs());
    if (Status st = m_receiver->listen(address, port); !st.ok()) {
        qCWarning(lcEngine) << "receiver:" << st.error().message;
        return st;
    }
    qCInfo(lcEngine) << "receiving Graphite plaintext on" << address.toString() << m_receiver->tcpPort();
    return {};
}

Status Engine::startReceiver(const QHostAddress& address, quint16 port)
{
    if (Status st = listenReceiver(address, port); !st.ok())
        return st;
    return saveReceiverSettings(m_db, ReceiverSettings{address, port, true});
}

Status Engine::stopReceiver()
{
    m_receiver->stop();
    // Turning it off works even over a damaged setting: the defaults replace it.
    ReceiverSettings settings = receiverSettings().valueOr(ReceiverSettings{});
    settings.enabled = false;
    return saveReceiverSettings(m_db, settings);
}

Status Engine::restoreReceiver()
{
    auto settings = receiverSettings();
    if (!settings.ok())
        return settings.error();
    if (!settings->enabled || m_receiver->isListening())
        return {};
    return m_receiver->listen(settings->address, settings->port);
}

void Engine::shutdown()
{
    if (m_shutDown)
        return;
    m_shutDown = true;
    m_checks.reset();     // stops the checker (its thread, its probes) first
    m_changeFeed.reset(); // stops listening (its thread) before the rest goes
    if (m_receiver)
        m_receiver->stop(); // hands what it holds to the store before the store's last flush
    if (m_poller)
        m_poller->stop();
    if (m_collector)
        m_collector->stop();
    if (m_store) {
        if (auto flushed = m_store->flush(); !flushed.ok())
            qCWarning(lcEngine) << "samples could not be written at shutdown:" << flushed.error().message;
    }
}

} // namespace opsdeck
