#pragma once

#include "sources/PollOutcome.h"
#include "sources/SourceRepository.h"

#include <QList>
#include <QObject>

namespace opsdeck {

// Writes batches of poll outcomes into `source_targets` on a thread of its own, so a
// database busy with a big metrics flush never stalls the polling loop. A batch the
// database refuses is kept and written with the next one (the newest 20,000 at most).
class PollStatusWriter : public QObject
{
    Q_OBJECT
public:
    PollStatusWriter(std::shared_ptr<Database> db, const HealthPolicy& policy)
        : m_repo(std::move(db)), m_policy(policy)
    {}

public slots:
    // Outcomes and state changes of the last second, in one transaction.
    void write(const QList<opsdeck::PollOutcome>& outcomes,
               const QList<SourceRepository::StateUpdate>& states);

signals:
    // After each write that had something to record: empty when it was written, else why
    // not (the outcomes are kept for the next write).
    void recorded(const QString& error);

private:
    SourceRepository m_repo;
    HealthPolicy m_policy;
    QList<PollOutcome> m_retry; // a batch the database refused (busy), written with the next
    QList<SourceRepository::StateUpdate> m_retryStates;
};

} // namespace opsdeck
