#include "inventory/RelationStore.h"

#include "inventory/InventoryRows.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace opsdeck {

using namespace inventory_rows;

namespace {

QJsonObject relationJson(const QString& service, const QString& needs, int port, const QString& endpoint)
{
    QJsonObject o{{QStringLiteral("service"), service}};
    if (!needs.isEmpty()) {
        o.insert(QStringLiteral("needs"), needs);
        if (port > 0)
            o.insert(QStringLiteral("port"), port);
    } else {
        o.insert(QStringLiteral("endpoint"), endpoint);
    }
    return o;
}

} // namespace

Status RelationStore::validateEndpoint(const QString& endpoint)
{
    const QString e = endpoint.trimmed();
    const qsizetype colon = e.lastIndexOf(QLatin1Char(':'));
    bool ok = false;
    const int port = colon > 0 ? e.mid(colon + 1).toInt(&ok) : 0;
    if (colon <= 0 || !ok || port < 1 || port > 65535 || e.contains(QLatin1Char(' ')))
        return Error::usage(
            QCoreApplication::translate("Inventory", "'%1' is not HOST:PORT (such as db.example.com:5432)")
                .arg(endpoint));
    return {};
}

Status RelationStore::addNeedsService(const QString& service, const QString& needs, int port,
                                      const QString& reason)
{
    if (port < 0 || port > 65535)
        return Error::refused(
            QCoreApplication::translate("Inventory", "the port %1 is outside 1-65535").arg(port));
    return m_writer.change([&](ChangeSet& cs) -> Status {
        auto a = requireService(cs.db(), service);
        if (!a.ok())
            return a.error();
        auto b = requireService(cs.db(), needs);
        if (!b.ok())
            return b.error();
        if (a->id == b->id)
            return Error::refused(
                QCoreApplication::translate("Inventory", "'%1' cannot need itself").arg(a->path));
        auto dup =
            cs.exec(QStringLiteral("SELECT id FROM relations WHERE service_id = ? AND needs_service_id = ? "
                                   "AND coalesce(port, 0) = ?"),
                    {a->id, b->id, port});
        if (!dup.ok())
            return dup.error();
        if (dup->next())
            return Error::refused(
                QCoreApplication::translate("Inventory", "'%1' already needs '%2'").arg(a->path, b->path));
        auto ins = cs.exec(
            QStringLiteral("INSERT INTO relations (service_id, needs_service_id, port, created_at) "
                           "VALUES (?, ?, ?, ?)"),
            {a->id, b->id, port > 0 ? QVariant(port) : QVariant(QMetaType(QMetaType::Int)), cs.now()});
        if (!ins.ok())
            return ins.error();
        return cs.audit(QStringLiteral("relation"), a->path, QStringLiteral("add"), QJsonValue::Null,
                        relationJson(a->path, b->path, port, {}), reason);
    });
}

Status RelationStore::addNeedsEndpoint(const QString& service, const QString& endpoint, const QString& reason)
{
    if (Status s = validateEndpoint(endpoint); !s.ok())
        return s;
    const QString e = endpoint.trimmed();
    return m_writer.change([&](ChangeSet& cs) -> Status {
        auto a = requireService(cs.db(), service);
        if (!a.ok())
            return a.error();
        auto dup = cs.exec(QStringLiteral("SELECT id FROM relations WHERE service_id = ? AND endpoint = ?"),
                           {a->id, e});
        if (!dup.ok())
            return dup.error();
        if (dup->next())
            return Error::refused(
                QCoreApplication::translate("Inventory", "'%1' already needs '%2'").arg(a->path, e));
        auto ins = cs.exec(
            QStringLiteral("INSERT INTO relations (service_id, endpoint, created_at) VALUES (?, ?, ?)"),
            {a->id, e, cs.now()});
        if (!ins.ok())
            return ins.error();
        return cs.audit(QStringLiteral("relation"), a->path, QStringLiteral("add"), QJsonValue::Null,
                        relationJson(a->path, {}, 0, e), reason);
    });
}

Status RelationStore::remove(qint64 relationId, const QString& reason)
{
    return m_writer.change([&](ChangeSet& cs) -> Status {
        auto q = cs.exec(
            QStringLiteral("SELECT a.path, b.path, coalesce(r.port, 0), coalesce(r.endpoint, '') FROM "
                           "relations r JOIN tree_nodes a ON a.id = r.service_id LEFT JOIN tree_nodes b "
                           "ON b.id = r.needs_service_id WHERE r.id = ?"),
            {relationId});
        if (!q.ok())
            return q.error();
        if (!q->next())
            return Error::notFound(QCoreApplication::translate(
                                       "Inventory", "no relation with id %1; see `opsdeck relation list`")
                                       .arg(relationId));
        const QJsonObject before = relationJson(q->value(0).toString(), q->value(1).toString(),
                                                q->value(2).toInt(), q->value(3).toString());
        const QString path = q->value(0).toString();
        q->finish();
        auto del = cs.exec(QStringLiteral("DELETE FROM relations WHERE id = ?"), {relationId});
        if (!del.ok())
            return del.error();
        return cs.audit(QStringLiteral("relation"), path, QStringLiteral("remove"), before, QJsonValue::Null,
                        reason);
    });
}

} // namespace opsdeck
