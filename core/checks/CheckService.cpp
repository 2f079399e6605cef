#include "checks/CheckService.h"

#include "checks/CheckLookups.h"
#include "checks/CurlMulti.h"
#include "checks/LifecycleLink.h"
#include "metrics/MetricStore.h"
#include "sources/SshSourcePoller.h"

#include <QSqlQuery>
#include <QThread>
#include <QTimer>

namespace opsdeck {

// Lives on the service's thread: the scheduler and everything its probes share.
class CheckServiceWorker : public QObject
{
    Q_OBJECT
public:
    CheckServiceWorker(CheckService* service, std::shared_ptr<Database> db, MetricStore& store,
                       const CheckService::Options& options)
        : m_service(service), m_db(std::move(db)), m_store(store), m_options(options)
    {}

public slots:
    void start()
    {
        m_http = std::make_unique<CurlMulti>();
        m_ssh = std::make_unique<SshSourcePoller>(nullptr, SshSourcePoller::inventoryResolver(m_db));
        ProbeServices services;
        services.http = m_http.get();
        services.ssh = m_ssh.get();
        services.metrics = &m_store;
        services.clock = m_options.clock;

        m_scheduler = std::make_unique<CheckScheduler>(m_db, check_lookups::withInventory(services, m_db),
                                                       m_options.scheduler);
        m_scheduler->setSampleSink([this](const SampleBatch& batch) { return m_store.append(batch); });
        CheckService* s = m_service;
        connect(m_scheduler.get(), &CheckScheduler::probed, s, &CheckService::probed);
        connect(m_scheduler.get(), &CheckScheduler::alert, s, &CheckService::alert);
        connect(m_scheduler.get(), &CheckScheduler::failed, s, &CheckService::failed);
        m_link = std::make_unique<LifecycleLink>(m_db, *m_options.clock);
        connect(m_link.get(), &LifecycleLink::offer, s, &CheckService::abnormalOffered);
        connect(m_link.get(), &LifecycleLink::transitioned, s, &CheckService::abnormalMade);
        connect(m_scheduler.get(), &CheckScheduler::probed, this, [this](const CheckScheduler::Outcome& o) {
            if (auto acted = m_link->observe(o); !acted.ok())
                emit m_service->failed(acted.error());
        });
        m_retry = std::make_unique<QTimer>();
        m_retry->setInterval(m_options.leaderRetryMs);
        connect(m_retry.get(), &QTimer::timeout, this, &CheckServiceWorker::lead);
        m_retry->start();
        lead();
    }

    void stop()
    {
        m_retry.reset();
        m_scheduler.reset(); // cancels its probes
        m_link.reset();
        m_ssh.reset();
        m_http.reset();
    }

private:
    // Takes (or confirms) the checker's role and starts or stops the scheduler to match.
    void lead()
    {
        if (Status st = m_link->reloadSetting(); !st.ok()) // the team may have switched auto mode
            emit m_service->failed(st.error());
        const bool leader = holdsLock();
        m_service->m_attempts.fetch_add(1);
        if (leader == m_service->m_leader.load())
            return;
        m_service->m_leader.store(leader);
        if (leader)
            m_scheduler->start();
        else
            m_scheduler->stop();
        emit m_service->leaderChanged(leader);
    }

    bool holdsLock()
    {
        if (m_db->dialect() != Dialect::Postgres)
            return true;
        QSqlDatabase c = m_db->connection();
        auto held =
            Database::exec(c,
                           QStringLiteral("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND "
                                          "pid = pg_backend_pid() AND ((classid::bigint << 32) | "
                                          "objid::bigint) = ?"),
                           {CheckService::kLeaderLock});
        if (held.ok() && held->next() && held->value(0).toLongLong() > 0)
            return true;
        auto taken =
            Database::exec(c, QStringLiteral("SELECT pg_try_advisory_lock(?)"), {CheckService::kLeaderLock});
        if (!taken.ok()) {
            emit m_service->failed(taken.error());
            return false;
        }
        return taken->next() && taken->value(0).toBool();
    }

    CheckService* m_service;
    std::shared_ptr<Database> m_db;
    MetricStore& m_store;
    CheckService::Options m_options;
    std::unique_ptr<CurlMulti> m_http;
    std::unique_ptr<SshSourcePoller> m_ssh;
    std::unique_ptr<CheckScheduler> m_scheduler;
    std::unique_ptr<LifecycleLink> m_link;
    std::unique_ptr<QTimer> m_retry;
};

CheckService::CheckService(std::shared_ptr<Database> db, MetricStore& store, const Options& options,
                           QObject* parent)
    : QObject(parent)
{
    qRegisterMetaType<AlertEvent>();
    qRegisterMetaType<CheckScheduler::Outcome>();
    m_thread = new QThread;
    m_thread->setObjectName(QStringLiteral("Checks"));
    m_worker = new CheckServiceWorker(this, std::move(db), store, options);
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::started, m_worker, &CheckServiceWorker::start);
    m_thread->start();
}

CheckService::~CheckService()
{
    QMetaObject::invokeMethod(m_worker, &CheckServiceWorker::stop, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    delete m_worker;
    delete m_thread;
}

} // namespace opsdeck

#include "CheckService.moc"
