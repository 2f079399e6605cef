// The SSH engine in-process, against a real sshd (tests/integration/scripts/sshd.sh) on
// loopback hosts 127.0.0.2 ...: wall time and this process's CPU for
//   - one step (`true`) on N hosts at parallelism P, with 1, 2 and 4 worker threads
//     (the README's reason for a few event-loop threads), and
//   - five steps of one job on the same hosts over one connection each (issue 9's goal:
//     at most 1.5x one step).
// Figures are printed, never asserted.
//
//   bench_ssh_engine [HOSTS (default 50, at most 250)] [PARALLEL (default 50)]

#include "RealServer.h"
#include "SshBenchSupport.h"
#include "TestSupport.h"
#include "ssh/KnownHostsStore.h"
#include "ssh/SshEngine.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QQueue>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <cstdio>

using namespace opsdeck::ssh;

namespace {

struct Run
{
    double wall = 0, cpu = 0, serverCpu = 0;
    int ok = 0, failed = 0;
    QString firstError;
};

// Queues a host's steps on its connection (the host's index in the list).
using Steps = std::function<void(SshConnection*, int index)>;

Steps trueTimes(int n)
{
    return [n](SshConnection* c, int) {
        for (int i = 0; i < n; ++i)
            c->exec(QStringLiteral("true"));
    };
}

// Every target runs its `steps` (`count` of them) over its one connection, at most
// `parallel` at once.
Run runFleet(SshEngine& engine, const QList<SshTarget>& targets, const SshOptions& options,
             const Steps& queue, int steps, int parallel, const QString& sshdDir)
{
    int index = 0;
    Run run;
    const double server0 = opsdeck::bench::sshdChildrenCpu(sshdDir);
    QQueue<SshTarget> pending(targets);
    QList<SshConnectionPtr> running;
    QEventLoop loop;
    const double cpu0 = opsdeck::bench::cpuSeconds(RUSAGE_SELF);
    QElapsedTimer t;
    t.start();
    std::function<void()> next = [&] {
        while (!pending.isEmpty() && running.size() < parallel) {
            SshConnectionPtr c = engine.open(pending.dequeue(), options);
            SshConnection* raw = c.get();
            auto good = std::make_shared<int>(0);
            QObject::connect(raw, &SshConnection::stepFinished, &loop,
                             [good, &run](quint64, const SshStepResult& r) {
                                 if (r.ok())
                                     ++*good;
                                 else if (run.firstError.isEmpty())
                                     run.firstError = r.error.error.message;
                             });
            QObject::connect(raw, &SshConnection::closed, &loop, [&, raw, good] {
                (*good == steps ? run.ok : run.failed) += 1;
                running.removeIf([raw](const SshConnectionPtr& x) { return x.get() == raw; });
                if (pending.isEmpty() && running.isEmpty())
                    loop.quit();
                else
                    next();
            });
            queue(raw, index++);
            raw->close();
            raw->start();
            running.append(c);
        }
    };
    next();
    loop.exec();
    run.wall = double(t.elapsed()) / 1000.0;
    run.cpu = opsdeck::bench::cpuSeconds(RUSAGE_SELF) - cpu0;
    run.serverCpu = opsdeck::bench::sshdChildrenCpu(sshdDir) - server0;
    return run;
}

void print(const char* what, const Run& r)
{
    std::printf("%-34s %6.2f s wall, %5.2f s CPU, sshd %5.2f s CPU, %d ok, %d failed%s%s\n", what, r.wall,
                r.cpu, r.serverCpu, r.ok, r.failed, r.firstError.isEmpty() ? "" : ": ",
                qPrintable(r.firstError));
}

// A 10 MB file of random bytes (1 MB in the smoke run) to every host: Opsdeck's upload
// (SFTP, then sha256sum on the host) against parallel-scp -p P. Returns the hosts that failed.
int uploads(SshEngine& engine, const QList<SshTarget>& targets, const SshOptions& options, int parallel,
            const opsdeck::test::RealServer& sshd, const QString& tmp)
{
    const qint64 size = (opsdeck::test::benchSmoke() ? 1 : 10) * 1024 * 1024;
    const QString local = tmp + QStringLiteral("/package.bin");
    QFile f(local);
    if (!f.open(QIODevice::WriteOnly))
        return 1;
    QFile random(QStringLiteral("/dev/urandom"));
    if (!random.open(QIODevice::ReadOnly))
        return 1;
    const QByteArray bytes = random.read(size);
    f.write(bytes);
    f.close();
    // As a deploy job does: the package is hashed once, each host's copy checked against it.
    const QByteArray digest = QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
    const QString remote = sshd.dir() + QStringLiteral("/uploaded_%1.bin");
    const Run ours = runFleet(
        engine, targets, options,
        [&](SshConnection* c, int i) { c->upload(local, remote.arg(i), 0644, digest); }, 1, parallel,
        sshd.dir());
    print(qPrintable(QStringLiteral("  upload %1 MB, opsdeck:").arg(size >> 20)), ours);
    for (int i = 0; i < targets.size(); ++i)
        QFile::remove(remote.arg(i));

    const QString pscp = QStandardPaths::findExecutable(QStringLiteral("parallel-scp"));
    if (pscp.isEmpty()) {
        std::printf("  parallel-scp not installed (Debian pssh): no comparison\n");
        return ours.failed;
    }
    QFile list(tmp + QStringLiteral("/hosts"));
    if (!list.open(QIODevice::WriteOnly))
        return ours.failed;
    for (const SshTarget& t : targets)
        list.write(t.host.toUtf8() + '\n');
    list.close();
    const QString key = options.keyDirectory + QStringLiteral("/id_ed25519");
    const double server0 = opsdeck::bench::sshdChildrenCpu(sshd.dir());
    const double cpu0 = opsdeck::bench::cpuSeconds(RUSAGE_CHILDREN);
    QElapsedTimer t;
    t.start();
    QProcess p; // every "host" is this machine: all write the same remote path
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(pscp, {QStringLiteral("-p"), QString::number(parallel), QStringLiteral("-h"), list.fileName(),
                   QStringLiteral("-l"), targets.first().user, QStringLiteral("-t"), QStringLiteral("0"),
                   QStringLiteral("-x"),
                   QStringLiteral("-P %1 -i %2 -o StrictHostKeyChecking=no -o UserKnownHostsFile=/dev/null "
                                  "-o BatchMode=yes -o LogLevel=ERROR")
                       .arg(targets.first().port)
                       .arg(key),
                   local, remote.arg(QStringLiteral("pscp"))});
    p.waitForFinished(600000);
    const double wall = double(t.elapsed()) / 1000.0;
    std::printf(
        "  upload %lld MB, parallel-scp -p %d: %6.2f s wall, %5.2f s CPU, sshd %5.2f s CPU (exit %d)\n",
        size >> 20, parallel, wall, opsdeck::bench::cpuSeconds(RUSAGE_CHILDREN) - cpu0,
        opsdeck::bench::sshdChildrenCpu(sshd.dir()) - server0, p.exitCode());
    QFile::remove(remote.arg(QStringLiteral("pscp")));
    if (wall > 0)
        std::printf("upload opsdeck / parallel-scp: %.2fx wall (goal <= 0.4)\n", ours.wall / wall);
    return ours.failed;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList a = app.arguments();
    const int hosts = qBound(
        1, a.value(1, opsdeck::test::benchSmoke() ? QStringLiteral("10") : QStringLiteral("50")).toInt(),
        250);
    const int parallel = qMax(1, a.value(2, QStringLiteral("50")).toInt());
    const quint16 port = opsdeck::test::freeTcpPort();
    opsdeck::test::RealServer sshd(QStringLiteral("sshd.sh"), {QString::number(port)});
    if (!sshd.started()) {
        std::printf("sshd did not start: %s\n", qPrintable(sshd.output()));
        return sshd.skipped() ? 0 : 1;
    }
    QTemporaryDir tmp;
    const QString known = tmp.filePath(QStringLiteral("known_hosts"));
    opsdeck::test::writeSshdKnownHosts(sshd, known);
    KnownHostsStore store({}, known);
    const QList<SshTarget> targets = opsdeck::bench::loopbackTargets(sshd, hosts);
    SshOptions options = opsdeck::bench::benchOptions(sshd);

    std::printf("`true` on %d hosts at parallelism %d:\n", hosts, parallel);
    int bad = 0;
    Run one;
    for (int threads : {1, 2, 4}) {
        SshEngine engine(store, nullptr, threads);
        const Run r = runFleet(engine, targets, options, trueTimes(1), 1, parallel, sshd.dir());
        print(qPrintable(QStringLiteral("  one step, %1 worker thread(s):").arg(threads)), r);
        bad += r.failed;
        if (threads == 2)
            one = r;
    }
    SshEngine engine(store, nullptr, 2);
    const Run five = runFleet(engine, targets, options, trueTimes(5), 5, parallel, sshd.dir());
    print("  five steps, 2 worker threads:", five);
    bad += five.failed;
    if (one.wall > 0)
        std::printf("five steps / one step: %.2fx wall (goal <= 1.5)\n", five.wall / one.wall);
    bad += uploads(engine, targets, options, parallel, sshd, tmp.path());
    return bad == 0 ? 0 : 1;
}
