// `opsdeck unit add|list|remove`: instances of a service on READY machines.

#include "cli/CommandRegistry.h"
#include "cli/Output.h"
#include "inventory/InventoryJson.h"
#include "inventory/InventoryReader.h"
#include "inventory/UnitStore.h"

#include <QCommandLineParser>
#include <QJsonArray>

namespace opsdeck::cli {
namespace {

int runUnit(CliContext& ctx)
{
    QCommandLineParser p;
    p.addHelpOption();
    p.addPositionalArgument(QStringLiteral("verb"), QStringLiteral("add, list, remove"));
    p.addOptions({
        {QStringLiteral("machine"), CliContext::tr("the machine (must be READY for add)"),
         QStringLiteral("NAME")},
        {QStringLiteral("port"), CliContext::tr("the unit's port"), QStringLiteral("N")},
        {QStringLiteral("reason"), CliContext::tr("why, for the audit log"), QStringLiteral("TEXT")},
        {QStringLiteral("format"), CliContext::tr("json, csv or table (list)"), QStringLiteral("FORMAT")},
    });
    if (const auto done = ctx.parse(p))
        return *done;
    const QStringList pos = p.positionalArguments(); // the noun went to the program name
    if (p.isSet(QStringLiteral("help")) || pos.isEmpty()) {
        ctx.out << p.helpText();
        ctx.out.flush();
        return pos.isEmpty() && !p.isSet(QStringLiteral("help")) ? 2 : 0;
    }
    const QString verb = pos.first();
    const QStringList rest = pos.mid(1);
    auto db = ctx.database();
    if (!db.ok())
        return ctx.fail(db.error());
    if (verb == QLatin1String("list")) {
        auto format = parseOutputFormat(p.value(QStringLiteral("format")));
        if (!format.ok())
            return ctx.fail(format.error());
        auto units = InventoryReader(*db).loadUnits(rest.value(0), p.value(QStringLiteral("machine")));
        if (!units.ok())
            return ctx.fail(units.error());
        QJsonArray rows;
        for (const Unit& u : std::as_const(*units))
            rows.append(InventoryJson::unit(u));
        printRecords(ctx.out, *format, QStringLiteral("units"), InventoryJson::unitColumns(), rows);
        return 0;
    }
    if (verb != QLatin1String("add") && verb != QLatin1String("remove"))
        return ctx.usage(CliContext::tr("unknown verb '%1' for unit: use add, list, remove").arg(verb));
    if (rest.size() != 1 || !p.isSet(QStringLiteral("machine")) || !p.isSet(QStringLiteral("port")))
        return ctx.usage(
            CliContext::tr("usage: opsdeck unit %1 SERVICE_PATH --machine NAME --port N").arg(verb));
    bool ok = false;
    const int port = p.value(QStringLiteral("port")).toInt(&ok);
    if (!ok)
        return ctx.usage(
            CliContext::tr("--port takes a number, not '%1'").arg(p.value(QStringLiteral("port"))));
    InventoryWriter writer(*db);
    UnitStore units(writer);
    const UnitSpec spec{rest.at(0), p.value(QStringLiteral("machine")), port};
    const Status s = verb == QLatin1String("add") ? units.add(spec, p.value(QStringLiteral("reason")))
                                                  : units.remove(spec, p.value(QStringLiteral("reason")));
    if (!s.ok())
        return ctx.fail(s.error());
    ctx.out << (verb == QLatin1String("add") ? CliContext::tr("added unit %1 on %2")
                                             : CliContext::tr("removed unit %1 from %2"))
                   .arg(UnitStore::deployName(spec.service, port), spec.machine)
            << Qt::endl;
    return 0;
}

} // namespace

OPSDECK_COMMAND("unit", QT_TRANSLATE_NOOP("commands", "units: a service's instances on machines"), runUnit);

} // namespace opsdeck::cli
