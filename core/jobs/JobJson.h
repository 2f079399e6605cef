#pragma once

#include "jobs/JobTypes.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

namespace opsdeck::JobJson {

// The CLI's stable shapes (README, "Jobs"): times are ISO 8601 UTC, null when unset.
QJsonObject job(const Job& j);
QStringList jobColumns();
QJsonObject host(const JobHost& h);
QStringList hostColumns();
QJsonObject output(const OutputChunk& c);

} // namespace opsdeck::JobJson
