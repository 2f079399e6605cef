// `opsdeck service set|show|scale`: what a deploy needs of a service (deploy root, config
// template, health check, what one unit needs), and yiqiu's scale-out.

#include "cli/JobBuild.h"
#include "cli/JobConsole.h"
#include "cli/VerbTable.h"
#include "deploy/ConfigTemplate.h"
#include "deploy/ScaleOut.h"
#include "inventory/RelationResolver.h"
#include "inventory/ServiceStore.h"
#include "util/Clock.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <cmath>

namespace opsdeck::cli {
namespace {

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
        s.unitMem = parseByteSize(p.value(QStringLiteral("unit-mem"))).value_or(0);
    if (has("pool"))
        s.pool = p.value(QStringLiteral("pool"));
    // Built on the version read above (or the one the caller read: --expect-version), so
    // another console's write in between is refused rather than overwritten.
    if (Status st = store.set(s, p.value(QStringLiteral("reason")),
                              expectedVersionOf(p).value_or(current->stamp.version));
        !st.ok())
        return ctx.fail(st.error());
    auto now = store.get(s.path);
    ctx.out << CliContext::tr("service %1 updated (now version %2)")
                   .arg(s.path)
                   .arg(now.ok() ? now->stamp.version : current->stamp.version)
            << Qt::endl;
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
    for (const QString& k :
         {QStringLiteral("path"), QStringLiteral("deploy_root"), QStringLiteral("health_url"),
          QStringLiteral("health_cmd"), QStringLiteral("unit_cpu"), QStringLiteral("unit_mem"),
          QStringLiteral("pool"), QStringLiteral("version")})
        ctx.out << (k + QLatin1Char(':')).leftJustified(14) << displayValue(o.value(k)) << '\n';
    ctx.out << QStringLiteral("config_template:") << '\n' << s->configTemplate;
    if (!s->configTemplate.endsWith(QLatin1Char('\n')))
        ctx.out << '\n';
    return 0;
}

QJsonArray placementRows(const QList<Placement>& placements)
{
    QJsonArray rows;
    for (const Placement& pl : placements)
        rows.append(QJsonObject{{QStringLiteral("machine"), pl.machine}, {QStringLiteral("port"), pl.port}});
    return rows;
}

// What scale-out did, for --format json (README, "Services").
struct ScaleReport
{
    bool added = false;
    qint64 deployJob = 0;
    qint64 upstreamJob = 0;
    QList<Placement> deployed;
    QList<Placement> removed;
    QJsonArray removedRows; // with their errors
};

void printScaleJson(CliContext& ctx, const ScaleOut::Plan& plan, const ScaleReport& r)
{
    const auto job = [](qint64 id) {
        return id > 0 ? QJsonValue(id) : QJsonValue(QJsonValue::Null);
    };
    ctx.out << QJsonDocument(QJsonObject{{QStringLiteral("service"), plan.servicePath},
                                         {QStringLiteral("units_before"), plan.unitsBefore},
                                         {QStringLiteral("plan"), placementRows(plan.placements)},
                                         {QStringLiteral("added"), r.added},
                                         {QStringLiteral("deploy_job"), job(r.deployJob)},
                                         {QStringLiteral("deployed"), placementRows(r.deployed)},
                                         {QStringLiteral("removed"), r.removedRows},
                                         {QStringLiteral("upstream_job"), job(r.upstreamJob)}})
                   .toJson(QJsonDocument::Indented);
}

// The deploy of the new units only, as `deploy --units` builds it; `report` learns which
// deployed and which did not (those are taken out again, audited, said on stderr).
int deployNewUnits(CliContext& ctx, const QCommandLineParser& p, const std::shared_ptr<Database>& db,
                   const ScaleOut::Plan& plan, bool json, ScaleReport& report)
{
    QStringList labels;
    for (const Placement& pl : plan.placements)
        labels << ScaleOut::label(pl);
    QJsonObject options{{QStringLiteral("package"), p.value(QStringLiteral("package"))},
                        {QStringLiteral("release"), p.value(QStringLiteral("release"))},
                        {QStringLiteral("units"), labels.join(QLatin1Char(','))}};
    if (p.isSet(QStringLiteral("parallel")))
        options.insert(QStringLiteral("parallel"), p.value(QStringLiteral("parallel")).toInt());
    JobLiveResult live;
    live.linesToStderr = json;
    int rc = 1;
    auto job = prepareJob(db, JobKind::Deploy, plan.servicePath, options, Clock::system().nowSecs());
    if (!job.ok()) {
        rc = ctx.fail(job.error());
    } else {
        if (p.isSet(QStringLiteral("accept-new")))
            job->options.ssh.hostKeyPolicy = ssh::HostKeyPolicy::AcceptNew;
        ctx.err << job->intro << Qt::endl;
        rc = runJobLive(ctx, db, job->spec, job->hosts, job->options, job->showSteps, &live);
        report.deployJob = live.jobId;
    }
    // A new unit is labelled machine:port, or machine alone when it is its machine's only one.
    for (const Placement& pl : plan.placements) {
        const QString key = live.hosts.contains(ScaleOut::label(pl)) ? ScaleOut::label(pl) : pl.machine;
        if (live.hosts.value(key, HostState::Pending) == HostState::Ok) {
            report.deployed << pl;
            continue;
        }
        report.removed << pl;
        const QString error = live.errors.value(key, CliContext::tr("not deployed"));
        report.removedRows.append(QJsonObject{{QStringLiteral("machine"), pl.machine},
                                              {QStringLiteral("port"), pl.port},
                                              {QStringLiteral("error"), error}});
        ctx.err << "opsdeck: "
                << CliContext::tr("%1 did not deploy (%2): the unit is removed again, so no upstream "
                                  "gets its endpoint")
                       .arg(ScaleOut::label(pl), error)
                << Qt::endl;
    }
    const QString why =
        report.deployJob > 0
            ? CliContext::tr("service scale: its deploy failed in job %1").arg(report.deployJob)
            : CliContext::tr("service scale: its deploy did not start");
    if (Status s = ScaleOut(db).remove(plan.servicePath, report.removed, why); !s.ok())
        return ctx.fail(s.error());
    return report.removed.isEmpty() ? rc : std::max(rc, 1);
}

void printPlan(CliContext& ctx, const ScaleOut::Plan& plan, bool dryRun)
{
    ctx.out << CliContext::tr("%1: %2 units now, %3 new:")
                   .arg(plan.servicePath)
                   .arg(plan.unitsBefore)
                   .arg(plan.placements.size())
            << '\n';
    for (const Placement& pl : plan.placements)
        ctx.out << QStringLiteral("  %1:%2").arg(pl.machine).arg(pl.port) << '\n';
    if (dryRun)
        ctx.out << CliContext::tr("dry run: nothing added") << '\n';
    ctx.out.flush();
}

// yiqiu's scale-out: plan, check the deploy against the planned units, add them, deploy
// only them, take out those that failed, then the upstream update as a job of its own.
int serviceScale(CliContext& ctx, const QCommandLineParser& p, const QStringList& args)
{
    if (args.size() != 1 || !p.isSet(QStringLiteral("units")))
        return ctx.usage(CliContext::tr("service scale takes one SERVICE_PATH and --units N"));
    const bool dryRun = p.isSet(QStringLiteral("dry-run"));
    if (!dryRun && !p.isSet(QStringLiteral("package")))
        return ctx.usage(CliContext::tr("service scale deploys the new units: give --package FILE (or "
                                        "--dry-run to see the plan only)"));
    const bool json = formatOf(p, OutputFormat::Text) == OutputFormat::Json;
    auto db = ctx.database();
    if (!db.ok())
        return ctx.fail(db.error());
    auto metricsDb = ctx.metricsDatabase();
    if (!metricsDb.ok())
        return ctx.fail(metricsDb.error());
    const qint64 now = Clock::system().nowSecs();
    const ScaleOut scale(*db, *metricsDb);
    auto plan = scale.plan(nodePathArgument(args.first()), p.value(QStringLiteral("units")).toInt(),
                           p.value(QStringLiteral("port")).toInt(), now);
    if (!plan.ok())
        return ctx.fail(plan.error());
    if (p.isSet(QStringLiteral("package"))) {
        DeployJob::Request request;
        request.packageFile = p.value(QStringLiteral("package"));
        request.release = p.value(QStringLiteral("release"));
        if (Status s = scale.checkDeploy(*plan, request, now); !s.ok())
            return ctx.fail(s.error()); // before any unit is added
    }
    ScaleReport report;
    if (!json)
        printPlan(ctx, *plan, dryRun);
    if (dryRun) {
        if (json)
            printScaleJson(ctx, *plan, report);
        return 0;
    }
    if (Status s = scale.add(*plan, p.value(QStringLiteral("reason"))); !s.ok())
        return ctx.fail(s.error());
    report.added = true;
    int rc = deployNewUnits(ctx, p, *db, *plan, json, report);
    if (!report.deployed.isEmpty()) {
        UpstreamUpdate::Options options;
        if (p.isSet(QStringLiteral("parallel")))
            options.parallel = p.value(QStringLiteral("parallel")).toInt();
        options.acceptNew = p.isSet(QStringLiteral("accept-new"));
        options.cause = QStringLiteral("service scale %1 --units %2")
                            .arg(plan->servicePath, p.value(QStringLiteral("units")));
        JobLiveResult live;
        live.linesToStderr = json;
        const int notified = runUpstreamUpdate(ctx, *db, plan->servicePath, options, &live);
        report.upstreamJob = live.jobId;
        rc = std::max(rc, notified);
    }
    if (json)
        printScaleJson(ctx, *plan, report);
    return rc;
}

int runService(CliContext& ctx)
{
    const QStringList setOptions{QStringLiteral("deploy-root"), QStringLiteral("config-template"),
                                 QStringLiteral("health-url"),  QStringLiteral("health-cmd"),
                                 QStringLiteral("no-health"),   QStringLiteral("unit-cpu"),
                                 QStringLiteral("unit-mem"),    QStringLiteral("pool"),
                                 QStringLiteral("reason"),      QStringLiteral("expect-version")};
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
                 QStringLiteral("SIZE"), check::size(0)})
        .option({setOptions.at(7), CliContext::tr("the pool scale-out places units in (default: default)"),
                 QStringLiteral("POOL")})
        .option({setOptions.at(8), CliContext::tr("why, for the audit log"), QStringLiteral("TEXT")})
        .option(expectVersionOption(CliContext::tr("the service (set)")))
        .option({QStringLiteral("units"), CliContext::tr("the number of units the service should have"),
                 QStringLiteral("N"), check::number(1, 100000)})
        .option({QStringLiteral("port"), CliContext::tr("the port of the new units (default: the service's)"),
                 QStringLiteral("PORT"), check::port()})
        .option({QStringLiteral("dry-run"), CliContext::tr("show the plan, add nothing")})
        .option({QStringLiteral("package"),
                 CliContext::tr("the package the new units get (.tar.gz with hooks/)"),
                 QStringLiteral("FILE")})
        .option({QStringLiteral("release"), CliContext::tr("the release's name (default: the UTC time)"),
                 QStringLiteral("NAME")})
        .option({QStringLiteral("parallel"), CliContext::tr("units in flight at most (default 10)"),
                 QStringLiteral("N"), check::number(1, 1000)})
        .option({QStringLiteral("accept-new"),
                 CliContext::tr("write a host's unknown key to Opsdeck's known_hosts")})
        .option(formatOption())
        .verb({QStringLiteral("set"),
               QStringLiteral("SERVICE_PATH [--deploy-root DIR] [--config-template FILE] "
                              "[--health-url URL | --health-cmd CMD | --no-health] [--unit-cpu N] "
                              "[--unit-mem SIZE] [--pool POOL] [--expect-version N] [--reason TEXT]"),
               setOptions, serviceSet})
        .verb({QStringLiteral("scale"),
               QStringLiteral("SERVICE_PATH --units N (--package FILE [--release NAME] [--parallel N] "
                              "[--accept-new] | --dry-run) [--port PORT] [--reason TEXT] [--format json]"),
               {QStringLiteral("units"), QStringLiteral("port"), QStringLiteral("dry-run"),
                QStringLiteral("package"), QStringLiteral("release"), QStringLiteral("parallel"),
                QStringLiteral("accept-new"), QStringLiteral("reason"), QStringLiteral("format")},
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
