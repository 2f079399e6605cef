// `opsdeck check add|list|remove|ack|silence|unsilence|auto-abnormal`: the checks (core/checks) and an
// operator's answers to them. `check run` and `check maintenance` are their own commands.

#include "checks/CheckStateStore.h"
#include "checks/CheckStore.h"
#include "checks/LifecycleLink.h"
#include "checks/MaintenanceStore.h"
#include "cli/CheckBuild.h"
#include "cli/VerbTable.h"
#include "util/Clock.h"
#include "util/TimeSpec.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace opsdeck::cli {
namespace {

QJsonValue epochSecs(const std::optional<qint64>& ms)
{
    return ms ? QJsonValue(double(*ms / 1000)) : QJsonValue(QJsonValue::Null);
}

QJsonObject checkRecord(const CheckDefinition& d, const CheckSummary& s, bool inMaintenance)
{
    return {{QStringLiteral("id"), double(d.id)},
            {QStringLiteral("name"), d.name},
            {QStringLiteral("type"), checkKindName(d.kind)},
            {QStringLiteral("node"), d.nodePath},
            {QStringLiteral("machine"), d.machine},
            {QStringLiteral("importance"), importanceName(d.importance)},
            {QStringLiteral("interval"), d.intervalSecs},
            {QStringLiteral("state"), checkStateName(s.state)},
            {QStringLiteral("since"), epochSecs(s.sinceMs)},
            {QStringLiteral("message"), s.message},
            {QStringLiteral("acknowledged"), s.acknowledged},
            {QStringLiteral("silenced_until"), epochSecs(s.silencedUntilMs)},
            {QStringLiteral("in_maintenance"), inMaintenance}};
}

QStringList targetsOf(const QList<CheckRuntime>& runtimes)
{
    QStringList out;
    for (const CheckRuntime& r : runtimes)
        out << r.target;
    return out;
}

// --until: a time (ISO 8601, epoch seconds) or a duration from now (2h); epoch ms.
Result<qint64> untilMs(const QString& text, qint64 nowMs)
{
    if (auto d = TimeSpec::parseDuration(text); d.ok())
        return nowMs + *d * 1000;
    auto t = TimeSpec::parseTime(text, nowMs / 1000);
    if (!t.ok())
        return Error::usage(CliContext::tr("--until takes a time (2026-12-05T18:00:00Z, epoch seconds) or a "
                                           "duration from now (2h), not '%1'")
                                .arg(text));
    return *t * 1000;
}

ValueCheck untilCheck()
{
    return [](const QString&, const QString& value) -> Status {
        auto t = untilMs(value, Clock::system().nowMs());
        if (!t.ok())
            return t.error();
        return {};
    };
}

int runAdd(CliContext& ctx, const QCommandLineParser& p, const QStringList& args)
{
    if (args.size() != 1)
        return ctx.usage(
            CliContext::tr("check add takes one kind: metric, http, tcp, jenkins, nagios or unreachable"));
    auto def = checkFromOptions(p, args.first());
    if (!def.ok())
        return ctx.fail(def.error());
    auto db = ctx.database();
    if (!db.ok())
        return ctx.fail(db.error());
    auto id = CheckStore(*db).add(*def);
    if (!id.ok())
        return ctx.fail(id.error());
    if (formatOf(p, OutputFormat::Text) == OutputFormat::Json) {
        ctx.out << QJsonDocument(
                       QJsonObject{{QStringLiteral("id"), double(*id)}, {QStringLiteral("name"), def->name}})
                       .toJson(QJsonDocument::Compact)
                << Qt::endl;
        return 0;
    }
    ctx.out << CliContext::tr("added %1 check '%2' (id %3)").arg(checkKindName(def->kind), def->name).arg(*id)
            << Qt::endl;
    return 0;
}

int runList(CliContext& ctx, const QCommandLineParser& p, const QStringList& args)
{
    if (!args.isEmpty())
        return ctx.usage(CliContext::tr("check list takes no arguments"));
    auto db = ctx.database();
    if (!db.ok())
        return ctx.fail(db.error());
    auto checks = CheckStore(*db).list();
    if (!checks.ok())
        return ctx.fail(checks.error());
    auto states = CheckStateStore(*db).loadAll();
    if (!states.ok())
        return ctx.fail(states.error());
    QHash<qint64, QList<CheckRuntime>> byCheck;
    for (const CheckRuntime& r : std::as_const(*states))
        byCheck[r.checkId] << r;
    const qint64 now = Clock::system().nowMs();
    auto cover = MaintenanceStore(*db).coverAt(now);
    if (!cover.ok())
        return ctx.fail(cover.error());
    QJsonArray rows;
    for (const CheckDefinition& d : std::as_const(*checks)) {
        const QList<CheckRuntime> runtimes = byCheck.value(d.id);
        rows.append(checkRecord(d, CheckStateStore::summarize(runtimes, now),
                                cover->check(d, targetsOf(runtimes)) != nullptr));
    }
    const QStringList columns{QStringLiteral("id"),
                              QStringLiteral("name"),
                              QStringLiteral("type"),
                              QStringLiteral("node"),
                              QStringLiteral("machine"),
                              QStringLiteral("importance"),
                              QStringLiteral("interval"),
                              QStringLiteral("state"),
                              QStringLiteral("since"),
                              QStringLiteral("message"),
                              QStringLiteral("acknowledged"),
                              QStringLiteral("silenced_until"),
                              QStringLiteral("in_maintenance")};
    printRecords(ctx.out, formatOf(p), QStringLiteral("checks"), columns, rows, {},
                 {QStringLiteral("since"), QStringLiteral("silenced_until")});
    return 0;
}

// The one check args name (ID or NAME), or the exit code of why not.
Result<CheckDefinition> namedCheck(CliContext& ctx, const QStringList& args, const QString& verb)
{
    if (args.size() != 1)
        return Error::usage(CliContext::tr("check %1 takes one check ID or NAME").arg(verb));
    auto db = ctx.database();
    if (!db.ok())
        return db.error();
    return CheckStore(*db).find(args.first());
}

int runRemove(CliContext& ctx, const QCommandLineParser&, const QStringList& args)
{
    auto check = namedCheck(ctx, args, QStringLiteral("remove"));
    if (!check.ok())
        return ctx.fail(check.error());
    if (Status s = CheckStore(*ctx.database()).remove(check->id); !s.ok())
        return ctx.fail(s.error());
    ctx.out << CliContext::tr("removed check '%1' (id %2); its alert history stays")
                   .arg(check->name)
                   .arg(check->id)
            << Qt::endl;
    return 0;
}

int runAck(CliContext& ctx, const QCommandLineParser&, const QStringList& args)
{
    auto check = namedCheck(ctx, args, QStringLiteral("ack"));
    if (!check.ok())
        return ctx.fail(check.error());
    auto n = CheckStateStore(*ctx.database()).acknowledge(check->id);
    if (!n.ok())
        return ctx.fail(n.error());
    ctx.out << CliContext::tr("acknowledged check '%1' on %n target(s) until it recovers", nullptr, *n)
                   .arg(check->name)
            << Qt::endl;
    return 0;
}

int runSilence(CliContext& ctx, const QCommandLineParser& p, const QStringList& args)
{
    if (!p.isSet(QStringLiteral("until")))
        return ctx.usage(CliContext::tr("check silence needs --until TIME"));
    auto until = untilMs(p.value(QStringLiteral("until")), Clock::system().nowMs());
    if (!until.ok())
        return ctx.fail(until.error());
    auto check = namedCheck(ctx, args, QStringLiteral("silence"));
    if (!check.ok())
        return ctx.fail(check.error());
    auto n = CheckStateStore(*ctx.database()).silence(check->id, *until);
    if (!n.ok())
        return ctx.fail(n.error());
    ctx.out << CliContext::tr("silenced check '%1' until %2").arg(check->name, TimeSpec::toIso(*until / 1000))
            << Qt::endl;
    return 0;
}

int runUnsilence(CliContext& ctx, const QCommandLineParser&, const QStringList& args)
{
    auto check = namedCheck(ctx, args, QStringLiteral("unsilence"));
    if (!check.ok())
        return ctx.fail(check.error());
    auto n = CheckStateStore(*ctx.database()).unsilence(check->id);
    if (!n.ok())
        return ctx.fail(n.error());
    ctx.out << (*n > 0 ? CliContext::tr("check '%1' is no longer silenced").arg(check->name)
                       : CliContext::tr("check '%1' was not silenced").arg(check->name))
            << Qt::endl;
    return 0;
}

// The lifecycle link's setting: on, the checker moves a machine to ERROR_DETECTED itself.
int runAutoAbnormal(CliContext& ctx, const QCommandLineParser&, const QStringList& args)
{
    const QString word = args.value(0).trimmed().toLower();
    if (args.size() > 1 || (!word.isEmpty() && word != QLatin1String("on") && word != QLatin1String("off")))
        return ctx.usage(CliContext::tr("check auto-abnormal takes on, off or nothing (to show it)"));
    auto db = ctx.database();
    if (!db.ok())
        return ctx.fail(db.error());
    if (!word.isEmpty())
        if (Status s = LifecycleLink::setAutoAbnormal(*db, word == QLatin1String("on")); !s.ok())
            return ctx.fail(s.error());
    auto on = LifecycleLink::autoAbnormal(*db);
    if (!on.ok())
        return ctx.fail(on.error());
    ctx.out << (*on ? CliContext::tr("checks.auto_abnormal is on: a check failing for its --abnormal-after "
                                     "runs moves a READY machine to ERROR_DETECTED")
                    : CliContext::tr("checks.auto_abnormal is off: a check failing for its --abnormal-after "
                                     "runs suggests the abnormal transition"))
            << Qt::endl;
    return 0;
}

int runCheck(CliContext& ctx)
{
    VerbTable table(QStringLiteral("check"));
    for (const OptionSpec& o : checkAddOptions())
        table.option(o);
    const QString fmt = QStringLiteral("format");
    return table.option(formatOption())
        .option({QStringLiteral("until"),
                 CliContext::tr("silence: until this time (ISO 8601, epoch seconds) or for this long (2h)"),
                 QStringLiteral("TIME"), untilCheck()})
        .verb({QStringLiteral("add"),
               QStringLiteral(
                   "metric|http|tcp|jenkins|nagios|unreachable --name NAME [--node PATH | --machine NAME] "
                   "[--importance I] [--interval S] [--failures N] [--passes N] [--allowed-hosts N] "
                   "[--abnormal-after N] and the kind's options (check --help)"),
               checkAddOptionNames(), runAdd})
        .verb({QStringLiteral("list"), QStringLiteral("[--format F]"), {fmt}, runList})
        .verb({QStringLiteral("remove"), QStringLiteral("ID|NAME"), {}, runRemove})
        .verb({QStringLiteral("ack"), QStringLiteral("ID|NAME"), {}, runAck})
        .verb({QStringLiteral("silence"),
               QStringLiteral("ID|NAME --until TIME"),
               {QStringLiteral("until")},
               runSilence})
        .verb({QStringLiteral("unsilence"), QStringLiteral("ID|NAME"), {}, runUnsilence})
        .verb({QStringLiteral("auto-abnormal"), QStringLiteral("[on|off]"), {}, runAutoAbnormal})
        .run(ctx);
}

} // namespace

OPSDECK_COMMAND("check",
                QT_TRANSLATE_NOOP("commands", "add, list or remove checks; acknowledge or silence them"),
                runCheck);

} // namespace opsdeck::cli
