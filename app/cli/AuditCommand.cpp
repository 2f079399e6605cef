// `opsdeck audit list`: who changed what in the inventory, and when.

#include "cli/VerbTable.h"
#include "inventory/InventoryJson.h"
#include "inventory/InventoryReader.h"
#include "util/Clock.h"
#include "util/TimeSpec.h"

#include <QJsonArray>
#include <QJsonObject>
#include <limits>

namespace opsdeck::cli {
namespace {

int auditList(CliContext& ctx, const QCommandLineParser& p, const QStringList& rest)
{
    if (!rest.isEmpty())
        return ctx.usage(CliContext::tr("unexpected argument '%1'").arg(rest.first()));
    AuditFilter filter;
    if (p.isSet(QStringLiteral("since"))) // checked by the verb table
        filter.since =
            TimeSpec::parseTime(p.value(QStringLiteral("since")), Clock::system().nowSecs()).valueOr(0);
    filter.entity = p.value(QStringLiteral("entity"));
    filter.entityId = p.value(QStringLiteral("id"));
    if (p.isSet(QStringLiteral("limit")))
        filter.limit = p.value(QStringLiteral("limit")).toInt();
    const OutputFormat format = formatOf(p);
    auto db = ctx.database();
    if (!db.ok())
        return ctx.fail(db.error());
    auto entries = InventoryReader(*db).loadAudit(filter);
    if (!entries.ok())
        return ctx.fail(entries.error());
    QJsonArray rows;
    for (const AuditEntry& e : std::as_const(*entries))
        rows.append(InventoryJson::auditEntry(e));
    printRecords(ctx.out, format, QStringLiteral("entries"), InventoryJson::auditColumns(), rows, {},
                 {QStringLiteral("time")});
    return 0;
}

int runAudit(CliContext& ctx)
{
    return VerbTable(QStringLiteral("audit"))
        .option({QStringLiteral("since"),
                 CliContext::tr("only entries at or after TIME (ISO 8601, epoch, -1h, ...)"),
                 QStringLiteral("TIME"), check::time()})
        .option({QStringLiteral("entity"),
                 CliContext::tr("only this kind: machine, node, binding, url, unit, relation, "
                                "service, pool, import"),
                 QStringLiteral("E")})
        .option({QStringLiteral("id"), CliContext::tr("only this machine name or node path"),
                 QStringLiteral("ID")})
        .option({QStringLiteral("limit"), CliContext::tr("only the newest N entries"), QStringLiteral("N"),
                 check::number(1, std::numeric_limits<int>::max())})
        .option(formatOption())
        .verb({QStringLiteral("list"),
               QStringLiteral("[--since T] [--entity E] [--id ID] [--limit N] [--format F]"),
               {QStringLiteral("since"), QStringLiteral("entity"), QStringLiteral("id"),
                QStringLiteral("limit"), QStringLiteral("format")},
               auditList})
        .run(ctx);
}

} // namespace

OPSDECK_COMMAND("audit", QT_TRANSLATE_NOOP("commands", "the inventory's audit log"), runAudit);

} // namespace opsdeck::cli
