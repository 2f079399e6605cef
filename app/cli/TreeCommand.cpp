// `opsdeck tree add|list|bind|unbind|flag|rename|move|remove`: the service tree.

#include "cli/VerbTable.h"
#include "inventory/InventoryJson.h"
#include "inventory/InventoryReader.h"
#include "inventory/TreeStore.h"

#include <QJsonArray>
#include <QJsonObject>

namespace opsdeck::cli {
namespace {

// Runs `change` on the tree, then prints `message`.
int change(CliContext& ctx, const std::function<Status(TreeStore&)>& change, const QString& message)
{
    auto db = ctx.database();
    if (!db.ok())
        return ctx.fail(db.error());
    InventoryWriter writer(*db);
    TreeStore tree(writer);
    if (Status s = change(tree); !s.ok())
        return ctx.fail(s.error());
    ctx.out << message << Qt::endl;
    return 0;
}

QString reasonOf(const QCommandLineParser& p)
{
    return p.value(QStringLiteral("reason"));
}

int treeList(CliContext& ctx, const QCommandLineParser& p, const QStringList& rest)
{
    if (!rest.isEmpty())
        return ctx.usage(CliContext::tr("unexpected argument '%1'").arg(rest.first()));
    const OutputFormat format = formatOf(p);
    auto db = ctx.database();
    if (!db.ok())
        return ctx.fail(db.error());
    auto nodes = InventoryReader(*db).loadTree();
    if (!nodes.ok())
        return ctx.fail(nodes.error());
    QJsonArray rows;
    for (const TreeNode& n : std::as_const(*nodes))
        rows.append(InventoryJson::node(n));
    printRecords(ctx.out, format, QStringLiteral("nodes"), InventoryJson::nodeColumns(), rows);
    return 0;
}

int treeAdd(CliContext& ctx, const QCommandLineParser& p, const QStringList& rest)
{
    if (rest.size() != 1 || !p.isSet(QStringLiteral("kind")))
        return ctx.usage(CliContext::tr("tree add takes one PATH and --kind"));
    const QString path = nodePathArgument(rest.at(0));
    const QString kind = p.value(QStringLiteral("kind")).toLower();
    return change(
        ctx, [&](TreeStore& t) { return t.addNode(path, kind, reasonOf(p)); },
        CliContext::tr("added %1 (%2)").arg(path, kind));
}

int treeBind(CliContext& ctx, const QCommandLineParser& p, const QStringList& rest, bool bind)
{
    const bool hasMachine = p.isSet(QStringLiteral("machine"));
    if (rest.size() != 1 || hasMachine == p.isSet(QStringLiteral("url")))
        return ctx.usage(CliContext::tr("tree %1 takes one PATH and --machine NAME or --url URL")
                             .arg(bind ? QStringLiteral("bind") : QStringLiteral("unbind")));
    const QString path = nodePathArgument(rest.at(0));
    const QString what = hasMachine ? p.value(QStringLiteral("machine")) : p.value(QStringLiteral("url"));
    return change(
        ctx,
        [&](TreeStore& t) {
            if (hasMachine)
                return bind ? t.bindMachine(path, what, reasonOf(p))
                            : t.unbindMachine(path, what, reasonOf(p));
            return bind ? t.bindUrl(path, what, reasonOf(p)) : t.unbindUrl(path, what, reasonOf(p));
        },
        bind ? CliContext::tr("bound %1 to %2").arg(what, path)
             : CliContext::tr("unbound %1 from %2").arg(what, path));
}

int treeFlag(CliContext& ctx, const QCommandLineParser& p, const QStringList& rest)
{
    const bool on = p.isSet(QStringLiteral("product-line"));
    if (rest.size() != 1 || on == p.isSet(QStringLiteral("no-product-line")))
        return ctx.usage(CliContext::tr("tree flag takes one PATH and --product-line or --no-product-line"));
    const QString path = nodePathArgument(rest.at(0));
    return change(
        ctx, [&](TreeStore& t) { return t.setProductLine(path, on, reasonOf(p), expectedVersionOf(p)); },
        on ? CliContext::tr("%1 is a product line").arg(path)
           : CliContext::tr("%1 is no longer a product line").arg(path));
}

int treeRename(CliContext& ctx, const QCommandLineParser& p, const QStringList& rest)
{
    if (rest.size() != 2)
        return ctx.usage(CliContext::tr("tree rename takes PATH and NEW_NAME"));
    const QString path = nodePathArgument(rest.at(0));
    return change(
        ctx, [&](TreeStore& t) { return t.rename(path, rest.at(1), reasonOf(p), expectedVersionOf(p)); },
        CliContext::tr("renamed %1 to %2").arg(path, rest.at(1)));
}

int treeMove(CliContext& ctx, const QCommandLineParser& p, const QStringList& rest)
{
    if (rest.size() != 2)
        return ctx.usage(CliContext::tr("tree move takes PATH and NEW_PARENT ('/' for the root)"));
    const QString path = nodePathArgument(rest.at(0));
    const QString parent = nodePathArgument(rest.at(1)); // empty: the root
    return change(
        ctx, [&](TreeStore& t) { return t.move(path, parent, reasonOf(p), expectedVersionOf(p)); },
        CliContext::tr("moved %1 under %2").arg(path, parent.isEmpty() ? QStringLiteral("/") : parent));
}

int treeRemove(CliContext& ctx, const QCommandLineParser& p, const QStringList& rest)
{
    if (rest.size() != 1)
        return ctx.usage(CliContext::tr("tree remove takes one PATH"));
    const QString path = nodePathArgument(rest.at(0));
    return change(
        ctx, [&](TreeStore& t) { return t.remove(path, p.isSet(QStringLiteral("force")), reasonOf(p)); },
        CliContext::tr("removed %1").arg(path));
}

int runTree(CliContext& ctx)
{
    const QString reason = QStringLiteral("reason");
    const QString expect = QStringLiteral("expect-version");
    const QString machine = QStringLiteral("machine");
    const QString url = QStringLiteral("url");
    auto bind = [](bool b) {
        return [b](CliContext& c, const QCommandLineParser& p, const QStringList& rest) {
            return treeBind(c, p, rest, b);
        };
    };
    return VerbTable(QStringLiteral("tree"))
        .option({QStringLiteral("kind"), CliContext::tr("folder, group or service (add)"),
                 QStringLiteral("KIND"), check::oneOf(TreeStore::kinds())})
        .option({machine, CliContext::tr("machine to bind or unbind"), QStringLiteral("NAME")})
        .option({url, CliContext::tr("URL to bind or unbind"), QStringLiteral("URL")})
        .option({QStringLiteral("product-line"), CliContext::tr("flag the folder as a product line (flag)")})
        .option({QStringLiteral("no-product-line"), CliContext::tr("clear the product-line flag (flag)")})
        .option({QStringLiteral("force"), CliContext::tr("remove a node with everything below it (remove)")})
        .option(expectVersionOption(CliContext::tr("the node (flag, rename, move)")))
        .option(reasonOption())
        .option(formatOption(CliContext::tr("json, csv, table or text (list)")))
        .verb({QStringLiteral("add"),
               QStringLiteral("PATH --kind folder|group|service [--reason TEXT]"),
               {QStringLiteral("kind"), reason},
               treeAdd})
        .verb({QStringLiteral("list"), QStringLiteral("[--format F]"), {QStringLiteral("format")}, treeList})
        .verb({QStringLiteral("bind"),
               QStringLiteral("PATH (--machine NAME | --url URL) [--reason TEXT]"),
               {machine, url, reason},
               bind(true)})
        .verb({QStringLiteral("unbind"),
               QStringLiteral("PATH (--machine NAME | --url URL) [--reason TEXT]"),
               {machine, url, reason},
               bind(false)})
        .verb(
            {QStringLiteral("flag"),
             QStringLiteral("PATH (--product-line | --no-product-line) [--expect-version N] [--reason TEXT]"),
             {QStringLiteral("product-line"), QStringLiteral("no-product-line"), expect, reason},
             treeFlag})
        .verb({QStringLiteral("rename"),
               QStringLiteral("PATH NEW_NAME [--expect-version N] [--reason TEXT]"),
               {expect, reason},
               treeRename})
        .verb({QStringLiteral("move"),
               QStringLiteral("PATH NEW_PARENT [--expect-version N] [--reason TEXT] ('/' is the root)"),
               {expect, reason},
               treeMove})
        .verb({QStringLiteral("remove"),
               QStringLiteral("PATH [--force] [--reason TEXT]"),
               {QStringLiteral("force"), reason},
               treeRemove})
        .run(ctx);
}

} // namespace

OPSDECK_COMMAND("tree",
                QT_TRANSLATE_NOOP("commands", "the service tree: add, list, bind machines and URLs, flag"),
                runTree);

} // namespace opsdeck::cli
