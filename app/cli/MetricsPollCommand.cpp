// `opsdeck metrics poll --once`: polls every enabled source once and prints a line per
// (source, machine).

#include "cli/CommandRegistry.h"
#include "cli/Output.h"
#include "metrics/MetricStore.h"
#include "sources/PollExecutor.h"
#include "sources/PollRound.h"
#include "sources/SecretProvider.h"
#include "sources/SourceRepository.h"
#include "util/Clock.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>

namespace opsdeck::cli {
namespace {

int runPoll(CliContext& ctx)
{
    QCommandLineParser p;
    p.addHelpOption();
    p.addPositionalArgument(QStringLiteral("verb"), CliContext::tr("poll"));
    p.addOptions({
        {QStringLiteral("once"), CliContext::tr("poll every source once and exit")},
        {QStringLiteral("source"), CliContext::tr("only this source"), QStringLiteral("ID")},
        {QStringLiteral("concurrency"), CliContext::tr("requests at once (default 32)"), QStringLiteral("N")},
        {QStringLiteral("format"), CliContext::tr("json, csv or table"), QStringLiteral("FORMAT")},
    });
    if (!p.parse(ctx.args))
        return ctx.usage(p.errorText());
    if (!p.isSet(QStringLiteral("once")))
        return ctx.usage(CliContext::tr("metrics poll needs --once (the window polls continuously)"));
    auto format = parseOutputFormat(p.value(QStringLiteral("format")));
    if (!format.ok())
        return ctx.fail(format.error());
    int concurrency = 32;
    if (p.isSet(QStringLiteral("concurrency"))) {
        bool ok = false;
        concurrency = p.value(QStringLiteral("concurrency")).toInt(&ok);
        if (!ok || concurrency < 1)
            return ctx.usage(CliContext::tr("--concurrency needs a positive number"));
    }
    qint64 onlySource = 0;
    if (p.isSet(QStringLiteral("source"))) {
        bool ok = false;
        onlySource = p.value(QStringLiteral("source")).toLongLong(&ok);
        if (!ok || onlySource <= 0)
            return ctx.usage(CliContext::tr("--source needs a source id; see opsdeck source list"));
    }

    auto db = ctx.database();
    if (!db.ok())
        return ctx.fail(db.error());
    SourceRepository repo(*db);
    QList<Source> sources;
    if (onlySource > 0) {
        auto one = repo.get(onlySource);
        if (!one.ok())
            return ctx.fail(one.error());
        sources << *one;
    } else {
        auto all = repo.list();
        if (!all.ok())
            return ctx.fail(all.error());
        for (const Source& s : *all)
            if (s.enabled)
                sources << s;
    }

    // A source whose machines cannot be worked out fails as a whole.
    QList<PollRound::Job> jobs;
    QList<PollOutcome> unresolved;
    for (const Source& s : sources) {
        auto targets = repo.targets(s);
        if (!targets.ok()) {
            PollOutcome o;
            o.target = PollTarget{s.id, QString(), QString(), 0};
            o.kind = s.kind;
            o.error = targets.error().message;
            o.startedMs = Clock::system().nowMs();
            unresolved << o;
            continue;
        }
        for (const PollTarget& t : *targets)
            jobs << PollRound::Job{s, t};
    }

    MetricStore store(*db, Clock::system());
    KeychainSecretProvider secrets;
    PollExecutor executor([&store](const SampleBatch& batch) { return store.append(batch); }, &secrets,
                          Clock::system());
    QList<PollOutcome> outcomes = PollRound::runBlocking(executor, concurrency, jobs);
    outcomes += unresolved;

    const HealthPolicy policy;
    QJsonArray records;
    bool anyFailed = false;
    for (const PollOutcome& o : outcomes) {
        anyFailed = anyFailed || !o.ok;
        if (o.target.sourceId > 0 && (o.ok || !o.error.isEmpty()) && o.durationMs >= 0) {
            auto recorded = repo.record(o, policy);
            if (!recorded.ok())
                ctx.err << "opsdeck: " << recorded.error().message << Qt::endl;
        }
        records << QJsonObject{{QStringLiteral("source"), double(o.target.sourceId)},
                               {QStringLiteral("kind"), sourceKindName(o.kind)},
                               {QStringLiteral("machine"), o.target.machine},
                               {QStringLiteral("ok"), o.ok},
                               {QStringLiteral("samples"), o.samples},
                               {QStringLiteral("malformed"), o.malformed},
                               {QStringLiteral("error"), o.error},
                               {QStringLiteral("duration_ms"), double(o.durationMs)}};
    }
    printRecords(ctx.out, *format, QStringLiteral("polls"),
                 {QStringLiteral("source"), QStringLiteral("kind"), QStringLiteral("machine"),
                  QStringLiteral("ok"), QStringLiteral("samples"), QStringLiteral("malformed"),
                  QStringLiteral("error"), QStringLiteral("duration_ms")},
                 records);
    if (sources.isEmpty())
        ctx.err << "opsdeck: " << CliContext::tr("no sources to poll; add one with opsdeck source add")
                << Qt::endl;
    return anyFailed ? 1 : 0;
}

} // namespace

OPSDECK_COMMAND("metrics poll", QT_TRANSLATE_NOOP("commands", "poll every metric source once"), runPoll);

} // namespace opsdeck::cli
