#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace opsdeck {

// What a program package holds, read and checked before anything is sent to a host.
//
// A package is a gzip-compressed tar archive with the program and a `hooks/` folder of
// executables named install, config-changed, start, stop and relation-changed (a
// missing one is skipped; at least one must be there). Refused: not a .tar.gz; an entry
// whose path is absolute or climbs out of the package with `..` (a symlink or hard link
// pointing out too); a hook that is not a regular executable file.
struct PackageManifest
{
    static const QStringList& hookOrder(); // install, config-changed, start, stop, relation-changed

    // Reads the package at `path` / the bytes of one (the fuzz target's entry).
    static Result<PackageManifest> read(const QString& path);
    static Result<PackageManifest> parse(const QByteArray& bytes, const QString& name = QString());

    QStringList hooks;   // present, in hookOrder()
    QStringList entries; // every path in the archive, normalised ("bin/app", "hooks/start")
    qint64 unpackedBytes = 0;
    QByteArray sha256; // of the package file, hex (the remote check compares it)
};

} // namespace opsdeck
