#pragma once

#include "checks/CheckTypes.h"
#include "checks/MaintenanceWindow.h"

#include <QColor>
#include <QIcon>
#include <QString>
#include <optional>

namespace opsdeck {

// How the window shows a check's status: one colour and one round icon per status (ok
// green, warning yellow, critical red, unknown grey), the words for states, statuses,
// importances and kinds, and what status a target's debounced state stands for.
namespace CheckStatusStyle {

// What a target's state means for the colour: nothing before its first run (pending),
// ok when passing, unknown when unknown, and when failing its last status (a failing
// target whose last probe passed is still failing until it recovers: critical, unless
// that probe said warning).
std::optional<CheckStatus> displayStatus(const CheckRuntime& r);
// Failing or unknown, neither acknowledged nor silenced at `nowMs`: what the tray counts.
bool isOpenProblem(const CheckRuntime& r, qint64 nowMs);

QColor color(std::optional<CheckStatus> status); // nullopt: a light grey outline colour
QIcon icon(std::optional<CheckStatus> status);   // cached; nullopt: an empty ring
// A node, machine or check under an open maintenance window: the status ring (faded)
// with a blue pause sign over it. Cached.
QIcon maintenanceIcon(std::optional<CheckStatus> status);
// "in maintenance until 2026-12-05 18:00:00 (kernel upgrade)"
QString maintenanceText(const MaintenanceWindow& w);

QString statusText(CheckStatus s);
QString stateText(CheckState s);
QString importanceText(Importance i);
QString kindText(CheckKind k);
// "2026-12-05 06:10:00" in local time; empty for 0.
QString timeText(qint64 ms);

} // namespace CheckStatusStyle
} // namespace opsdeck
