// `opsdeck tree add|list|bind|unbind|flag|rename|move|remove`: the service tree.

#include "cli/CommandRegistry.h"
#include "cli/Output.h"
#include "inventory/InventoryJson.h"
#include "inventory/InventoryReader.h"
#include "inventory/TreeStore.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>

namespace opsdeck::cli {
namespace {

QString verbs()
{
    return QStringLiteral("add, list, bind, unbind, flag, rename, move, remove");
}

int done(CliContext& ctx, const Status& s, const QString& message)
{
    if (!s.ok())
        return ctx.fail(s.error());
    ctx.out << message << Qt::endl;
    return 0;
}

int treeList(CliContext& ctx, const QCommandLineParser& p)
{
    auto format = parseOutputFormat(p.value(QStringLiteral("format")));
    if (!format.ok())
        return ctx.fail(format.error());
    auto db = ctx.database();
    if (!db.ok())
        return ctx.fail(db.error());
    auto nodes = InventoryReader(*db).loadTree();
    if (!nodes.ok())
        return ctx.fail(nodes.error());
    QJsonArray rows;
    for (const TreeNode& n : std::as_const(*nodes))
        rows.append(InventoryJson::node(n));
    printRecords(ctx.out, *format, QStringLiteral("nodes"), InventoryJson::nodeColumns(), rows);
    return 0;
}

int runTree(CliContext& ctx)
{
    QCommandLineParser p;
    p.addHelpOption();
    p.addPositionalArgument(QStringLiteral("verb"), verbs());
    p.addOptions({
        {QStringLiteral("kind"), CliContext::tr("folder, group or service (add)"), QStringLiteral("KIND")},
        {QStringLiteral("machine"), CliContext::tr("machine to bind or unbind"), QStringLiteral("NAME")},
        {QStringLiteral("url"), CliContext::tr("URL to bind or unbind"), QStringLiteral("URL")},
        {QStringLiteral("product-line"), CliContext::tr("flag the folder as a product line (flag)")},
        {QStringLiteral("no-product-line"), CliContext::tr("clear the product-line flag (flag)")},
        {QStringLiteral("force"), CliContext::tr("remove a node with everything below it (remove)")},
        {QStringLiteral("reason"), CliContext::tr("why, for the audit log"), QStringLiteral("TEXT")},
        {QStringLiteral("format"), CliContext::tr("json, csv or table (list)"), QStringLiteral("FORMAT")},
    });
    if (const auto done = ctx.parse(p))
        return *done;
    const QStringList pos = p.positionalArguments(); // args[0], the noun, went to the program name
    if (p.isSet(QStringLiteral("help")) || pos.isEmpty()) {
        ctx.out << p.helpText();
        ctx.out.flush();
        return pos.isEmpty() && !p.isSet(QStringLiteral("help")) ? 2 : 0;
    }
    const QString verb = pos.first();
    const QStringList rest = pos.mid(1);
    const QString reason = p.value(QStringLiteral("reason"));
    if (verb == QLatin1String("list"))
        return treeList(ctx, p);

    auto db = ctx.database();
    if (!db.ok())
        return ctx.fail(db.error());
    InventoryWriter writer(*db);
    TreeStore tree(writer);
    if (verb == QLatin1String("add")) {
        if (rest.size() != 1 || !p.isSet(QStringLiteral("kind")))
            return ctx.usage(CliContext::tr("usage: opsdeck tree add PATH --kind folder|group|service"));
        return done(ctx, tree.addNode(rest.at(0), p.value(QStringLiteral("kind")), reason),
                    CliContext::tr("added %1 (%2)").arg(rest.at(0), p.value(QStringLiteral("kind"))));
    }
    if (verb == QLatin1String("bind") || verb == QLatin1String("unbind")) {
        const bool bind = verb == QLatin1String("bind");
        const bool hasMachine = p.isSet(QStringLiteral("machine"));
        const bool hasUrl = p.isSet(QStringLiteral("url"));
        if (rest.size() != 1 || hasMachine == hasUrl)
            return ctx.usage(
                CliContext::tr("usage: opsdeck tree %1 PATH --machine NAME | --url URL").arg(verb));
        if (hasMachine) {
            const QString m = p.value(QStringLiteral("machine"));
            return done(ctx,
                        bind ? tree.bindMachine(rest.at(0), m, reason)
                             : tree.unbindMachine(rest.at(0), m, reason),
                        bind ? CliContext::tr("bound %1 to %2").arg(m, rest.at(0))
                             : CliContext::tr("unbound %1 from %2").arg(m, rest.at(0)));
        }
        const QString u = p.value(QStringLiteral("url"));
        return done(ctx, bind ? tree.bindUrl(rest.at(0), u, reason) : tree.unbindUrl(rest.at(0), u, reason),
                    bind ? CliContext::tr("bound %1 to %2").arg(u, rest.at(0))
                         : CliContext::tr("unbound %1 from %2").arg(u, rest.at(0)));
    }
    if (verb == QLatin1String("flag")) {
        const bool on = p.isSet(QStringLiteral("product-line"));
        const bool off = p.isSet(QStringLiteral("no-product-line"));
        if (rest.size() != 1 || on == off)
            return ctx.usage(
                CliContext::tr("usage: opsdeck tree flag PATH --product-line | --no-product-line"));
        return done(ctx, tree.setProductLine(rest.at(0), on, reason),
                    on ? CliContext::tr("%1 is a product line").arg(rest.at(0))
                       : CliContext::tr("%1 is no longer a product line").arg(rest.at(0)));
    }
    if (verb == QLatin1String("rename")) {
        if (rest.size() != 2)
            return ctx.usage(CliContext::tr("usage: opsdeck tree rename PATH NEW_NAME"));
        return done(ctx, tree.rename(rest.at(0), rest.at(1), reason),
                    CliContext::tr("renamed %1 to %2").arg(rest.at(0), rest.at(1)));
    }
    if (verb == QLatin1String("move")) {
        if (rest.size() != 2)
            return ctx.usage(CliContext::tr("usage: opsdeck tree move PATH NEW_PARENT ('/' for the root)"));
        const QString parent = rest.at(1) == QLatin1String("/") ? QString() : rest.at(1);
        return done(ctx, tree.move(rest.at(0), parent, reason),
                    CliContext::tr("moved %1 under %2").arg(rest.at(0), rest.at(1)));
    }
    if (verb == QLatin1String("remove")) {
        if (rest.size() != 1)
            return ctx.usage(CliContext::tr("usage: opsdeck tree remove PATH [--force]"));
        return done(ctx, tree.remove(rest.at(0), p.isSet(QStringLiteral("force")), reason),
                    CliContext::tr("removed %1").arg(rest.at(0)));
    }
    return ctx.usage(CliContext::tr("unknown verb '%1' for tree: use %2").arg(verb, verbs()));
}

} // namespace

OPSDECK_COMMAND("tree",
                QT_TRANSLATE_NOOP("commands", "the service tree: add, list, bind machines and URLs, flag"),
                runTree);

} // namespace opsdeck::cli
