// `opsdeck service set|show`: what a deploy needs of a service (deploy root, config
// template, health check, what one unit needs).

#include "cli/VerbTable.h"
#include "deploy/ConfigTemplate.h"
#include "deploy/PlacementCandidates.h"
#include "inventory/InventoryReader.h"
#include "inventory/RelationResolver.h"
#include "inventory/ServiceStore.h"
#include "inventory/UnitStore.h"
#include "util/Clock.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <cmath>

namespace opsdeck::cli {
namespace {

// "512M", "2G", "1.5G", "1048576" (bytes; K, M, G, T are powers of 1024).
std::optional<qint64> parseSize(const QString& text)
{
    QString t = text.trimmed().toUpper();
    if (t.endsWith(QLatin1Char('B')))
        t.chop(1);
    if (t.endsWith(QLatin1Char('I')))
        t.chop(1);
    double factor = 1;
    if (!t.isEmpty() && QStringLiteral("KMGT").contains(t.back())) {
        factor = std::pow(1024.0, double(QStringLiteral("KMGT").indexOf(t.back()) + 1));
        t.chop(1);
    }
    bool ok = false;
    const double v = t.toDouble(&ok);
    if (!ok || v < 0 || !std::isfinite(v) || v * factor > 9e18)
        return std::nullopt;
    return qint64(std::llround(v * factor));
}

ValueCheck sizeCheck()
{
    return [](const QString& option, const QString& value) -> Status {
        if (!parseSize(value))
            return Error::usage(
                CliContext::tr("--%1 takes a size such as 512M or 2G, not '%2'").arg(option, value));
        return {};
    };
}

ValueCheck cpuCheck()
{
    return [](const QString& option, const QString& value) -> Status {
        bool ok = false;
        const double v = value.toDouble(&ok);
        if (!ok || v < 0 || !std::isfinite(v) || v > 1e6)
            return Error::usage(CliContext::tr("--%1 takes a number of processors such as 0.5 or 2, not '%2'")
                                    .arg(option, value));
        return {};
    };
}

int serviceSet(CliContext& ctx, const QCommandLineParser& p, const QStringList& args)
{
    if (args.size() != 1)
        return ctx.usage(CliContext::tr("service set takes one SERVICE_PATH"));
    const auto has = [&](const char* o) {
        return p.isSet(QString::fromLatin1(o));
    };
    if (has("health-url") && has("health-cmd"))
        return ctx.usage(CliContext::tr("--health-url and --health-cmd exclude each other"));
    if (!has("deploy-root") && !has("config-template") && !has("health-url") && !has("health-cmd") &&
        !has("no-health") && !has("unit-cpu") && !has("unit-mem") && !has("pool"))
        return ctx.usage(CliContext::tr("service set needs at least one setting to change"));
    QString templateText;
    if (has("config-template")) {
        QFile f(p.value(QStringLiteral("config-template")));
        if (!f.open(QIODevice::ReadOnly))
            return ctx.fail(Error::failure(
                CliContext::tr("cannot read the config template %1: %2").arg(f.fileName(), f.errorString())));
        templateText = QString::fromUtf8(f.readAll());
    }
    auto db = ctx.database();
    if (!db.ok())
        return ctx.fail(db.error());
    InventoryWriter writer(*db);
    ServiceStore store(writer);
    auto current = store.get(nodePathArgument(args.first()));
    if (!current.ok())
        return ctx.fail(current.error());
    ServiceSettings s = *current;
    if (has("deploy-root"))
        s.deployRoot = p.value(QStringLiteral("deploy-root"));
    if (has("config-template")) {
        // Every placeholder must be one a unit of this service will have.
        auto relations = RelationResolver(*db).resolve(s.path);
        if (!relations.ok())
            return ctx.fail(relations.error());
        const QStringList known =
            ConfigTemplate::unitNames() + ConfigTemplate::relationValues(*relations).keys();
        if (Status c = ConfigTemplate(templateText).check(known); !c.ok())
            return ctx.fail(c.error());
        s.configTemplate = templateText;
    }
    if (has("health-url") || has("no-health"))
        s.healthCmd.clear(), s.healthUrl = p.value(QStringLiteral("health-url"));
    if (has("health-cmd"))
        s.healthUrl.clear(), s.healthCmd = p.value(QStringLiteral("health-cmd"));
    if (has("unit-cpu"))
        s.unitCpu = p.value(QStringLiteral("unit-cpu")).toDouble();
    if (has("unit-mem"))
        s.unitMem = parseSize(p.value(QStringLiteral("unit-mem"))).value_or(0);
    if (has("pool"))
        s.pool = p.value(QStringLiteral("pool"));
    if (Status st = store.set(s, p.value(QStringLiteral("reason"))); !st.ok())
        return ctx.fail(st.error());
    ctx.out << CliContext::tr("service %1 updated").arg(s.path) << Qt::endl;
    return 0;
}

int serviceShow(CliContext& ctx, const QCommandLineParser& p, const QStringList& args)
{
    if (args.size() != 1)
        return ctx.usage(CliContext::tr("service show takes one SERVICE_PATH"));
    const OutputFormat format = formatOf(p, OutputFormat::Text);
    auto db = ctx.database();
    if (!db.ok())
        return ctx.fail(db.error());
    InventoryWriter writer(*db);
    auto s = ServiceStore(writer).get(nodePathArgument(args.first()));
    if (!s.ok())
        return ctx.fail(s.error());
    const QJsonObject o = s->toJson();
    if (format == OutputFormat::Json) {
        ctx.out << QJsonDocument(o).toJson(QJsonDocument::Indented);
        return 0;
    }
    for (const QString& k : {QStringLiteral("path"), QStringLiteral("deploy_root"),
                             QStringLiteral("health_url"), QStringLiteral("health_cmd"),
                             QStringLiteral("unit_cpu"), QStringLiteral("unit_mem"), QStringLiteral("pool")})
        ctx.out << (k + QLatin1Char(':')).leftJustified(14) << displayValue(o.value(k)) << '\n';
    ctx.out << QStringLiteral("config_template:") << '\n' << s->configTemplate;
    if (!s->configTemplate.endsWith(QLatin1Char('\n')))
        ctx.out << '\n';
    return 0;
}

// The port new units take: --port, else the one most of the service's units use.
Result<int> scalePort(const QCommandLineParser& p, const QList<Unit>& units, const QString& path)
{
    if (p.isSet(QStringLiteral("port")))
        return p.value(QStringLiteral("port")).toInt();
    QHash<int, int> counts;
    for (const Unit& u : units)
        ++counts[u.port];
    int best = 0;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        if (best == 0 || it.value() > counts.value(best) ||
            (it.value() == counts.value(best) && it.key() < best))
            best = it.key();
    if (best == 0)
        return Error::usage(CliContext::tr("%1 has no units yet: give the port with --port").arg(path));
    return best;
}

int serviceScale(CliContext& ctx, const QCommandLineParser& p, const QStringList& args)
{
    if (args.size() != 1 || !p.isSet(QStringLiteral("units")))
        return ctx.usage(CliContext::tr("service scale takes one SERVICE_PATH and --units N"));
    const int wanted = p.value(QStringLiteral("units")).toInt();
    const OutputFormat format = formatOf(p, OutputFormat::Text);
    auto db = ctx.database();
    if (!db.ok())
        return ctx.fail(db.error());
    InventoryWriter writer(*db);
    auto settings = ServiceStore(writer).get(nodePathArgument(args.first()));
    if (!settings.ok())
        return ctx.fail(settings.error());
    auto units = InventoryReader(*db).loadUnits(settings->path, QString());
    if (!units.ok())
        return ctx.fail(units.error());
    if (wanted <= units->size())
        return ctx.fail(
            Error::refused(CliContext::tr("%1 has %2 units already; scaling in is `opsdeck unit remove`")
                               .arg(settings->path)
                               .arg(units->size())));
    auto port = scalePort(p, *units, settings->path);
    if (!port.ok())
        return ctx.fail(port.error());
    MetricStore metrics(*db);
    auto candidates =
        PlacementCandidates::read(**db, metrics, settings->path, settings->pool, Clock::system().nowSecs());
    if (!candidates.ok())
        return ctx.fail(candidates.error());
    auto plan = PlacementPlanner::plan(int(wanted - units->size()),
                                       {settings->unitCpu, settings->unitMem, *port}, *candidates);
    if (!plan.ok())
        return ctx.fail(plan.error());
    const bool dryRun = p.isSet(QStringLiteral("dry-run"));
    QList<UnitSpec> specs;
    QJsonArray rows;
    for (const Placement& pl : std::as_const(*plan)) {
        specs.append({settings->path, pl.machine, pl.port});
        rows.append(QJsonObject{{QStringLiteral("machine"), pl.machine}, {QStringLiteral("port"), pl.port}});
    }
    if (!dryRun) {
        if (Status st = UnitStore(writer).addMany(specs, p.value(QStringLiteral("reason"))); !st.ok())
            return ctx.fail(st.error());
    }
    if (format == OutputFormat::Json) {
        ctx.out << QJsonDocument(QJsonObject{{QStringLiteral("service"), settings->path},
                                             {QStringLiteral("plan"), rows},
                                             {QStringLiteral("added"), !dryRun}})
                       .toJson(QJsonDocument::Indented);
        return 0;
    }
    ctx.out << CliContext::tr("%1: %2 units now, %3 new:")
                   .arg(settings->path)
                   .arg(units->size())
                   .arg(plan->size())
            << '\n';
    for (const Placement& pl : std::as_const(*plan))
        ctx.out << QStringLiteral("  %1:%2").arg(pl.machine).arg(pl.port) << '\n';
    ctx.out << (dryRun ? CliContext::tr("dry run: nothing added")
                       : CliContext::tr("added; deploy them with opsdeck deploy %1 --package FILE")
                             .arg(settings->path))
            << Qt::endl;
    return 0;
}

int runService(CliContext& ctx)
{
    const QStringList setOptions{QStringLiteral("deploy-root"), QStringLiteral("config-template"),
                                 QStringLiteral("health-url"),  QStringLiteral("health-cmd"),
                                 QStringLiteral("no-health"),   QStringLiteral("unit-cpu"),
                                 QStringLiteral("unit-mem"),    QStringLiteral("pool"),
                                 QStringLiteral("reason")};
    return VerbTable(QStringLiteral("service"))
        .option({setOptions.at(0),
                 CliContext::tr("where units live (default /opt; may hold {machine}, {address})"),
                 QStringLiteral("DIR")})
        .option({setOptions.at(1),
                 CliContext::tr("the config template file ({{port}}, {{relation.NAME}}, ...)"),
                 QStringLiteral("FILE")})
        .option({setOptions.at(2), CliContext::tr("health check: this URL answers 2xx or 3xx from the host"),
                 QStringLiteral("URL")})
        .option({setOptions.at(3), CliContext::tr("health check: this command exits 0 on the host"),
                 QStringLiteral("CMD")})
        .option({setOptions.at(4), CliContext::tr("no health check")})
        .option({setOptions.at(5), CliContext::tr("processors one unit needs (scale-out)"),
                 QStringLiteral("N"), cpuCheck()})
        .option({setOptions.at(6), CliContext::tr("memory one unit needs, e.g. 512M (scale-out)"),
                 QStringLiteral("SIZE"), sizeCheck()})
        .option({setOptions.at(7), CliContext::tr("the pool scale-out places units in (default: default)"),
                 QStringLiteral("POOL")})
        .option({setOptions.at(8), CliContext::tr("why, for the audit log"), QStringLiteral("TEXT")})
        .option({QStringLiteral("units"), CliContext::tr("the number of units the service should have"),
                 QStringLiteral("N"), check::number(1, 100000)})
        .option({QStringLiteral("port"), CliContext::tr("the port of the new units (default: the service's)"),
                 QStringLiteral("PORT"), check::port()})
        .option({QStringLiteral("dry-run"), CliContext::tr("show the plan, add nothing")})
        .option(formatOption())
        .verb({QStringLiteral("set"),
               QStringLiteral("SERVICE_PATH [--deploy-root DIR] [--config-template FILE] "
                              "[--health-url URL | --health-cmd CMD | --no-health] [--unit-cpu N] "
                              "[--unit-mem SIZE] [--pool POOL] [--reason TEXT]"),
               setOptions, serviceSet})
        .verb({QStringLiteral("scale"),
               QStringLiteral(
                   "SERVICE_PATH --units N [--port PORT] [--dry-run] [--reason TEXT] [--format json]"),
               {QStringLiteral("units"), QStringLiteral("port"), QStringLiteral("dry-run"),
                QStringLiteral("reason"), QStringLiteral("format")},
               serviceScale})
        .verb({QStringLiteral("show"),
               QStringLiteral("SERVICE_PATH [--format json]"),
               {QStringLiteral("format")},
               serviceShow})
        .run(ctx);
}

} // namespace

OPSDECK_COMMAND("service", QT_TRANSLATE_NOOP("commands", "a service's deploy settings: set, show"),
                runService);

} // namespace opsdeck::cli
