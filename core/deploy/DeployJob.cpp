#include "deploy/DeployJob.h"

#include "deploy/ConfigTemplate.h"
#include "deploy/DeployLayout.h"
#include "inventory/InventoryReader.h"
#include "inventory/InventoryWriter.h"
#include "inventory/RelationResolver.h"
#include "jobs/HostTargets.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace opsdeck {
namespace {

JobStep exec(const QString& name, const QString& command)
{
    JobStep s;
    s.name = name;
    s.command = command;
    return s;
}

// relation NAME -> endpoints, as the hooks' OPSDECK_RELATIONS file holds them.
QByteArray relationsJson(const QList<ResolvedRelation>& relations)
{
    QJsonObject o;
    const QHash<QString, QString> values = ConfigTemplate::relationValues(relations);
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        o.insert(it.key().mid(int(qstrlen("relation."))),
                 QJsonArray::fromStringList(it.value().split(QLatin1Char(','), Qt::SkipEmptyParts)));
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

Result<int> unitIdOf(Database& db, qint64 unitRowId)
{
    QSqlDatabase c = db.connection();
    auto q = Database::exec(c, QStringLiteral("SELECT unit_id FROM units WHERE id = ?"), {unitRowId});
    if (!q.ok())
        return q.error();
    return q->next() ? q->value(0).toInt() : 0;
}

// A unit's host label: its machine, or machine:port when the machine runs several units.
QString labelOf(const Unit& u, const QList<Unit>& all)
{
    const auto sameMachine =
        std::count_if(all.begin(), all.end(), [&](const Unit& o) { return o.machine == u.machine; });
    return sameMachine > 1 ? QStringLiteral("%1:%2").arg(u.machine).arg(u.port) : u.machine;
}

// The unit's values for its config template and health check.
QHash<QString, QString> unitValues(const UnitPlace& place, const QHash<QString, QString>& relations)
{
    QHash<QString, QString> v = relations;
    v.insert(QStringLiteral("port"), QString::number(place.port));
    v.insert(QStringLiteral("address"), place.address);
    v.insert(QStringLiteral("machine"), place.machine);
    v.insert(QStringLiteral("service"), place.servicePath);
    v.insert(QStringLiteral("unit"), place.unitName());
    v.insert(QStringLiteral("unit_id"), QString::number(place.unitId));
    return v;
}

Result<QString> healthCommand(const ServiceSettings& s, const UnitPlace& place,
                              const QHash<QString, QString>& values)
{
    // Tried for up to 30 s on the host: a service takes a moment to listen.
    const QString loop =
        QStringLiteral("i=0; until %1; do i=$((i+1)); [ $i -ge 30 ] && exit 1; sleep 1; done");
    if (!s.healthCmd.isEmpty()) {
        auto cmd = ConfigTemplate(s.healthCmd).render(values);
        if (!cmd.ok())
            return cmd.error();
        return QStringLiteral("cd %1 && ")
                   .arg(DeployCommands::quote(place.unitDir() + QStringLiteral("/current"))) +
               loop.arg(QStringLiteral("sh -c %1").arg(DeployCommands::quote(*cmd)));
    }
    auto url = ConfigTemplate(s.healthUrl).render(values);
    if (!url.ok())
        return url.error();
    return loop.arg(
        QStringLiteral("curl -fsS -o /dev/null --max-time 5 %1").arg(DeployCommands::quote(*url)));
}

} // namespace

Result<QList<Unit>> DeployJob::unitsWithPlanned(const QString& servicePath,
                                                const QList<Placement>& planned) const
{
    auto units = InventoryReader(m_db).loadUnits(servicePath);
    if (!units.ok() || planned.isEmpty())
        return units;
    const HostTargets targets(m_db);
    for (const Placement& p : planned) {
        auto target = targets.byName(p.machine);
        if (!target.ok())
            return target.error();
        Unit u;
        u.service = servicePath;
        u.machine = p.machine;
        u.address = target->host;
        u.port = p.port;
        units->append(u); // no row yet: unit_id renders as 0 in the check
    }
    return units;
}

Result<DeployJob::Built> DeployJob::build(const Request& request, qint64 nowSecs) const
{
    auto manifest = PackageManifest::read(request.packageFile);
    if (!manifest.ok())
        return manifest.error();
    InventoryWriter writer(m_db);
    auto settings = ServiceStore(writer).get(request.servicePath);
    if (!settings.ok())
        return settings.error();
    auto units = unitsWithPlanned(settings->path, request.planned);
    if (!units.ok())
        return units.error();
    if (units->isEmpty())
        return Error::refused(
            QCoreApplication::translate("DeployJob",
                                        "%1 has no units to deploy to; add some with opsdeck unit add or "
                                        "opsdeck service scale")
                .arg(settings->path));
    auto relations = RelationResolver(m_db).resolve(settings->path);
    if (!relations.ok())
        return relations.error();
    const QHash<QString, QString> relationValues = ConfigTemplate::relationValues(*relations);
    const ConfigTemplate config(settings->configTemplate);
    if (Status c = config.check(ConfigTemplate::unitNames() + relationValues.keys()); !c.ok())
        return c.error();
    Built out;
    out.manifest = *manifest;
    out.release =
        request.release.isEmpty()
            ? QDateTime::fromSecsSinceEpoch(nowSecs, Qt::UTC).toString(QStringLiteral("yyyyMMdd-HHmmss"))
            : request.release;
    if (out.release.contains(QLatin1Char('/')) || out.release.startsWith(QLatin1Char('.')))
        return Error::usage(
            QCoreApplication::translate("DeployJob", "a release name cannot hold '/' or start with '.': %1")
                .arg(out.release));
    const QByteArray relationsFile = relationsJson(*relations);
    const HostTargets targets(m_db);
    for (const Unit& u : std::as_const(*units)) {
        const QString label = labelOf(u, *units);
        if (!request.onlyUnits.isEmpty() && !request.onlyUnits.contains(label) &&
            !request.onlyUnits.contains(QStringLiteral("%1:%2").arg(u.machine).arg(u.port)))
            continue;
        auto target = targets.byName(u.machine);
        auto unitId = unitIdOf(*m_db, u.id);
        if (!target.ok() || !unitId.ok())
            return !target.ok() ? target.error() : unitId.error();
        target->label = label;
        UnitPlace place;
        place.deployRoot = settings->deployRoot;
        place.service = settings->path.section(QLatin1Char('/'), -1);
        place.servicePath = settings->path;
        place.machine = u.machine;
        place.address = u.address;
        place.port = u.port;
        place.unitId = *unitId;
        place.release = out.release;
        const QHash<QString, QString> values = unitValues(place, relationValues);
        auto rendered = config.render(values);
        if (!rendered.ok())
            return rendered.error();
        HostWork work;
        work.target = *target;
        const QString uploaded =
            place.unitDir() + QStringLiteral("/.package-") + out.release + QStringLiteral(".tar.gz");
        work.steps << exec(QStringLiteral("prepare"),
                           QStringLiteral("mkdir -p %1")
                               .arg(DeployCommands::quote(place.unitDir() + QStringLiteral("/releases"))));
        JobStep upload;
        upload.kind = JobStep::Kind::Upload;
        upload.name = QStringLiteral("upload");
        upload.localPath = request.packageFile;
        upload.remotePath = uploaded;
        upload.knownSha256 = manifest->sha256;
        work.steps << upload;
        work.steps << exec(QStringLiteral("unpack"), DeployCommands::unpack(place, uploaded));
        work.steps << exec(QStringLiteral("config"),
                           DeployCommands::writeFile(place.configFile(), rendered->toUtf8()));
        work.steps << exec(QStringLiteral("relations"),
                           DeployCommands::writeFile(place.relationsFile(), relationsFile));
        for (const QString& hook : {QStringLiteral("install"), QStringLiteral("config-changed")})
            if (manifest->hooks.contains(hook))
                work.steps << exec(hook, DeployCommands::hook(place, hook));
        work.steps << exec(QStringLiteral("stop"),
                           DeployCommands::hookInCurrent(place, QStringLiteral("stop")));
        for (const QString& hook : {QStringLiteral("start"), QStringLiteral("relation-changed")})
            if (manifest->hooks.contains(hook))
                work.steps << exec(hook, DeployCommands::hook(place, hook));
        work.steps << exec(QStringLiteral("switch"), DeployCommands::switchCurrent(place));
        if (!settings->healthCmd.isEmpty() || !settings->healthUrl.isEmpty()) {
            auto health = healthCommand(*settings, place, values);
            if (!health.ok())
                return health.error();
            work.steps << exec(QStringLiteral("health"), *health);
        }
        if (request.rollback) {
            work.onFailure << exec(QStringLiteral("rollback"), DeployCommands::rollback(place, out.release));
            work.onFailure << exec(QStringLiteral("start"),
                                   DeployCommands::hookInCurrent(place, QStringLiteral("start")));
        }
        out.hosts.append(work);
    }
    if (out.hosts.isEmpty())
        return Error::notFound(QCoreApplication::translate("DeployJob", "none of %1 is a unit of %2")
                                   .arg(request.onlyUnits.join(QStringLiteral(", ")), settings->path));
    out.spec.kind = JobKind::Deploy;
    out.spec.target = settings->path;
    out.spec.operatorName = InventoryWriter::osUserName();
    out.spec.options = {{QStringLiteral("package"), request.packageFile},
                        {QStringLiteral("sha256"), QString::fromLatin1(manifest->sha256)},
                        {QStringLiteral("release"), out.release},
                        {QStringLiteral("rollback"), request.rollback}};
    return out;
}

Result<DeployJob::Built> DeployJob::relationChanged(const QString& servicePath) const
{
    auto changes = RelationResolver(m_db).changesFor(servicePath);
    if (!changes.ok())
        return changes.error();
    Built out;
    out.spec.kind = JobKind::RelationChanged;
    out.spec.target = servicePath;
    out.spec.operatorName = InventoryWriter::osUserName();
    InventoryWriter writer(m_db);
    const HostTargets targets(m_db);
    QHash<QString, int> byLabel; // one host entry per upstream unit
    for (const RelationChange& c : std::as_const(*changes)) {
        auto settings = ServiceStore(writer).get(c.unit.service);
        auto relations = RelationResolver(m_db).resolve(c.unit.service);
        auto target = targets.byName(c.unit.machine);
        auto unitId = unitIdOf(*m_db, c.unit.id);
        if (!settings.ok() || !relations.ok() || !target.ok() || !unitId.ok())
            return !settings.ok()    ? settings.error()
                   : !relations.ok() ? relations.error()
                   : !target.ok()    ? target.error()
                                     : unitId.error();
        const QString label = QStringLiteral("%1:%2").arg(c.unit.machine).arg(c.unit.port);
        if (byLabel.contains(label))
            continue;
        UnitPlace place;
        place.deployRoot = settings->deployRoot;
        place.service = c.unit.service.section(QLatin1Char('/'), -1);
        place.servicePath = c.unit.service;
        place.machine = c.unit.machine;
        place.address = c.unit.address;
        place.port = c.unit.port;
        place.unitId = *unitId;
        const QString current = place.unitDir() + QStringLiteral("/current");
        HostWork work;
        work.target = *target;
        work.target.label = label;
        work.steps << exec(
            QStringLiteral("relations"),
            QStringLiteral("[ -d %1 ] || { echo 'no current release yet: its first deploy writes the "
                           "list'; exit 0; }; ")
                    .arg(DeployCommands::quote(current)) +
                DeployCommands::writeFile(current + QStringLiteral("/opsdeck-relations.json"),
                                          relationsJson(*relations)));
        work.steps << exec(QStringLiteral("relation-changed"),
                           DeployCommands::hookInCurrent(place, QStringLiteral("relation-changed")));
        byLabel.insert(label, int(out.hosts.size()));
        out.hosts.append(work);
    }
    return out;
}

} // namespace opsdeck
