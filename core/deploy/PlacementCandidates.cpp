#include "deploy/PlacementCandidates.h"

#include <QHash>
#include <QSqlQuery>

namespace opsdeck {
namespace {

// The freshest value within the last day (the finest archive keeps two days by default;
// a wider range would read a coarse archive whose current bucket is not complete).
std::optional<double> lastValue(const MetricStore& metrics, const QString& machine, const QString& metric, qint64 now)
{
    MetricQuery q;
    q.machine = machine;
    q.metric = metric;
    q.from = now - 86400;
    q.to = now;
    auto data = metrics.query(q);
    if (!data.ok())
        return std::nullopt;
    for (auto it = data->points.crbegin(); it != data->points.crend(); ++it)
        if (it->value)
            return it->value;
    return std::nullopt;
}

} // namespace

Result<QList<PlacementCandidate>> PlacementCandidates::read(Database& db, const MetricStore& metrics,
                                                            const QString& servicePath, const QString& pool,
                                                            qint64 now)
{
    QSqlDatabase c = db.connection();
    auto machines =
        Database::exec(c,
                       QStringLiteral("SELECT m.id, m.name FROM machines m JOIN pools p ON p.id = m.pool_id "
                                      "WHERE p.name = ? AND m.state = 'READY' ORDER BY m.name"),
                       {pool.isEmpty() ? QStringLiteral("default") : pool});
    if (!machines.ok())
        return machines.error();
    QList<PlacementCandidate> out;
    QHash<qint64, int> index;
    while (machines->next()) {
        index.insert(machines->value(0).toLongLong(), int(out.size()));
        PlacementCandidate k;
        k.machine = machines->value(1).toString();
        out.append(k);
    }
    auto units = Database::exec(
        c, QStringLiteral("SELECT u.machine_id, u.port, coalesce(s.unit_cpu, 0), "
                          "coalesce(s.unit_mem, 0), n.path FROM units u JOIN tree_nodes n ON "
                          "n.id = u.service_id LEFT JOIN services s ON s.node_id = u.service_id"));
    if (!units.ok())
        return units.error();
    while (units->next()) {
        const auto at = index.constFind(units->value(0).toLongLong());
        if (at == index.constEnd())
            continue;
        PlacementCandidate& k = out[*at];
        k.usedPorts.append(units->value(1).toInt());
        k.claimedCpu += units->value(2).toDouble();
        k.claimedMem += units->value(3).toLongLong();
        if (units->value(4).toString() == servicePath)
            ++k.unitsOfService;
    }
    for (PlacementCandidate& k : out) {
        k.processors = lastValue(metrics, k.machine, QStringLiteral("processors"), now);
        if (auto mem = lastValue(metrics, k.machine, QStringLiteral("memory-total"), now))
            k.memoryBytes = qint64(*mem);
    }
    return out;
}

} // namespace opsdeck
