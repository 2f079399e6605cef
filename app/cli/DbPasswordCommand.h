#pragma once

#include "cli/CommandRegistry.h"

#include <QCommandLineParser>

namespace opsdeck::cli {

// `opsdeck db set-password [--stdin]`: checks a shared database's password with the
// server and stores it in the keychain (entry db:USER@HOST:PORT/DBNAME), where the window
// and every command find it. Asked on the terminal, or the first line of stdin.
int dbSetPassword(CliContext& ctx, const QCommandLineParser& options, const QStringList& args);
// `opsdeck db forget-password`: deletes that keychain entry.
int dbForgetPassword(CliContext& ctx, const QCommandLineParser& options, const QStringList& args);

} // namespace opsdeck::cli
