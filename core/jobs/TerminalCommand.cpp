#include "jobs/TerminalCommand.h"

namespace opsdeck::TerminalCommand {
namespace {

// OpenSSH splits UserKnownHostsFile on spaces; a path with a space is quoted.
QString knownHostsOption(const QStringList& files)
{
    QStringList quoted;
    for (const QString& f : files)
        quoted << (f.contains(QLatin1Char(' ')) ? QLatin1Char('"') + f + QLatin1Char('"') : f);
    return QStringLiteral("UserKnownHostsFile=") + quoted.join(QLatin1Char(' '));
}

} // namespace

QStringList sshArguments(const ssh::SshTarget& target, const QStringList& knownHostsFiles)
{
    QStringList a{QStringLiteral("ssh"), QStringLiteral("-p"), QString::number(target.port)};
    for (const QString& id : target.identityFiles)
        a << QStringLiteral("-i") << id;
    a << QStringLiteral("-o") << QStringLiteral("StrictHostKeyChecking=yes");
    if (!knownHostsFiles.isEmpty())
        a << QStringLiteral("-o") << knownHostsOption(knownHostsFiles);
    // "--" ends the options: a host name can never be read as one.
    a << QStringLiteral("--")
      << (target.user.isEmpty() ? target.host : target.user + QLatin1Char('@') + target.host);
    return a;
}

QStringList terminal(const QStringList& sshArguments, const QString& terminalEnv)
{
    QStringList out{terminalEnv.trimmed().isEmpty() ? QStringLiteral("x-terminal-emulator")
                                                    : terminalEnv.trimmed(),
                    QStringLiteral("-e")};
    return out + sshArguments;
}

} // namespace opsdeck::TerminalCommand
