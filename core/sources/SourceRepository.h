#pragma once

#include "db/Database.h"
#include "sources/PollOutcome.h"
#include "sources/Source.h"
#include "util/Result.h"

#include <QList>
#include <memory>

namespace opsdeck {

// The `sources` and `source_targets` tables: configured sources, the machines each one
// polls, and each target's last outcome. Safe to use from any thread (each thread gets
// its own connection).
class SourceRepository
{
public:
    explicit SourceRepository(std::shared_ptr<Database> db);

    // Who a write's changed_by names; the OS user by default.
    void setOperatorName(QString name) { m_operator = std::move(name); }

    // Validates (kind-specific fields, machine or node exists, URL template) and stores.
    // Returns the new id.
    Result<qint64> add(const Source& source, qint64 nowSecs) const;
    Result<QList<Source>> list() const;
    Result<Source> get(qint64 id) const;
    Status remove(qint64 id) const;
    // Removes source `id` and returns the keychain entry it named when no remaining
    // source names it (the caller deletes it from the keychain), else an empty string.
    Result<QString> removeReleasingSecret(qint64 id) const;
    // Replaces every field of source `source.id` (validated like add()). The targets'
    // status rows are kept; those of machines the source no longer polls are dropped.
    // Bumps the version (RowVersion): refused when `expectedVersion` is set and the source
    // is at another version, or when another console wrote it since this call read it.
    Status update(const Source& source, std::optional<qint64> expectedVersion = {}) const;
    // Turns polling of a source on or off (versioned as update()).
    Status setEnabled(qint64 id, bool enabled, std::optional<qint64> expectedVersion = {}) const;

    // The machines a source polls: its machine, every machine under its node, or a
    // single unbound target for a backend bound to neither.
    Result<QList<PollTarget>> targets(const Source& source) const;

    Result<QList<TargetStatus>> statuses(qint64 sourceId = 0) const;

    // Records a poll's outcome and returns the target's new status.
    Result<TargetStatus> record(const PollOutcome& outcome, const HealthPolicy& policy) const;
    // Records several outcomes, then the state changes the scheduler worked out (stale
    // after silence), in one transaction.
    struct StateUpdate
    {
        qint64 sourceId = 0;
        QString machine;
        TargetState state = TargetState::Stale;
    };
    Result<QList<TargetStatus>> recordAll(const QList<PollOutcome>& outcomes, const HealthPolicy& policy,
                                          const QList<StateUpdate>& states = {}) const;
    // Stores a state the scheduler worked out (stale after silence).
    Status setState(qint64 sourceId, const QString& machine, TargetState state) const;

    // A source as a check would see it: validation without storing.
    static Status validate(const Source& source);
    // An ssh source: no URL, bound to a machine or node, no --auth; `query` is its command.
    static Status validateSsh(const Source& source);

private:
    static Result<TargetStatus> recordOn(QSqlDatabase& db, const PollOutcome& outcome,
                                         const HealthPolicy& policy);
    Result<QList<PollTarget>> machinesUnderNode(QSqlDatabase& db, const Source& source) const;
    // The validated binding of a source: its machine's id (or NULL), its node checked.
    Result<QVariant> checkedBinding(QSqlDatabase& db, const Source& source) const;

    // Writes `set` to source `id` as RowVersion::write does, after reading it in `db`.
    Status writeVersioned(QSqlDatabase& db, qint64 id, std::optional<qint64> expected, const QString& set,
                          const QVariantList& bindings) const;

    std::shared_ptr<Database> m_db;
    QString m_operator;
};

} // namespace opsdeck
