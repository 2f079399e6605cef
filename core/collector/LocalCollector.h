#pragma once

#include "collector/CollectorPass.h"
#include "util/Clock.h"
#include "util/Result.h"

#include <QByteArray>
#include <QString>
#include <functional>

namespace opsdeck {

// Space on one mounted filesystem in 1K blocks, as `df` shows it.
struct FsUsage
{
    qint64 usedKb = 0;
    qint64 availableKb = 0;
};

// Measures the filesystem mounted at a path (statvfs by default; tests inject their own).
using FsUsageProbe = std::function<Result<FsUsage>(const QByteArray& mountPoint)>;

// Reads one /proc file by its path under /proc ("stat", "net/dev") into `into`. The
// default reads <procRoot>/<path>; the SSH source hands in what a host printed.
using ProcFileReader = std::function<Status(const char* relPath, QByteArray& into)>;

// Reads Kurado's base metric set from /proc in one pass: cpu-*, loadavg-*, memory-*,
// processors, tcp-established, disk-usage-*, disk-io-*, traffic-*, and meta (uptime,
// kernel version, device and interface lists). Each file is read with one open and as
// few reads as the kernel needs; parsing works on the bytes without QString churn.
// Stateless and re-entrant: one object may serve several threads.
class LocalCollector
{
public:
    struct Options
    {
        QString procRoot = QStringLiteral("/proc");
        // Where /dev/mapper lives, to give device-mapper disks (dm-0) their names.
        QString devRoot = QStringLiteral("/dev");
        // The machine the samples belong to; empty: localMachineName().
        QString machine;
        // Filesystem usage of a mount point; empty: statvfs(3).
        FsUsageProbe fsUsage;
        // Where the /proc files come from; empty: read under procRoot.
        ProcFileReader readFile;
        // The `source` of the samples' keys.
        QString source = QStringLiteral("local");
    };

    LocalCollector();
    explicit LocalCollector(Options options);

    // One pass stamped with `clock`'s current second. Parts that cannot be read become
    // warnings in the pass; an Error only when nothing at all could be read.
    Result<CollectorPass> collect(const Clock& clock) const;
    Result<CollectorPass> collectAt(qint64 timestamp) const;

    const QString& machine() const { return m_machine; }
    const Options& options() const { return m_options; }

    // This machine's host name up to the first dot ("web1.example.com" -> "web1").
    static QString localMachineName();
    // statvfs(3) of a mount point, in 1K blocks rounded up like df.
    static Result<FsUsage> statvfsUsage(const QByteArray& mountPoint);

private:
    Options m_options;
    QString m_machine;
    QByteArray m_procRoot; // encoded once for open(2)
    QByteArray m_devRoot;
};

} // namespace opsdeck
