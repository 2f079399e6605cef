// `opsdeck audit list`: who changed what in the inventory, and when.

#include "cli/CommandRegistry.h"
#include "cli/Output.h"
#include "inventory/InventoryJson.h"
#include "inventory/InventoryReader.h"
#include "util/Clock.h"
#include "util/TimeSpec.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>

namespace opsdeck::cli {
namespace {

int runAudit(CliContext& ctx)
{
    QCommandLineParser p;
    p.addHelpOption();
    p.addPositionalArgument(QStringLiteral("verb"), QStringLiteral("list"));
    p.addOptions({
        {QStringLiteral("since"), CliContext::tr("only entries at or after TIME (ISO 8601, epoch, -1h, ...)"),
         QStringLiteral("TIME")},
        {QStringLiteral("entity"),
         CliContext::tr("only this kind: machine, node, binding, url, unit, relation, "
                        "service, pool, import"),
         QStringLiteral("E")},
        {QStringLiteral("id"), CliContext::tr("only this machine name or node path"), QStringLiteral("ID")},
        {QStringLiteral("limit"), CliContext::tr("only the newest N entries"), QStringLiteral("N")},
        {QStringLiteral("format"), CliContext::tr("json, csv or table"), QStringLiteral("FORMAT")},
    });
    if (const auto done = ctx.parse(p))
        return *done;
    const QStringList pos = p.positionalArguments(); // the noun went to the program name
    if (p.isSet(QStringLiteral("help"))) {
        ctx.out << p.helpText();
        ctx.out.flush();
        return 0;
    }
    if (!pos.isEmpty() && pos.first() != QLatin1String("list"))
        return ctx.usage(CliContext::tr("unknown verb '%1' for audit: use list").arg(pos.first()));
    AuditFilter filter;
    if (p.isSet(QStringLiteral("since"))) {
        auto t = TimeSpec::parseTime(p.value(QStringLiteral("since")), Clock::system().nowSecs());
        if (!t.ok())
            return ctx.fail(t.error());
        filter.since = *t;
    }
    filter.entity = p.value(QStringLiteral("entity"));
    filter.entityId = p.value(QStringLiteral("id"));
    if (p.isSet(QStringLiteral("limit"))) {
        bool ok = false;
        filter.limit = p.value(QStringLiteral("limit")).toInt(&ok);
        if (!ok || filter.limit < 1)
            return ctx.usage(CliContext::tr("--limit takes a positive number"));
    }
    auto format = parseOutputFormat(p.value(QStringLiteral("format")));
    if (!format.ok())
        return ctx.fail(format.error());
    auto db = ctx.database();
    if (!db.ok())
        return ctx.fail(db.error());
    auto entries = InventoryReader(*db).loadAudit(filter);
    if (!entries.ok())
        return ctx.fail(entries.error());
    QJsonArray rows;
    for (const AuditEntry& e : std::as_const(*entries)) {
        QJsonObject o = InventoryJson::auditEntry(e);
        if (*format != OutputFormat::Json)
            o.insert(QStringLiteral("time"), TimeSpec::toIso(e.time));
        rows.append(o);
    }
    printRecords(ctx.out, *format, QStringLiteral("entries"), InventoryJson::auditColumns(), rows);
    return 0;
}

} // namespace

OPSDECK_COMMAND("audit", QT_TRANSLATE_NOOP("commands", "the inventory's audit log"), runAudit);

} // namespace opsdeck::cli
