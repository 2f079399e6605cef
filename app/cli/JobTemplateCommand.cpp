// Job templates (Loki's `tpl`): a job's kind, target and options under a name, run again
// with `opsdeck job run NAME`, built as `run` and `deploy` build their jobs (JobBuild).

#include "cli/JobTemplateCommand.h"

#include "cli/JobBuild.h"
#include "cli/JobConsole.h"
#include "jobs/JobStore.h"
#include "jobs/JobTemplateStore.h"
#include "util/Clock.h"

#include <QDateTime>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <limits>

namespace opsdeck::cli {
namespace {

// Options a template takes from the command line, and their names in the job's options.
const QStringList kIntOptions{QStringLiteral("parallel"), QStringLiteral("timeout"), QStringLiteral("canary"),
                              QStringLiteral("batch"), QStringLiteral("max-fail")};
const QStringList kTextOptions{QStringLiteral("select"), QStringLiteral("command"), QStringLiteral("release"),
                               QStringLiteral("units")};

QString optionKey(const QString& name)
{
    return QString(name).replace(QLatin1Char('-'), QLatin1Char('_'));
}

// A template from an earlier job (JobPreparer::templateOf).
Result<JobTemplate> fromJob(CliContext& ctx, const QString& name, const QString& idText)
{
    bool ok = false;
    const qint64 id = idText.toLongLong(&ok);
    if (!ok || id <= 0)
        return Error::usage(CliContext::tr("--from takes a job ID (see `opsdeck job list`)"));
    auto db = ctx.database();
    if (!db.ok())
        return db.error();
    auto job = JobStore(*db).get(id);
    if (!job.ok())
        return job.error();
    return JobPreparer::templateOf(*job, name);
}

Result<JobTemplate> fromOptions(const QCommandLineParser& p, const QString& name)
{
    if (!p.isSet(QStringLiteral("kind")) || !p.isSet(QStringLiteral("target")))
        return Error::usage(CliContext::tr("job template save needs --kind and --target, or --from JOB_ID"));
    JobTemplate t;
    t.name = name;
    t.kind = jobKindFromName(p.value(QStringLiteral("kind")).toLower()).value_or(JobKind::Command);
    t.target = p.value(QStringLiteral("target"));
    for (const QString& o : kIntOptions)
        if (p.isSet(o)) // checked by the verb table
            t.options.insert(optionKey(o), p.value(o).toInt());
    for (const QString& o : kTextOptions)
        if (p.isSet(o))
            t.options.insert(optionKey(o), p.value(o));
    if (p.isSet(QStringLiteral("rollback")))
        t.options.insert(QStringLiteral("rollback"), true);
    if (p.isSet(QStringLiteral("output-cap")))
        t.options.insert(QStringLiteral("output_cap"),
                         parseByteSize(p.value(QStringLiteral("output-cap"))).value_or(0));
    if (p.isSet(QStringLiteral("package"))) // run from anywhere later
        t.options.insert(QStringLiteral("package"),
                         QFileInfo(p.value(QStringLiteral("package"))).absoluteFilePath());
    if (t.kind == JobKind::Command && t.options.value(QStringLiteral("command")).toString().isEmpty())
        return Error::usage(CliContext::tr("a command template needs --command CMD"));
    if (t.kind == JobKind::Deploy && !t.options.contains(QStringLiteral("package")))
        return Error::usage(CliContext::tr("a deploy template needs --package FILE"));
    return t;
}

int templateSave(CliContext& ctx, const QCommandLineParser& p, const QString& name)
{
    const bool from = p.isSet(QStringLiteral("from"));
    if (from && (p.isSet(QStringLiteral("kind")) || p.isSet(QStringLiteral("target"))))
        return ctx.usage(
            CliContext::tr("--from takes the job's kind and target: give neither --kind nor --target"));
    auto t = from ? fromJob(ctx, name, p.value(QStringLiteral("from"))) : fromOptions(p, name);
    if (!t.ok())
        return ctx.fail(t.error());
    auto db = ctx.database();
    if (!db.ok())
        return ctx.fail(db.error());
    JobTemplateStore store(*db);
    const Status saved = store.save(*t, Clock::system().nowMs(), expectedVersionOf(p));
    if (!saved.ok())
        return ctx.fail(saved.error());
    auto now = store.get(name);
    ctx.err << CliContext::tr("job template %1 saved: %2 on %3 (now version %4)")
                   .arg(name, jobKindName(t->kind), t->target)
                   .arg(now.ok() ? now->stamp.version : 1)
            << Qt::endl;
    return 0;
}

QJsonValue isoTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

int templateList(CliContext& ctx, const QCommandLineParser& p)
{
    auto db = ctx.database();
    if (!db.ok())
        return ctx.fail(db.error());
    auto list = JobTemplateStore(*db).list();
    if (!list.ok())
        return ctx.fail(list.error());
    QJsonArray rows;
    for (const JobTemplate& t : std::as_const(*list))
        rows.append(QJsonObject{{QStringLiteral("name"), t.name},
                                {QStringLiteral("kind"), jobKindName(t.kind)},
                                {QStringLiteral("target"), t.target},
                                {QStringLiteral("options"), t.options},
                                {QStringLiteral("created"), isoTime(t.createdMs)},
                                {QStringLiteral("updated"), isoTime(t.updatedMs)},
                                {QStringLiteral("version"), double(t.stamp.version)}});
    const QStringList columns{QStringLiteral("name"),    QStringLiteral("kind"),    QStringLiteral("target"),
                              QStringLiteral("options"), QStringLiteral("created"), QStringLiteral("updated"),
                              QStringLiteral("version")};
    printRecords(ctx.out, formatOf(p), QStringLiteral("templates"), columns, rows);
    return 0;
}

} // namespace

QList<OptionSpec> templateOptions()
{
    return {
        {QStringLiteral("kind"), CliContext::tr("a template's job kind: command or deploy"),
         QStringLiteral("K"), check::oneOf({QStringLiteral("command"), QStringLiteral("deploy")})},
        {QStringLiteral("target"),
         CliContext::tr("a template's target: machines (H1,H2), a node or a service path"),
         QStringLiteral("T")},
        {QStringLiteral("select"), CliContext::tr("what a command template's target names (default hosts)"),
         QStringLiteral("hosts|node|service"),
         check::oneOf({QStringLiteral("hosts"), QStringLiteral("node"), QStringLiteral("service")})},
        {QStringLiteral("command"), CliContext::tr("a command template's command"), QStringLiteral("CMD")},
        {QStringLiteral("package"), CliContext::tr("a deploy template's package"), QStringLiteral("FILE")},
        {QStringLiteral("release"),
         CliContext::tr("a deploy template's release name (default: the UTC time)"), QStringLiteral("NAME")},
        {QStringLiteral("units"), CliContext::tr("a deploy template's units"), QStringLiteral("LIST")},
        {QStringLiteral("canary"), CliContext::tr("a deploy template's canary units"), QStringLiteral("N"),
         check::number(0, 100000)},
        {QStringLiteral("batch"), CliContext::tr("a deploy template's batch size"), QStringLiteral("N"),
         check::number(0, 100000)},
        {QStringLiteral("parallel"), CliContext::tr("hosts in flight at most"), QStringLiteral("N"),
         check::number(1, 1000)},
        {QStringLiteral("max-fail"), CliContext::tr("a deploy template's failure threshold"),
         QStringLiteral("PCT"), check::number(0, 100)},
        {QStringLiteral("rollback"), CliContext::tr("a deploy template's units roll back on failure")},
        {QStringLiteral("timeout"), CliContext::tr("seconds one host may take"), QStringLiteral("S"),
         check::number(1, 86400)},
        {QStringLiteral("output-cap"), CliContext::tr("output kept per host (bytes, or with K, M, G)"),
         QStringLiteral("SIZE"), check::size(1024)},
        {QStringLiteral("from"), CliContext::tr("save the kind, target and options of this job"),
         QStringLiteral("JOB_ID")},
        expectVersionOption(CliContext::tr("the template being replaced (save)")),
    };
}

QStringList templateOptionNames()
{
    QStringList names;
    for (const OptionSpec& o : templateOptions())
        names << o.name;
    return names;
}

int jobTemplate(CliContext& ctx, const QCommandLineParser& p, const QStringList& args)
{
    const QString sub = args.value(0);
    if (sub == QLatin1String("save") && args.size() == 2)
        return templateSave(ctx, p, args.at(1));
    if (sub == QLatin1String("list") && args.size() == 1)
        return templateList(ctx, p);
    if (sub == QLatin1String("remove") && args.size() == 2) {
        auto db = ctx.database();
        if (!db.ok())
            return ctx.fail(db.error());
        const Status removed = JobTemplateStore(*db).remove(args.at(1));
        if (!removed.ok())
            return ctx.fail(removed.error());
        ctx.err << CliContext::tr("job template %1 removed").arg(args.at(1)) << Qt::endl;
        return 0;
    }
    return ctx.usage(CliContext::tr("job template takes save NAME, list or remove NAME"));
}

int jobRunTemplate(CliContext& ctx, const QCommandLineParser& p, const QStringList& args)
{
    if (args.size() != 1)
        return ctx.usage(CliContext::tr("job run takes one TEMPLATE name (see `opsdeck job template list`)"));
    auto db = ctx.database();
    if (!db.ok())
        return ctx.fail(db.error());
    auto t = JobTemplateStore(*db).get(args.first());
    if (!t.ok())
        return ctx.fail(t.error());
    auto job = prepareJob(*db, t->kind, t->target, t->options, Clock::system().nowSecs());
    if (!job.ok())
        return ctx.fail(job.error());
    job->spec.options.insert(QStringLiteral("template"), t->name);
    if (p.isSet(QStringLiteral("accept-new")))
        job->options.ssh.hostKeyPolicy = ssh::HostKeyPolicy::AcceptNew;
    if (!job->intro.isEmpty())
        ctx.err << job->intro << Qt::endl;
    return runJobLive(ctx, *db, job->spec, job->hosts, job->options, job->showSteps);
}

} // namespace opsdeck::cli
