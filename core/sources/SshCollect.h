#pragma once

#include "sources/SourceProtocol.h"

#include <QByteArray>
#include <QString>

namespace opsdeck {

// What an `ssh` source runs on a host and how its output becomes samples.
namespace SshCollect {

// The default command: a POSIX shell one-liner that needs nothing installed — `cat` of
// the /proc files the local collector reads, each after a marker line
// "@@opsdeck proc <path>", then `df -Pk` after "@@opsdeck df" for disk usage.
QString defaultCommand();

// The command a source runs: its own (`--command`, kept in `query`) or the default.
QString commandFor(const Source& source);

// The default command's output parsed by the local collector's own parsers
// (LocalCollector with the host's files), so the series are the local collector's
// (cpu-*, loadavg-*, memory-*, ...), keyed (machine, metric, "ssh"). A file the host did
// not print is a warning, counted as malformed; an Error when nothing could be read.
Result<SourceProtocol::Decoded> decodeProc(const QByteArray& output, const QString& machine, qint64 nowSecs);

// A plugin command's output: Kurado lines (core/ingest's parser), keyed (machine,
// metric, "ssh"). An Error when the output had lines but none could be read.
Result<SourceProtocol::Decoded> decodeKurado(const QByteArray& output, const QString& machine, qint64 nowSecs,
                                             ParseReport* refused = nullptr);

// decodeProc for the default command, decodeKurado for a source's own command.
Result<SourceProtocol::Decoded> decode(const Source& source, const QByteArray& output, const QString& machine,
                                       qint64 nowSecs, ParseReport* refused = nullptr);

} // namespace SshCollect
} // namespace opsdeck
