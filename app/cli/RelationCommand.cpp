// `opsdeck relation add|list|resolve|remove`: what a service needs downstream.

#include "cli/CommandRegistry.h"
#include "cli/Output.h"
#include "inventory/InventoryJson.h"
#include "inventory/RelationResolver.h"
#include "inventory/RelationStore.h"

#include <QCommandLineParser>
#include <QJsonArray>

namespace opsdeck::cli {
namespace {

int runRelation(CliContext& ctx)
{
    QCommandLineParser p;
    p.addHelpOption();
    p.addPositionalArgument(QStringLiteral("verb"), QStringLiteral("add, list, resolve, remove"));
    p.addOptions({
        {QStringLiteral("needs"), CliContext::tr("the downstream service (unit-level relation)"),
         QStringLiteral("SERVICE_PATH")},
        {QStringLiteral("port"), CliContext::tr("only the downstream's units at this port"),
         QStringLiteral("N")},
        {QStringLiteral("needs-endpoint"), CliContext::tr("a third-party endpoint (service-level relation)"),
         QStringLiteral("HOST:PORT")},
        {QStringLiteral("reason"), CliContext::tr("why, for the audit log"), QStringLiteral("TEXT")},
        {QStringLiteral("format"), CliContext::tr("json, csv or table"), QStringLiteral("FORMAT")},
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
    const QString reason = p.value(QStringLiteral("reason"));

    if (verb == QLatin1String("list") || verb == QLatin1String("resolve")) {
        if (verb == QLatin1String("resolve") && rest.size() != 1)
            return ctx.usage(CliContext::tr("usage: opsdeck relation resolve SERVICE_PATH [--format json]"));
        auto format = parseOutputFormat(p.value(QStringLiteral("format")));
        if (!format.ok())
            return ctx.fail(format.error());
        auto resolved = RelationResolver(*db).resolve(rest.value(0));
        if (!resolved.ok())
            return ctx.fail(resolved.error());
        QJsonArray rows;
        for (const ResolvedRelation& r : std::as_const(*resolved))
            rows.append(InventoryJson::relation(r));
        printRecords(ctx.out, *format, QStringLiteral("relations"), InventoryJson::relationColumns(), rows);
        return 0;
    }
    InventoryWriter writer(*db);
    RelationStore store(writer);
    if (verb == QLatin1String("add")) {
        const bool service = p.isSet(QStringLiteral("needs"));
        const bool endpoint = p.isSet(QStringLiteral("needs-endpoint"));
        if (rest.size() != 1 || service == endpoint)
            return ctx.usage(
                CliContext::tr("usage: opsdeck relation add SERVICE_PATH (--needs SERVICE_PATH [--port "
                               "N] | --needs-endpoint HOST:PORT)"));
        int port = 0;
        if (p.isSet(QStringLiteral("port"))) {
            bool ok = false;
            port = p.value(QStringLiteral("port")).toInt(&ok);
            if (!ok || !service)
                return ctx.usage(CliContext::tr("--port takes a number and goes with --needs"));
        }
        const Status s =
            service ? store.addNeedsService(rest.at(0), p.value(QStringLiteral("needs")), port, reason)
                    : store.addNeedsEndpoint(rest.at(0), p.value(QStringLiteral("needs-endpoint")), reason);
        if (!s.ok())
            return ctx.fail(s.error());
        ctx.out << CliContext::tr("%1 now needs %2")
                       .arg(rest.at(0), service ? p.value(QStringLiteral("needs"))
                                                : p.value(QStringLiteral("needs-endpoint")))
                << Qt::endl;
        return 0;
    }
    if (verb == QLatin1String("remove")) {
        bool ok = false;
        const qint64 id = rest.value(0).toLongLong(&ok);
        if (rest.size() != 1 || !ok)
            return ctx.usage(
                CliContext::tr("usage: opsdeck relation remove ID (see `opsdeck relation list`)"));
        if (Status s = store.remove(id, reason); !s.ok())
            return ctx.fail(s.error());
        return 0;
    }
    return ctx.usage(
        CliContext::tr("unknown verb '%1' for relation: use add, list, resolve, remove").arg(verb));
}

} // namespace

OPSDECK_COMMAND("relation",
                QT_TRANSLATE_NOOP("commands", "relations between services and what they resolve to"),
                runRelation);

} // namespace opsdeck::cli
