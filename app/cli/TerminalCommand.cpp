// `opsdeck machine terminal NAME [--print] [--accept-new]`: "Open terminal" from the
// command line — the host key is checked as every Opsdeck connection checks it, then the
// desktop's terminal runs OpenSSH's ssh to the machine (or, with --print, the command is
// printed).

#include "jobs/TerminalCommand.h"

#include "cli/VerbTable.h"
#include "deploy/DeployLayout.h"
#include "jobs/HostTargets.h"
#include "ssh/HostKeyProbe.h"
#include "ssh/KnownHostsStore.h"

#include <QEventLoop>
#include <QProcess>

namespace opsdeck::cli {
namespace {

using namespace opsdeck::ssh;

int terminal(CliContext& ctx, const QCommandLineParser& p, const QStringList& args)
{
    if (args.size() != 1)
        return ctx.usage(CliContext::tr("machine terminal takes one machine NAME"));
    auto db = ctx.database();
    if (!db.ok())
        return ctx.fail(db.error());
    auto target = HostTargets(*db).byName(args.first());
    if (!target.ok())
        return ctx.fail(target.error());
    SshOptions options;
    if (p.isSet(QStringLiteral("accept-new")))
        options.hostKeyPolicy = HostKeyPolicy::AcceptNew;
    SshEngine engine(KnownHostsStore::defaultStore());
    HostKeyProbe probe(engine);
    SshError result;
    QEventLoop loop;
    QObject::connect(&probe, &HostKeyProbe::done, &loop, [&](const SshError& e) {
        result = e;
        loop.quit();
    });
    probe.probe(*target, options);
    loop.exec();
    if (!result.ok())
        return ctx.fail(result.error);
    const QStringList command = TerminalCommand::terminal(
        TerminalCommand::sshArguments(
            *target, {KnownHostsStore::defaultStore().ownFile(), KnownHostsStore::userFile()}),
        qEnvironmentVariable("TERMINAL"));
    if (p.isSet(QStringLiteral("print"))) {
        QStringList quoted;
        for (const QString& a : command)
            quoted << DeployCommands::quote(a);
        ctx.out << quoted.join(QLatin1Char(' ')) << Qt::endl;
        return 0;
    }
    if (!QProcess::startDetached(command.first(), command.mid(1)))
        return ctx.fail(Error::failure(
            CliContext::tr("cannot start the terminal %1; set $TERMINAL to your terminal program")
                .arg(command.first())));
    return 0;
}

int runTerminal(CliContext& ctx)
{
    return VerbTable(QStringLiteral("machine terminal"),
                     CliContext::tr("Opens a terminal with ssh to a machine, after checking its host key."))
        .option(
            {QStringLiteral("print"), CliContext::tr("print the terminal's command instead of starting it")})
        .option({QStringLiteral("accept-new"),
                 CliContext::tr("write the host's unknown key to Opsdeck's known_hosts")})
        .verb({QString(),
               QStringLiteral("NAME [--print] [--accept-new]"),
               {QStringLiteral("print"), QStringLiteral("accept-new")},
               terminal})
        .run(ctx);
}

} // namespace

OPSDECK_COMMAND("machine terminal",
                QT_TRANSLATE_NOOP("commands",
                                  "open a terminal with ssh to a machine (host key checked first)"),
                runTerminal);

} // namespace opsdeck::cli
