#pragma once

// Shared by the SSH benchmarks (bench_ssh_fanout, bench_ssh_engine): CPU figures and the
// test sshd's host key as an Opsdeck known_hosts line for every loopback host.

#include <QByteArray>
#include <QFile>
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

} // namespace opsdeck::bench
