#include "inventory/InventoryExporter.h"

#include "inventory/InventoryApplier.h"
#include "inventory/InventoryRows.h"

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
            return Database::sqlError(tr("reading the tree failed"), q.lastError());
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
    QHash<qint64, qsizetype> index;
    {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral(
                "SELECT m.id, m.name, m.address, m.port, m.ssh_user, p.name FROM machines m JOIN "
                "pools p ON p.id = m.pool_id ORDER BY m.name")))
            return Database::sqlError(tr("reading machines failed"), q.lastError());
        while (q.next()) {
            InventoryHost h;
            h.name = q.value(1).toString();
            h.address = q.value(2).toString();
            h.port = q.value(3).toInt();
            h.user = q.value(4).toString();
            h.pool = q.value(5).toString();
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
            return Database::sqlError(tr("reading bindings failed"), q.lastError());
        while (q.next())
            if (auto it = index.constFind(q.value(0).toLongLong()); it != index.constEnd())
                doc.hosts[*it].nodePaths << q.value(1).toString();
    }
    {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (!q.exec(
                QStringLiteral("SELECT machine_id, key, value FROM machine_meta WHERE source = 'import'")))
            return Database::sqlError(tr("reading machine meta failed"), q.lastError());
        while (q.next())
            if (auto it = index.constFind(q.value(0).toLongLong()); it != index.constEnd())
                doc.hosts[*it].meta.insert(q.value(1).toString(),
                                           InventoryApplier::metaValue(q.value(2).toString()));
    }
    return doc;
}

} // namespace opsdeck
