#pragma once

#include "checks/CheckTypes.h"
#include "util/Clock.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <optional>

namespace opsdeck {

// One notice per metric source outage, not one alert per check (Cabot #287). A probe
// that finds no data because its source is down says so in ProbeResult::sourceDown; the
// evaluator then lets the check go unknown without notifying, and the scheduler feeds
// every result of a metric check here: the first result that names a source down gives
// the outage notice (checkId 0, target = the source), later ones only count; the first
// result of an affected check with data again ends the outage with a "back" notice.
class SourceOutage
{
public:
    explicit SourceOutage(const Clock& clock = Clock::system()) : m_clock(clock) {}

    std::optional<AlertEvent> observe(const CheckDefinition& check, const QString& target,
                                      const ProbeResult& result);

    QStringList downSources() const { return m_since.keys(); }
    // How many (check, target) pairs were seen unknown because `source` is down.
    int affected(const QString& source) const;

private:
    AlertEvent notice(const QString& source, CheckState from, CheckState to, Importance importance,
                      const QString& message) const;

    const Clock& m_clock;
    QHash<QString, qint64> m_since;                    // source -> outage start (ms)
    QHash<QPair<qint64, QString>, QString> m_affected; // (check, target) -> source
};

} // namespace opsdeck
