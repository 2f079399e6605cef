#include "checks/CheckScheduler.h"

#include "checks/CheckProbe.h"
#include "checks/CheckRevision.h"
#include "checks/CheckStateStore.h"
#include "checks/CheckStore.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlQuery>

namespace opsdeck {

CheckScheduler::CheckScheduler(std::shared_ptr<Database> db, ProbeServices services, QObject* parent)
    : CheckScheduler(std::move(db), std::move(services), Options{}, parent)
{}

CheckScheduler::CheckScheduler(std::shared_ptr<Database> db, ProbeServices services, const Options& options,
                               QObject* parent)
    : QObject(parent), m_db(std::move(db)), m_services(std::move(services)), m_options(options),
      m_evaluator(*m_services.clock), m_outage(*m_services.clock), m_probes(m_services)
{
    qRegisterMetaType<opsdeck::CheckScheduler::Outcome>();
    m_timer.setInterval(m_options.tickMs);
    connect(&m_timer, &QTimer::timeout, this, &CheckScheduler::tick);
    m_recordTimer.setSingleShot(true);
    m_recordTimer.setInterval(m_options.recordMs);
    connect(&m_recordTimer, &QTimer::timeout, this, &CheckScheduler::recordPending);
}

CheckScheduler::~CheckScheduler()
{
    recordPending(); // nothing evaluated is lost
    const auto probes = m_running.keys();
    m_running.clear();
    for (CheckProbe* p : probes) {
        p->cancel();
        delete p;
    }
}

Status CheckScheduler::reload(const Filter& filter)
{
    // The states are read back below: what is evaluated but not yet written goes first,
    // or the next result would be evaluated against the state before it.
    recordPending();
    CheckStore checks(m_db, *m_services.clock);
    auto all = checks.list();
    if (!all.ok())
        return all.error();
    std::optional<QSet<QString>> under;
    if (!filter.nodePath.isEmpty()) {
        CheckDefinition scope;
        scope.nodePath = filter.nodePath;
        auto machines = checks.targetsOf(scope);
        if (!machines.ok())
            return machines.error();
        under = QSet<QString>(machines->begin(), machines->end());
    }
    const QSet<QString> names(filter.checkNames.begin(), filter.checkNames.end());
    std::optional<QSet<QString>> among;
    if (filter.machines)
        among = QSet<QString>(filter.machines->begin(), filter.machines->end());
    QList<Item> items;
    for (const CheckDefinition& d : std::as_const(*all)) {
        if (!d.enabled || (!names.isEmpty() && !names.contains(d.name)))
            continue;
        auto targets = checks.targetsOf(d);
        if (!targets.ok())
            return targets.error();
        const bool bound = !d.machine.isEmpty() || !d.nodePath.isEmpty();
        for (const QString& t : std::as_const(*targets))
            if ((!under || under->contains(t)) && (!among || !bound || among->contains(t)))
                items << Item{d, t};
    }
    auto states = CheckStateStore(m_db, *m_services.clock).loadAll();
    if (!states.ok())
        return states.error();
    m_runtimes.clear();
    for (const CheckRuntime& r : std::as_const(*states))
        m_runtimes.insert({r.checkId, r.target}, r);
    QSet<Key> keep;
    for (const Item& i : std::as_const(items))
        keep.insert({i.check.id, i.target});
    if (!filter.nodePath.isEmpty() || !names.isEmpty() || filter.machines)
        keep.unite(QSet<Key>(m_due.keyBegin(), m_due.keyEnd())); // a partial round keeps the others' probes
    m_probes.retain(keep);
    m_items = items;
    m_reloadedMs = m_services.clock->nowMs();
    return {};
}

// The periodic re-read: only when what it reads moved (one aggregate query), or every
// fullReloadMs in any case.
void CheckScheduler::reloadIfMoved(qint64 now)
{
    auto revision = CheckRevision::readForScheduler(m_db);
    if (!revision.ok()) {
        emit failed(revision.error());
        m_reloadedMs = now; // try again at the next reload, not every tick
        return;
    }
    const bool full = m_fullReloadMs == 0 || now - m_fullReloadMs >= m_options.fullReloadMs;
    if (!full && *revision == m_revision) {
        m_reloadedMs = now;
        return;
    }
    if (Status s = reload(Filter{}); !s.ok()) {
        emit failed(s.error());
        m_reloadedMs = now;
        return;
    }
    m_revision = *revision;
    if (full)
        m_fullReloadMs = now;
}

Status CheckScheduler::runOnce(const QString& nodePath)
{
    return runOnce(Filter{nodePath, {}, std::nullopt});
}

Status CheckScheduler::runOnce(const Filter& filter)
{
    if (Status s = reload(filter); !s.ok())
        return s;
    m_round.clear();
    m_inRound = true;
    m_queue += m_items;
    if (m_queue.isEmpty() && inFlight() == 0) {
        m_inRound = false;
        QMetaObject::invokeMethod(
            this, [this] { emit roundFinished({}); }, Qt::QueuedConnection);
        return {};
    }
    pump();
    return {};
}

void CheckScheduler::start()
{
    if (m_periodic)
        return;
    m_periodic = true;
    m_reloadedMs = 0; // the first tick reads the checks
    m_fullReloadMs = 0;
    m_timer.start();
    QMetaObject::invokeMethod(this, &CheckScheduler::tick, Qt::QueuedConnection);
}

void CheckScheduler::stop()
{
    m_periodic = false;
    m_timer.stop();
    m_queue.clear();
    recordPending();
}

void CheckScheduler::tick()
{
    if (!m_periodic)
        return;
    const qint64 now = m_services.clock->nowMs();
    if (m_reloadedMs == 0 || now - m_reloadedMs >= m_options.reloadMs)
        reloadIfMoved(now);
    QSet<Key> busy;
    for (const Item& i : std::as_const(m_running))
        busy.insert({i.check.id, i.target});
    for (const Item& i : std::as_const(m_queue))
        busy.insert({i.check.id, i.target});
    for (const Item& item : std::as_const(m_items)) {
        const Key key{item.check.id, item.target};
        if (busy.contains(key) || m_due.value(key, 0) > now)
            continue;
        m_due.insert(key, now + qint64(item.check.intervalSecs) * 1000);
        m_queue << item;
    }
    pump();
}

void CheckScheduler::pump()
{
    while (!m_queue.isEmpty() && inFlight() < m_options.maxInFlight)
        launch(m_queue.takeFirst());
    if (m_inRound && m_queue.isEmpty() && inFlight() == 0) {
        recordPending(); // the round's last results, before it says it is over
        m_inRound = false;
        emit roundFinished(m_round);
        m_round.clear();
    }
}

void CheckScheduler::launch(const Item& item)
{
    if (item.check.kind == CheckKind::Lifecycle) {
        lifecycle(item);
        return;
    }
    const ProbePool::Taken taken = m_probes.take(item.check, item.target);
    if (!taken.probe) {
        ProbeResult r;
        r.status = CheckStatus::Unknown;
        r.message = tr("no probe can run this check here (a metric check needs the local metrics cache)");
        r.atMs = m_services.clock->nowMs();
        ++m_inline;
        QMetaObject::invokeMethod(
            this,
            [this, item, r] {
                --m_inline;
                finished(item, r);
            },
            Qt::QueuedConnection);
        return;
    }
    CheckProbe* probe = taken.probe;
    m_running.insert(probe, item);
    if (!taken.reused) {
        probe->setParent(this);
        connect(probe, &CheckProbe::finished, this, [this, probe](const QString&, const ProbeResult& r) {
            const Item item = m_running.take(probe);
            m_probes.put(item.check, item.target, probe);
            finished(item, r);
        });
    }
    probe->run(item.target);
}

// A lifecycle check reads its machine's state: ERROR_DETECTED is critical.
void CheckScheduler::lifecycle(const Item& item)
{
    ProbeResult r;
    r.atMs = m_services.clock->nowMs();
    QSqlDatabase c = m_db->connection();
    auto q = Database::exec(c, QStringLiteral("SELECT state FROM machines WHERE name = ?"), {item.target});
    if (!q.ok()) {
        r.message = q.error().message;
    } else if (!q->next()) {
        r.message = tr("no machine named '%1'").arg(item.target);
    } else {
        const QString state = q->value(0).toString();
        r.status = state == QLatin1String("ERROR_DETECTED") ? CheckStatus::Critical : CheckStatus::Ok;
        r.message = tr("machine %1 is %2").arg(item.target, state);
    }
    ++m_inline;
    QMetaObject::invokeMethod(
        this,
        [this, item, r] {
            --m_inline;
            finished(item, r);
        },
        Qt::QueuedConnection);
}

void CheckScheduler::finished(const Item& item, const ProbeResult& result)
{
    const Key key{item.check.id, item.target};
    CheckRuntime previous = m_runtimes.value(key);
    previous.checkId = item.check.id;
    previous.target = item.target;
    const Evaluation e = m_evaluator.evaluate(item.check, previous, result);
    QList<AlertEvent> events;
    QList<bool> notify;
    if (e.event) {
        events << *e.event;
        notify << e.notify;
    }
    if (item.check.kind == CheckKind::Metric || item.check.kind == CheckKind::Unreachable) {
        if (auto notice = m_outage.observe(item.check, item.target, result)) {
            events << *notice;
            notify << true;
        }
    }
    Pending pending{Outcome{item.check, item.target, result, e.runtime}, events, notify, std::nullopt,
                    m_inRound};
    if (const auto it = m_runtimes.constFind(key); it != m_runtimes.constEnd())
        pending.previous = *it;
    m_runtimes.insert(key, e.runtime); // the next result is evaluated against this one
    m_pending << pending;
    if (m_sink && result.status != CheckStatus::Unknown)
        if (Status st = m_sink(samplesOf(item.check, item.target, result)); !st.ok())
            emit failed(st.error());
    if (!m_recordTimer.isActive())
        m_recordTimer.start();
    pump();
}

// One transaction for the results evaluated since the last: their states and alert
// events. Then probed() and alert() for each. A batch that cannot be written is
// failed(), and its targets' last recorded states are restored, so the same transitions
// are evaluated again at their next run.
void CheckScheduler::recordPending()
{
    m_recordTimer.stop();
    if (m_pending.isEmpty())
        return;
    const QList<Pending> batch = std::exchange(m_pending, {});
    QList<CheckRuntime> runtimes;
    QList<AlertEvent> events;
    runtimes.reserve(batch.size());
    for (const Pending& p : batch) {
        runtimes << p.outcome.runtime;
        events += p.events;
    }
    const Status recorded = CheckStateStore(m_db, *m_services.clock).record(runtimes, events);
    if (!recorded.ok()) {
        emit failed(recorded.error());
        for (const Pending& p : batch) {
            const Key key{p.outcome.check.id, p.outcome.target};
            if (p.previous)
                m_runtimes.insert(key, *p.previous);
            else
                m_runtimes.remove(key);
        }
    }
    for (const Pending& p : batch) {
        if (p.inRound)
            m_round << p.outcome;
        emit probed(p.outcome);
        if (recorded.ok())
            for (int i = 0; i < p.events.size(); ++i)
                emit alert(p.events.at(i), p.notify.at(i));
    }
}

SampleBatch CheckScheduler::samplesOf(const CheckDefinition& check, const QString& target,
                                      const ProbeResult& result)
{
    const qint64 at = result.atMs / 1000;
    auto sample = [&](const QString& label, double value) {
        return IncomingSample{
            {target, QStringLiteral("check.%1.%2").arg(check.name, label), QStringLiteral("check")},
            SeriesType::Gauge,
            at,
            value};
    };
    SampleBatch batch;
    batch << sample(QStringLiteral("up"), result.status == CheckStatus::Ok ? 1.0 : 0.0);
    if (check.kind == CheckKind::Http && result.value)
        batch << sample(QStringLiteral("response_ms"), *result.value);
    for (const auto& [label, value] : result.perf) {
        QString clean = label.trimmed();
        clean.replace(QLatin1Char(' '), QLatin1Char('_'));
        if (!clean.isEmpty())
            batch << sample(clean, value);
    }
    return batch;
}

} // namespace opsdeck
