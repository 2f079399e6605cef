#pragma once

#include "checks/CheckTypes.h"
#include "util/Result.h"

#include <QJsonObject>
#include <QStringList>

namespace opsdeck {

// The one check of a check definition's settings, before anything is written: its name,
// binding, numbers and the params keys of its kind (core/checks/README.md lists them).
// Used by CheckStore on every write and by the CLI before it opens the database.
namespace CheckParams {

// The keys `kind` takes in CheckDefinition::params.
QStringList keysOf(CheckKind kind);
// The keys every kind takes: `abnormal_after` (the lifecycle link, LifecycleLink).
QStringList commonKeys();

// Error::usage naming the first thing wrong: an empty or all-digit name, a binding the
// kind cannot use, a number out of range, an unknown or ill-typed params key.
Status validate(const CheckDefinition& d);

// The params alone.
Status validateParams(CheckKind kind, const QJsonObject& params, bool bound);

} // namespace CheckParams
} // namespace opsdeck
