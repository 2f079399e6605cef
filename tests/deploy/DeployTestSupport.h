#pragma once

// What the integration tests of deployments share: the CLI against the real sshd's
// loopback "hosts", the packages they deploy and the jobs they leave.

#include "PackageBuilder.h"
#include "RealServer.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace opsdeck::test {

inline QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Empty when `opsdeck args` exited 0, else the command line and its stderr.
inline QString cliFailure(const QStringList& args)
{
    const CliRun r = runCli(args);
    return r.exitCode == 0 ? QString()
                           : args.join(QLatin1Char(' ')) + QStringLiteral(": ") + QString::fromUtf8(r.err);
}

// hookPackage(startHook) written to `dir`/`name`; empty on failure.
inline QString writeHookPackage(const QString& dir, const QString& name, const QString& startHook)
{
    const QString file = QDir(dir).filePath(name);
    QFile f(file);
    const QByteArray bytes = hookPackage(startHook);
    if (bytes.isEmpty() || !f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        return {};
    return file;
}

// Where a unit's `current` points (the release's name) under <root>/<machine>/<unit>.
inline QString currentRelease(const QString& root, const QString& machine, const QString& unit)
{
    return QFileInfo(QStringLiteral("%1/%2/%3/current").arg(root, machine, unit))
        .symLinkTarget()
        .section(QLatin1Char('/'), -1);
}

inline QJsonArray jobList()
{
    const auto r = runCli({QStringLiteral("job"), QStringLiteral("list"), QStringLiteral("--limit"),
                           QStringLiteral("1000"), QStringLiteral("--format"), QStringLiteral("json")});
    return QJsonDocument::fromJson(r.out).object().value(QStringLiteral("jobs")).toArray();
}

inline QJsonObject jobShow(qint64 id)
{
    return QJsonDocument::fromJson(runCli({QStringLiteral("job"), QStringLiteral("show"), QString::number(id),
                                           QStringLiteral("--format"), QStringLiteral("json")})
                                       .out)
        .object();
}

// The newest job with its hosts (`job show`).
inline QJsonObject lastJob()
{
    const auto r = runCli({QStringLiteral("job"), QStringLiteral("list"), QStringLiteral("--limit"),
                           QStringLiteral("1"), QStringLiteral("--format"), QStringLiteral("json")});
    const QJsonObject list = QJsonDocument::fromJson(r.out).object();
    return jobShow(list.value(QStringLiteral("jobs"))
                       .toArray()
                       .first()
                       .toObject()
                       .value(QStringLiteral("id"))
                       .toInteger());
}

// "machine=state" for each host of a job, in its rollout order.
inline QStringList hostStates(const QJsonObject& job)
{
    QStringList out;
    for (const QJsonValue& h : job.value(QStringLiteral("hosts")).toArray())
        out << h.toObject().value(QStringLiteral("machine")).toString() + QLatin1Char('=') +
                   h.toObject().value(QStringLiteral("state")).toString();
    return out;
}

// Machines m<first>..m<last> at 127.0.0.<n> on the sshd's port, brought to READY. Empty on
// success, else what failed.
inline QString addReadyMachines(int first, int last, quint16 sshPort, const QString& user)
{
    QStringList names;
    for (int i = first; i <= last; ++i) {
        const QString name = QStringLiteral("m%1").arg(i);
        names << name;
        const QString f =
            cliFailure({QStringLiteral("machine"), QStringLiteral("add"), name, QStringLiteral("--address"),
                        QStringLiteral("127.0.0.%1").arg(i), QStringLiteral("--port"),
                        QString::number(sshPort), QStringLiteral("--user"), user});
        if (!f.isEmpty())
            return f;
    }
    for (const char* event : {"init", "online"}) {
        const QString f = cliFailure(QStringList{QStringLiteral("machine"), QStringLiteral("transition")} +
                                     names + QStringList{QString::fromLatin1(event)});
        if (!f.isEmpty())
            return f;
    }
    return {};
}

} // namespace opsdeck::test
