#pragma once

#include "checks/CheckEvaluator.h"
#include "checks/CheckProbeFactory.h"
#include "checks/CheckTypes.h"
#include "checks/ProbePool.h"
#include "checks/SourceOutage.h"
#include "db/Database.h"
#include "metrics/Sample.h"
#include "util/Result.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPair>
#include <QTimer>
#include <memory>

namespace opsdeck {

class CheckProbe;

// Runs the checks (issue 11, part 2): each enabled check on each of its targets
// (CheckStore::targetsOf: the bound machine, every machine under the bound node now, or
// the check itself), through the probe of its kind (makeCheckProbe), at most
// `maxInFlight` at a time. Each result goes through the CheckEvaluator (debounce,
// acknowledgement, silence) and SourceOutage (one notice for a dead metric source), and
// is recorded (CheckStateStore::record: the state and its alert events, one
// transaction) before probed() and alert() say so. Results are recorded in batches: those
// that arrive within `recordMs` share one transaction (2,000 checks a minute are not
// 2,000 commits), and a round's roundFinished() comes after its last batch. The probe of
// a (check, target) is kept for its next run (ProbePool). A `lifecycle` check needs no probe:
// its target's machine state ERROR_DETECTED is critical.
//
// runOnce() is one round (the CLI's `check run --once`); start() runs each (check,
// target) every check's interval on the scheduler's clock, re-reading the definitions
// every `reloadMs` when they moved (new or changed checks, machines bound later, an
// acknowledgement or silence: CheckRevision::readForScheduler), and every
// `fullReloadMs` regardless. The scheduler, its probes and its
// SQL run on the thread it lives on; failures come as failed(), never only as a log line.
class CheckScheduler : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        int maxInFlight = 32;
        int reloadMs = 10000;
        int fullReloadMs = 300000;
        int tickMs = 1000;
        int recordMs = 100;
    };
    struct Outcome
    {
        CheckDefinition check;
        QString target;
        ProbeResult result;
        CheckRuntime runtime;
    };

    CheckScheduler(std::shared_ptr<Database> db, ProbeServices services, QObject* parent = nullptr);
    CheckScheduler(std::shared_ptr<Database> db, ProbeServices services, const Options& options,
                   QObject* parent = nullptr);
    ~CheckScheduler() override;

    // Which checks and targets a round runs. `nodePath`: only the machines under it
    // (checks bound to no machine are then left out). `checkNames`: only these checks
    // (empty: all). `machines`: a bound check only on its targets among these, a check
    // bound to nothing as it is (the deploy gate's batch).
    struct Filter
    {
        QString nodePath;
        QStringList checkNames;
        std::optional<QStringList> machines;
    };
    // One round over every enabled check, limited to the machines under `nodePath` when
    // it is set (checks bound to no machine are then left out); roundFinished() follows.
    // An error reading the checks is returned and nothing runs.
    Status runOnce(const QString& nodePath = {});
    Status runOnce(const Filter& filter);
    // Where the figures of each result go as series (source `check`, on the target
    // machine): a plugin's performance data as `check.NAME.LABEL`, an HTTP check's
    // response time as `check.NAME.response_ms` and, for every check, `check.NAME.up`
    // (1 when ok, 0 otherwise; what availability is computed from). None when unset.
    using SampleSink = std::function<Status(const SampleBatch&)>;
    void setSampleSink(SampleSink sink) { m_sink = std::move(sink); }
    static SampleBatch samplesOf(const CheckDefinition& check, const QString& target,
                                 const ProbeResult& result);
    void start();
    void stop();
    bool isRunning() const { return m_periodic; }
    int inFlight() const { return static_cast<int>(m_running.size()) + m_inline; }

signals:
    void probed(const opsdeck::CheckScheduler::Outcome& outcome);
    // A transition (and SourceOutage's notices); `notify` says whether it should reach
    // the operator (not when acknowledged, silenced, or part of a source outage).
    void alert(const opsdeck::AlertEvent& event, bool notify);
    void roundFinished(const QList<opsdeck::CheckScheduler::Outcome>& outcomes);
    void failed(const opsdeck::Error& error);

private:
    using Key = QPair<qint64, QString>;
    struct Item
    {
        CheckDefinition check;
        QString target;
    };

    struct Pending // a result evaluated, waiting for its batch to be recorded
    {
        Outcome outcome;
        QList<AlertEvent> events;
        QList<bool> notify;
        std::optional<CheckRuntime> previous; // restored when the batch fails
        bool inRound = false;
    };

    Status reload(const Filter& filter);
    void reloadIfMoved(qint64 now);
    void recordPending();
    void tick();
    void pump();
    void launch(const Item& item);
    void lifecycle(const Item& item);
    void finished(const Item& item, const ProbeResult& result);

    std::shared_ptr<Database> m_db;
    ProbeServices m_services;
    Options m_options;
    CheckEvaluator m_evaluator;
    SourceOutage m_outage;
    SampleSink m_sink;
    QTimer m_timer;
    QList<Item> m_items;                 // every (check, target) of the last reload
    QHash<Key, CheckRuntime> m_runtimes; // the last recorded state per (check, target)
    QHash<Key, qint64> m_due;            // periodic: next run per (check, target)
    QList<Item> m_queue;
    QHash<CheckProbe*, Item> m_running;
    int m_inline = 0; // runs with no probe (lifecycle, a kind that cannot run here) under way
    QList<Outcome> m_round;
    ProbePool m_probes;
    QList<Pending> m_pending;
    QTimer m_recordTimer;
    QString m_revision; // CheckRevision::readForScheduler at the last reload
    qint64 m_fullReloadMs = 0;
    bool m_periodic = false;
    bool m_inRound = false;
    qint64 m_reloadedMs = 0;
};

} // namespace opsdeck

Q_DECLARE_METATYPE(opsdeck::CheckScheduler::Outcome)
