// `opsdeck relation add|list|resolve|remove|notify`: what a service needs downstream, and
// relation-changed on the units that need a service after its units changed.

#include "cli/JobConsole.h"
#include "cli/VerbTable.h"
#include "inventory/InventoryJson.h"
#include "inventory/RelationResolver.h"
#include "inventory/RelationStore.h"

#include <QJsonArray>

namespace opsdeck::cli {
namespace {

// "acme/shop/api needs acme/db (port 5432)" or "acme/shop/api needs pay.example.com:443".
QString describe(const Relation& r)
{
    if (!r.isUnitLevel())
        return CliContext::tr("%1 needs %2").arg(r.service, r.endpoint);
    if (r.port > 0)
        return CliContext::tr("%1 needs %2 (port %3)").arg(r.service, r.needs).arg(r.port);
    return CliContext::tr("%1 needs %2").arg(r.service, r.needs);
}

int relationList(CliContext& ctx, const QCommandLineParser& p, const QStringList& rest, bool resolveOne)
{
    if (resolveOne ? rest.size() != 1 : rest.size() > 1)
        return ctx.usage(resolveOne ? CliContext::tr("relation resolve takes one SERVICE_PATH")
                                    : CliContext::tr("relation list takes at most one SERVICE_PATH"));
    const OutputFormat format = formatOf(p);
    auto db = ctx.database();
    if (!db.ok())
        return ctx.fail(db.error());
    auto resolved = RelationResolver(*db).resolve(nodePathArgument(rest.value(0)));
    if (!resolved.ok())
        return ctx.fail(resolved.error());
    QJsonArray rows;
    for (const ResolvedRelation& r : std::as_const(*resolved))
        rows.append(InventoryJson::relation(r));
    printRecords(ctx.out, format, QStringLiteral("relations"), InventoryJson::relationColumns(), rows);
    return 0;
}

int relationAdd(CliContext& ctx, const QCommandLineParser& p, const QStringList& rest)
{
    const bool service = p.isSet(QStringLiteral("needs"));
    const bool endpoint = p.isSet(QStringLiteral("needs-endpoint"));
    if (rest.size() != 1)
        return ctx.usage(CliContext::tr("relation add takes one SERVICE_PATH"));
    if (service == endpoint)
        return ctx.usage(CliContext::tr("give --needs SERVICE_PATH or --needs-endpoint HOST:PORT"));
    if (p.isSet(QStringLiteral("port")) && !service)
        return ctx.usage(CliContext::tr("--port goes with --needs"));
    const int port = p.value(QStringLiteral("port")).toInt(); // checked by the verb table; 0 if not given
    const QString reason = p.value(QStringLiteral("reason"));
    auto db = ctx.database();
    if (!db.ok())
        return ctx.fail(db.error());
    InventoryWriter writer(*db);
    RelationStore store(writer);
    const QString path = nodePathArgument(rest.at(0));
    const QString needs = service ? nodePathArgument(p.value(QStringLiteral("needs")))
                                  : p.value(QStringLiteral("needs-endpoint"));
    const Status s = service ? store.addNeedsService(path, needs, port, reason)
                             : store.addNeedsEndpoint(path, needs, reason);
    if (!s.ok())
        return ctx.fail(s.error());
    ctx.out << CliContext::tr("%1 now needs %2").arg(path, needs) << Qt::endl;
    return 0;
}

int relationRemove(CliContext& ctx, const QCommandLineParser& p, const QStringList& rest)
{
    bool ok = false;
    const qint64 id = rest.value(0).toLongLong(&ok);
    if (rest.size() != 1 || !ok || id <= 0)
        return ctx.usage(CliContext::tr("relation remove takes one ID (see `opsdeck relation list`)"));
    auto db = ctx.database();
    if (!db.ok())
        return ctx.fail(db.error());
    auto all = RelationResolver(*db).resolveAll();
    if (!all.ok())
        return ctx.fail(all.error());
    QString what;
    for (const ResolvedRelation& r : std::as_const(*all))
        if (r.relation.id == id)
            what = describe(r.relation);
    InventoryWriter writer(*db);
    if (Status s = RelationStore(writer).remove(id, p.value(QStringLiteral("reason"))); !s.ok())
        return ctx.fail(s.error()); // exit 4 for an unknown id
    ctx.out << CliContext::tr("removed relation %1: %2").arg(id).arg(what) << Qt::endl;
    return 0;
}

// yiqiu's upstream update: every unit of each service that needs SERVICE_PATH gets
// relation-changed with the new endpoint list, as a job of its own.
int relationNotify(CliContext& ctx, const QCommandLineParser& p, const QStringList& rest)
{
    if (rest.size() != 1)
        return ctx.usage(CliContext::tr("relation notify takes one SERVICE_PATH"));
    auto db = ctx.database();
    if (!db.ok())
        return ctx.fail(db.error());
    UpstreamUpdate::Options options;
    if (p.isSet(QStringLiteral("parallel")))
        options.parallel = p.value(QStringLiteral("parallel")).toInt();
    options.acceptNew = p.isSet(QStringLiteral("accept-new"));
    options.cause = QStringLiteral("relation notify");
    return runUpstreamUpdate(ctx, *db, nodePathArgument(rest.first()), options);
}

int runRelation(CliContext& ctx)
{
    const QString fmt = QStringLiteral("format");
    const QString reason = QStringLiteral("reason");
    return VerbTable(QStringLiteral("relation"))
        .option({QStringLiteral("needs"), CliContext::tr("the downstream service (unit-level relation)"),
                 QStringLiteral("SERVICE_PATH")})
        .option({QStringLiteral("port"), CliContext::tr("only the downstream's units at this port"),
                 QStringLiteral("N"), check::port()})
        .option({QStringLiteral("needs-endpoint"),
                 CliContext::tr("a third-party endpoint (service-level relation)"),
                 QStringLiteral("HOST:PORT")})
        .option(reasonOption())
        .option(formatOption())
        .option({QStringLiteral("parallel"), CliContext::tr("units in flight at most (notify; default 10)"),
                 QStringLiteral("N"), check::number(1, 1000)})
        .option({QStringLiteral("accept-new"),
                 CliContext::tr("write a host's unknown key to Opsdeck's known_hosts")})
        .verb({QStringLiteral("add"),
               QStringLiteral("SERVICE_PATH (--needs SERVICE_PATH [--port N] | --needs-endpoint HOST:PORT) "
                              "[--reason TEXT]"),
               {QStringLiteral("needs"), QStringLiteral("port"), QStringLiteral("needs-endpoint"), reason},
               relationAdd})
        .verb({QStringLiteral("list"),
               QStringLiteral("[SERVICE_PATH] [--format F]"),
               {fmt},
               [](CliContext& c, const QCommandLineParser& p, const QStringList& rest) {
                   return relationList(c, p, rest, false);
               }})
        .verb({QStringLiteral("resolve"),
               QStringLiteral("SERVICE_PATH [--format F]"),
               {fmt},
               [](CliContext& c, const QCommandLineParser& p, const QStringList& rest) {
                   return relationList(c, p, rest, true);
               }})
        .verb({QStringLiteral("remove"), QStringLiteral("ID [--reason TEXT]"), {reason}, relationRemove})
        .verb({QStringLiteral("notify"),
               QStringLiteral("SERVICE_PATH [--parallel N] [--accept-new]"),
               {QStringLiteral("parallel"), QStringLiteral("accept-new")},
               relationNotify})
        .run(ctx);
}

} // namespace

OPSDECK_COMMAND("relation",
                QT_TRANSLATE_NOOP("commands", "relations between services and what they resolve to"),
                runRelation);

} // namespace opsdeck::cli
