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
        });
    }
    QJsonArray machines;
    for (const InventoryHost& h : doc.hosts) {
        machines.append(QJsonObject{
            {QStringLiteral("name"), h.name},
            {QStringLiteral("address"), h.address},
            {QStringLiteral("port"), h.port},
            {QStringLiteral("user"), h.user},
            {QStringLiteral("pool"), h.pool},
            {QStringLiteral("nodes"), QJsonArray::fromStringList(h.nodePaths)},
            {QStringLiteral("meta"), variant_json::toJson(h.meta)},
        });
    }
    const QJsonObject root{
        {QStringLiteral("format"), QStringLiteral("opsdeck-inventory")},
        {QStringLiteral("version"), 1},
        {QStringLiteral("nodes"), nodes},
        {QStringLiteral("machines"), machines},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace opsdeck
