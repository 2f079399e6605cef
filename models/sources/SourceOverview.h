#pragma once

#include "db/Database.h"
#include "sources/Source.h"
#include "util/Result.h"

#include <QColor>
#include <QList>
#include <QLoggingCategory>
#include <memory>

Q_DECLARE_LOGGING_CATEGORY(lcSourceModels)

namespace opsdeck {

// One configured source with the summary of its targets, as the Sources tab lists it.
struct SourceSummary
{
    Source source;
    int targets = 0; // machines it polls now (a backend bound to nothing: 1)
    int ok = 0;
    int stale = 0; // includes targets never polled yet
    int down = 0;
    QString lastError; // "<machine>: <error>" for node-bound sources
    qint64 malformedTotal = 0;
};

// One machine a source polls, with where its polls stand (a target never polled yet has
// no attempt and is stale).
struct SourceTargetRow
{
    QString machine; // empty for a backend bound to no machine
    TargetStatus status;
    bool polled = false; // a status row exists
};

// The reads behind the source models; both run on a worker thread (each thread gets its
// own database connection).
namespace SourceOverview {
Result<QList<SourceSummary>> loadSummaries(const std::shared_ptr<Database>& db);
Result<QList<SourceTargetRow>> loadTargets(const std::shared_ptr<Database>& db, qint64 sourceId);

// How the views show a state: translated text, and a colour (green, amber, red).
QString stateText(TargetState state);
QColor stateColor(TargetState state);
} // namespace SourceOverview

} // namespace opsdeck
