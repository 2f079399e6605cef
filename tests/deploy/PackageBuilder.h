#pragma once

// Builds test packages with Python's tarfile module, which writes any name, mode or link
// a real tar tool would refuse to create.

#include <QByteArray>
#include <QProcess>
#include <QString>

namespace opsdeck::test {

// `entries`: Python literal list of (name, mode, data-or-None, linkname-or-None); `mode`
// "w:gz" for a package, "w" for a plain tar.
inline QByteArray buildTar(const QString& entries, const QString& mode = QStringLiteral("w:gz"))
{
    const QString script = QStringLiteral(R"PY(
import io, sys, tarfile
buf = io.BytesIO()
with tarfile.open(fileobj=buf, mode=%1) as t:
    for name, m, data, link in %2:
        info = tarfile.TarInfo(name)
        info.mode = m
        if link is not None:
            info.type = tarfile.SYMTYPE
            info.linkname = link
            t.addfile(info)
        elif data is None:
            info.type = tarfile.DIRTYPE
            t.addfile(info)
        else:
            info.size = len(data)
            t.addfile(info, io.BytesIO(data))
sys.stdout.buffer.write(buf.getvalue())
)PY")
                               .arg(QLatin1Char('\'') + mode + QLatin1Char('\''), entries);
    QProcess p;
    p.start(QStringLiteral("python3"), {QStringLiteral("-c"), script});
    p.waitForFinished(30000);
    return p.exitCode() == 0 ? p.readAllStandardOutput() : QByteArray();
}

inline QByteArray goodPackage()
{
    return buildTar(QStringLiteral(
        R"([("bin", 0o755, None, None), ("bin/app", 0o755, b"#!/bin/sh\necho app\n", None),)"
        R"( ("hooks", 0o755, None, None),)"
        R"( ("hooks/start", 0o755, b"#!/bin/sh\necho started $OPSDECK_UNIT\n", None),)"
        R"( ("hooks/install", 0o755, b"#!/bin/sh\nenv | grep ^OPSDECK_ | sort > installed.env\n", None),)"
        R"( ("README", 0o644, b"hello\n", None)])"));
}

// A deployable package: an install hook that records the unit's environment, the given
// start hook (a Python bytes literal's body: "\n" for newlines), and a relation-changed
// hook that copies the relations file to relations.seen.
inline QByteArray hookPackage(const QString& startHook)
{
    return buildTar(
        QStringLiteral(R"PY([("bin/app", 0o755, b"#!/bin/sh\necho app\n", None),
 ("hooks/install", 0o755, b"#!/bin/sh\nenv | grep ^OPSDECK_ | sort > installed.env\n", None),
 ("hooks/start", 0o755, b"%1", None),
 ("hooks/relation-changed", 0o755, b"#!/bin/sh\ncat $OPSDECK_RELATIONS > relations.seen\n", None)])PY")
            .arg(startHook));
}

} // namespace opsdeck::test
