// What `opsdeck dashboard` (DashboardCommand.cpp) and `opsdeck export dashboard`
// (DashboardExportCommand.cpp, also in opsdeck-export) share.

#include "cli/DashboardCli.h"

#include "dashboards/DashboardStore.h"
#include "dashboards/HomeDashboard.h"

#include <QFile>

namespace opsdeck::cli::dashboard {

Result<QByteArray> readFile(const QString& path)
{
    QFile f(path);
    if (path == QLatin1String("-") ? !f.open(stdin, QIODevice::ReadOnly) : !f.open(QIODevice::ReadOnly))
        return Error::usage(CliContext::tr("cannot read %1: %2").arg(path, f.errorString()));
    return f.readAll();
}

Result<Dashboard> find(CliContext& ctx, const QString& name)
{
    if (HomeDashboard::isHome(name))
        return HomeDashboard::build();
    auto db = ctx.database();
    if (!db.ok())
        return db.error();
    auto entry = DashboardStore(*db).get(name);
    if (!entry.ok())
        return entry.error();
    return entry->dashboard;
}

} // namespace opsdeck::cli::dashboard
