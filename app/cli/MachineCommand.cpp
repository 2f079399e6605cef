// `opsdeck machine add|list|show|transition|set`: the machine pool and its lifecycle.

#include "cli/JobConsole.h"
#include "cli/VerbTable.h"
#include "inventory/InventoryJson.h"
#include "inventory/InventoryReader.h"
#include "inventory/MachineStore.h"
#include "inventory/PoolStore.h"
#include "inventory/UnitStore.h"
#include "jobs/HostTargets.h"
#include "ssh/SshStep.h"
#include "util/TimeSpec.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <limits>
#include <optional>

namespace opsdeck::cli {
namespace {

int machineAdd(CliContext& ctx, const QCommandLineParser& p, const QStringList& pos)
{
    if (pos.size() != 1)
        return ctx.usage(CliContext::tr("machine add takes one NAME"));
    if (!p.isSet(QStringLiteral("address")))
        return ctx.usage(CliContext::tr("machine add needs --address ADDR"));
    MachineSpec spec;
    spec.name = pos.at(0);
    spec.address = p.value(QStringLiteral("address"));
    if (p.isSet(QStringLiteral("port")))
        spec.port = p.value(QStringLiteral("port")).toInt(); // checked by the verb table
    spec.user = p.value(QStringLiteral("user"));
    spec.pool = p.value(QStringLiteral("pool"));
    if (p.isSet(QStringLiteral("tags")))
        spec.tags = p.value(QStringLiteral("tags")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    auto db = ctx.database();
    if (!db.ok())
        return ctx.fail(db.error());
    InventoryWriter writer(*db);
    if (Status s = MachineStore(writer).add(spec, p.value(QStringLiteral("reason"))); !s.ok())
        return ctx.fail(s.error());
    auto m = InventoryReader(*db).machine(spec.name);
    if (!m.ok())
        return ctx.fail(m.error());
    const OutputFormat format = formatOf(p, OutputFormat::Text);
    if (format == OutputFormat::Text)
        ctx.out << CliContext::tr("added %1 (%2, pool %3, %4)")
                       .arg((*m)->name, (*m)->address, (*m)->pool, MachineLifecycle::stateName((*m)->state))
                << Qt::endl;
    else
        printRecords(ctx.out, format, QStringLiteral("machines"), InventoryJson::machineColumns(),
                     QJsonArray{InventoryJson::machine(**m)}, {}, {QStringLiteral("last_seen")});
    return 0;
}

int machineList(CliContext& ctx, const QCommandLineParser& p, const QStringList& pos)
{
    if (!pos.isEmpty())
        return ctx.usage(CliContext::tr("unexpected argument '%1'").arg(pos.first()));
    MachineFilter filter;
    if (p.isSet(QStringLiteral("state")))
        filter.state = MachineLifecycle::stateFromName(p.value(QStringLiteral("state")));
    filter.pool = p.value(QStringLiteral("pool"));
    if (p.isSet(QStringLiteral("node")))
        filter.node = nodePathArgument(p.value(QStringLiteral("node")));
    const OutputFormat format = formatOf(p);
    auto db = ctx.database();
    if (!db.ok())
        return ctx.fail(db.error());
    auto machines = InventoryReader(*db).loadAllMachines(filter);
    if (!machines.ok())
        return ctx.fail(machines.error());
    QJsonArray rows;
    for (const Machine& m : std::as_const(*machines))
        rows.append(InventoryJson::machine(m));
    printRecords(ctx.out, format, QStringLiteral("machines"), InventoryJson::machineColumns(), rows, {},
                 {QStringLiteral("last_seen")});
    return 0;
}

int machineShow(CliContext& ctx, const QCommandLineParser& p, const QStringList& pos)
{
    if (pos.size() != 1)
        return ctx.usage(CliContext::tr("machine show takes one NAME"));
    const OutputFormat format = formatOf(p);
    auto db = ctx.database();
    if (!db.ok())
        return ctx.fail(db.error());
    InventoryReader reader(*db);
    auto m = reader.machine(pos.at(0));
    if (!m.ok())
        return ctx.fail(m.error());
    if (!m->has_value())
        return ctx.fail(Error::notFound(
            CliContext::tr("no machine named '%1'; see `opsdeck machine list`").arg(pos.at(0))));
    auto meta = reader.machineMeta(pos.at(0));
    auto units = reader.loadUnits({}, pos.at(0));
    AuditFilter af;
    af.entity = QStringLiteral("machine");
    af.entityId = pos.at(0);
    auto history = reader.loadAudit(af);
    if (!meta.ok() || !units.ok() || !history.ok())
        return ctx.fail(!meta.ok() ? meta.error() : !units.ok() ? units.error() : history.error());
    QJsonObject o = InventoryJson::machine(**m);
    o.insert(QStringLiteral("pool_stock"), (*m)->poolStock);
    QStringList allowed;
    for (MachineEvent e : MachineLifecycle::allowedEvents((*m)->state))
        allowed << MachineLifecycle::eventName(e);
    o.insert(QStringLiteral("allowed_events"), QJsonArray::fromStringList(allowed));
    QJsonObject metaObj;
    for (const MachineMetaEntry& e : std::as_const(*meta))
        metaObj.insert(e.key, e.value);
    o.insert(QStringLiteral("meta"), metaObj);
    QJsonArray unitRows;
    for (const Unit& u : std::as_const(*units))
        unitRows.append(InventoryJson::unit(u));
    o.insert(QStringLiteral("units"), unitRows);
    QJsonArray historyRows;
    for (const AuditEntry& e : std::as_const(*history))
        historyRows.append(InventoryJson::auditEntry(e));
    o.insert(QStringLiteral("history"), historyRows);
    if (format == OutputFormat::Json) {
        printRecords(ctx.out, format, QStringLiteral("machines"), {}, QJsonArray{o});
        return 0;
    }
    QStringList keys = InventoryJson::machineColumns();
    keys << QStringLiteral("pool_stock") << QStringLiteral("allowed_events");
    for (const QString& k : keys) {
        QString v = displayValue(o.value(k));
        if (k == QLatin1String("last_seen") && (*m)->lastSeen)
            v = TimeSpec::toIso(*(*m)->lastSeen);
        ctx.out << (k + QLatin1Char(':')).leftJustified(16) << v << '\n';
    }
    for (auto it = metaObj.constBegin(); it != metaObj.constEnd(); ++it)
        ctx.out << QStringLiteral("meta.%1: %2").arg(it.key(), it.value().toString()) << '\n';
    for (const Unit& u : std::as_const(*units))
        ctx.out << CliContext::tr("unit: %1 %2 (%3)").arg(u.service, u.deployName).arg(u.port) << '\n';
    for (const AuditEntry& e : std::as_const(*history))
        ctx.out << CliContext::tr("history: %1 %2 %3 %4")
                       .arg(TimeSpec::toIso(e.time), e.operatorName, e.action, e.reason)
                << '\n';
    ctx.out.flush();
    return 0;
}

// The `init` hook: the NEW machines among `names` whose pool has an init script run it
// over SSH, one job (kind 'init') per script. Returns the names the transition goes on
// with (no script, not NEW, or the script exited 0); a failed one stays NEW with an
// audit row naming the job, and lands in `failed`. With `linesToStderr` the job's lines
// go to stderr (stdout is for JSON). `keyRefused`: a host key was refused (exit 3).
Result<QStringList> runInitScripts(CliContext& ctx, const std::shared_ptr<Database>& db,
                                   InventoryWriter& writer, const QStringList& names, bool linesToStderr,
                                   QStringList& failed, bool& keyRefused)
{
    InventoryReader reader(db);
    PoolStore pools(writer);
    QStringList goOn;
    QMap<QString, QStringList> byScript; // script -> its machines
    for (const QString& n : names) {
        auto m = reader.machine(n);
        if (!m.ok())
            return m.error();
        if (!m->has_value() || (*m)->state != MachineState::New) {
            goOn << n; // the transition itself says why not
            continue;
        }
        auto script = pools.initScriptOfMachine(n);
        if (!script.ok())
            return script.error();
        if (script->trimmed().isEmpty())
            goOn << n;
        else
            byScript[*script] << n;
    }
    const HostTargets targets(db);
    for (auto it = byScript.constBegin(); it != byScript.constEnd(); ++it) {
        QList<HostWork> hosts;
        for (const QString& n : it.value()) {
            auto t = targets.byName(n);
            if (!t.ok())
                return t.error();
            hosts.append({*t,
                          {JobStep{JobStep::Kind::Exec,
                                   QStringLiteral("init"),
                                   QStringLiteral("/bin/sh -c ") + ssh::shellQuote(it.key()),
                                   {},
                                   {},
                                   0644,
                                   {}}},
                          {}});
        }
        JobSpec spec;
        spec.kind = JobKind::Init;
        spec.target = it.value().join(QLatin1Char(','));
        spec.options = {{QStringLiteral("event"), QStringLiteral("init")},
                        {QStringLiteral("script_bytes"), double(it.key().toUtf8().size())}};
        spec.operatorName = writer.operatorName();
        JobLiveResult result;
        result.linesToStderr = linesToStderr;
        if (runJobLive(ctx, db, spec, hosts, JobRunner::Options{}, false, &result) == 3)
            keyRefused = true;
        for (const QString& n : it.value()) {
            if (result.hosts.value(n, HostState::Pending) == HostState::Ok) {
                goOn << n;
                continue;
            }
            failed << n;
            const QString why = result.errors.value(n, CliContext::tr("not reached"));
            if (Status s = pools.noteInitFailed(n, result.jobId, why); !s.ok())
                return s.error();
            ctx.err << "opsdeck: "
                    << CliContext::tr(
                           "%1: the init script failed, the machine stays NEW (see opsdeck job log %2)")
                           .arg(n)
                           .arg(result.jobId)
                    << Qt::endl;
        }
    }
    return goOn;
}

int machineTransition(CliContext& ctx, const QCommandLineParser& p, const QStringList& pos)
{
    if (pos.size() < 2)
        return ctx.usage(CliContext::tr("machine transition needs NAME... EVENT; events: %1")
                             .arg(MachineLifecycle::eventNames().join(QStringLiteral(", "))));
    const QString eventText = pos.last();
    const auto event = MachineLifecycle::eventFromName(eventText);
    if (!event)
        return ctx.usage(CliContext::tr("unknown event '%1': use %2")
                             .arg(eventText, MachineLifecycle::eventNames().join(QStringLiteral(", "))));
    const QStringList names = pos.mid(0, pos.size() - 1);
    const OutputFormat format = formatOf(p, OutputFormat::Text);
    auto db = ctx.database();
    if (!db.ok())
        return ctx.fail(db.error());
    InventoryReader reader(*db);
    QHash<QString, QString> before;
    for (const QString& n : names) {
        auto m = reader.machine(n); // one machine's rows, whatever the size of the fleet
        if (m.ok() && m->has_value())
            before.insert(n, MachineLifecycle::stateName((*m)->state));
    }
    InventoryWriter writer(*db);
    QStringList moving = names;
    QStringList initFailed;
    bool keyRefused = false; // a host key was refused: exit 3, as `opsdeck run`
    if (*event == MachineEvent::Init) {
        auto goOn =
            runInitScripts(ctx, *db, writer, names, format != OutputFormat::Text, initFailed, keyRefused);
        if (!goOn.ok())
            return ctx.fail(goOn.error());
        moving = *goOn;
    }
    if (!moving.isEmpty())
        if (Status s = MachineStore(writer).transition(moving, *event, p.value(QStringLiteral("reason")));
            !s.ok())
            return ctx.fail(s.error());
    QJsonArray rows;
    for (const QString& n : names) {
        auto m = reader.machine(n);
        const QString after =
            (m.ok() && m->has_value()) ? MachineLifecycle::stateName((*m)->state) : QString();
        if (format == OutputFormat::Text)
            ctx.out << CliContext::tr("%1: %2 -> %3")
                           .arg(n, before.value(n), after.isEmpty() ? CliContext::tr("(removed)") : after)
                    << '\n';
        rows.append(QJsonObject{{QStringLiteral("name"), n},
                                {QStringLiteral("event"), MachineLifecycle::eventName(*event)},
                                {QStringLiteral("from"), before.value(n)},
                                {QStringLiteral("to"), after.isEmpty() ? QJsonValue() : QJsonValue(after)}});
    }
    if (format != OutputFormat::Text)
        printRecords(
            ctx.out, format, QStringLiteral("transitions"),
            {QStringLiteral("name"), QStringLiteral("event"), QStringLiteral("from"), QStringLiteral("to")},
            rows);
    ctx.out.flush();
    return keyRefused ? 3 : initFailed.isEmpty() ? 0 : 1;
}

int machineSet(CliContext& ctx, const QCommandLineParser& p, const QStringList& pos)
{
    if (pos.isEmpty())
        return ctx.usage(CliContext::tr("machine set needs NAME..."));
    if (!p.isSet(QStringLiteral("pool")) && !p.isSet(QStringLiteral("tags")))
        return ctx.usage(CliContext::tr("nothing to change: give --pool or --tags"));
    // --expect-version: the version the caller read (machine show/list); a machine
    // changed since is refused (exit 3) with who changed it, when, and its values now.
    std::optional<qint64> expected;
    if (p.isSet(QStringLiteral("expect-version"))) {
        if (pos.size() != 1)
            return ctx.usage(CliContext::tr("--expect-version takes one machine NAME"));
        expected = p.value(QStringLiteral("expect-version")).toLongLong();
    }
    auto db = ctx.database();
    if (!db.ok())
        return ctx.fail(db.error());
    InventoryWriter writer(*db);
    MachineStore store(writer);
    const QString reason = p.value(QStringLiteral("reason"));
    if (p.isSet(QStringLiteral("pool"))) {
        if (Status s = store.setPool(pos, p.value(QStringLiteral("pool")), reason, expected); !s.ok())
            return ctx.fail(s.error());
        if (expected) { // the tags below build on the version the pool was written at
            auto m = InventoryReader(*db).machine(pos.first());
            if (m.ok() && m->has_value())
                expected = (*m)->version;
        }
    }
    if (p.isSet(QStringLiteral("tags")))
        if (Status s = store.setTags(
                pos, p.value(QStringLiteral("tags")).split(QLatin1Char(','), Qt::SkipEmptyParts), reason,
                expected);
            !s.ok())
            return ctx.fail(s.error());
    QStringList what;
    if (p.isSet(QStringLiteral("pool")))
        what << CliContext::tr("pool %1").arg(p.value(QStringLiteral("pool")));
    if (p.isSet(QStringLiteral("tags")))
        what << CliContext::tr("tags %1").arg(p.value(QStringLiteral("tags")));
    InventoryReader reader(*db);
    QJsonArray rows;
    QStringList versions;
    for (const QString& n : pos) {
        auto m = reader.machine(n);
        if (!m.ok())
            return ctx.fail(m.error());
        if (!m->has_value())
            continue;
        rows.append(InventoryJson::machine(**m));
        versions << CliContext::tr("%1 now version %2").arg(n).arg((*m)->version);
    }
    const OutputFormat format = formatOf(p, OutputFormat::Text);
    if (format != OutputFormat::Text) {
        printRecords(ctx.out, format, QStringLiteral("machines"), InventoryJson::machineColumns(), rows, {},
                     {QStringLiteral("last_seen")});
        ctx.out.flush();
        return 0;
    }
    ctx.out << CliContext::tr("set %1 of %2 (%3)")
                   .arg(what.join(QStringLiteral(", ")), pos.join(QStringLiteral(", ")),
                        versions.join(QStringLiteral(", ")))
            << Qt::endl;
    return 0;
}

Status checkState(const QString& option, const QString& value)
{
    if (MachineLifecycle::stateFromName(value))
        return {};
    return Error::usage(CliContext::tr("--%1: unknown state '%2': use %3")
                            .arg(option, value, MachineLifecycle::stateNames().join(QStringLiteral(", "))));
}

int runMachine(CliContext& ctx)
{
    const QString fmt = QStringLiteral("format");
    const QString reason = QStringLiteral("reason");
    const QString pool = QStringLiteral("pool");
    const QString tags = QStringLiteral("tags");
    return VerbTable(QStringLiteral("machine"))
        .option({QStringLiteral("address"), CliContext::tr("the machine's address (add)"),
                 QStringLiteral("ADDR")})
        .option({QStringLiteral("port"), CliContext::tr("SSH port (add; default 22)"), QStringLiteral("N"),
                 check::port()})
        .option({QStringLiteral("user"), CliContext::tr("SSH user (add)"), QStringLiteral("U")})
        .option({pool, CliContext::tr("resource pool (add, set; default 'default'), or filter (list)"),
                 QStringLiteral("P")})
        .option({tags, CliContext::tr("comma-separated tags (add, set)"), QStringLiteral("TAGS")})
        .option({QStringLiteral("state"), CliContext::tr("only machines in this state (list)"),
                 QStringLiteral("S"), checkState})
        .option({QStringLiteral("node"), CliContext::tr("only machines bound at or below this node (list)"),
                 QStringLiteral("PATH")})
        .option({QStringLiteral("expect-version"),
                 CliContext::tr("refuse (exit 3) unless the machine is still at this version (set)"),
                 QStringLiteral("N"), check::number(1, std::numeric_limits<qint32>::max())})
        .option(reasonOption())
        .option(formatOption())
        .verb({QStringLiteral("add"),
               QStringLiteral(
                   "NAME --address ADDR [--port N] [--user U] [--pool P] [--tags a,b] [--reason TEXT] "
                   "[--format F]"),
               {QStringLiteral("address"), QStringLiteral("port"), QStringLiteral("user"), pool, tags, reason,
                fmt},
               machineAdd})
        .verb({QStringLiteral("list"),
               QStringLiteral("[--state S] [--pool P] [--node PATH] [--format F]"),
               {QStringLiteral("state"), pool, QStringLiteral("node"), fmt},
               machineList})
        .verb({QStringLiteral("show"), QStringLiteral("NAME [--format F]"), {fmt}, machineShow})
        .verb({QStringLiteral("transition"),
               QStringLiteral("NAME... EVENT [--reason TEXT] [--format F]"),
               {reason, fmt},
               machineTransition})
        .verb({QStringLiteral("set"),
               QStringLiteral(
                   "NAME... [--pool P] [--tags a,b] [--expect-version N] [--reason TEXT] [--format F]"),
               {pool, tags, QStringLiteral("expect-version"), reason, fmt},
               machineSet})
        .run(ctx);
}

} // namespace

OPSDECK_COMMAND("machine",
                QT_TRANSLATE_NOOP("commands",
                                  "add, list, show machines and move them through their lifecycle"),
                runMachine);

} // namespace opsdeck::cli
