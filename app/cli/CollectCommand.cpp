// `opsdeck collect --once`: one pass of the local collector, printed in kurado_agent's
// --dump form (key<TAB>value<TAB>timestamp) and stored in the database.
// `opsdeck collect [--interval 10s]`: passes every interval until SIGINT or SIGTERM.
// `--conf-d DIR`: the extra plugins' TOML files (default <data dir>/opsdeck/conf.d).

#include "cli/StopSignal.h"
#include "cli/VerbTable.h"
#include "collector/CollectorService.h"
#include "collector/PluginConfig.h"
#include "inventory/InventoryWriter.h"
#include "inventory/MachineStore.h"
#include "metrics/MetricStore.h"
#include "util/TimeSpec.h"

#include <QFileInfo>

namespace opsdeck::cli {
namespace {

int runService(CliContext& ctx, std::shared_ptr<Database> db, MetricStore& store, qint64 intervalSecs,
               const QString& confDir)
{
    CollectorService service(db, &store, Clock::system());
    service.setPluginDir(confDir);
    service.setIntervalMs(int(std::min<qint64>(intervalSecs, 86400) * 1000));
    QObject::connect(&service, &CollectorService::passFinished, [&ctx](qint64 ts, int samples) {
        ctx.err << CliContext::tr("%1: %n sample(s) stored", nullptr, samples).arg(TimeSpec::toIso(ts))
                << Qt::endl;
    });
    QObject::connect(&service, &CollectorService::passFailed,
                     [&ctx](const QString& error) { ctx.err << "opsdeck: " << error << Qt::endl; });

    StopSignal stop;
    if (Status st = stop.status(); !st.ok())
        return ctx.fail(st.error());
    service.start();
    stop.wait();
    service.stop();
    if (Status st = store.flush(); !st.ok())
        return ctx.fail(st.error());
    return service.state() == CollectorService::State::Error && service.lastPassTime() == 0 ? 1 : 0;
}

int collect(CliContext& ctx, const QCommandLineParser& p, const QStringList& rest)
{
    if (!rest.isEmpty())
        return ctx.usage(CliContext::tr("collect takes no arguments: %1").arg(rest.first()));
    const bool once = p.isSet(QStringLiteral("once"));
    if (once && p.isSet(QStringLiteral("interval")))
        return ctx.usage(CliContext::tr("--interval has no meaning with --once"));
    const qint64 interval = p.isSet(QStringLiteral("interval"))
                                ? TimeSpec::parseDuration(p.value(QStringLiteral("interval"))).valueOr(10)
                                : 10; // checked by the verb table
    QString confDir = defaultPluginDir();
    if (p.isSet(QStringLiteral("conf-d"))) {
        confDir = p.value(QStringLiteral("conf-d"));
        if (!QFileInfo(confDir).isDir())
            return ctx.usage(CliContext::tr("--conf-d: no such directory: %1").arg(confDir));
    }

    auto db = ctx.database();
    if (!db.ok())
        return ctx.fail(db.error());
    auto metricsDb = ctx.metricsDatabase();
    if (!metricsDb.ok())
        return ctx.fail(metricsDb.error());
    // Register this machine (pool `local`, READY) as the window does, so its meta
    // (uptime, kernel, devices) has a machine row to land on.
    {
        InventoryWriter writer(*db);
        if (auto local = MachineStore(writer).ensureLocalMachine(); !local.ok())
            return ctx.fail(local.error());
    }
    MetricStore store(*metricsDb, Clock::system());
    if (!once)
        return runService(ctx, *db, store, interval, confDir);

    CollectorService service(*db, &store, Clock::system());
    service.setPluginDir(confDir);
    const auto pass = service.collectOnce();
    if (!pass.ok())
        return ctx.fail(pass.error());
    const QByteArray dump = formatKuradoDump(*pass);
    ctx.out << QString::fromUtf8(dump);
    ctx.out.flush();
    return 0;
}

int runCollect(CliContext& ctx)
{
    return VerbTable(QStringLiteral("collect"),
                     CliContext::tr("Reads this machine's /proc into Kurado's base metrics."))
        .option({QStringLiteral("once"),
                 CliContext::tr("one pass: print it as kurado_agent --dump does and store it, then exit")})
        .option({QStringLiteral("interval"), CliContext::tr("time between passes (default 10s)"),
                 QStringLiteral("DURATION"), check::duration()})
        .option({QStringLiteral("conf-d"),
                 CliContext::tr("directory of plugin *.toml files (default <data dir>/opsdeck/conf.d)"),
                 QStringLiteral("DIR")})
        .verb({QString(),
               QStringLiteral("[--once | --interval DURATION] [--conf-d DIR]"),
               {QStringLiteral("once"), QStringLiteral("interval"), QStringLiteral("conf-d")},
               collect})
        .run(ctx);
}

} // namespace

OPSDECK_COMMAND("collect",
                QT_TRANSLATE_NOOP("commands",
                                  "read this machine's metrics (--once prints Kurado's dump form)"),
                runCollect);

} // namespace opsdeck::cli
