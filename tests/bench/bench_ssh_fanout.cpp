// `true` on N loopback hosts at parallelism P, whole process: `opsdeck run` (core/ssh,
// libssh2) against `parallel-ssh -p P` (Debian pssh, OpenSSH's client), one after the
// other in the same run, against the same real sshd (tests/integration/scripts/sshd.sh on
// 0.0.0.0, hosts 127.0.0.2 ...). Wall time and the CPU of each client and its children
// (getrusage RUSAGE_CHILDREN around each run). Figures are printed, never asserted.
//
//   bench_ssh_fanout [HOSTS (default 200, at most 250)] [PARALLEL (default 50)]

#include "RealServer.h"
#include "SshBenchSupport.h"
#include "TestSupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <cstdio>

namespace {

struct Figure
{
    bool ran = false;
    int exitCode = -1;
    double wall = 0, cpu = 0;
    QByteArray tail;
};

Figure measure(const QString& program, const QStringList& args, const QProcessEnvironment& env)
{
    Figure f;
    QProcess p;
    p.setProcessEnvironment(env);
    p.setProcessChannelMode(QProcess::MergedChannels);
    const double cpu0 = opsdeck::bench::cpuSeconds(RUSAGE_CHILDREN);
    QElapsedTimer t;
    t.start();
    p.start(program, args);
    if (!p.waitForStarted(10000))
        return f;
    p.waitForFinished(600000);
    f.wall = double(t.elapsed()) / 1000.0;
    f.cpu = opsdeck::bench::cpuSeconds(RUSAGE_CHILDREN) - cpu0;
    f.ran = true;
    f.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    f.tail = p.readAll().trimmed().split('\n').last();
    return f;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList a = app.arguments();
    const int hosts = qBound(
        1, a.value(1, opsdeck::test::benchSmoke() ? QStringLiteral("10") : QStringLiteral("200")).toInt(),
        250);
    const int parallel = qMax(1, a.value(2, QStringLiteral("50")).toInt());
    const quint16 port = opsdeck::test::freeTcpPort();
    opsdeck::test::RealServer sshd(QStringLiteral("sshd.sh"), {QString::number(port)});
    if (!sshd.started()) {
        std::printf("sshd did not start: %s\n", qPrintable(sshd.output()));
        return sshd.skipped() ? 0 : 1;
    }
    QTemporaryDir home;
    QDir(home.path()).mkpath(QStringLiteral(".ssh"));
    QDir(home.path()).mkpath(QStringLiteral("data/opsdeck"));
    const QString key = home.filePath(QStringLiteral(".ssh/id_ed25519"));
    QFile::copy(sshd.reported(QStringLiteral("KEY_DIR")) + QStringLiteral("/id_ed25519"), key);
    opsdeck::test::writeSshdKnownHosts(sshd, home.filePath(QStringLiteral("data/opsdeck/known_hosts")));
    QStringList names, addresses;
    for (int i = 0; i < hosts; ++i) {
        addresses.append(QStringLiteral("127.0.0.%1").arg(2 + i));
        names.append(addresses.last() + QLatin1Char(':') + QString::number(port));
    }
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("OPSDECK_DB"), home.filePath(QStringLiteral("opsdeck.sqlite")));
    env.remove(QStringLiteral("SSH_AUTH_SOCK"));

    double server0 = opsdeck::bench::sshdChildrenCpu(sshd.dir());
    const Figure ours = measure(QStringLiteral(OPSDECK_BINARY),
                                {QStringLiteral("run"), QStringLiteral("--hosts"),
                                 names.join(QLatin1Char(',')), QStringLiteral("--parallel"),
                                 QString::number(parallel), QStringLiteral("--"), QStringLiteral("true")},
                                env);
    std::printf("opsdeck run, `true` on %d hosts, parallel %d: %.2f s wall, %.2f s CPU (exit %d: %s)\n",
                hosts, parallel, ours.wall, ours.cpu, ours.exitCode, ours.tail.constData());
    std::printf("  sshd's CPU for it: %.2f s\n", opsdeck::bench::sshdChildrenCpu(sshd.dir()) - server0);

    const QString pssh = QStandardPaths::findExecutable(QStringLiteral("parallel-ssh"));
    if (pssh.isEmpty()) {
        std::printf("parallel-ssh not installed (Debian pssh): no comparison\n");
        return ours.exitCode == 0 ? 0 : 1;
    }
    QFile list(home.filePath(QStringLiteral("hosts")));
    if (list.open(QIODevice::WriteOnly))
        list.write(addresses.join(QLatin1Char('\n')).toUtf8() + '\n');
    list.close();
    server0 = opsdeck::bench::sshdChildrenCpu(sshd.dir());
    const Figure theirs =
        measure(pssh,
                {QStringLiteral("-p"), QString::number(parallel), QStringLiteral("-h"), list.fileName(),
                 QStringLiteral("-l"), sshd.reported(QStringLiteral("USER")), QStringLiteral("-t"),
                 QStringLiteral("0"), QStringLiteral("-x"),
                 QStringLiteral("-p %1 -i %2 -o StrictHostKeyChecking=no -o UserKnownHostsFile=/dev/null "
                                "-o BatchMode=yes -o LogLevel=ERROR")
                     .arg(port)
                     .arg(key),
                 QStringLiteral("true")},
                env);
    std::printf("parallel-ssh -p %d, same hosts: %.2f s wall, %.2f s CPU (exit %d)\n", parallel, theirs.wall,
                theirs.cpu, theirs.exitCode);
    std::printf("  sshd's CPU for it: %.2f s\n", opsdeck::bench::sshdChildrenCpu(sshd.dir()) - server0);
    if (theirs.wall > 0 && theirs.cpu > 0)
        std::printf("opsdeck / parallel-ssh: %.2fx wall (goal <= 0.5), %.3fx CPU (goal <= 0.25)\n",
                    ours.wall / theirs.wall, ours.cpu / theirs.cpu);
    return ours.exitCode == 0 ? 0 : 1;
}
