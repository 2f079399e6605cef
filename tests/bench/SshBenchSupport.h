#pragma once

// Shared by the SSH benchmarks (bench_ssh_fanout, bench_ssh_engine): CPU figures and the
// test sshd's host key as an Opsdeck known_hosts line for every loopback host.

#include "RealServer.h"
#include "ssh/SshTypes.h"

#include <QByteArray>
#include <QFile>
#include <QList>
#include <QString>
#include <sys/resource.h>
#include <unistd.h>

namespace opsdeck::bench {

inline double seconds(const timeval& user, const timeval& sys)
{
    return double(user.tv_sec + sys.tv_sec) + double(user.tv_usec + sys.tv_usec) / 1e6;
}

// User + system CPU of this process (RUSAGE_SELF) or of its waited-for children.
inline double cpuSeconds(int who)
{
    rusage u{};
    getrusage(who, &u);
    return seconds(u.ru_utime, u.ru_stime);
}

// The CPU sshd's finished children used (each connection is one): cutime + cstime of the
// listening sshd, whose pid sshd.sh keeps in DIR/sshd.pid.
inline double sshdChildrenCpu(const QString& dir)
{
    QFile pidFile(dir + QStringLiteral("/sshd.pid"));
    if (!pidFile.open(QIODevice::ReadOnly))
        return 0;
    QFile stat(QStringLiteral("/proc/%1/stat").arg(QString::fromLatin1(pidFile.readAll().trimmed())));
    if (!stat.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray line = stat.readAll();
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    // fields[0] is field 3; cutime is field 16, cstime field 17.
    return (fields.value(13).toDouble() + fields.value(14).toDouble()) / double(sysconf(_SC_CLK_TCK));
}

// `hosts` loopback "hosts" 127.0.0.2, .3, ... on a started sshd.sh, as its user.
inline QList<ssh::SshTarget> loopbackTargets(const test::RealServer& sshd, int hosts)
{
    QList<ssh::SshTarget> targets;
    for (int i = 0; i < hosts; ++i) {
        ssh::SshTarget t;
        t.host = QStringLiteral("127.0.0.%1").arg(2 + i);
        t.port = quint16(sshd.reported(QStringLiteral("PORT")).toUInt());
        t.user = sshd.reported(QStringLiteral("USER"));
        targets.append(t);
    }
    return targets;
}

// The sshd.sh test key, no agent, and a connect timeout long enough for hundreds of
// handshakes sharing two cores.
inline ssh::SshOptions benchOptions(const test::RealServer& sshd)
{
    ssh::SshOptions options;
    options.useAgent = false;
    options.keyDirectory = sshd.reported(QStringLiteral("KEY_DIR"));
    options.connectTimeoutMs = 120000;
    return options;
}

} // namespace opsdeck::bench
