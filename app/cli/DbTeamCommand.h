#pragma once

#include "cli/CommandRegistry.h"

#include <QCommandLineParser>

// The team verbs of `opsdeck db` (DbCommand.cpp builds the table).
namespace opsdeck::cli {

int dbInitTeam(CliContext& ctx, const QCommandLineParser& p, const QStringList& rest); // init-team
int dbGrant(CliContext& ctx, const QCommandLineParser& p, const QStringList& rest);    // grant USER ROLE
int dbRevoke(CliContext& ctx, const QCommandLineParser& p, const QStringList& rest);   // revoke USER ROLE
int dbWhoami(CliContext& ctx, const QCommandLineParser& p, const QStringList& rest);   // whoami
int dbCopy(CliContext& ctx, const QCommandLineParser& p, const QStringList& rest);     // copy --to|--from URL

} // namespace opsdeck::cli
