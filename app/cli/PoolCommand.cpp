// `opsdeck pool set|show`: a resource pool's settings — its init script, which the `init`
// transition runs over SSH on a NEW machine of the pool (`machine transition NAME init`).

#include "cli/VerbTable.h"
#include "inventory/PoolStore.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonObject>

namespace opsdeck::cli {
namespace {

int poolSet(CliContext& ctx, const QCommandLineParser& p, const QStringList& pos)
{
    if (pos.size() != 1)
        return ctx.usage(CliContext::tr("pool set takes one POOL"));
    const bool set = p.isSet(QStringLiteral("init-script"));
    const bool clear = p.isSet(QStringLiteral("no-init-script"));
    if (set == clear)
        return ctx.usage(CliContext::tr("pool set needs --init-script FILE or --no-init-script"));
    QString script;
    if (set) {
        QFile f(p.value(QStringLiteral("init-script")));
        if (!f.open(QIODevice::ReadOnly))
            return ctx.fail(
                Error::failure(CliContext::tr("cannot read %1: %2").arg(f.fileName(), f.errorString())));
        script = QString::fromUtf8(f.readAll());
        if (script.trimmed().isEmpty())
            return ctx.usage(
                CliContext::tr("%1 is empty: use --no-init-script to remove the script").arg(f.fileName()));
    }
    auto db = ctx.database();
    if (!db.ok())
        return ctx.fail(db.error());
    InventoryWriter writer(*db);
    if (Status s = PoolStore(writer).setInitScript(pos.at(0), script, p.value(QStringLiteral("reason")),
                                                   expectedVersionOf(p));
        !s.ok())
        return ctx.fail(s.error());
    ctx.out << (set ? CliContext::tr("pool %1: init script set (%2 bytes)")
                          .arg(pos.at(0))
                          .arg(script.toUtf8().size())
                    : CliContext::tr("pool %1: no init script").arg(pos.at(0)))
            << Qt::endl;
    return 0;
}

int poolShow(CliContext& ctx, const QCommandLineParser& p, const QStringList& pos)
{
    if (pos.size() != 1)
        return ctx.usage(CliContext::tr("pool show takes one POOL"));
    auto db = ctx.database();
    if (!db.ok())
        return ctx.fail(db.error());
    InventoryWriter writer(*db);
    auto pool = PoolStore(writer).get(pos.at(0));
    if (!pool.ok())
        return ctx.fail(pool.error());
    const QString script = pool->has_value() ? (*pool)->initScript : QString();
    const qint64 version = pool->has_value() ? (*pool)->stamp.version : 0; // 0: no such pool yet
    const OutputFormat format = formatOf(p, OutputFormat::Text);
    if (format == OutputFormat::Text) {
        ctx.out << CliContext::tr("pool: %1").arg(pos.at(0)) << '\n'
                << CliContext::tr("version: %1").arg(version) << '\n'
                << CliContext::tr("init script:")
                << (script.isEmpty() ? CliContext::tr(" (none)") : QString()) << '\n'
                << script;
        ctx.out.flush();
        return 0;
    }
    printRecords(ctx.out, format, QStringLiteral("pools"),
                 {QStringLiteral("name"), QStringLiteral("init_script"), QStringLiteral("version")},
                 {QJsonObject{{QStringLiteral("name"), pos.at(0)},
                              {QStringLiteral("init_script"), script},
                              {QStringLiteral("version"), double(version)}}});
    return 0;
}

int runPool(CliContext& ctx)
{
    const QString fmt = QStringLiteral("format");
    const QString reason = QStringLiteral("reason");
    return VerbTable(QStringLiteral("pool"))
        .option({QStringLiteral("init-script"),
                 CliContext::tr(
                     "shell script run over SSH by `machine transition NAME init` (its text is stored)"),
                 QStringLiteral("FILE")})
        .option({QStringLiteral("no-init-script"), CliContext::tr("remove the pool's init script")})
        .option(expectVersionOption(CliContext::tr("the pool (set)")))
        .option(reasonOption())
        .option(formatOption())
        .verb({QStringLiteral("set"),
               QStringLiteral(
                   "POOL (--init-script FILE | --no-init-script) [--expect-version N] [--reason TEXT]"),
               {QStringLiteral("init-script"), QStringLiteral("no-init-script"),
                QStringLiteral("expect-version"), reason},
               poolSet})
        .verb({QStringLiteral("show"), QStringLiteral("POOL [--format F]"), {fmt}, poolShow})
        .run(ctx);
}

} // namespace

OPSDECK_COMMAND("pool", QT_TRANSLATE_NOOP("commands", "a resource pool's settings: its init script"),
                runPool);

} // namespace opsdeck::cli
