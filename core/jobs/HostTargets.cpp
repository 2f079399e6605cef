#include "jobs/HostTargets.h"

#include "inventory/InventoryReader.h"

#include <QCoreApplication>
#include <QDir>

namespace opsdeck {

Result<ssh::SshTarget> HostTargets::forMachine(const Machine& m) const
{
    ssh::SshTarget t;
    t.label = m.name;
    t.host = m.address;
    t.port = quint16(m.port);
    t.user = m.user;
    auto meta = InventoryReader(m_db).machineMeta(m.name);
    if (!meta.ok())
        return meta.error();
    for (const MachineMetaEntry& e : std::as_const(*meta))
        if (e.key.compare(QLatin1String("IdentityFile"), Qt::CaseInsensitive) == 0)
            t.identityFiles.append(e.value.startsWith(QLatin1String("~/")) ? QDir::homePath() + e.value.mid(1)
                                                                           : e.value);
    return t;
}

Result<ssh::SshTarget> HostTargets::byName(const QString& name) const
{
    auto m = InventoryReader(m_db).machine(name);
    if (!m.ok())
        return m.error();
    if (m->has_value())
        return forMachine(**m);
    ssh::SshTarget t;
    t.label = name;
    QString rest = name;
    if (const qsizetype at = rest.indexOf(QLatin1Char('@')); at > 0) {
        t.user = rest.left(at);
        rest = rest.mid(at + 1);
    }
    const qsizetype colon = rest.lastIndexOf(QLatin1Char(':'));
    if (colon > 0 && rest.count(QLatin1Char(':')) == 1) {
        bool ok = false;
        const int port = rest.mid(colon + 1).toInt(&ok);
        if (!ok || port < 1 || port > 65535)
            return Error::usage(
                QCoreApplication::translate("HostTargets", "bad port in host '%1'").arg(name));
        t.port = quint16(port);
        rest = rest.left(colon);
    }
    if (rest.isEmpty())
        return Error::usage(
            QCoreApplication::translate("HostTargets", "an empty host name in '%1'").arg(name));
    t.host = rest;
    return t;
}

Result<QList<ssh::SshTarget>> HostTargets::underNode(const QString& path) const
{
    MachineFilter f;
    f.node = path;
    auto machines = InventoryReader(m_db).loadAllMachines(f);
    if (!machines.ok())
        return machines.error();
    QList<ssh::SshTarget> out;
    for (const Machine& m : std::as_const(*machines)) {
        auto t = forMachine(m);
        if (!t.ok())
            return t.error();
        out.append(*t);
    }
    return out;
}

Result<QList<ssh::SshTarget>> HostTargets::ofService(const QString& servicePath) const
{
    auto units = InventoryReader(m_db).loadUnits(servicePath);
    if (!units.ok())
        return units.error();
    QList<ssh::SshTarget> out;
    QStringList seen;
    for (const Unit& u : std::as_const(*units)) {
        if (seen.contains(u.machine))
            continue;
        seen << u.machine;
        auto t = byName(u.machine);
        if (!t.ok())
            return t.error();
        out.append(*t);
    }
    return out;
}

} // namespace opsdeck
