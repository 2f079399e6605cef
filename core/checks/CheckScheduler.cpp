#include "checks/CheckScheduler.h"

#include "checks/CheckProbe.h"
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
      m_evaluator(*m_services.clock), m_outage(*m_services.clock)
{
    qRegisterMetaType<opsdeck::CheckScheduler::Outcome>();
    m_timer.setInterval(m_options.tickMs);
    connect(&m_timer, &QTimer::timeout, this, &CheckScheduler::tick);
}

CheckScheduler::~CheckScheduler()
{
    const auto probes = m_running.keys();
    m_running.clear();
    for (CheckProbe* p : probes) {
        p->cancel();
        delete p;
    }
}

Status CheckScheduler::reload(const Filter& filter)
{
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
    m_items = items;
    m_reloadedMs = m_services.clock->nowMs();
    return {};
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
    m_timer.start();
    QMetaObject::invokeMethod(this, &CheckScheduler::tick, Qt::QueuedConnection);
}

void CheckScheduler::stop()
{
    m_periodic = false;
    m_timer.stop();
    m_queue.clear();
}

void CheckScheduler::tick()
{
    if (!m_periodic)
        return;
    const qint64 now = m_services.clock->nowMs();
    if (m_reloadedMs == 0 || now - m_reloadedMs >= m_options.reloadMs) {
        if (Status s = reload(Filter{}); !s.ok()) {
            emit failed(s.error());
            m_reloadedMs = now; // try again at the next reload, not every tick
        }
    }
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
    std::unique_ptr<CheckProbe> made = makeCheckProbe(item.check, m_services);
    if (!made) {
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
    CheckProbe* probe = made.release();
    probe->setParent(this);
    m_running.insert(probe, item);
    connect(probe, &CheckProbe::finished, this, [this, probe](const QString&, const ProbeResult& r) {
        const Item item = m_running.take(probe);
        probe->deleteLater();
        finished(item, r);
    });
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
    const Status recorded = CheckStateStore(m_db, *m_services.clock).record({e.runtime}, events);
    if (!recorded.ok()) {
        emit failed(recorded.error());
    } else {
        m_runtimes.insert(key, e.runtime);
    }
    if (m_sink && result.status != CheckStatus::Unknown)
        if (Status st = m_sink(samplesOf(item.check, item.target, result)); !st.ok())
            emit failed(st.error());
    const Outcome outcome{item.check, item.target, result, e.runtime};
    if (m_inRound)
        m_round << outcome;
    emit probed(outcome);
    if (recorded.ok())
        for (int i = 0; i < events.size(); ++i)
            emit alert(events.at(i), notify.at(i));
    pump();
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
