// `opsdeck deploy SERVICE_PATH --package FILE ...`: a program package to every unit of a
// service over SSH, as a job: canary, batches, a failure threshold, rollback.

#include "checks/CheckGate.h"
#include "cli/CheckServices.h"
#include "cli/JobBuild.h"
#include "cli/JobConsole.h"
#include "cli/VerbTable.h"
#include "util/Clock.h"

#include <QJsonObject>

namespace opsdeck::cli {
namespace {

QStringList splitList(const QString& value)
{
    QStringList out;
    for (const QString& part : value.split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (!part.trimmed().isEmpty())
            out << part.trimmed();
    return out;
}

int deploy(CliContext& ctx, const QCommandLineParser& p, const QStringList& args)
{
    if (args.size() != 1 || !p.isSet(QStringLiteral("package")))
        return ctx.usage(CliContext::tr("deploy takes one SERVICE_PATH and --package FILE"));
    QJsonObject options{{QStringLiteral("package"), p.value(QStringLiteral("package"))},
                        {QStringLiteral("release"), p.value(QStringLiteral("release"))},
                        {QStringLiteral("rollback"), p.isSet(QStringLiteral("rollback"))},
                        {QStringLiteral("units"), p.value(QStringLiteral("units"))}};
    // Numbers checked by the verb table; the option's name in the job's options has '_' for '-'.
    for (const char* name : {"canary", "batch", "parallel", "max-fail", "timeout"}) {
        const QString n = QString::fromLatin1(name);
        if (p.isSet(n))
            options.insert(QString(n).replace(QLatin1Char('-'), QLatin1Char('_')), p.value(n).toInt());
    }
    auto db = ctx.database();
    if (!db.ok())
        return ctx.fail(db.error());
    // The deploy gate: its checks must exist before anything starts (NotFound: exit 4).
    const QStringList gateChecks = splitList(p.value(QStringLiteral("gate")));
    if (p.isSet(QStringLiteral("gate")))
        if (Status s = CheckGate::validate(*db, gateChecks); !s.ok())
            return ctx.fail(s.error());
    auto job = prepareJob(*db, JobKind::Deploy, args.first(), options, Clock::system().nowSecs());
    if (!job.ok())
        return ctx.fail(job.error());
    if (p.isSet(QStringLiteral("accept-new")))
        job->options.ssh.hostKeyPolicy = ssh::HostKeyPolicy::AcceptNew;
    JobLiveGate gate;
    std::unique_ptr<CheckServices> shared;
    QObject context; // the gate's schedulers live under it, inside the services' life
    if (!gateChecks.isEmpty()) {
        auto opened = CheckServices::open(ctx, *db);
        if (!opened.ok())
            return ctx.fail(opened.error());
        shared = std::move(*opened);
        gate.gate = CheckGate::make(*db, shared->services(), gateChecks, &context);
        gate.retrySecs =
            p.isSet(QStringLiteral("gate-retry")) ? p.value(QStringLiteral("gate-retry")).toInt() : 30;
    }
    ctx.err << job->intro << Qt::endl;
    return runJobLive(ctx, *db, job->spec, job->hosts, job->options, job->showSteps, nullptr, gate);
}

int runDeploy(CliContext& ctx)
{
    const QStringList options{
        QStringLiteral("package"),  QStringLiteral("release"),    QStringLiteral("canary"),
        QStringLiteral("batch"),    QStringLiteral("parallel"),   QStringLiteral("max-fail"),
        QStringLiteral("rollback"), QStringLiteral("accept-new"), QStringLiteral("timeout"),
        QStringLiteral("units"),    QStringLiteral("gate"),       QStringLiteral("gate-retry")};
    return VerbTable(QStringLiteral("deploy"),
                     CliContext::tr("Deploys a program package to a service's units."))
        .option({options.at(0), CliContext::tr("the package (.tar.gz with hooks/)"), QStringLiteral("FILE")})
        .option({options.at(1), CliContext::tr("the release's name (default: the UTC time)"),
                 QStringLiteral("NAME")})
        .option({options.at(2), CliContext::tr("the first N units alone first; one failing stops the rest"),
                 QStringLiteral("N"), check::number(0, 100000)})
        .option({options.at(3), CliContext::tr("then batches of N units (default: all at once)"),
                 QStringLiteral("N"), check::number(0, 100000)})
        .option({options.at(4), CliContext::tr("units in flight at most (default 10)"), QStringLiteral("N"),
                 check::number(1, 1000)})
        .option({options.at(5),
                 CliContext::tr("stop starting units when more than PCT% failed (default 100)"),
                 QStringLiteral("PCT"), check::number(0, 100)})
        .option({options.at(6), CliContext::tr("a unit that fails goes back to its previous release")})
        .option({options.at(7), CliContext::tr("write a host's unknown key to Opsdeck's known_hosts")})
        .option({options.at(8), CliContext::tr("seconds one unit may take (default: no limit)"),
                 QStringLiteral("S"), check::number(1, 86400)})
        .option({options.at(9), CliContext::tr("only these units (machine, or machine:port)"),
                 QStringLiteral("LIST")})
        .option({options.at(10),
                 CliContext::tr("after each batch but the last, these checks must pass on its units, "
                                "else the deploy pauses"),
                 QStringLiteral("CHECK[,CHECK]")})
        .option({options.at(11), CliContext::tr("a paused gate is asked again after S seconds (default 30)"),
                 QStringLiteral("S"), check::number(1, 86400)})
        .verb({QString(),
               QStringLiteral(
                   "SERVICE_PATH --package FILE [--release NAME] [--canary N] [--batch N] [--parallel N] "
                   "[--max-fail PCT] [--rollback] [--accept-new] [--timeout S] [--units LIST] "
                   "[--gate CHECK[,CHECK] [--gate-retry S]]"),
               options, deploy})
        .run(ctx);
}

} // namespace

OPSDECK_COMMAND("deploy",
                QT_TRANSLATE_NOOP("commands", "deploy a program package to a service's units over SSH"),
                runDeploy);

} // namespace opsdeck::cli
