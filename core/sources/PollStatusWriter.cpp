#include "sources/PollStatusWriter.h"

namespace opsdeck {

void PollStatusWriter::write(const QList<PollOutcome>& outcomes,
                             const QList<SourceRepository::StateUpdate>& states)
{
    m_retry += outcomes;
    m_retryStates += states;
    if (m_retry.isEmpty() && m_retryStates.isEmpty())
        return;
    constexpr qsizetype kMaxKept = 20000;
    if (m_retry.size() > kMaxKept)
        m_retry.remove(0, m_retry.size() - kMaxKept);
    if (m_retryStates.size() > kMaxKept)
        m_retryStates.remove(0, m_retryStates.size() - kMaxKept);
    auto written = m_repo.recordAll(m_retry, m_policy, m_retryStates);
    if (!written.ok()) {
        emit recorded(tr("cannot record %n poll(s) yet (will retry): %1", nullptr, int(m_retry.size()))
                          .arg(written.error().message));
        return;
    }
    m_retry.clear();
    m_retryStates.clear();
    emit recorded({});
}

} // namespace opsdeck
