#pragma once

// `opsdeck dashboard` (DashboardCommand.cpp), its import verb (DashboardImport.cpp) and
// `opsdeck export dashboard` (DashboardExportCommand.cpp); readFile and find in DashboardCli.cpp.

#include "cli/VerbTable.h"
#include "dashboards/Dashboard.h"

namespace opsdeck::cli::dashboard {

// `import FILE [--name N] [--replace]` and `import --grafana FILE [--datasource K=V]...`.
int runImport(CliContext& ctx, const QCommandLineParser& p, const QStringList& args);
// Reads a file whole, or Error::usage naming it.
Result<QByteArray> readFile(const QString& path);
// The stored dashboard of that name, or the built-in home; NotFound (exit 4) otherwise.
Result<Dashboard> find(CliContext& ctx, const QString& name);

} // namespace opsdeck::cli::dashboard
