#pragma once

#include "ssh/SshTypes.h"

#include <QStringList>

namespace opsdeck {

// "Open terminal" on a machine: OpenSSH's `ssh` with the machine's address, port, user
// and identity files, told to trust exactly the host keys Opsdeck trusts
// (StrictHostKeyChecking=yes against Opsdeck's known_hosts and the user's), run in the
// desktop's terminal ($TERMINAL, else Debian's x-terminal-emulator) with `-e`.
namespace TerminalCommand {

QStringList sshArguments(const ssh::SshTarget& target, const QStringList& knownHostsFiles);
// The program first, then its arguments.
QStringList terminal(const QStringList& sshArguments, const QString& terminalEnv);

} // namespace TerminalCommand

} // namespace opsdeck
