// Five steps of one job against one step, through the JobRunner (one connection per host
// for all its steps, every step and its output recorded in a temporary cache), on N
// loopback hosts of a real sshd (tests/integration/scripts/sshd.sh). Issue 9's goal: five
// steps at most 1.5x the wall time of one. Figures are printed, never asserted.
//
//   bench_job_steps [HOSTS (default 50, at most 250)] [PARALLEL (default 50)]

#include "RealServer.h"
#include "SshBenchSupport.h"
#include "TestSupport.h"
#include "jobs/JobRunner.h"
#include "jobs/JobStore.h"
#include "ssh/KnownHostsStore.h"
#include "ssh/SshEngine.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTemporaryDir>
#include <cstdio>

using namespace opsdeck;
using namespace opsdeck::ssh;

namespace {

struct Run
{
    double wall = 0, cpu = 0;
    int ok = 0, failed = 0;
    QString firstError;
};

// One job: `steps` steps (`true`) on every target, at most `parallel` hosts in flight.
Run runJob(JobStore& store, SshEngine& engine, const QList<SshTarget>& targets, const SshOptions& ssh,
           int steps, int parallel)
{
    QList<HostWork> hosts;
    for (const SshTarget& t : targets) {
        HostWork w{t, {}, {}};
        for (int i = 0; i < steps; ++i)
            w.steps.append({JobStep::Kind::Exec,
                            QStringLiteral("step%1").arg(i + 1),
                            QStringLiteral("true"),
                            {},
                            {},
                            0644,
                            {}});
        hosts.append(w);
    }
    JobSpec spec;
    spec.target = QStringLiteral("bench");
    JobRunner::Options options;
    options.rollout.parallel = parallel;
    options.ssh = ssh;
    Run run;
    JobRunner runner(store, engine);
    QEventLoop loop;
    QObject::connect(&runner, &JobRunner::hostFinished, &loop,
                     [&](const QString&, HostState state, int, const QString& error, SshFailure) {
                         if (state == HostState::Ok)
                             ++run.ok;
                         else if (++run.failed == 1)
                             run.firstError = error;
                     });
    QObject::connect(&runner, &JobRunner::finished, &loop, &QEventLoop::quit);
    const double cpu0 = bench::cpuSeconds(RUSAGE_SELF);
    QElapsedTimer t;
    t.start();
    auto id = runner.start(spec, hosts, options);
    if (!id.ok()) {
        run.firstError = id.error().message;
        run.failed = int(targets.size());
        return run;
    }
    loop.exec();
    run.wall = double(t.elapsed()) / 1000.0;
    run.cpu = bench::cpuSeconds(RUSAGE_SELF) - cpu0;
    return run;
}

void print(const char* what, const Run& r)
{
    std::printf("%-28s %6.2f s wall, %5.2f s CPU, %d ok, %d failed%s%s\n", what, r.wall, r.cpu, r.ok,
                r.failed, r.firstError.isEmpty() ? "" : ": ", qPrintable(r.firstError));
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList a = app.arguments();
    const int hosts =
        qBound(1, a.value(1, test::benchSmoke() ? QStringLiteral("10") : QStringLiteral("50")).toInt(), 250);
    const int parallel = qMax(1, a.value(2, QStringLiteral("50")).toInt());
    const quint16 port = test::freeTcpPort();
    test::RealServer sshd(QStringLiteral("sshd.sh"), {QString::number(port)});
    if (!sshd.started()) {
        std::printf("sshd did not start: %s\n", qPrintable(sshd.output()));
        return sshd.skipped() ? 0 : 1;
    }
    QTemporaryDir tmp;
    const QString known = tmp.filePath(QStringLiteral("known_hosts"));
    opsdeck::test::writeSshdKnownHosts(sshd, known);
    KnownHostsStore knownHosts({}, known);
    const QList<SshTarget> targets = opsdeck::bench::loopbackTargets(sshd, hosts);
    SshOptions options = opsdeck::bench::benchOptions(sshd);

    test::TempDatabase db;
    JobStore store(db.db());
    SshEngine engine(knownHosts);
    std::printf("jobs of `true` steps on %d hosts at parallelism %d, through the JobRunner:\n", hosts,
                parallel);
    print("  warm-up, one step a host:", runJob(store, engine, targets, options, 1, parallel));
    const Run one = runJob(store, engine, targets, options, 1, parallel);
    print("  one step a host:", one);
    const Run five = runJob(store, engine, targets, options, 5, parallel);
    print("  five steps a host:", five);
    if (one.wall > 0)
        std::printf("five steps / one step: %.2fx wall (goal <= 1.5)\n", five.wall / one.wall);
    return one.failed + five.failed == 0 ? 0 : 1;
}
