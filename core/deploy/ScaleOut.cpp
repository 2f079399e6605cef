#include "deploy/ScaleOut.h"

#include "deploy/PlacementCandidates.h"
#include "inventory/InventoryReader.h"
#include "inventory/ServiceStore.h"
#include "inventory/UnitStore.h"

#include <QCoreApplication>

namespace opsdeck {
namespace {

// The port most of the service's units use (the lowest of equals); 0 when it has none.
int usualPort(const QList<Unit>& units)
{
    QHash<int, int> counts;
    for (const Unit& u : units)
        ++counts[u.port];
    int best = 0;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        if (best == 0 || it.value() > counts.value(best) ||
            (it.value() == counts.value(best) && it.key() < best))
            best = it.key();
    return best;
}

} // namespace

Result<ScaleOut::Plan> ScaleOut::plan(const QString& servicePath, int wanted, int port, qint64 nowSecs) const
{
    InventoryWriter writer(m_db);
    auto settings = ServiceStore(writer).get(servicePath);
    if (!settings.ok())
        return settings.error();
    auto units = InventoryReader(m_db).loadUnits(settings->path, QString());
    if (!units.ok())
        return units.error();
    if (wanted <= units->size())
        return Error::refused(QCoreApplication::translate(
                                  "ScaleOut", "%1 has %2 units already; scaling in is `opsdeck unit remove`")
                                  .arg(settings->path)
                                  .arg(units->size()));
    if (port <= 0)
        port = usualPort(*units);
    if (port <= 0)
        return Error::usage(
            QCoreApplication::translate("ScaleOut", "%1 has no units yet: give the port with --port")
                .arg(settings->path));
    MetricStore metrics(m_metricsDb);
    auto candidates = PlacementCandidates::read(*m_db, metrics, settings->path, settings->pool, nowSecs);
    if (!candidates.ok())
        return candidates.error();
    auto placements = PlacementPlanner::plan(int(wanted - units->size()),
                                             {settings->unitCpu, settings->unitMem, port}, *candidates);
    if (!placements.ok())
        return placements.error();
    return Plan{settings->path, int(units->size()), *placements};
}

Status ScaleOut::checkDeploy(const Plan& plan, DeployJob::Request request, qint64 nowSecs) const
{
    request.servicePath = plan.servicePath;
    request.planned = plan.placements;
    for (const Placement& p : plan.placements)
        request.onlyUnits << label(p);
    auto built = DeployJob(m_db).build(request, nowSecs);
    if (!built.ok())
        return built.error();
    return {};
}

Status ScaleOut::add(const Plan& plan, const QString& reason) const
{
    QList<UnitSpec> specs;
    for (const Placement& p : plan.placements)
        specs.append({plan.servicePath, p.machine, p.port});
    InventoryWriter writer(m_db);
    return UnitStore(writer).addMany(specs, reason);
}

Status ScaleOut::remove(const QString& servicePath, const QList<Placement>& units,
                        const QString& reason) const
{
    InventoryWriter writer(m_db);
    UnitStore store(writer);
    for (const Placement& p : units)
        if (Status s = store.remove({servicePath, p.machine, p.port}, reason); !s.ok())
            return s;
    return {};
}

QString ScaleOut::label(const Placement& p)
{
    return QStringLiteral("%1:%2").arg(p.machine).arg(p.port);
}

} // namespace opsdeck
