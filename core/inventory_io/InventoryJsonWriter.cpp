#include "inventory_io/InventoryJsonWriter.h"

#include "inventory_io/VariantJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace opsdeck {

QByteArray writeInventoryJson(const InventoryDocument& doc)
{
    QJsonArray nodes;
    for (const InventoryNode& n : doc.nodes) {
        nodes.append(QJsonObject{
            {QStringLiteral("path"), n.path},
            {QStringLiteral("kind"), nodeKindName(n.kind)},
            {QStringLiteral("product_line"), n.productLine},
            {QStringLiteral("vars"), variant_json::toJson(n.vars)},
            {QStringLiteral("urls"), QJsonArray::fromStringList(n.urls)},
        });
    }
    QJsonArray machines;
    for (const InventoryHost& h : doc.hosts) {
        QJsonObject m{
            {QStringLiteral("name"), h.name},
            {QStringLiteral("address"), h.address},
            {QStringLiteral("port"), h.port},
            {QStringLiteral("user"), h.user},
            {QStringLiteral("pool"), h.pool},
            {QStringLiteral("nodes"), QJsonArray::fromStringList(h.nodePaths)},
            {QStringLiteral("meta"), variant_json::toJson(h.meta)},
            {QStringLiteral("tags"), QJsonArray::fromStringList(h.tags)},
        };
        if (!h.state.isEmpty())
            m.insert(QStringLiteral("state"), h.state);
        machines.append(m);
    }
    QJsonArray units;
    for (const InventoryUnit& u : doc.units)
        units.append(QJsonObject{{QStringLiteral("service"), u.service},
                                 {QStringLiteral("machine"), u.machine},
                                 {QStringLiteral("port"), u.port}});
    QJsonArray relations;
    for (const InventoryRelation& r : doc.relations)
        relations.append(QJsonObject{
            {QStringLiteral("service"), r.service},
            {QStringLiteral("needs"), r.needs.isEmpty() ? QJsonValue() : QJsonValue(r.needs)},
            {QStringLiteral("port"), r.port > 0 ? QJsonValue(r.port) : QJsonValue()},
            {QStringLiteral("endpoint"), r.endpoint.isEmpty() ? QJsonValue() : QJsonValue(r.endpoint)}});
    const QJsonObject root{
        {QStringLiteral("format"), QStringLiteral("opsdeck-inventory")},
        {QStringLiteral("version"), 1},
        {QStringLiteral("nodes"), nodes},
        {QStringLiteral("machines"), machines},
        {QStringLiteral("units"), units},
        {QStringLiteral("relations"), relations},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace opsdeck
