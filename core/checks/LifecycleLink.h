#pragma once

#include "checks/CheckScheduler.h"
#include "db/Database.h"
#include "util/Clock.h"
#include "util/Result.h"

#include <QHash>
#include <QObject>
#include <QPair>
#include <optional>

namespace opsdeck {

// The lifecycle link (issue 11, part 6): a machine's check failing for N intervals (the
// check's param `abnormal_after`; absent: never) offers the `abnormal` transition to
// ERROR_DETECTED — or, when the setting `checks.auto_abnormal` is on, makes it
// (MachineStore::transition, audited with the check's message as the reason). Only a
// READY machine is moved; one in another state is left alone. Once per failing episode
// (the run of Failing that began at the runtime's sinceMs) for this object's life.
class LifecycleLink : public QObject
{
    Q_OBJECT
public:
    enum class Action
    {
        None,
        Offered,
        Transitioned
    };

    // `operatorName` is who the audit row names (the OS user when empty).
    LifecycleLink(std::shared_ptr<Database> db, const Clock& clock = Clock::system(),
                  QString operatorName = {}, QObject* parent = nullptr);

    // The setting (in the settings table, shared in team mode): "1" on, anything else off.
    static Result<bool> autoAbnormal(const std::shared_ptr<Database>& db);
    static Status setAutoAbnormal(const std::shared_ptr<Database>& db, bool on);
    // The check's `abnormal_after`, when set.
    static std::optional<int> abnormalAfter(const CheckDefinition& check);
    // "check web-http failed 3 times: HTTP 503" — the audit reason and the offer's.
    static QString reasonFor(const CheckScheduler::Outcome& outcome);

    // Reads the setting once (call again to re-read); off until then.
    Status reloadSetting();
    bool automatic() const { return m_auto; }

    // One scheduler outcome: offer(), a transition, or nothing. An error reading or
    // writing the machine is returned (nothing is marked done, the next failure retries).
    Result<Action> observe(const CheckScheduler::Outcome& outcome);

signals:
    void offer(const QString& machine, const QString& check, const QString& reason);
    void transitioned(const QString& machine, const QString& check, const QString& reason);

private:
    std::shared_ptr<Database> m_db;
    const Clock& m_clock;
    QString m_operator;
    bool m_auto = false;
    QHash<QPair<qint64, QString>, qint64> m_done; // (check, machine) → the episode's sinceMs
};

} // namespace opsdeck
