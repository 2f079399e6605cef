#include "inventory/InventoryJson.h"

#include <QJsonArray>

namespace opsdeck::InventoryJson {

QJsonObject machine(const Machine& m)
{
    return {{QStringLiteral("name"), m.name},
            {QStringLiteral("address"), m.address},
            {QStringLiteral("port"), m.port},
            {QStringLiteral("user"), m.user},
            {QStringLiteral("pool"), m.pool},
            {QStringLiteral("state"), MachineLifecycle::stateName(m.state)},
            {QStringLiteral("tags"), QJsonArray::fromStringList(m.tags)},
            {QStringLiteral("nodes"), QJsonArray::fromStringList(m.nodes)},
            {QStringLiteral("last_seen"),
             m.lastSeen ? QJsonValue(static_cast<double>(*m.lastSeen)) : QJsonValue()},
            {QStringLiteral("version"), static_cast<double>(m.version)}};
}

QStringList machineColumns()
{
    return {QStringLiteral("name"), QStringLiteral("address"), QStringLiteral("port"),
            QStringLiteral("user"), QStringLiteral("pool"),    QStringLiteral("state"),
            QStringLiteral("tags"), QStringLiteral("nodes"),   QStringLiteral("last_seen")};
}

QJsonObject node(const TreeNode& n)
{
    return {{QStringLiteral("path"), n.path},
            {QStringLiteral("name"), n.name},
            {QStringLiteral("kind"), n.kind},
            {QStringLiteral("product_line"), n.productLine},
            {QStringLiteral("machines"), n.machines},
            {QStringLiteral("units"), n.units},
            {QStringLiteral("urls"), n.urls},
            {QStringLiteral("total_machines"), n.totalMachines},
            {QStringLiteral("total_units"), n.totalUnits},
            {QStringLiteral("vars"), QJsonObject::fromVariantMap(n.vars)},
            {QStringLiteral("version"), static_cast<double>(n.version)}};
}

QStringList nodeColumns()
{
    return {QStringLiteral("path"),           QStringLiteral("kind"),       QStringLiteral("product_line"),
            QStringLiteral("machines"),       QStringLiteral("units"),      QStringLiteral("urls"),
            QStringLiteral("total_machines"), QStringLiteral("total_units")};
}

QJsonObject unit(const Unit& u)
{
    return {{QStringLiteral("service"), u.service},
            {QStringLiteral("machine"), u.machine},
            {QStringLiteral("address"), u.address},
            {QStringLiteral("port"), u.port},
            {QStringLiteral("deploy_name"), u.deployName},
            {QStringLiteral("machine_state"), MachineLifecycle::stateName(u.machineState)}};
}

QStringList unitColumns()
{
    return {QStringLiteral("service"), QStringLiteral("machine"),     QStringLiteral("address"),
            QStringLiteral("port"),    QStringLiteral("deploy_name"), QStringLiteral("machine_state")};
}

QJsonObject relation(const ResolvedRelation& r)
{
    return {
        {QStringLiteral("id"), static_cast<double>(r.relation.id)},
        {QStringLiteral("service"), r.relation.service},
        {QStringLiteral("needs"), r.relation.needs.isEmpty() ? QJsonValue() : QJsonValue(r.relation.needs)},
        {QStringLiteral("port"), r.relation.port > 0 ? QJsonValue(r.relation.port) : QJsonValue()},
        {QStringLiteral("endpoint"),
         r.relation.endpoint.isEmpty() ? QJsonValue() : QJsonValue(r.relation.endpoint)},
        {QStringLiteral("endpoints"), QJsonArray::fromStringList(r.endpoints)}};
}

QStringList relationColumns()
{
    return {QStringLiteral("id"),   QStringLiteral("service"),  QStringLiteral("needs"),
            QStringLiteral("port"), QStringLiteral("endpoint"), QStringLiteral("endpoints")};
}

QJsonObject auditEntry(const AuditEntry& e)
{
    return {{QStringLiteral("time"), static_cast<double>(e.time)},
            {QStringLiteral("operator"), e.operatorName},
            {QStringLiteral("entity"), e.entity},
            {QStringLiteral("entity_id"), e.entityId},
            {QStringLiteral("action"), e.action},
            {QStringLiteral("before"), e.before},
            {QStringLiteral("after"), e.after},
            {QStringLiteral("reason"), e.reason}};
}

QStringList auditColumns()
{
    return {QStringLiteral("time"),      QStringLiteral("operator"), QStringLiteral("entity"),
            QStringLiteral("entity_id"), QStringLiteral("action"),   QStringLiteral("before"),
            QStringLiteral("after"),     QStringLiteral("reason")};
}

QJsonObject importPlan(const ImportPlan& p)
{
    auto counts = [](const ImportCounts& c) {
        return QJsonObject{{QStringLiteral("added"), c.added},
                           {QStringLiteral("changed"), c.changed},
                           {QStringLiteral("unchanged"), c.unchanged}};
    };
    QJsonArray changes;
    for (const ImportChange& c : p.changes)
        changes.append(QJsonObject{{QStringLiteral("entity"), c.entity},
                                   {QStringLiteral("id"), c.id},
                                   {QStringLiteral("action"), c.action},
                                   {QStringLiteral("fields"), QJsonArray::fromStringList(c.fields)}});
    return {{QStringLiteral("file"), p.file},
            {QStringLiteral("sha256"), QString::fromLatin1(p.sha256.toHex())},
            {QStringLiteral("dry_run"), p.dryRun},
            {QStringLiteral("nodes"), counts(p.nodes)},
            {QStringLiteral("machines"), counts(p.machines)},
            {QStringLiteral("bindings"), counts(p.bindings)},
            {QStringLiteral("urls"), counts(p.urls)},
            {QStringLiteral("units"), counts(p.units)},
            {QStringLiteral("relations"), counts(p.relations)},
            {QStringLiteral("pools_added"), p.poolsAdded},
            {QStringLiteral("warnings"), QJsonArray::fromStringList(p.warnings)},
            {QStringLiteral("changes"), changes}};
}

} // namespace opsdeck::InventoryJson
