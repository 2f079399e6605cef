#include "checks/SourceOutage.h"

#include <QCoreApplication>

namespace opsdeck {

AlertEvent SourceOutage::notice(const QString& source, CheckState from, CheckState to, Importance importance,
                                const QString& message) const
{
    AlertEvent e;
    e.checkId = 0;
    e.checkName = QCoreApplication::translate("SourceOutage", "metric source %1").arg(source);
    e.target = source;
    e.from = from;
    e.to = to;
    e.status = to == CheckState::Passing ? CheckStatus::Ok : CheckStatus::Unknown;
    e.importance = importance;
    e.atMs = m_clock.nowMs();
    e.message = message;
    return e;
}

std::optional<AlertEvent> SourceOutage::observe(const CheckDefinition& check, const QString& target,
                                                const ProbeResult& result)
{
    const QPair<qint64, QString> key{check.id, target};
    if (!result.sourceDown.isEmpty()) {
        const QString& source = result.sourceDown;
        m_affected.insert(key, source);
        if (m_since.contains(source))
            return std::nullopt;
        m_since.insert(source, m_clock.nowMs());
        return notice(source, CheckState::Passing, CheckState::Unknown, check.importance,
                      QCoreApplication::translate("SourceOutage", "metric source %1 is down; its checks are "
                                                                  "unknown until it answers again: %2")
                          .arg(source, result.message));
    }
    const auto it = m_affected.constFind(key);
    if (it == m_affected.constEnd())
        return std::nullopt;
    const QString source = *it;
    for (auto a = m_affected.begin(); a != m_affected.end();)
        a = a.value() == source ? m_affected.erase(a) : std::next(a);
    const qint64 since = m_since.take(source);
    return notice(source, CheckState::Unknown, CheckState::Passing, check.importance,
                  QCoreApplication::translate("SourceOutage", "metric source %1 answers again after %2 s")
                      .arg(source)
                      .arg((m_clock.nowMs() - since) / 1000));
}

int SourceOutage::affected(const QString& source) const
{
    int n = 0;
    for (const QString& s : m_affected)
        n += s == source ? 1 : 0;
    return n;
}

} // namespace opsdeck
