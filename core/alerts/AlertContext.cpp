#include "alerts/AlertContext.h"

#include "checks/CheckStateStore.h"

#include <QSqlQuery>

namespace opsdeck {

namespace {

Result<QStringList> nodePathsOf(QSqlDatabase& c, const AlertEvent& e)
{
    QStringList paths;
    auto check = Database::exec(c, QStringLiteral("SELECT node_path FROM checks WHERE id = ?"), {e.checkId});
    if (!check.ok())
        return check.error();
    if (check->next() && !check->value(0).isNull())
        paths << check->value(0).toString();
    if (!e.target.isEmpty()) {
        auto bound =
            Database::exec(c,
                           QStringLiteral("SELECT n.path FROM node_machines nm "
                                          "JOIN tree_nodes n ON n.id = nm.node_id "
                                          "JOIN machines m ON m.id = nm.machine_id WHERE m.name = ?"),
                           {e.target});
        if (!bound.ok())
            return bound.error();
        while (bound->next())
            paths << bound->value(0).toString();
    }
    return paths;
}

} // namespace

AlertContextProvider storeAlertContext(std::shared_ptr<Database> db, const Clock& clock)
{
    return [db, &clock](const AlertEvent& e) -> Result<NotifyContext> {
        NotifyContext ctx;
        auto runtimes = CheckStateStore(db, clock).load(e.checkId);
        if (!runtimes.ok())
            return runtimes.error();
        for (const CheckRuntime& r : std::as_const(*runtimes))
            if (r.target == e.target)
                ctx.runtime = r;
        QSqlDatabase c = db->connection();
        const qint64 now = clock.nowMs();
        auto windows =
            Database::exec(c,
                           QStringLiteral("SELECT node_path, from_ms, to_ms, reason FROM maintenance_windows "
                                          "WHERE to_ms > ? AND from_ms <= ?"),
                           {now, now});
        if (!windows.ok())
            return windows.error();
        while (windows->next())
            ctx.windows.append(MaintenanceWindow{windows->value(0).toString(), windows->value(1).toLongLong(),
                                                 windows->value(2).toLongLong(),
                                                 windows->value(3).toString()});
        if (ctx.windows.isEmpty())
            return ctx;
        auto paths = nodePathsOf(c, e);
        if (!paths.ok())
            return paths.error();
        ctx.nodePaths = *paths;
        return ctx;
    };
}

} // namespace opsdeck
