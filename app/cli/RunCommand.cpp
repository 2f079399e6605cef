// `opsdeck run --hosts H1,H2 [--parallel N] [--timeout S] [--accept-new] -- COMMAND`: one
// command on many hosts over SSH (core/ssh), output prefixed by host name as it arrives,
// then a summary. Exit 0 when every host ran it with status 0, 3 when a host key was
// refused (unknown without --accept-new, changed, revoked), else 1 when any host failed.

#include "cli/VerbTable.h"
#include "inventory/InventoryReader.h"
#include "ssh/KnownHostsStore.h"
#include "ssh/SshEngine.h"

#include <QDir>
#include <QEventLoop>
#include <QHash>
#include <QQueue>
#include <QTimer>

namespace opsdeck::cli {
namespace {

using namespace opsdeck::ssh;

// A machine of the inventory (address, port, user, IdentityFile meta), else host[:port].
Result<SshTarget> resolveHost(const std::shared_ptr<Database>& db, const QString& name)
{
    SshTarget t;
    t.label = name;
    auto m = InventoryReader(db).machine(name);
    if (!m.ok())
        return m.error();
    if (m->has_value()) {
        t.host = (*m)->address;
        t.port = quint16((*m)->port);
        t.user = (*m)->user;
        if (auto meta = InventoryReader(db).machineMeta(name); meta.ok()) {
            for (const MachineMetaEntry& e : std::as_const(*meta)) {
                if (e.key.compare(QLatin1String("IdentityFile"), Qt::CaseInsensitive) == 0)
                    t.identityFiles.append(e.value.startsWith(QLatin1String("~/"))
                                               ? QDir::homePath() + e.value.mid(1)
                                               : e.value);
            }
        }
        return t;
    }
    QString rest = name;
    if (const qsizetype at = rest.indexOf(QLatin1Char('@')); at > 0) {
        t.user = rest.left(at);
        rest = rest.mid(at + 1);
    }
    const qsizetype colon = rest.lastIndexOf(QLatin1Char(':'));
    if (colon > 0 && rest.count(QLatin1Char(':')) == 1) {
        bool ok = false;
        const int port = rest.mid(colon + 1).toInt(&ok);
        if (!ok || port < 1 || port > 65535)
            return Error::usage(CliContext::tr("bad port in host '%1'").arg(name));
        t.port = quint16(port);
        rest = rest.left(colon);
    }
    t.host = rest;
    return t;
}

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

struct Outcome
{
    QString host;
    SshStepResult result;
};

int runRun(CliContext& ctx, const QCommandLineParser& p, const QStringList& rest)
{
    if (!p.isSet(QStringLiteral("hosts")))
        return ctx.usage(CliContext::tr("run needs --hosts H1,H2"));
    if (rest.isEmpty())
        return ctx.usage(CliContext::tr("run needs a command after --"));
    const QString command = rest.join(QLatin1Char(' '));
    const int parallel =
        p.isSet(QStringLiteral("parallel")) ? p.value(QStringLiteral("parallel")).toInt() : 32;
    const int timeoutS = p.isSet(QStringLiteral("timeout")) ? p.value(QStringLiteral("timeout")).toInt() : 0;
    auto db = ctx.database();
    if (!db.ok())
        return ctx.fail(db.error());
    QQueue<SshTarget> pending;
    for (const QString& name : p.value(QStringLiteral("hosts")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        auto t = resolveHost(*db, name.trimmed());
        if (!t.ok())
            return ctx.fail(t.error());
        pending.enqueue(*t);
    }
    SshOptions options;
    if (timeoutS > 0)
        options.connectTimeoutMs = timeoutS * 1000;
    if (p.isSet(QStringLiteral("accept-new")))
        options.hostKeyPolicy = HostKeyPolicy::AcceptNew;

    SshEngine engine(KnownHostsStore::defaultStore());
    PrefixedPrinter printer(ctx);
    QList<Outcome> outcomes;
    QList<SshConnectionPtr> running;
    QEventLoop loop;
    std::function<void()> startNext = [&] {
        while (!pending.isEmpty() && running.size() < parallel) {
            const SshTarget t = pending.dequeue();
            SshConnectionPtr c = engine.open(t, options);
            SshConnection* raw = c.get();
            const QString host = t.displayName();
            QObject::connect(
                raw, &SshConnection::output, &loop,
                [&printer, host](quint64, SshStream s, const QByteArray& d) { printer.add(host, s, d); });
            QObject::connect(raw, &SshConnection::stepFinished, &loop,
                             [&outcomes, &printer, host](quint64, const SshStepResult& r) {
                                 printer.flush(host);
                                 outcomes.append({host, r});
                             });
            QObject::connect(raw, &SshConnection::closed, &loop, [&, raw] {
                running.removeIf([raw](const SshConnectionPtr& x) { return x.get() == raw; });
                if (pending.isEmpty() && running.isEmpty())
                    loop.quit();
                else
                    startNext();
            });
            if (timeoutS > 0) // the whole host, command included
                QTimer::singleShot(timeoutS * 1000, raw, [raw, timeoutS] {
                    raw->cancel(SshError::make(
                        SshFailure::Timeout,
                        CliContext::tr("did not finish within %1 s (--timeout)").arg(timeoutS)));
                });
            raw->exec(command);
            raw->close();
            raw->start();
            running.append(c);
        }
    };
    startNext();
    if (!running.isEmpty())
        loop.exec();

    int ok = 0, failed = 0;
    bool keyRefused = false;
    for (const Outcome& o : std::as_const(outcomes)) {
        if (o.result.ok()) {
            ++ok;
            continue;
        }
        ++failed;
        const SshFailure k = o.result.error.kind;
        keyRefused = keyRefused || k == SshFailure::HostKeyUnknown || k == SshFailure::HostKeyChanged ||
                     k == SshFailure::HostKeyRevoked;
        if (!o.result.error.ok())
            ctx.err << o.host << QStringLiteral(": ") << o.result.error.error.message << Qt::endl;
        else
            ctx.err << o.host << QStringLiteral(": ")
                    << (o.result.exitSignal.isEmpty()
                            ? CliContext::tr("exit status %1").arg(o.result.exitStatus)
                            : CliContext::tr("killed by signal %1").arg(o.result.exitSignal))
                    << Qt::endl;
    }
    ctx.out << CliContext::tr("%1 host(s): %2 ok, %3 failed").arg(outcomes.size()).arg(ok).arg(failed)
            << Qt::endl;
    return keyRefused ? 3 : failed > 0 ? 1 : 0;
}

int runCommand(CliContext& ctx)
{
    return VerbTable(QStringLiteral("run"), CliContext::tr("Runs one command on many hosts over SSH."))
        .option({QStringLiteral("hosts"), CliContext::tr("comma-separated machine names, or host[:port]"),
                 QStringLiteral("H1,H2")})
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
               QStringLiteral("--hosts H1,H2 [--parallel N] [--timeout S] [--accept-new] -- COMMAND"),
               {QStringLiteral("hosts"), QStringLiteral("parallel"), QStringLiteral("timeout"),
                QStringLiteral("accept-new")},
               runRun})
        .run(ctx);
}

} // namespace

OPSDECK_COMMAND("run", QT_TRANSLATE_NOOP("commands", "run one command on many hosts over SSH"), runCommand);

} // namespace opsdeck::cli
