#pragma once

#include "cli/VerbTable.h"

namespace opsdeck::cli {

// `opsdeck job template save|list|remove` and `opsdeck job run TEMPLATE` (README, "Job
// templates"); verbs of `opsdeck job`, whose table takes templateOptions().
QList<OptionSpec> templateOptions();
QStringList templateOptionNames();
int jobTemplate(CliContext& ctx, const QCommandLineParser& p, const QStringList& args);
int jobRunTemplate(CliContext& ctx, const QCommandLineParser& p, const QStringList& args);

} // namespace opsdeck::cli
