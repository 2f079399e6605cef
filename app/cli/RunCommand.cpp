// `opsdeck run (--hosts H1,H2 | --node PATH | --service PATH) [--parallel N] [--timeout S]
// [--accept-new] -- COMMAND`: one command on many hosts over SSH (core/ssh) as a job
// (core/jobs: stored with its output), output prefixed by host name as it arrives, then a
// summary. Exit 0 when every host ran it with status 0, 3 when a host key was
// refused (unknown without --accept-new, changed, revoked), else 1 when any host failed.

#include "cli/VerbTable.h"
#include "inventory/InventoryWriter.h"
#include "jobs/HostTargets.h"
#include "jobs/JobRunner.h"
#include "ssh/KnownHostsStore.h"
#include "ssh/SshEngine.h"

#include <QEventLoop>
#include <QHash>
#include <QJsonObject>

namespace opsdeck::cli {
namespace {

using namespace opsdeck::ssh;

// Prints whole lines prefixed by the host; a last line without a newline at the end.
class PrefixedPrinter
{
public:
    explicit PrefixedPrinter(CliContext& ctx) : m_ctx(ctx) {}
    void add(const QString& host, SshStream stream, const QByteArray& data)
    {
        QByteArray& buf = m_pending[{host, int(stream)}];
        buf += data;
        qsizetype nl;
        while ((nl = buf.indexOf('\n')) >= 0) {
            print(host, stream, buf.left(nl));
            buf.remove(0, nl + 1);
        }
    }
    void flush(const QString& host)
    {
        for (SshStream s : {SshStream::Stdout, SshStream::Stderr}) {
            const QByteArray rest = m_pending.take({host, int(s)});
            if (!rest.isEmpty())
                print(host, s, rest);
        }
    }

private:
    void print(const QString& host, SshStream stream, const QByteArray& line)
    {
        QTextStream& to = stream == SshStream::Stdout ? m_ctx.out : m_ctx.err;
        to << host << QStringLiteral(": ") << QString::fromUtf8(line) << Qt::endl;
    }
    CliContext& m_ctx;
    QHash<QPair<QString, int>, QByteArray> m_pending;
};

// The hosts the operator named: --hosts, --node or --service.
Result<QList<SshTarget>> targetsOf(const QCommandLineParser& p, const std::shared_ptr<Database>& db,
                                   QString& named)
{
    const HostTargets targets(db);
    const int given = int(p.isSet(QStringLiteral("hosts"))) + int(p.isSet(QStringLiteral("node"))) +
                      int(p.isSet(QStringLiteral("service")));
    if (given != 1)
        return Error::usage(CliContext::tr("run needs one of --hosts H1,H2, --node PATH or --service PATH"));
    if (p.isSet(QStringLiteral("node"))) {
        named = nodePathArgument(p.value(QStringLiteral("node")));
        auto list = targets.underNode(named);
        if (list.ok() && list->isEmpty())
            return Error::notFound(CliContext::tr("no machine is bound to %1 or below it").arg(named));
        return list;
    }
    if (p.isSet(QStringLiteral("service"))) {
        named = nodePathArgument(p.value(QStringLiteral("service")));
        auto list = targets.ofService(named);
        if (list.ok() && list->isEmpty())
            return Error::notFound(CliContext::tr("the service %1 has no units").arg(named));
        return list;
    }
    named = p.value(QStringLiteral("hosts"));
    QList<SshTarget> out;
    for (const QString& name : named.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        auto t = targets.byName(name.trimmed());
        if (!t.ok())
            return t.error();
        out.append(*t);
    }
    if (out.isEmpty())
        return Error::usage(CliContext::tr("--hosts names no host"));
    return out;
}

int runRun(CliContext& ctx, const QCommandLineParser& p, const QStringList& rest)
{
    if (rest.isEmpty())
        return ctx.usage(CliContext::tr("run needs a command after --"));
    const QString command = rest.join(QLatin1Char(' '));
    JobRunner::Options options;
    options.rollout.parallel =
        p.isSet(QStringLiteral("parallel")) ? p.value(QStringLiteral("parallel")).toInt() : 32;
    options.hostTimeoutS =
        p.isSet(QStringLiteral("timeout")) ? p.value(QStringLiteral("timeout")).toInt() : 0;
    if (options.hostTimeoutS > 0)
        options.ssh.connectTimeoutMs = options.hostTimeoutS * 1000;
    if (p.isSet(QStringLiteral("accept-new")))
        options.ssh.hostKeyPolicy = HostKeyPolicy::AcceptNew;
    auto db = ctx.database();
    if (!db.ok())
        return ctx.fail(db.error());
    QString named;
    auto targets = targetsOf(p, *db, named);
    if (!targets.ok())
        return ctx.fail(targets.error());
    QList<HostWork> hosts;
    for (const SshTarget& t : std::as_const(*targets))
        hosts.append(
            {t, {JobStep{JobStep::Kind::Exec, QStringLiteral("command"), command, {}, {}, 0644, {}}}, {}});

    JobSpec spec;
    spec.kind = JobKind::Command;
    spec.target = named;
    spec.options = {{QStringLiteral("command"), command},
                    {QStringLiteral("parallel"), options.rollout.parallel},
                    {QStringLiteral("timeout"), options.hostTimeoutS}};
    spec.operatorName = InventoryWriter::osUserName();
    JobStore store(*db);
    SshEngine engine(KnownHostsStore::defaultStore());
    JobRunner runner(store, engine);
    PrefixedPrinter printer(ctx);
    int ok = 0, failed = 0;
    bool keyRefused = false;
    QEventLoop loop;
    QObject::connect(
        &runner, &JobRunner::output, &loop,
        [&printer](const QString& host, SshStream s, const QByteArray& d) { printer.add(host, s, d); });
    QObject::connect(
        &runner, &JobRunner::hostFinished, &loop,
        [&](const QString& host, HostState state, int, const QString& error, SshFailure failure) {
            printer.flush(host);
            if (state == HostState::Ok) {
                ++ok;
                return;
            }
            ++failed;
            keyRefused = keyRefused || failure == SshFailure::HostKeyUnknown ||
                         failure == SshFailure::HostKeyChanged || failure == SshFailure::HostKeyRevoked;
            ctx.err << host << QStringLiteral(": ") << error << Qt::endl;
        });
    QObject::connect(&runner, &JobRunner::recordFailed, &loop, [&ctx](const QString& message) {
        ctx.err << "opsdeck: " << CliContext::tr("the job's history could not be written: %1").arg(message)
                << Qt::endl;
    });
    QObject::connect(&runner, &JobRunner::finished, &loop, &QEventLoop::quit);
    auto id = runner.start(spec, hosts, options);
    if (!id.ok())
        return ctx.fail(id.error());
    loop.exec();
    ctx.out << CliContext::tr("%1 host(s): %2 ok, %3 failed (job %4)")
                   .arg(hosts.size())
                   .arg(ok)
                   .arg(failed)
                   .arg(*id)
            << Qt::endl;
    return keyRefused ? 3 : failed > 0 ? 1 : 0;
}

int runCommand(CliContext& ctx)
{
    return VerbTable(QStringLiteral("run"), CliContext::tr("Runs one command on many hosts over SSH."))
        .option({QStringLiteral("hosts"), CliContext::tr("comma-separated machine names, or host[:port]"),
                 QStringLiteral("H1,H2")})
        .option({QStringLiteral("node"), CliContext::tr("every machine bound to this tree node or below it"),
                 QStringLiteral("PATH")})
        .option({QStringLiteral("service"), CliContext::tr("every machine running a unit of this service"),
                 QStringLiteral("PATH")})
        .option({QStringLiteral("parallel"), CliContext::tr("hosts at once (default 32)"),
                 QStringLiteral("N"), check::number(1, 1000)})
        .option({QStringLiteral("timeout"),
                 CliContext::tr("seconds a host may take, connecting and running (default: 15 s to connect, "
                                "no limit to run)"),
                 QStringLiteral("S"), check::number(1, 86400)})
        .option({QStringLiteral("accept-new"),
                 CliContext::tr("write a host's unknown key to Opsdeck's known_hosts (a changed key is "
                                "always refused)")})
        .verb({QString(),
               QStringLiteral("(--hosts H1,H2 | --node PATH | --service PATH) [--parallel N] [--timeout S] "
                              "[--accept-new] -- COMMAND"),
               {QStringLiteral("hosts"), QStringLiteral("node"), QStringLiteral("service"),
                QStringLiteral("parallel"), QStringLiteral("timeout"), QStringLiteral("accept-new")},
               runRun})
        .run(ctx);
}

} // namespace

OPSDECK_COMMAND("run", QT_TRANSLATE_NOOP("commands", "run one command on many hosts over SSH"), runCommand);

} // namespace opsdeck::cli
