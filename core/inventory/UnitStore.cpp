#include "inventory/UnitStore.h"

#include "inventory/InventoryRows.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QSet>
#include <QSqlError>

namespace opsdeck {

using namespace inventory_rows;

namespace {

QJsonObject unitJson(const QString& service, const QString& machine, int port)
{
    return {{QStringLiteral("service"), service},
            {QStringLiteral("machine"), machine},
            {QStringLiteral("port"), port},
            {QStringLiteral("deploy_name"), UnitStore::deployName(service, port)}};
}

} // namespace

QString UnitStore::deployName(const QString& servicePath, int port)
{
    return lastSegment(servicePath) + QLatin1Char('_') + QString::number(port);
}

Status UnitStore::addMany(const QList<UnitSpec>& units, const QString& reason)
{
    for (const UnitSpec& u : units)
        if (u.port < 1 || u.port > 65535)
            return Error::refused(
                QCoreApplication::translate("Inventory", "the unit port %1 is outside 1-65535").arg(u.port));
    return m_writer.change([&](ChangeSet& cs) -> Status {
        QStringList machineNames;
        QSet<QString> serviceNames;
        for (const UnitSpec& u : units) {
            machineNames << u.machine;
            serviceNames.insert(u.service);
        }
        machineNames.removeDuplicates();
        auto loaded = loadMachineRows(cs.db(), machineNames);
        if (!loaded.ok())
            return loaded.error();
        QHash<QString, MachineRow> machines = *loaded;
        QHash<QString, NodeRow> services;
        if (serviceNames.size() > 32) {
            auto all = loadNodeRows(cs.db());
            if (!all.ok())
                return all.error();
            services = *all;
        }
        QSqlQuery busy(cs.db());
        busy.prepare(QStringLiteral("SELECT t.path FROM units u JOIN tree_nodes t ON t.id = u.service_id "
                                    "WHERE u.machine_id = ? AND u.port = ?"));
        QSqlQuery insert(cs.db());
        if (!insert.prepare(QStringLiteral(
                "INSERT INTO units (service_id, machine_id, port, created_at) VALUES (?, ?, ?, ?)")))
            return Database::sqlError(QCoreApplication::translate("Inventory", "adding units failed"),
                                      insert.lastError());
        for (const UnitSpec& u : units) {
            auto normal = normalizePath(u.service);
            if (!normal.ok())
                return normal.error();
            auto sit = services.constFind(*normal);
            if (sit == services.constEnd()) {
                auto s = requireService(cs.db(), *normal);
                if (!s.ok())
                    return s.error();
                sit = services.insert(*normal, *s);
            } else if (sit->kind != QLatin1String("service")) {
                return Error::refused(
                    QCoreApplication::translate(
                        "Inventory",
                        "'%1' is a %2, not a service; units and relations belong to service nodes")
                        .arg(sit->path, sit->kind));
            }
            auto mit = machines.constFind(u.machine);
            if (mit == machines.constEnd())
                return Error::notFound(QCoreApplication::translate(
                                           "Inventory", "no machine named '%1'; see `opsdeck machine list`")
                                           .arg(u.machine));
            if (mit->state != MachineState::Ready)
                return Error::refused(
                    QCoreApplication::translate(
                        "Inventory",
                        "machine '%1' is %2: new units go only to READY machines (bring it online "
                        "first: `opsdeck machine transition %1 online`)")
                        .arg(mit->name, MachineLifecycle::stateName(mit->state)));
            busy.bindValue(0, mit->id);
            busy.bindValue(1, u.port);
            if (!busy.exec())
                return Database::sqlError(QCoreApplication::translate("Inventory", "adding units failed"),
                                          busy.lastError());
            if (busy.next())
                return Error::refused(
                    QCoreApplication::translate("Inventory",
                                                "port %1 on machine '%2' is already used by a unit of '%3'")
                        .arg(u.port)
                        .arg(mit->name, busy.value(0).toString()));
            busy.finish();
            insert.bindValue(0, sit->id);
            insert.bindValue(1, mit->id);
            insert.bindValue(2, u.port);
            insert.bindValue(3, cs.now());
            if (!insert.exec())
                return Database::sqlError(QCoreApplication::translate("Inventory", "adding units failed"),
                                          insert.lastError());
            if (Status s = cs.audit(
                    QStringLiteral("unit"), deployName(sit->path, u.port) + QLatin1Char('@') + mit->name,
                    QStringLiteral("add"), QJsonValue::Null, unitJson(sit->path, mit->name, u.port), reason);
                !s.ok())
                return s;
        }
        return {};
    });
}

Status UnitStore::remove(const UnitSpec& unit, const QString& reason)
{
    return m_writer.change([&](ChangeSet& cs) -> Status {
        auto s = requireService(cs.db(), unit.service);
        if (!s.ok())
            return s.error();
        auto m = requireMachine(cs.db(), unit.machine);
        if (!m.ok())
            return m.error();
        auto del =
            cs.exec(QStringLiteral("DELETE FROM units WHERE service_id = ? AND machine_id = ? AND port = ?"),
                    {s->id, m->id, unit.port});
        if (!del.ok())
            return del.error();
        if (del->numRowsAffected() <= 0)
            return Error::notFound(
                QCoreApplication::translate("Inventory", "no unit of '%1' on '%2' at port %3")
                    .arg(s->path, m->name)
                    .arg(unit.port));
        return cs.audit(QStringLiteral("unit"), deployName(s->path, unit.port) + QLatin1Char('@') + m->name,
                        QStringLiteral("remove"), unitJson(s->path, m->name, unit.port), QJsonValue::Null,
                        reason);
    });
}

} // namespace opsdeck
