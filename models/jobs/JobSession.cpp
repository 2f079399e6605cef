#include "jobs/JobSession.h"

#include "checks/CheckGate.h"
#include "checks/CheckLookups.h"
#include "checks/CurlMulti.h"
#include "sources/SshSourcePoller.h"
#include "ssh/KnownHostsStore.h"
#include "ssh/SshEngine.h"

#include <QTimer>

namespace opsdeck {

struct JobSession::Worker
{
    Worker(std::shared_ptr<Database> db, std::shared_ptr<ssh::CredentialProvider> creds)
        : credentials(std::move(creds)), store(std::move(db)),
          engine(ssh::KnownHostsStore::defaultStore(), credentials.get()), runner(store, engine)
    {}
    std::shared_ptr<ssh::CredentialProvider> credentials; // outlives the engine
    // The gate's probes, as a checker's: HTTP transfers and SSH of this thread (declared
    // before the runner, whose gate uses them, so they outlive it).
    std::unique_ptr<CurlMulti> http;
    std::unique_ptr<SshSourcePoller> ssh;
    JobStore store;
    ssh::SshEngine engine;
    JobRunner runner;
    QTimer retry;
};

namespace {

// Gives the worker's runner a CheckGate over `gate.checks`, asked again every
// gate.retrySecs after it held a batch.
void wireGate(JobSession* session, JobSession::Gate gate, std::shared_ptr<Database> db, JobRunner& runner,
              std::unique_ptr<CurlMulti>& http, std::unique_ptr<SshSourcePoller>& ssh, QTimer& retry)
{
    http = std::make_unique<CurlMulti>();
    ssh = std::make_unique<SshSourcePoller>(nullptr, SshSourcePoller::inventoryResolver(db));
    ProbeServices services;
    services.http = http.get();
    services.ssh = ssh.get();
    services.metrics = gate.metrics;
    runner.setBatchGate(
        CheckGate::make(db, check_lookups::withInventory(services, db), gate.checks, &runner));
    retry.setSingleShot(true);
    QObject::connect(&retry, &QTimer::timeout, &runner, [&runner] { runner.resume(); });
    // On the worker thread (the runner's context): the retry timer lives there too.
    QObject::connect(&runner, &JobRunner::gateChecked, &runner,
                     [session, &retry, secs = gate.retrySecs](int batch, bool passed, const QString& why) {
                         if (!passed)
                             retry.start(std::max(1, secs) * 1000);
                         emit session->gateChecked(batch, passed, why); // queued to the session's receivers
                     });
}

} // namespace

JobSession::JobSession(std::shared_ptr<Database> db, QObject* parent,
                       std::shared_ptr<ssh::CredentialProvider> credentials)
    : QObject(parent), m_db(std::move(db)), m_credentials(std::move(credentials))
{
    m_thread.setObjectName(QStringLiteral("opsdeck-job"));
    m_context = new QObject;
    m_context->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_context, &QObject::deleteLater);
    m_thread.start();
}

JobSession::~JobSession()
{
    // The runner, its engine and its store end on the worker thread that made them.
    QMetaObject::invokeMethod(
        m_context,
        [w = m_worker]() {
            if (w)
                w->runner.cancel();
            delete w;
        },
        Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void JobSession::start(const JobSpec& spec, const QList<HostWork>& hosts, const JobRunner::Options& options)
{
    if (m_running)
        return;
    m_running = true;
    auto db = m_db;
    auto creds = m_credentials;
    QMetaObject::invokeMethod(m_context, [this, db, creds, spec, hosts, options, gate = m_gate]() {
        // On the worker thread: m_worker is only touched here and in the destructor's
        // blocking call, never at the same time.
        m_worker = new Worker(db, creds);
        JobRunner* r = &m_worker->runner;
        if (!gate.checks.isEmpty())
            wireGate(this, gate, db, *r, m_worker->http, m_worker->ssh, m_worker->retry);
        connect(r, &JobRunner::hostStep, this, &JobSession::hostStep);
        connect(r, &JobRunner::output, this, &JobSession::output);
        connect(r, &JobRunner::uploadProgress, this, &JobSession::uploadProgress);
        connect(r, &JobRunner::hostFinished, this, &JobSession::hostFinished);
        connect(r, &JobRunner::recordFailed, this, &JobSession::recordFailed);
        connect(r, &JobRunner::pausedChanged, this, &JobSession::pausedChanged);
        connect(r, &JobRunner::finished, this, [this](JobState s, const QString& reason) {
            m_running = false; // queued: runs on the GUI thread
            emit finished(s, reason);
        });
        auto id = r->start(spec, hosts, options);
        QMetaObject::invokeMethod(this, [this, id]() {
            if (id.ok()) {
                m_jobId = *id;
                emit started(*id);
            } else {
                m_running = false;
                emit startFailed(id.error().message);
            }
        });
    });
}

void JobSession::post(std::function<void(JobRunner&)> call)
{
    // A std::function, not a captured pointer to member: ASan reported a stack-buffer
    // underflow reading one back inside the queued functor (GCC 12).
    QMetaObject::invokeMethod(m_context, [this, call = std::move(call)]() {
        if (m_worker)
            call(m_worker->runner);
    });
}

void JobSession::pause()
{
    post([](JobRunner& r) { r.pause(); });
}

void JobSession::resume()
{
    post([](JobRunner& r) { r.resume(); });
}

void JobSession::cancel()
{
    post([](JobRunner& r) { r.cancel(); });
}

} // namespace opsdeck
