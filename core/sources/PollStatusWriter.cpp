#include "sources/PollStatusWriter.h"

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcPoll)

namespace opsdeck {

void PollStatusWriter::write(const QList<PollOutcome>& outcomes)
{
    m_retry += outcomes;
    if (m_retry.isEmpty())
        return;
    constexpr qsizetype kMaxKept = 20000;
    if (m_retry.size() > kMaxKept)
        m_retry.remove(0, m_retry.size() - kMaxKept);
    auto written = m_repo.recordAll(m_retry, m_policy);
    if (!written.ok()) {
        qCWarning(lcPoll) << "cannot record" << m_retry.size()
                          << "polls yet (will retry):" << written.error().message;
        return;
    }
    m_retry.clear();
}

void PollStatusWriter::setState(qint64 sourceId, const QString& machine, TargetState state)
{
    if (Status st = m_repo.setState(sourceId, machine, state); !st.ok())
        qCWarning(lcPoll) << "cannot store a target's state:" << st.error().message;
}

} // namespace opsdeck
