#pragma once

#include "jobs/JobTypes.h"

#include <QStringList>

namespace opsdeck {

// How the window and the exported logs show a job's output: one line per line of
// output, "HH:mm:ss.zzz   text" for stdout and "HH:mm:ss.zzz ! text" for stderr.
namespace outputlines {

QString format(qint64 atMs, bool isStderr, const QByteArray& line);
// The chunks of `machine` (every host's when empty) as lines, each stream's pieces
// joined; a last line without its newline is shown too.
QStringList fromChunks(const QList<OutputChunk>& chunks, const QString& machine = {});
// Stored lines then live ones, without the live lines at the seam the store already
// had (same text, times aside); at most `max` lines, the newest.
QStringList join(const QStringList& stored, const QStringList& live, qsizetype max);

} // namespace outputlines
} // namespace opsdeck
