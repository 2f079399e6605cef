#include "deploy/DeployLayout.h"

namespace opsdeck {

QString UnitPlace::root() const
{
    QString r = deployRoot.isEmpty() ? QStringLiteral("/opt") : deployRoot;
    r.replace(QLatin1String("{machine}"), machine).replace(QLatin1String("{address}"), address);
    while (r.size() > 1 && r.endsWith(QLatin1Char('/')))
        r.chop(1);
    return r;
}

QString UnitPlace::unitName() const
{
    return QStringLiteral("%1_%2").arg(service).arg(port);
}

QString UnitPlace::unitDir() const
{
    return root() + QLatin1Char('/') + unitName();
}

QString UnitPlace::releaseDir() const
{
    return unitDir() + QStringLiteral("/releases/") + release;
}

QString UnitPlace::configFile() const
{
    return releaseDir() + QStringLiteral("/opsdeck-config");
}

QString UnitPlace::relationsFile() const
{
    return releaseDir() + QStringLiteral("/opsdeck-relations.json");
}

namespace DeployCommands {

QString quote(const QString& value)
{
    QString v = value;
    v.replace(QLatin1Char('\''), QLatin1String("'\\''"));
    return QLatin1Char('\'') + v + QLatin1Char('\'');
}

QString unpack(const UnitPlace& u, const QString& uploadedPackage)
{
    const QString dir = quote(u.releaseDir());
    return QStringLiteral("set -e; rm -rf %1; mkdir -p %1; tar -xzf %2 -C %1 --no-same-owner; rm -f %2")
        .arg(dir, quote(uploadedPackage));
}

namespace {

QString unitEnvironment(const UnitPlace& u, const QString& releaseDir)
{
    return QStringLiteral("OPSDECK_SERVICE=%1 OPSDECK_UNIT=%2 OPSDECK_PORT=%3 OPSDECK_CONFIG=%4 "
                          "OPSDECK_RELATIONS=%5 OPSDECK_UNIT_ID=%6 OPSDECK_MACHINE=%7 OPSDECK_ADDRESS=%8")
        .arg(quote(u.servicePath), quote(u.unitName()), QString::number(u.port),
             quote(releaseDir + QStringLiteral("/opsdeck-config")),
             quote(releaseDir + QStringLiteral("/opsdeck-relations.json")), QString::number(u.unitId),
             quote(u.machine), quote(u.address));
}

} // namespace

QString hook(const UnitPlace& u, const QString& name)
{
    return QStringLiteral(
               "cd %1 && if [ -e hooks/%2 ]; then env %3 ./hooks/%2; else echo 'no hooks/%2: skipped'; fi")
        .arg(quote(u.releaseDir()), name, unitEnvironment(u, u.releaseDir()));
}

QString hookInCurrent(const UnitPlace& u, const QString& name)
{
    const QString current = u.unitDir() + QStringLiteral("/current");
    return QStringLiteral("if [ -e %1/hooks/%2 ]; then cd %1 && env %3 ./hooks/%2; else echo 'no current "
                          "release with hooks/%2: skipped'; fi")
        .arg(quote(current), name, unitEnvironment(u, current));
}

QString writeFile(const QString& file, const QByteArray& content)
{
    return QStringLiteral("printf '%s' %1 > %2").arg(quote(QString::fromUtf8(content)), quote(file));
}

QString switchCurrent(const UnitPlace& u)
{
    const QString unit = quote(u.unitDir());
    const QString target = quote(QStringLiteral("releases/") + u.release);
    return QStringLiteral("set -e; cd %1; ln -sfn %2 .current.tmp.$$; mv -Tf .current.tmp.$$ current")
        .arg(unit, target);
}

QString rollback(const UnitPlace& u, const QString& failedRelease)
{
    // The newest release other than the failed one, by the time its folder was made.
    return QStringLiteral(
               "set -e; cd %1; prev=$(ls -1t releases | grep -vxF %2 | head -n 1); "
               "[ -n \"$prev\" ] || { echo 'no earlier release to roll back to' >&2; exit 3; }; "
               "ln -sfn \"releases/$prev\" .current.tmp.$$; mv -Tf .current.tmp.$$ current; echo \"$prev\"")
        .arg(quote(u.unitDir()), quote(failedRelease));
}

QString sha256(const QString& file)
{
    return QStringLiteral("sha256sum %1 | cut -d' ' -f1").arg(quote(file));
}

} // namespace DeployCommands

} // namespace opsdeck
