// `opsdeck check maintenance add|list|remove`: maintenance windows on tree nodes (core/checks
// MaintenanceStore). No alert goes out for a target below the node while its window is open,
// and the window shows the checks there as in maintenance (`check list`'s in_maintenance).

#include "checks/MaintenanceStore.h"
#include "cli/VerbTable.h"
#include "util/Clock.h"
#include "util/TimeSpec.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace opsdeck::cli {
namespace {

// --from: a time (ISO 8601, epoch seconds, now, -1h); now when not given. Epoch ms.
Result<qint64> fromMs(const QCommandLineParser& p, qint64 nowMs)
{
    if (!p.isSet(QStringLiteral("from")))
        return nowMs;
    auto t = TimeSpec::parseTime(p.value(QStringLiteral("from")), nowMs / 1000);
    if (!t.ok())
        return Error::usage(QStringLiteral("--from: %1").arg(t.error().message));
    return *t * 1000;
}

// --to: a time, or a duration after --from (2h). Epoch ms.
Result<qint64> toMs(const QString& text, qint64 from, qint64 nowMs)
{
    if (auto d = TimeSpec::parseDuration(text); d.ok())
        return from + *d * 1000;
    auto t = TimeSpec::parseTime(text, nowMs / 1000);
    if (!t.ok())
        return Error::usage(CliContext::tr("--to takes a time (2026-12-05T18:00:00Z, epoch seconds) or a "
                                           "duration after --from (2h), not '%1'")
                                .arg(text));
    return *t * 1000;
}

// The window the options describe, checked whole before the database is opened.
Result<MaintenanceWindow> windowFromOptions(const QCommandLineParser& p)
{
    if (!p.isSet(QStringLiteral("node")))
        return Error::usage(CliContext::tr("check maintenance add needs --node PATH (/ for the whole tree)"));
    if (!p.isSet(QStringLiteral("to")))
        return Error::usage(CliContext::tr("check maintenance add needs --to TIME or --to DURATION"));
    const qint64 now = Clock::system().nowMs();
    auto from = fromMs(p, now);
    if (!from.ok())
        return from.error();
    auto to = toMs(p.value(QStringLiteral("to")), *from, now);
    if (!to.ok())
        return to.error();
    MaintenanceWindow w;
    w.nodePath = nodePathArgument(p.value(QStringLiteral("node")));
    w.fromMs = *from;
    w.toMs = *to;
    w.reason = p.value(QStringLiteral("reason"));
    return MaintenanceStore::validate(w);
}

QJsonObject windowRecord(const MaintenanceWindow& w)
{
    return {{QStringLiteral("id"), double(w.id)},
            {QStringLiteral("node"), w.nodePath.isEmpty() ? QStringLiteral("/") : w.nodePath},
            {QStringLiteral("from"), double(w.fromMs / 1000)},
            {QStringLiteral("to"), double(w.toMs / 1000)},
            {QStringLiteral("reason"), w.reason},
            {QStringLiteral("created_by"), w.createdBy}};
}

int runAdd(CliContext& ctx, const QCommandLineParser& p, const QStringList& args)
{
    if (!args.isEmpty())
        return ctx.usage(CliContext::tr("check maintenance add takes options only"));
    auto w = windowFromOptions(p);
    if (!w.ok())
        return ctx.fail(w.error());
    auto db = ctx.database();
    if (!db.ok())
        return ctx.fail(db.error());
    auto id = MaintenanceStore(*db).add(*w);
    if (!id.ok())
        return ctx.fail(id.error());
    if (formatOf(p, OutputFormat::Text) == OutputFormat::Json) {
        w->id = *id;
        ctx.out << QJsonDocument(windowRecord(*w)).toJson(QJsonDocument::Compact) << Qt::endl;
        return 0;
    }
    ctx.out << CliContext::tr("added maintenance window %1 on %2 from %3 to %4")
                   .arg(QString::number(*id), w->nodePath.isEmpty() ? QStringLiteral("/") : w->nodePath,
                        TimeSpec::toIso(w->fromMs / 1000), TimeSpec::toIso(w->toMs / 1000))
            << Qt::endl;
    return 0;
}

int runList(CliContext& ctx, const QCommandLineParser& p, const QStringList& args)
{
    if (!args.isEmpty())
        return ctx.usage(CliContext::tr("check maintenance list takes no arguments"));
    auto db = ctx.database();
    if (!db.ok())
        return ctx.fail(db.error());
    const bool all = p.isSet(QStringLiteral("all"));
    auto windows = MaintenanceStore(*db).list(all ? std::nullopt : std::optional(Clock::system().nowMs()));
    if (!windows.ok())
        return ctx.fail(windows.error());
    QJsonArray rows;
    for (const MaintenanceWindow& w : std::as_const(*windows))
        rows.append(windowRecord(w));
    const QStringList columns{QStringLiteral("id"), QStringLiteral("node"),   QStringLiteral("from"),
                              QStringLiteral("to"), QStringLiteral("reason"), QStringLiteral("created_by")};
    printRecords(ctx.out, formatOf(p), QStringLiteral("maintenance"), columns, rows, {},
                 {QStringLiteral("from"), QStringLiteral("to")});
    return 0;
}

int runRemove(CliContext& ctx, const QCommandLineParser&, const QStringList& args)
{
    static const QRegularExpression digits(QStringLiteral("^[0-9]+$"));
    if (args.size() != 1 || !digits.match(args.first()).hasMatch())
        return ctx.usage(
            CliContext::tr("check maintenance remove takes one window ID (check maintenance list)"));
    auto db = ctx.database();
    if (!db.ok())
        return ctx.fail(db.error());
    const qint64 id = args.first().toLongLong();
    if (Status s = MaintenanceStore(*db).remove(id); !s.ok())
        return ctx.fail(s.error());
    ctx.out << CliContext::tr("removed maintenance window %1").arg(id) << Qt::endl;
    return 0;
}

int runMaintenance(CliContext& ctx)
{
    const QString fmt = QStringLiteral("format");
    return VerbTable(QStringLiteral("check maintenance"))
        .option({QStringLiteral("node"), CliContext::tr("the tree node (/ for the whole tree)"),
                 QStringLiteral("PATH")})
        .option({QStringLiteral("from"),
                 CliContext::tr("the start (ISO 8601, epoch seconds, now, -1h); default now"),
                 QStringLiteral("TIME"), check::time()})
        .option({QStringLiteral("to"),
                 CliContext::tr("the end: a time (ISO 8601, epoch seconds) or a duration after --from (2h)"),
                 QStringLiteral("TIME")})
        .option(
            {QStringLiteral("reason"), CliContext::tr("why, shown with the window"), QStringLiteral("TEXT")})
        .option({QStringLiteral("all"), CliContext::tr("list: the ended windows too")})
        .option(formatOption())
        .verb({QStringLiteral("add"),
               QStringLiteral("--node PATH [--from TIME] --to TIME|DURATION [--reason TEXT] [--format F]"),
               {QStringLiteral("node"), QStringLiteral("from"), QStringLiteral("to"),
                QStringLiteral("reason"), fmt},
               runAdd})
        .verb({QStringLiteral("list"),
               QStringLiteral("[--all] [--format F]"),
               {QStringLiteral("all"), fmt},
               runList})
        .verb({QStringLiteral("remove"), QStringLiteral("ID"), {}, runRemove})
        .run(ctx);
}

} // namespace

OPSDECK_COMMAND("check maintenance",
                QT_TRANSLATE_NOOP("commands", "add, list or remove maintenance windows on tree nodes"),
                runMaintenance);

} // namespace opsdeck::cli
