#pragma once

#include "checks/CheckTypes.h"
#include "cli/VerbTable.h"

#include <QCommandLineParser>
#include <QList>

namespace opsdeck::cli {

// `opsdeck check add KIND ...`: the options (common and each kind's), and the check
// definition they make. Everything is checked here, before the database is opened: an
// option of another kind, a missing one or a bad value is a usage error (exit 2).
QList<OptionSpec> checkAddOptions();
QStringList checkAddOptionNames();
Result<CheckDefinition> checkFromOptions(const QCommandLineParser& p, const QString& kindWord);

} // namespace opsdeck::cli
