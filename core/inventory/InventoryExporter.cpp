#include "inventory/InventoryExporter.h"

#include "inventory/InventoryApplier.h"
#include "inventory/InventoryRows.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace opsdeck {

using namespace inventory_rows;

Result<InventoryDocument> InventoryExporter::exportDocument() const
{
    QSqlDatabase db = m_db->connection();
    InventoryDocument doc;
    doc.sourceName = QStringLiteral("opsdeck");
    {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT path, kind, product_line, vars FROM tree_nodes ORDER BY path")))
            return Database::sqlError(QCoreApplication::translate("Inventory", "reading the tree failed"),
                                      q.lastError());
        while (q.next()) {
            InventoryNode n;
            n.path = q.value(0).toString();
            n.kind = nodeKindFromName(q.value(1).toString()).value_or(NodeKind::Folder);
            n.productLine = q.value(2).toInt() != 0;
            const QString vars = q.value(3).toString();
            if (vars != QLatin1String("{}"))
                n.vars = QJsonDocument::fromJson(vars.toUtf8()).object().toVariantMap();
            doc.nodes << n;
        }
    }
    {
        QHash<QString, qsizetype> nodeIndex;
        for (qsizetype i = 0; i < doc.nodes.size(); ++i)
            nodeIndex.insert(doc.nodes.at(i).path, i);
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (!q.exec(
                QStringLiteral("SELECT t.path, u.url FROM node_urls u JOIN tree_nodes t ON t.id = u.node_id "
                               "ORDER BY t.path, u.url")))
            return Database::sqlError(QCoreApplication::translate("Inventory", "reading URLs failed"),
                                      q.lastError());
        while (q.next())
            if (auto it = nodeIndex.constFind(q.value(0).toString()); it != nodeIndex.constEnd())
                doc.nodes[*it].urls << q.value(1).toString();
    }
    QHash<qint64, qsizetype> index;
    {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral(
                "SELECT m.id, m.name, m.address, m.port, m.ssh_user, p.name, m.state, m.tags FROM machines m "
                "JOIN pools p ON p.id = m.pool_id ORDER BY m.name")))
            return Database::sqlError(QCoreApplication::translate("Inventory", "reading machines failed"),
                                      q.lastError());
        while (q.next()) {
            InventoryHost h;
            h.name = q.value(1).toString();
            h.address = q.value(2).toString();
            h.port = q.value(3).toInt();
            h.user = q.value(4).toString();
            h.pool = q.value(5).toString();
            h.state = q.value(6).toString();
            if (const QString tags = q.value(7).toString(); tags != QLatin1String("[]"))
                h.tags = tagsFromJson(tags);
            index.insert(q.value(0).toLongLong(), doc.hosts.size());
            doc.hosts << h;
        }
    }
    {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (!q.exec(
                QStringLiteral("SELECT b.machine_id, t.path FROM node_machines b JOIN tree_nodes t ON t.id = "
                               "b.node_id ORDER BY b.machine_id, t.path")))
            return Database::sqlError(QCoreApplication::translate("Inventory", "reading bindings failed"),
                                      q.lastError());
        while (q.next())
            if (auto it = index.constFind(q.value(0).toLongLong()); it != index.constEnd())
                doc.hosts[*it].nodePaths << q.value(1).toString();
    }
    {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (!q.exec(
                QStringLiteral("SELECT machine_id, key, value FROM machine_meta WHERE source = 'import'")))
            return Database::sqlError(QCoreApplication::translate("Inventory", "reading machine meta failed"),
                                      q.lastError());
        while (q.next())
            if (auto it = index.constFind(q.value(0).toLongLong()); it != index.constEnd())
                doc.hosts[*it].meta.insert(q.value(1).toString(),
                                           InventoryApplier::metaValue(q.value(2).toString()));
    }
    {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (!q.exec(
                QStringLiteral("SELECT t.path, m.name, u.port FROM units u JOIN tree_nodes t ON t.id = "
                               "u.service_id JOIN machines m ON m.id = u.machine_id ORDER BY t.path, m.name, "
                               "u.port")))
            return Database::sqlError(QCoreApplication::translate("Inventory", "reading units failed"),
                                      q.lastError());
        while (q.next())
            doc.units << InventoryUnit{q.value(0).toString(), q.value(1).toString(), q.value(2).toInt()};
    }
    {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral(
                "SELECT a.path, coalesce(b.path, ''), coalesce(r.port, 0), coalesce(r.endpoint, '') FROM "
                "relations r JOIN tree_nodes a ON a.id = r.service_id LEFT JOIN tree_nodes b ON b.id = "
                "r.needs_service_id ORDER BY a.path, 2, 3, 4")))
            return Database::sqlError(QCoreApplication::translate("Inventory", "reading relations failed"),
                                      q.lastError());
        while (q.next())
            doc.relations << InventoryRelation{q.value(0).toString(), q.value(1).toString(),
                                               q.value(2).toInt(), q.value(3).toString()};
    }
    return doc;
}

} // namespace opsdeck
