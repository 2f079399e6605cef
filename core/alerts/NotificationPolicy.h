#pragma once

#include "alerts/AlertSettings.h"
#include "checks/CheckTypes.h"
#include "checks/MaintenanceWindow.h"
#include "util/Clock.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QTimeZone>
#include <optional>

namespace opsdeck {

// Whether one AlertEvent goes out, and why.
struct NotifyDecision
{
    enum class Reason
    {
        Failing,        // delivered: a transition to failing
        Recovered,      // delivered: back to passing after a notified failure
        NotATransition, // to unknown, pending, or passing without a failure before it
        NotNotified,    // recovered, but its failure was not notified
        BelowThreshold,
        Acknowledged,
        Silenced,
        Maintenance,
        QuietHours,
    };
    bool deliver = false;
    Reason reason = Reason::NotATransition;
    QString why; // one translated line: "silenced until 2026-12-05 08:00"
};

// What else the policy needs to know about the event's target.
struct NotifyContext
{
    std::optional<CheckRuntime> runtime; // acknowledged, silenced_until (none: neither)
    QList<MaintenanceWindow> windows;    // the windows that may apply
    QStringList nodePaths;               // the nodes the target is bound to (or the check's node)
};

// Decides which transitions are notified (pure logic on an injectable clock):
// - a transition to failing, and one to passing when the failing before it was notified;
//   nothing for unknown or pending (a dead source gives one notice elsewhere, no storm);
// - failing is dropped below the importance threshold, when acknowledged, while silenced,
//   inside a maintenance window on a node at or above the target, and, in quiet hours,
//   unless it is critical and QuietHours::criticalPasses;
// - a recovery is dropped when silenced, in maintenance or in quiet hours by the same rules
//   (never for being acknowledged: the operator who acknowledged wants to see it end).
// It remembers which (check, target) had its failure notified; one per dispatcher, one thread.
class NotificationPolicy
{
    Q_DECLARE_TR_FUNCTIONS(NotificationPolicy)
public:
    explicit NotificationPolicy(const Clock& clock = Clock::system(),
                                QTimeZone zone = QTimeZone::systemTimeZone());

    void setThreshold(Importance threshold) { m_threshold = threshold; }
    void setQuietHours(const QuietHours& quiet) { m_quiet = quiet; }

    NotifyDecision decide(const AlertEvent& event, const NotifyContext& context);
    // Was (check, target)'s current failure notified?
    bool failureNotified(qint64 checkId, const QString& target) const;

    static QString reasonName(NotifyDecision::Reason reason); // "failing", "quiet_hours", ...

private:
    std::optional<NotifyDecision> suppressed(const AlertEvent& event, const NotifyContext& context,
                                             bool recovery) const;
    QString timeText(qint64 ms) const;

    const Clock& m_clock;
    QTimeZone m_zone;
    Importance m_threshold = Importance::Warning;
    QuietHours m_quiet;
    QHash<QString, bool> m_notified; // "checkId/target" -> its failure was notified
};

} // namespace opsdeck
