#include "cli/JobConsole.h"

#include "cli/CliCredentials.h"
#include "cli/StopSignal.h"
#include "ssh/KnownHostsStore.h"
#include "ssh/SshEngine.h"

#include <QEventLoop>
#include <QHash>
#include <QSocketNotifier>
#include <QTimer>
#include <algorithm>

namespace opsdeck::cli {
namespace {

using namespace opsdeck::ssh;

// Prints whole lines prefixed by the host; a last line without a newline at the end.
class PrefixedPrinter
{
public:
    PrefixedPrinter(CliContext& ctx, QTextStream& out) : m_ctx(ctx), m_out(out) {}
    // A line longer than kLongestLine is printed in pieces of that size, so output with no
    // newline does not pile up here. One flush a piece of output, not one a line.
    void add(const QString& host, SshStream stream, const QByteArray& data)
    {
        QByteArray& buf = m_pending[{host, int(stream)}];
        buf += data;
        qsizetype from = 0;
        qsizetype nl;
        while ((nl = buf.indexOf('\n', from)) >= 0 || buf.size() - from >= kLongestLine) {
            const qsizetype end = nl >= 0 ? std::min(nl, from + kLongestLine) : from + kLongestLine;
            print(host, stream, QByteArrayView(buf).sliced(from, end - from));
            from = end == nl ? end + 1 : end;
        }
        buf.remove(0, from);
        (stream == SshStream::Stdout ? m_out : m_ctx.err).flush();
    }
    void flush(const QString& host)
    {
        for (SshStream s : {SshStream::Stdout, SshStream::Stderr}) {
            const QByteArray rest = m_pending.take({host, int(s)});
            if (!rest.isEmpty())
                print(host, s, rest);
        }
        m_out.flush();
        m_ctx.err.flush();
    }

private:
    static constexpr qsizetype kLongestLine = 64 * 1024;
    void print(const QString& host, SshStream stream, QByteArrayView line)
    {
        QTextStream& to = stream == SshStream::Stdout ? m_out : m_ctx.err;
        to << host << QStringLiteral(": ") << QString::fromUtf8(line) << '\n';
    }
    CliContext& m_ctx;
    QTextStream& m_out;
    QHash<QPair<QString, int>, QByteArray> m_pending;
};

// The deploy gate's lines on stderr; a held batch asks again after gate.retrySecs.
void wireGate(CliContext& ctx, JobRunner& runner, QEventLoop& loop, QTimer& retry, const JobLiveGate& gate)
{
    runner.setBatchGate(gate.gate);
    QObject::connect(&retry, &QTimer::timeout, &loop, [&runner] { runner.resume(); });
    QObject::connect(&runner, &JobRunner::gateChecked, &loop,
                     [&ctx, &retry, retrySecs = gate.retrySecs](int batch, bool passed, const QString& why) {
                         if (passed) {
                             ctx.err << CliContext::tr("gate after batch %1: passed").arg(batch) << Qt::endl;
                             return;
                         }
                         ctx.err << "opsdeck: "
                                 << CliContext::tr("paused after batch %1: %2; the gate is asked again in "
                                                   "%3 s, Ctrl-C cancels the job")
                                        .arg(batch)
                                        .arg(why)
                                        .arg(retrySecs)
                                 << Qt::endl;
                         retry.start(std::max(1, retrySecs) * 1000);
                     });
}

} // namespace

int runJobLive(CliContext& ctx, const std::shared_ptr<Database>& db, const JobSpec& spec,
               const QList<HostWork>& hosts, const JobRunner::Options& options, bool showSteps,
               JobLiveResult* result, const JobLiveGate& gate)
{
    JobStore store(db);
    CliCredentials credentials;
    SshEngine engine(KnownHostsStore::defaultStore(), credentials.provider());
    JobRunner runner(store, engine);
    // A caller printing JSON after the job keeps stdout for it: the job's lines go to stderr.
    QTextStream& out = result && result->linesToStderr ? ctx.err : ctx.out;
    PrefixedPrinter printer(ctx, out);
    int ok = 0, failed = 0;
    bool keyRefused = false;
    QEventLoop loop;
    QObject::connect(
        &runner, &JobRunner::output, &loop,
        [&printer](const QString& host, SshStream s, const QByteArray& d) { printer.add(host, s, d); });
    if (showSteps)
        QObject::connect(&runner, &JobRunner::hostStep, &loop, [&](const QString& host, const QString& step) {
            printer.flush(host);
            out << host << QStringLiteral(": > ") << step << Qt::endl;
        });
    QObject::connect(
        &runner, &JobRunner::hostFinished, &loop,
        [&](const QString& host, HostState state, int, const QString& error, SshFailure failure) {
            printer.flush(host);
            if (result) {
                result->hosts.insert(host, state);
                if (state != HostState::Ok)
                    result->errors.insert(host, error);
            }
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
    QString reason;
    QObject::connect(&runner, &JobRunner::finished, &loop, [&](JobState, const QString& why) {
        reason = why;
        loop.quit();
    });
    QTimer retry; // a held batch: the gate is asked again (JobRunner::resume) after a while
    retry.setSingleShot(true);
    if (gate.gate)
        wireGate(ctx, runner, loop, retry, gate);
    StopSignal stop;
    if (QSocketNotifier* n = stop.notifier(&loop))
        QObject::connect(n, &QSocketNotifier::activated, &loop, [&] {
            ctx.err << "opsdeck: " << CliContext::tr("cancelling: each host stops before its next step")
                    << Qt::endl;
            retry.stop();
            runner.cancel();
        });
    auto id = runner.start(spec, hosts, options);
    if (!id.ok())
        return ctx.fail(id.error());
    if (result)
        result->jobId = *id;
    loop.exec();
    const int notReached = int(hosts.size()) - ok - failed;
    QString summary = CliContext::tr("%1 host(s): %2 ok, %3 failed").arg(hosts.size()).arg(ok).arg(failed);
    if (notReached > 0)
        summary += CliContext::tr(", %1 not reached").arg(notReached);
    out << summary << CliContext::tr(" (job %1)").arg(*id) << Qt::endl;
    if (!reason.isEmpty() && (failed > 0 || notReached > 0))
        ctx.err << "opsdeck: " << reason << Qt::endl;
    return keyRefused ? 3 : (failed > 0 || notReached > 0) ? 1 : 0;
}

int runUpstreamUpdate(CliContext& ctx, const std::shared_ptr<Database>& db, const QString& servicePath,
                      const UpstreamUpdate::Options& options, JobLiveResult* result)
{
    auto job = UpstreamUpdate(db).job(servicePath, options);
    if (!job.ok())
        return ctx.fail(job.error());
    if (!job->needed()) {
        ctx.err << CliContext::tr("no unit needs %1: nothing to notify").arg(job->spec.target) << Qt::endl;
        return 0;
    }
    JobLiveResult own;
    if (result == nullptr)
        result = &own;
    const int rc = runJobLive(ctx, db, job->spec, job->hosts, job->options, true, result);
    if (result->jobId > 0)
        (result->linesToStderr ? ctx.err : ctx.out)
            << CliContext::tr("upstream update: job %1 ran relation-changed on %2 unit(s) that need %3")
                   .arg(result->jobId)
                   .arg(job->hosts.size())
                   .arg(job->spec.target)
            << Qt::endl;
    return rc;
}

} // namespace opsdeck::cli
