#pragma once

#include "util/Result.h"

#include <QString>

namespace opsdeck {

// The CLI's time and duration words (DESIGN.md, CLI conventions).
namespace TimeSpec {

// ISO 8601 (`2026-11-21T10:00:00Z`), epoch seconds, `now`, or relative to now
// (`-30s`, `-10m`, `-2h`, `-7d`, `-1w`). Returns epoch seconds.
Result<qint64> parseTime(const QString& text, qint64 nowSecs);

// `30s`, `5m`, `1h`, `1d`, `1w`, `2y` or a bare number of seconds. Returns seconds (> 0).
Result<qint64> parseDuration(const QString& text);

// Seconds in one unit letter: s, m, h, d, w (7 d), y (365 d); 0 for anything else.
qint64 unitSeconds(QChar unit);

// Epoch seconds as ISO 8601 UTC (`2026-11-21T10:00:00Z`).
QString toIso(qint64 epochSecs);

} // namespace TimeSpec
} // namespace opsdeck
