#include "sources/PollStatusWriter.h"

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcPoll)

namespace opsdeck {

void PollStatusWriter::write(const QList<PollOutcome>& outcomes)
{
    if (outcomes.isEmpty())
        return;
    auto written = m_repo.recordAll(outcomes, m_policy);
    if (!written.ok())
        qCWarning(lcPoll) << "cannot record" << outcomes.size() << "polls:" << written.error().message;
}

void PollStatusWriter::setState(qint64 sourceId, const QString& machine, TargetState state)
{
    if (Status st = m_repo.setState(sourceId, machine, state); !st.ok())
        qCWarning(lcPoll) << "cannot store a target's state:" << st.error().message;
}

} // namespace opsdeck
