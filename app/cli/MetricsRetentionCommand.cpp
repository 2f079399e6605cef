// `opsdeck metrics retention list|add|remove|import`: retention rules by metric key, as
// carbon's storage-schemas.conf gives them (first match wins; the default retention last).
// JSON of list: {"rules": [{"name", "pattern", "retentions"}]}, the default as the last
// record (name "default", pattern ".*").

#include "cli/VerbTable.h"
#include "metrics/MetricStore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

namespace opsdeck::cli {
namespace {

const QString kPattern = QStringLiteral("pattern");
const QString kRetentions = QStringLiteral("retentions");
const QString kPosition = QStringLiteral("position");

int listRules(CliContext& ctx, const QCommandLineParser& p, const QStringList& rest)
{
    if (!rest.isEmpty())
        return ctx.usage(CliContext::tr("unexpected argument '%1'").arg(rest.first()));
    auto db = ctx.metricsDatabase();
    if (!db.ok())
        return ctx.fail(db.error());
    MetricStore store(*db);
    store.setMaintenanceIntervalMs(0);
    if (Status st = store.retentionStatus(); !st.ok())
        return ctx.fail(st.error());
    QJsonArray records;
    const RetentionRules rules = store.retentionRules();
    for (const RetentionRules::Rule& r : rules.rules())
        records.append(QJsonObject{
            {QStringLiteral("name"), r.name}, {kPattern, r.pattern}, {kRetentions, r.policy.toString()}});
    records.append(QJsonObject{{QStringLiteral("name"), QStringLiteral("default")},
                               {kPattern, QStringLiteral(".*")},
                               {kRetentions, store.retention().toString()}});
    printRecords(ctx.out, formatOf(p), QStringLiteral("rules"),
                 {QStringLiteral("name"), kPattern, kRetentions}, records);
    return 0;
}

// Series that already have data keep their rollups under the steps they were built with;
// say how many now fall under another retention, so nobody is surprised.
void warnMovedSeries(CliContext& ctx, const MetricStore& store, const RetentionRules& before,
                     const RetentionPolicy& defaultBefore)
{
    const auto series = store.listSeries();
    if (!series.ok())
        return;
    const RetentionRules after = store.retentionRules();
    const RetentionPolicy defaultAfter = store.retention();
    int moved = 0;
    for (const SeriesInfo& s : *series) {
        const RetentionPolicy* was = before.match(s.key.metric);
        const RetentionPolicy* now = after.match(s.key.metric);
        if ((was ? *was : defaultBefore) != (now ? *now : defaultAfter))
            ++moved;
    }
    if (moved > 0)
        ctx.err << CliContext::tr("opsdeck: note: %n existing series now follow another retention; data "
                                  "already rolled up keeps its old steps",
                                  nullptr, moved)
                << Qt::endl;
}

// Runs `change` on the saved rules and saves them; the store is opened only after the
// caller checked its input.
int changeRules(CliContext& ctx, const std::function<Status(MetricStore&, RetentionRules&)>& change)
{
    auto db = ctx.metricsDatabase();
    if (!db.ok())
        return ctx.fail(db.error());
    MetricStore store(*db);
    store.setMaintenanceIntervalMs(0);
    if (Status st = store.retentionStatus(); !st.ok())
        return ctx.fail(st.error());
    const RetentionRules before = store.retentionRules();
    const RetentionPolicy defaultBefore = store.retention();
    RetentionRules rules = before;
    if (Status st = change(store, rules); !st.ok())
        return ctx.fail(st.error());
    if (Status st = store.setRetentionRules(rules); !st.ok())
        return ctx.fail(st.error());
    warnMovedSeries(ctx, store, before, defaultBefore);
    return 0;
}

int addRule(CliContext& ctx, const QCommandLineParser& p, const QStringList& rest)
{
    if (rest.size() != 1)
        return ctx.usage(CliContext::tr("retention add takes one rule NAME"));
    if (!p.isSet(kPattern) || !p.isSet(kRetentions))
        return ctx.usage(CliContext::tr("retention add needs --pattern REGEX and --retentions SPEC"));
    const int position = p.isSet(kPosition) ? p.value(kPosition).toInt() - 1 : -1; // checked: 1..1000
    if (Status st = RetentionRules().add(rest.first(), p.value(kPattern), p.value(kRetentions)); !st.ok())
        return ctx.fail(Error::usage(st.error().message));
    return changeRules(ctx, [&](MetricStore&, RetentionRules& rules) {
        return rules.add(rest.first(), p.value(kPattern), p.value(kRetentions), position);
    });
}

int removeRule(CliContext& ctx, const QCommandLineParser&, const QStringList& rest)
{
    if (rest.size() != 1)
        return ctx.usage(CliContext::tr("retention remove takes one rule NAME"));
    return changeRules(ctx, [&](MetricStore&, RetentionRules& rules) -> Status {
        if (!rules.remove(rest.first()))
            return Error::notFound(CliContext::tr("no retention rule named '%1'").arg(rest.first()));
        return {};
    });
}

int importSchemas(CliContext& ctx, const QCommandLineParser&, const QStringList& rest)
{
    if (rest.size() != 1)
        return ctx.usage(CliContext::tr("retention import takes one storage-schemas.conf FILE"));
    QFile file(rest.first());
    if (!file.open(QIODevice::ReadOnly))
        return ctx.fail(
            Error::failure(CliContext::tr("cannot read %1: %2").arg(rest.first(), file.errorString())));
    const auto imported = RetentionRules::parseSchemas(file.readAll(), rest.first());
    if (!imported.ok())
        return ctx.fail(imported.error());
    const int rc = changeRules(ctx, [&](MetricStore& store, RetentionRules& rules) -> Status {
        rules = imported->rules; // the file is the whole configuration, as for carbon
        if (imported->defaultPolicy)
            return store.setRetention(*imported->defaultPolicy);
        return {};
    });
    if (rc == 0)
        ctx.out << CliContext::tr("%n rule(s) imported", nullptr, int(imported->rules.rules().size()))
                << (imported->defaultPolicy
                        ? CliContext::tr("; default retention %1").arg(imported->defaultPolicy->toString())
                        : QString())
                << Qt::endl;
    return rc;
}

int runRetention(CliContext& ctx)
{
    return VerbTable(QStringLiteral("metrics retention"),
                     CliContext::tr("Retention by metric key, first matching rule wins (carbon's "
                                    "storage-schemas.conf)."))
        .option({kPattern, CliContext::tr("regular expression matched against the metric key"),
                 QStringLiteral("REGEX")})
        .option({kRetentions, CliContext::tr("Graphite retention, e.g. 60s:1d,5m:7d,15m:3y"),
                 QStringLiteral("SPEC")})
        .option({kPosition, CliContext::tr("place of the new rule, 1 = first (default: last)"),
                 QStringLiteral("N"), check::number(1, 1000)})
        .option(formatOption())
        .verb({QStringLiteral("list"), QStringLiteral("[--format F]"), {QStringLiteral("format")}, listRules})
        .verb({QStringLiteral("add"),
               QStringLiteral("NAME --pattern REGEX --retentions SPEC [--position N]"),
               {kPattern, kRetentions, kPosition},
               addRule})
        .verb({QStringLiteral("remove"), QStringLiteral("NAME"), {}, removeRule})
        .verb({QStringLiteral("import"), QStringLiteral("FILE"), {}, importSchemas})
        .run(ctx);
}

} // namespace

OPSDECK_COMMAND(
    "metrics retention",
    QT_TRANSLATE_NOOP("commands",
                      "retention rules by metric key (list, add, remove, import storage-schemas.conf)"),
    runRetention);

} // namespace opsdeck::cli
