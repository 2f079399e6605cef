#pragma once

#include "sources/PollOutcome.h"
#include "sources/SourceRepository.h"

#include <QList>
#include <QObject>

namespace opsdeck {

// Writes batches of poll outcomes into `source_targets` on a thread of its own, so a
// database busy with a big metrics flush never stalls the polling loop.
class PollStatusWriter : public QObject
{
    Q_OBJECT
public:
    PollStatusWriter(std::shared_ptr<Database> db, const HealthPolicy& policy)
        : m_repo(std::move(db)), m_policy(policy)
    {}

public slots:
    void write(const QList<opsdeck::PollOutcome>& outcomes);
    void setState(qint64 sourceId, const QString& machine, opsdeck::TargetState state);

private:
    SourceRepository m_repo;
    HealthPolicy m_policy;
};

} // namespace opsdeck
