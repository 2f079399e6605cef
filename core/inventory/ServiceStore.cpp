#include "inventory/ServiceStore.h"

#include "inventory/InventoryRows.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace opsdeck {
namespace {

Result<ServiceSettings> readSettings(QSqlDatabase& db, const QString& path)
{
    auto n = inventory_rows::requireService(db, path);
    if (!n.ok())
        return n.error();
    ServiceSettings s;
    s.path = n->path;
    auto q = Database::exec(
        db,
        QStringLiteral("SELECT deploy_root, config, health_url, health_cmd, unit_cpu, unit_mem, pool "
                       "FROM services WHERE node_id = ?"),
        {n->id});
    if (!q.ok())
        return q.error();
    if (q->next()) {
        s.deployRoot = q->value(0).toString();
        s.configTemplate = q->value(1).toString();
        s.healthUrl = q->value(2).toString();
        s.healthCmd = q->value(3).toString();
        s.unitCpu = q->value(4).toDouble();
        s.unitMem = q->value(5).toLongLong();
        s.pool = q->value(6).toString();
    }
    return s;
}

} // namespace

QJsonObject ServiceSettings::toJson() const
{
    return {{QStringLiteral("path"), path},
            {QStringLiteral("deploy_root"), deployRoot},
            {QStringLiteral("config_template"), configTemplate},
            {QStringLiteral("health_url"), healthUrl},
            {QStringLiteral("health_cmd"), healthCmd},
            {QStringLiteral("unit_cpu"), unitCpu},
            {QStringLiteral("unit_mem"), double(unitMem)},
            {QStringLiteral("pool"), pool.isEmpty() ? QStringLiteral("default") : pool}};
}

Result<ServiceSettings> ServiceStore::get(const QString& path) const
{
    QSqlDatabase db = m_writer.database()->connection();
    return readSettings(db, path);
}

Status ServiceStore::set(const ServiceSettings& settings, const QString& reason)
{
    if (!settings.healthUrl.isEmpty() && !settings.healthCmd.isEmpty())
        return Error::usage(QCoreApplication::translate("Inventory", "a service has a health URL or a health "
                                                                     "command, not both"));
    if (settings.unitCpu < 0 || settings.unitMem < 0)
        return Error::usage(QCoreApplication::translate("Inventory", "what a unit needs cannot be negative"));
    return m_writer.change([&](ChangeSet& cs) -> Status {
        auto before = readSettings(cs.db(), settings.path);
        if (!before.ok())
            return before.error();
        ServiceSettings after = settings;
        after.path = before->path;
        if (after.deployRoot.isEmpty())
            after.deployRoot = QStringLiteral("/opt");
        if (after.toJson() == before->toJson())
            return {};
        auto n = inventory_rows::requireService(cs.db(), settings.path);
        if (!n.ok())
            return n.error();
        auto upd = cs.exec(
            QStringLiteral(
                "INSERT INTO services (node_id, deploy_root, config, health_url, health_cmd, unit_cpu, unit_mem, "
                "pool, updated_at) VALUES (?, ?, coalesce(?, ''), coalesce(?, ''), coalesce(?, ''), ?, ?, "
                "coalesce(?, ''), ?) ON CONFLICT (node_id) DO UPDATE SET deploy_root = excluded.deploy_root, "
                "config = excluded.config, health_url = excluded.health_url, health_cmd = excluded.health_cmd, "
                "unit_cpu = excluded.unit_cpu, unit_mem = excluded.unit_mem, pool = excluded.pool, "
                "updated_at = excluded.updated_at"),
            {n->id, after.deployRoot, after.configTemplate, after.healthUrl, after.healthCmd, after.unitCpu,
             after.unitMem, after.pool, cs.now()});
        if (!upd.ok())
            return upd.error();
        return cs.audit(QStringLiteral("service"), n->path, QStringLiteral("set"), before->toJson(),
                        after.toJson(), reason);
    });
}

} // namespace opsdeck
