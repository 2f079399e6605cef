#pragma once

#include <QString>
#include <QStringList>

namespace opsdeck {

// Where a unit lives on its host and the shell commands that change it; what runs them
// (SSH) is not this class's business. Every value that reaches a shell is quoted.
//
//   <deploy_root>/<service>_<port>/releases/<release>/   the unpacked package
//   <deploy_root>/<service>_<port>/releases/<release>/opsdeck-config         the rendered config
//   <deploy_root>/<service>_<port>/releases/<release>/opsdeck-relations.json every relation's endpoints
//   <deploy_root>/<service>_<port>/current -> releases/<release>  switched by rename, atomically
//
// `deploy_root` defaults to /opt and may hold {machine} and {address}.
struct UnitPlace
{
    QString deployRoot = QStringLiteral("/opt"); // the service's setting, before substitution
    QString service;                             // the service's name (last part of its path)
    QString servicePath;
    QString machine;
    QString address;
    int port = 0;
    int unitId = 0;
    QString release;

    QString root() const;       // deployRoot with {machine} and {address} replaced
    QString unitDir() const;    // <root>/<service>_<port>
    QString releaseDir() const; // <unitDir>/releases/<release>
    QString configFile() const;
    QString relationsFile() const;
    QString unitName() const; // <service>_<port>
};

namespace DeployCommands {

QString quote(const QString& value); // POSIX shell single quotes

// Unpacks the uploaded package into a fresh release folder (an earlier half-unpacked
// try of the same release is removed first).
QString unpack(const UnitPlace& u, const QString& uploadedPackage);
// Runs one hook from the release folder with the unit's environment, if the package has it.
QString hook(const UnitPlace& u, const QString& name);
// Runs a hook of the release `current` points at, if there is one and it has the hook
// (stop before a new release starts; start after a rollback).
QString hookInCurrent(const UnitPlace& u, const QString& name);
// Writes `content` to `file` (a rendered config, the relations JSON).
QString writeFile(const QString& file, const QByteArray& content);
// Points `current` at the release: a temporary link renamed over it (atomic).
QString switchCurrent(const UnitPlace& u);
// Points `current` back at the release before `failedRelease`; prints the release it chose
// and exits 3 when there is none.
QString rollback(const UnitPlace& u, const QString& failedRelease);
// Prints the sha256 of a file (the upload check).
QString sha256(const QString& file);

} // namespace DeployCommands

} // namespace opsdeck
