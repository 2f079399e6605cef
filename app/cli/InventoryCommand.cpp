// `opsdeck inventory import|export`: Ansible, ssh_config, CSV and JSON in and out.

#include "cli/VerbTable.h"
#include "inventory/InventoryApplier.h"
#include "inventory/InventoryExporter.h"
#include "inventory/InventoryFiles.h"
#include "inventory/InventoryJson.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace opsdeck::cli {
namespace {

int inventoryImport(CliContext& ctx, const QCommandLineParser& p, const QStringList& rest)
{
    if (rest.size() != 1 || !p.isSet(QStringLiteral("format")))
        return ctx.usage(CliContext::tr("inventory import takes --format and one FILE"));
    if (!InventoryFiles::importFormats().contains(p.value(QStringLiteral("format")).toLower()))
        return ctx.usage(CliContext::tr("unknown import format '%1': use %2")
                             .arg(p.value(QStringLiteral("format")),
                                  InventoryFiles::importFormats().join(QStringLiteral(", "))));
    const QString output = p.value(QStringLiteral("output")).toLower(); // checked by the verb table
    auto doc = InventoryFiles::parseFile(p.value(QStringLiteral("format")), rest.at(0));
    if (!doc.ok())
        return ctx.fail(doc.error());
    auto db = ctx.database();
    if (!db.ok())
        return ctx.fail(db.error());
    InventoryWriter writer(*db);
    InventoryApplier applier(writer);
    const bool dryRun = p.isSet(QStringLiteral("dry-run"));
    auto plan = dryRun ? applier.plan(*doc) : applier.apply(*doc, p.value(QStringLiteral("reason")));
    if (!plan.ok())
        return ctx.fail(plan.error());
    for (const QString& w : std::as_const(plan->warnings))
        ctx.err << "opsdeck: " << CliContext::tr("warning: %1").arg(w) << '\n';
    ctx.err.flush();
    if (output == QLatin1String("json")) {
        ctx.out << QString::fromUtf8(
                       QJsonDocument(InventoryJson::importPlan(*plan)).toJson(QJsonDocument::Compact))
                << Qt::endl;
        return 0;
    }
    for (const ImportChange& c : std::as_const(plan->changes))
        ctx.out << c.action << ' ' << c.entity << ' ' << c.id
                << (c.fields.isEmpty() ? QString()
                                       : QStringLiteral(" (%1)").arg(c.fields.join(QStringLiteral(", "))))
                << '\n';
    const ImportCounts t = plan->total();
    ctx.out << (dryRun ? CliContext::tr(
                             "%1: would add %2, change %3, leave %4 unchanged (dry run: nothing written)")
                       : CliContext::tr("%1: added %2, changed %3, left %4 unchanged"))
                   .arg(plan->file)
                   .arg(t.added)
                   .arg(t.changed)
                   .arg(t.unchanged)
            << Qt::endl;
    return 0;
}

int inventoryExport(CliContext& ctx, const QCommandLineParser& p, const QStringList& rest)
{
    if (!rest.isEmpty())
        return ctx.usage(CliContext::tr("unexpected argument '%1'").arg(rest.first()));
    const QString format =
        p.isSet(QStringLiteral("format")) ? p.value(QStringLiteral("format")) : QStringLiteral("json");
    if (!InventoryFiles::exportFormats().contains(format.toLower()))
        return ctx.usage(CliContext::tr("unknown export format '%1': use %2")
                             .arg(format, InventoryFiles::exportFormats().join(QStringLiteral(", "))));
    auto db = ctx.database();
    if (!db.ok())
        return ctx.fail(db.error());
    auto doc = InventoryExporter(*db).exportDocument();
    if (!doc.ok())
        return ctx.fail(doc.error());
    auto bytes = InventoryFiles::write(format, *doc);
    if (!bytes.ok())
        return ctx.fail(bytes.error());
    if (p.isSet(QStringLiteral("to"))) {
        QSaveFile f(p.value(QStringLiteral("to")));
        if (!f.open(QIODevice::WriteOnly) || f.write(*bytes) != bytes->size() || !f.commit())
            return ctx.fail(Error::failure(
                CliContext::tr("cannot write %1 (%2)").arg(p.value(QStringLiteral("to")), f.errorString())));
        return 0;
    }
    ctx.out.flush();
    QFile out;
    if (!out.open(stdout, QIODevice::WriteOnly))
        return ctx.fail(Error::failure(CliContext::tr("cannot write to standard output")));
    out.write(*bytes);
    out.flush();
    return 0;
}

int runInventory(CliContext& ctx)
{
    const QString format = QStringLiteral("format");
    return VerbTable(QStringLiteral("inventory"))
        .option({format,
                 CliContext::tr("import: %1; export: %2")
                     .arg(InventoryFiles::importFormats().join(QStringLiteral(", ")),
                          InventoryFiles::exportFormats().join(QStringLiteral(", "))),
                 QStringLiteral("FORMAT")})
        .option({QStringLiteral("dry-run"),
                 CliContext::tr("show what an import would add and change; write nothing")})
        .option({QStringLiteral("output"), CliContext::tr("how import reports: text (default) or json"),
                 QStringLiteral("OUT"), check::oneOf({QStringLiteral("text"), QStringLiteral("json")})})
        .option({QStringLiteral("to"), CliContext::tr("export into FILE instead of standard output"),
                 QStringLiteral("FILE")})
        .option(reasonOption())
        .verb({QStringLiteral("import"),
               QStringLiteral("--format %1 FILE|- [--dry-run] [--output text|json] [--reason TEXT]")
                   .arg(InventoryFiles::importFormats().join(QLatin1Char('|'))),
               {format, QStringLiteral("dry-run"), QStringLiteral("output"), QStringLiteral("reason")},
               inventoryImport})
        .verb({QStringLiteral("export"),
               QStringLiteral("[--format %1] [--to FILE]")
                   .arg(InventoryFiles::exportFormats().join(QLatin1Char('|'))),
               {format, QStringLiteral("to")},
               inventoryExport})
        .run(ctx);
}

} // namespace

OPSDECK_COMMAND("inventory",
                QT_TRANSLATE_NOOP("commands", "import and export the inventory (Ansible, ssh_config, "
                                              "CSV, JSON)"),
                runInventory);

} // namespace opsdeck::cli
