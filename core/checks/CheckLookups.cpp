#include "checks/CheckLookups.h"

#include "sources/BlockingKeychain.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace opsdeck::check_lookups {

std::function<QString(const QString& machine)> address(std::shared_ptr<Database> db)
{
    return [db](const QString& machine) -> QString {
        QSqlDatabase c = db->connection();
        auto q = Database::exec(c, QStringLiteral("SELECT address FROM machines WHERE name = ?"), {machine});
        return q.ok() && q->next() ? q->value(0).toString() : QString();
    };
}

std::function<QString(const QString& machine, const QString& metric)>
sourceHealth(std::shared_ptr<Database> db)
{
    return [db](const QString& machine, const QString&) -> QString {
        QSqlDatabase c = db->connection();
        auto q = Database::exec(
            c,
            QStringLiteral(
                "SELECT s.id, s.kind, s.url FROM source_targets t JOIN sources s ON s.id = t.source_id "
                "WHERE t.machine = ? AND t.state = 'down' AND NOT EXISTS (SELECT 1 FROM "
                "source_targets o WHERE o.machine = t.machine AND o.state = 'ok') ORDER BY s.id LIMIT 1"),
            {machine});
        if (!q.ok() || !q->next())
            return {};
        return QCoreApplication::translate("CheckLookups", "%1 source %2 (%3)")
            .arg(q->value(1).toString(), q->value(0).toString(), q->value(2).toString());
    };
}

QString passwordEntry(const QString& checkName)
{
    return QStringLiteral("check:%1").arg(checkName);
}

QString keychainPassword(const CheckDefinition& check)
{
    auto secret = BlockingKeychain::read(passwordEntry(check.name));
    return secret.ok() ? *secret : QString();
}

ProbeServices withInventory(ProbeServices services, const std::shared_ptr<Database>& db)
{
    services.password = keychainPassword;
    services.address = address(db);
    services.sourceHealth = sourceHealth(db);
    return services;
}

} // namespace opsdeck::check_lookups
