// `opsdeck unit add|list|remove`: instances of a service on READY machines; add and
// remove then run the upstream update (relation-changed on the units that need it).

#include "cli/JobConsole.h"
#include "cli/VerbTable.h"
#include "inventory/InventoryJson.h"
#include "inventory/InventoryReader.h"
#include "inventory/UnitStore.h"

#include <QJsonArray>

namespace opsdeck::cli {
namespace {

int unitList(CliContext& ctx, const QCommandLineParser& p, const QStringList& rest)
{
    if (rest.size() > 1)
        return ctx.usage(CliContext::tr("unit list takes at most one SERVICE_PATH"));
    const OutputFormat format = formatOf(p);
    auto db = ctx.database();
    if (!db.ok())
        return ctx.fail(db.error());
    auto units =
        InventoryReader(*db).loadUnits(nodePathArgument(rest.value(0)), p.value(QStringLiteral("machine")));
    if (!units.ok())
        return ctx.fail(units.error());
    QJsonArray rows;
    for (const Unit& u : std::as_const(*units))
        rows.append(InventoryJson::unit(u));
    printRecords(ctx.out, format, QStringLiteral("units"), InventoryJson::unitColumns(), rows);
    return 0;
}

int unitChange(CliContext& ctx, const QCommandLineParser& p, const QStringList& rest, bool add)
{
    if (rest.size() != 1 || !p.isSet(QStringLiteral("machine")) || !p.isSet(QStringLiteral("port")))
        return ctx.usage(CliContext::tr("unit %1 takes one SERVICE_PATH, --machine NAME and --port N")
                             .arg(add ? QStringLiteral("add") : QStringLiteral("remove")));
    const int port = p.value(QStringLiteral("port")).toInt(); // checked by the verb table
    const UnitSpec spec{nodePathArgument(rest.at(0)), p.value(QStringLiteral("machine")), port};
    auto db = ctx.database();
    if (!db.ok())
        return ctx.fail(db.error());
    InventoryWriter writer(*db);
    UnitStore units(writer);
    const QString reason = p.value(QStringLiteral("reason"));
    const Status s = add ? units.add(spec, reason) : units.remove(spec, reason);
    if (!s.ok())
        return ctx.fail(s.error());
    const QString unitName = UnitStore::deployName(spec.service, port);
    ctx.out << (add ? CliContext::tr("added unit %1 on %2") : CliContext::tr("removed unit %1 from %2"))
                   .arg(unitName, spec.machine)
            << Qt::endl;
    if (p.isSet(QStringLiteral("no-notify")))
        return 0;
    // The change is made; a failed upstream update says so and how to run it again.
    UpstreamUpdate::Options options;
    options.acceptNew = p.isSet(QStringLiteral("accept-new"));
    options.cause = QStringLiteral("unit %1 %2@%3")
                        .arg(add ? QStringLiteral("add") : QStringLiteral("remove"), unitName, spec.machine);
    const int rc = runUpstreamUpdate(ctx, *db, spec.service, options);
    if (rc != 0)
        ctx.err << "opsdeck: "
                << CliContext::tr("the unit change stays; notify the upstream units again with `opsdeck "
                                  "relation notify %1`")
                       .arg(spec.service)
                << Qt::endl;
    return rc;
}

int runUnit(CliContext& ctx)
{
    const QString machine = QStringLiteral("machine");
    const QString port = QStringLiteral("port");
    const QString reason = QStringLiteral("reason");
    const QString noNotify = QStringLiteral("no-notify");
    const QString acceptNew = QStringLiteral("accept-new");
    auto changeVerb = [](bool add) {
        return [add](CliContext& c, const QCommandLineParser& p, const QStringList& rest) {
            return unitChange(c, p, rest, add);
        };
    };
    return VerbTable(QStringLiteral("unit"))
        .option({machine, CliContext::tr("the machine (must be READY for add)"), QStringLiteral("NAME")})
        .option({port, CliContext::tr("the unit's port"), QStringLiteral("N"), check::port()})
        .option(reasonOption())
        .option({noNotify, CliContext::tr("do not run relation-changed on the units that need the service")})
        .option({acceptNew, CliContext::tr("write a host's unknown key to Opsdeck's known_hosts")})
        .option(formatOption(CliContext::tr("json, csv, table or text (list)")))
        .verb({QStringLiteral("add"),
               QStringLiteral(
                   "SERVICE_PATH --machine NAME --port N [--reason TEXT] [--no-notify] [--accept-new]"),
               {machine, port, reason, noNotify, acceptNew},
               changeVerb(true)})
        .verb({QStringLiteral("list"),
               QStringLiteral("[SERVICE_PATH] [--machine NAME] [--format F]"),
               {machine, QStringLiteral("format")},
               unitList})
        .verb({QStringLiteral("remove"),
               QStringLiteral(
                   "SERVICE_PATH --machine NAME --port N [--reason TEXT] [--no-notify] [--accept-new]"),
               {machine, port, reason, noNotify, acceptNew},
               changeVerb(false)})
        .run(ctx);
}

} // namespace

OPSDECK_COMMAND("unit", QT_TRANSLATE_NOOP("commands", "units: a service's instances on machines"), runUnit);

} // namespace opsdeck::cli
