#include "alerts/AlertContext.h"

#include "checks/CheckStateStore.h"
#include "checks/MaintenanceStore.h"

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
        auto windows = MaintenanceStore(db).activeAt(clock.nowMs());
        if (!windows.ok())
            return windows.error();
        ctx.windows = std::move(windows.value());
        if (ctx.windows.isEmpty())
            return ctx;
        QSqlDatabase c = db->connection();
        auto paths = nodePathsOf(c, e);
        if (!paths.ok())
            return paths.error();
        ctx.nodePaths = *paths;
        return ctx;
    };
}

} // namespace opsdeck
