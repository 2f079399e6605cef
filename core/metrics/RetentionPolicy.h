#pragma once

#include "util/Result.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace opsdeck {

// How long the metrics cache keeps what, in Graphite's retention syntax
// (`60s:1d,5m:7d,15m:3y`: precision:duration pairs, finest first).
//
// The first archive is the raw one: samples are kept as they came in for its duration,
// and its precision is the step of the primary data points (PDPs) that rates and
// rollups are computed on; the heartbeat is twice that step. Each later archive holds
// rollups (avg, min, max, count) at its precision. Rules, each with its own error:
// precisions grow and each is a whole multiple of the one before; each duration is at
// least the next archive's precision (so a rollup's source data is still there when
// it is built) and a whole multiple of its own precision... (rounded up if not).
//
// Default (Kurado's RRAs): 1m:2d,5m:10d,1h:40d,1d:1100d. Stored in the settings table
// under `metrics.retention`.
class RetentionPolicy
{
public:
    struct Archive
    {
        qint64 step = 0;      // seconds
        qint64 retention = 0; // seconds
        friend bool operator==(const Archive&, const Archive&) = default;
    };

    static RetentionPolicy defaults();
    static Result<RetentionPolicy> parse(const QString& text);

    // The policy of the database's settings row, or the default when there is none;
    // a malformed row is an Error (with the row's text in it).
    static Result<RetentionPolicy> load(QSqlDatabase& db);
    Status save(QSqlDatabase& db) const;
    static const char* settingsKey() { return "metrics.retention"; }

    const QList<Archive>& archives() const { return m_archives; }
    qint64 baseStep() const { return m_archives.first().step; }
    qint64 heartbeat() const { return 2 * baseStep(); }
    double xff() const { return 0.5; }
    QString toString() const;

    friend bool operator==(const RetentionPolicy&, const RetentionPolicy&) = default;

private:
    QList<Archive> m_archives;
};

} // namespace opsdeck
