#pragma once

#include "db/TeamRole.h"

#include <QString>
#include <QStringList>

namespace opsdeck::cli {

// The capability a command line needs on a team database (core/db TeamAccess): one
// table for every verb that writes the shared database; anything not in it only reads
// (View). `command` is as registered ("machine", "metrics poll"), `verb` the verb or
// empty, `args` the words after the verb (`job template save` needs more than `job
// template list`). VerbTable asks it before running a verb.
Capability requiredCapability(const QString& command, const QString& verb, const QStringList& args = {});

} // namespace opsdeck::cli
