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
        QStringLiteral("SELECT deploy_root, config, health_url, health_cmd, unit_cpu, unit_mem, pool, %1 "
                       "FROM services WHERE node_id = ?")
            .arg(RowVersion::columns()),
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
        s.stamp = RowVersion::fromQuery(*q, 7);
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
            {QStringLiteral("pool"), pool.isEmpty() ? QStringLiteral("default") : pool},
            {QStringLiteral("version"), stamp.version}};
}

Result<ServiceSettings> ServiceStore::get(const QString& path) const
{
    QSqlDatabase db = m_writer.database()->connection();
    return readSettings(db, path);
}

Status ServiceStore::set(const ServiceSettings& settings, const QString& reason,
                         std::optional<qint64> expectedVersion)
{
    if (!settings.healthUrl.isEmpty() && !settings.healthCmd.isEmpty())
        return Error::usage(QCoreApplication::translate("Inventory", "a service has a health URL or a health "
                                                                     "command, not both"));
    if (settings.unitCpu < 0 || settings.unitMem < 0)
        return Error::usage(QCoreApplication::translate("Inventory", "what a unit needs cannot be negative"));
    return m_writer.change([&](ChangeSet& cs) -> Status {
        auto n = inventory_rows::requireService(cs.db(), settings.path);
        if (!n.ok())
            return n.error();
        auto row = inventory_rows::readServiceRow(cs, *n);
        if (!row.ok())
            return row.error();
        if (Status s = RowVersion::check(row->what, row->stamp, expectedVersion, row->values); !s.ok())
            return s;
        auto before = readSettings(cs.db(), settings.path);
        if (!before.ok())
            return before.error();
        ServiceSettings after = settings;
        after.path = before->path;
        after.stamp = before->stamp;
        if (after.deployRoot.isEmpty())
            after.deployRoot = QStringLiteral("/opt");
        if (after.toJson() == before->toJson())
            return {};
        if (Status s = inventory_rows::writeService(
                cs, *n, *row, expectedVersion,
                QStringLiteral(
                    "deploy_root = ?, config = coalesce(?, ''), health_url = coalesce(?, ''), "
                    "health_cmd = coalesce(?, ''), unit_cpu = ?, unit_mem = ?, pool = coalesce(?, '')"),
                {after.deployRoot, after.configTemplate, after.healthUrl, after.healthCmd, after.unitCpu,
                 after.unitMem, after.pool});
            !s.ok())
            return s;
        QJsonObject beforeJson = before->toJson(), afterJson = after.toJson();
        beforeJson.remove(QStringLiteral("version"));
        afterJson.remove(QStringLiteral("version"));
        return cs.audit(QStringLiteral("service"), n->path, QStringLiteral("set"), beforeJson, afterJson,
                        reason);
    });
}

} // namespace opsdeck
