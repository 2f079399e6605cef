#include "alerts/NotificationPolicy.h"

#include <QDateTime>

namespace opsdeck {

namespace {

QString keyOf(qint64 checkId, const QString& target)
{
    return QString::number(checkId) + QLatin1Char('/') + target;
}

} // namespace

NotificationPolicy::NotificationPolicy(const Clock& clock, QTimeZone zone)
    : m_clock(clock), m_zone(std::move(zone))
{}

QString NotificationPolicy::timeText(qint64 ms) const
{
    return QDateTime::fromMSecsSinceEpoch(ms, m_zone).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

std::optional<NotifyDecision>
NotificationPolicy::suppressed(const AlertEvent& event, const NotifyContext& context, bool recovery) const
{
    using R = NotifyDecision::Reason;
    const qint64 now = m_clock.nowMs();
    if (event.importance < m_threshold)
        return NotifyDecision{false, R::BelowThreshold,
                              tr("importance %1 is below the threshold %2")
                                  .arg(importanceName(event.importance), importanceName(m_threshold))};
    if (!recovery && context.runtime && context.runtime->acknowledged)
        return NotifyDecision{false, R::Acknowledged, tr("acknowledged")};
    if (context.runtime && context.runtime->silencedUntilMs && *context.runtime->silencedUntilMs > now)
        return NotifyDecision{false, R::Silenced,
                              tr("silenced until %1").arg(timeText(*context.runtime->silencedUntilMs))};
    for (const MaintenanceWindow& w : context.windows)
        if (w.covers(context.nodePaths, now))
            return NotifyDecision{
                false, R::Maintenance,
                tr("maintenance of %1 until %2")
                    .arg(w.nodePath.isEmpty() ? QStringLiteral("/") : w.nodePath, timeText(w.toMs))};
    const QTime local = QDateTime::fromMSecsSinceEpoch(now, m_zone).time();
    const bool criticalPasses = m_quiet.criticalPasses && event.importance == Importance::Critical;
    if (m_quiet.contains(local.hour() * 60 + local.minute()) && !criticalPasses)
        return NotifyDecision{false, R::QuietHours, tr("quiet hours %1").arg(m_quiet.toString())};
    return std::nullopt;
}

NotifyDecision NotificationPolicy::decide(const AlertEvent& event, const NotifyContext& context)
{
    using R = NotifyDecision::Reason;
    const QString key = keyOf(event.checkId, event.target);
    if (event.to == CheckState::Failing && event.from != CheckState::Failing) {
        if (auto no = suppressed(event, context, false)) {
            m_notified.remove(key);
            return *no;
        }
        m_notified.insert(key, true);
        return {true, R::Failing, tr("failing")};
    }
    if (event.to == CheckState::Passing && event.from != CheckState::Passing) {
        const bool wasNotified = m_notified.take(key);
        if (!wasNotified)
            return {false, event.from == CheckState::Failing ? R::NotNotified : R::NotATransition,
                    event.from == CheckState::Failing ? tr("its failure was not notified")
                                                      : tr("not a failure nor a recovery")};
        if (auto no = suppressed(event, context, true))
            return *no;
        return {true, R::Recovered, tr("recovered")};
    }
    return {false, R::NotATransition, tr("not a failure nor a recovery")};
}

bool NotificationPolicy::failureNotified(qint64 checkId, const QString& target) const
{
    return m_notified.value(keyOf(checkId, target));
}

QString NotificationPolicy::reasonName(NotifyDecision::Reason reason)
{
    using R = NotifyDecision::Reason;
    switch (reason) {
    case R::Failing:
        return QStringLiteral("failing");
    case R::Recovered:
        return QStringLiteral("recovered");
    case R::NotATransition:
        return QStringLiteral("not_a_transition");
    case R::NotNotified:
        return QStringLiteral("not_notified");
    case R::BelowThreshold:
        return QStringLiteral("below_threshold");
    case R::Acknowledged:
        return QStringLiteral("acknowledged");
    case R::Silenced:
        return QStringLiteral("silenced");
    case R::Maintenance:
        return QStringLiteral("maintenance");
    case R::QuietHours:
        return QStringLiteral("quiet_hours");
    }
    return {};
}

} // namespace opsdeck
