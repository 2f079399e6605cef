// `opsdeck dashboard import FILE [--name N] [--replace]` and
// `opsdeck dashboard import --grafana FILE [--datasource GRAFANA=SOURCE]... [--name N] [--replace]`.
// The whole file is validated before anything is written (an error names the JSON path,
// exit 2); an existing name without --replace is refused (exit 3). A Grafana import prints
// the panels it took and those it did not, with why; a datasource it cannot match to one
// Opsdeck source is listed with its candidates and nothing is written (exit 2) until
// --datasource says which. A panel whose query no source polls gets a source added for
// it (a copy of the matched one polling that query, GrafanaImporter), in the same
// transaction as the dashboard (GrafanaImportWriter); the sources added are listed.
// `--no-add-sources` adds none and lists the panels that will stay empty.

#include "cli/DashboardCli.h"
#include "dashboards/DashboardJson.h"
#include "dashboards/DashboardStore.h"
#include "dashboards/GrafanaImportWriter.h"
#include "dashboards/GrafanaImporter.h"
#include "sources/SourceRepository.h"
#include "util/Clock.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace opsdeck::cli::dashboard {
namespace {

const QString optName = QStringLiteral("name");
const QString optReplace = QStringLiteral("replace");
const QString optDatasource = QStringLiteral("datasource");
const QString optNoAddSources = QStringLiteral("no-add-sources");

Result<QHash<QString, QString>> datasourceMap(const QCommandLineParser& p)
{
    QHash<QString, QString> out;
    for (const QString& v : p.values(optDatasource)) {
        const qsizetype eq = v.indexOf(QLatin1Char('='));
        if (eq <= 0 || eq == v.size() - 1)
            return Error::usage(
                CliContext::tr(
                    "--datasource takes GRAFANA=SOURCE (a Grafana uid or name, an Opsdeck source id or "
                    "URL), not '%1'")
                    .arg(v));
        out.insert(v.left(eq).trimmed(), v.mid(eq + 1).trimmed());
    }
    return out;
}

Status save(CliContext& ctx, const Dashboard& d, bool replace)
{
    auto db = ctx.database();
    if (!db.ok())
        return db.error();
    return DashboardStore(*db).save(d, replace);
}

QJsonValue idOrNull(qint64 id)
{
    return id > 0 ? QJsonValue(double(id)) : QJsonValue();
}

QJsonArray addedJson(const GrafanaImporter::Outcome& o)
{
    QJsonArray added;
    for (const auto& a : o.added)
        added.append(QJsonObject{{QStringLiteral("id"), idOrNull(a.source.id)},
                                 {QStringLiteral("based_on"), double(a.basedOn)},
                                 {QStringLiteral("kind"), sourceKindName(a.source.kind)},
                                 {QStringLiteral("url"), a.source.url},
                                 {QStringLiteral("query"), a.source.query},
                                 {QStringLiteral("as"), a.source.asKey},
                                 {QStringLiteral("machine"), a.source.machine},
                                 {QStringLiteral("node"), a.source.nodePath},
                                 {QStringLiteral("panels"), QJsonArray::fromStringList(a.panels)}});
    return added;
}

QJsonObject outcomeJson(const GrafanaImporter::Outcome& o, bool saved)
{
    QJsonArray taken;
    for (const auto& t : o.taken)
        taken.append(QJsonObject{{QStringLiteral("title"), t.title},
                                 {QStringLiteral("grafana_type"), t.grafanaType},
                                 {QStringLiteral("datasource"), t.datasource},
                                 {QStringLiteral("source_id"), idOrNull(t.sourceId)},
                                 {QStringLiteral("series"), t.series}});
    QJsonArray empty;
    for (const auto& u : o.unpolled)
        empty.append(QJsonObject{{QStringLiteral("title"), u.title},
                                 {QStringLiteral("source_id"), double(u.sourceId)},
                                 {QStringLiteral("series"), u.series}});
    QJsonArray skipped;
    for (const auto& s : o.skipped)
        skipped.append(QJsonObject{{QStringLiteral("title"), s.title},
                                   {QStringLiteral("grafana_type"), s.grafanaType},
                                   {QStringLiteral("reason"), s.reason}});
    QJsonArray unresolved;
    for (const auto& u : o.unresolved) {
        QJsonArray ids;
        for (qint64 id : u.candidates)
            ids.append(double(id));
        unresolved.append(QJsonObject{{QStringLiteral("datasource"), u.datasource},
                                      {QStringLiteral("kind"), u.kind},
                                      {QStringLiteral("candidates"), ids}});
    }
    return {{QStringLiteral("dashboard"), o.dashboard.name},
            {QStringLiteral("saved"), saved},
            {QStringLiteral("taken"), taken},
            {QStringLiteral("skipped"), skipped},
            {QStringLiteral("unresolved"), unresolved},
            {QStringLiteral("added_sources"), addedJson(o)},
            {QStringLiteral("empty_panels"), empty}};
}

void printOutcome(CliContext& ctx, const GrafanaImporter::Outcome& o, bool saved)
{
    for (const auto& t : o.taken)
        ctx.out << (t.sourceId > 0 ? CliContext::tr("taken:   %1 (%2) <- source %3: %4")
                                         .arg(t.title, t.grafanaType)
                                         .arg(t.sourceId)
                                         .arg(t.series)
                                   : CliContext::tr("taken:   %1 (%2) <- a new source: %3")
                                         .arg(t.title, t.grafanaType, t.series))
                << Qt::endl;
    for (const auto& s : o.skipped)
        ctx.out << CliContext::tr("skipped: %1 (%2): %3").arg(s.title, s.grafanaType, s.reason) << Qt::endl;
    for (const auto& a : o.added)
        ctx.out << (saved ? CliContext::tr("added:   source %1 (%2 %3 on %4, a copy of source %5) polls %6")
                                .arg(a.source.id)
                                .arg(sourceKindName(a.source.kind), a.source.url,
                                     !a.source.machine.isEmpty()    ? a.source.machine
                                     : !a.source.nodePath.isEmpty() ? a.source.nodePath
                                                                    : CliContext::tr("no machine"))
                                .arg(a.basedOn)
                                .arg(a.source.query)
                          : CliContext::tr("not added: %1").arg(GrafanaImporter::describe(a)))
                << Qt::endl;
    for (const auto& u : o.unpolled)
        ctx.out << CliContext::tr("empty:   %1: no source of source %2's URL polls %3 with an --as key; the "
                                  "panel stays empty until one does")
                       .arg(u.title)
                       .arg(u.sourceId)
                       .arg(u.series)
                << Qt::endl;
}

int importGrafana(CliContext& ctx, const QCommandLineParser& p, const QByteArray& bytes)
{
    auto map = datasourceMap(p);
    if (!map.ok())
        return ctx.fail(map.error());
    if (p.isSet(optName))
        if (const QString why = DashboardNames::nameProblem(p.value(optName)); !why.isEmpty())
            return ctx.usage(QStringLiteral("--name: ") + why);
    auto db = ctx.database();
    if (!db.ok())
        return ctx.fail(db.error());
    auto sources = SourceRepository(*db).list();
    if (!sources.ok())
        return ctx.fail(sources.error());
    GrafanaImporter::Options options;
    options.name = p.value(optName);
    options.datasources = *map;
    options.sources = *sources;
    options.addSources = !p.isSet(optNoAddSources);
    auto outcome = GrafanaImporter::import(bytes, options);
    if (!outcome.ok())
        return ctx.fail(outcome.error());
    const bool json = formatOf(p, OutputFormat::Text) == OutputFormat::Json;
    auto report = [&](bool saved) {
        if (json)
            ctx.out << QJsonDocument(outcomeJson(*outcome, saved)).toJson(QJsonDocument::Compact) << Qt::endl;
        else
            printOutcome(ctx, *outcome, saved);
    };
    if (!outcome->unresolved.isEmpty()) {
        report(false);
        QStringList names;
        for (const auto& u : outcome->unresolved)
            names << u.datasource;
        return ctx.fail(Error::usage(
            CliContext::tr(
                "nothing imported: say which Opsdeck source each of these Grafana datasources is, with "
                "--datasource NAME=SOURCE: %1")
                .arg(names.join(QStringLiteral(", ")))));
    }
    if (outcome->dashboard.panels.isEmpty()) {
        report(false);
        return ctx.fail(Error::refused(
            CliContext::tr("nothing imported: no panel of %1 could be taken").arg(outcome->dashboard.title)));
    }
    if (auto st = GrafanaImportWriter::save(*db, *outcome, p.isSet(optReplace), Clock::system().nowSecs());
        !st.ok()) {
        report(false);
        return ctx.fail(st.error());
    }
    report(true);
    if (!json)
        ctx.out << CliContext::tr("imported dashboard %1: %2 panels taken, %3 skipped, %4 sources added")
                       .arg(outcome->dashboard.name)
                       .arg(outcome->taken.size())
                       .arg(outcome->skipped.size())
                       .arg(outcome->added.size())
                << Qt::endl;
    return 0;
}

} // namespace

int runImport(CliContext& ctx, const QCommandLineParser& p, const QStringList& args)
{
    if (args.size() != 1)
        return ctx.usage(CliContext::tr("dashboard import takes one FILE (- for standard input)"));
    if (!p.isSet(QStringLiteral("grafana")) && p.isSet(optDatasource))
        return ctx.usage(CliContext::tr("--datasource goes with --grafana"));
    if (!p.isSet(QStringLiteral("grafana")) && p.isSet(optNoAddSources))
        return ctx.usage(CliContext::tr("--no-add-sources goes with --grafana"));
    auto bytes = readFile(args.first());
    if (!bytes.ok())
        return ctx.fail(bytes.error());
    if (p.isSet(QStringLiteral("grafana")))
        return importGrafana(ctx, p, *bytes);
    auto d = DashboardJson::parse(*bytes);
    if (!d.ok())
        return ctx.fail(Error::usage(args.first() + QStringLiteral(": ") + d.error().message));
    if (p.isSet(optName)) {
        d->name = p.value(optName).trimmed();
        if (const QString why = DashboardNames::nameProblem(d->name); !why.isEmpty())
            return ctx.usage(QStringLiteral("--name: ") + why);
    }
    if (auto st = save(ctx, *d, p.isSet(optReplace)); !st.ok())
        return ctx.fail(st.error());
    if (formatOf(p, OutputFormat::Text) == OutputFormat::Json)
        ctx.out << QJsonDocument(QJsonObject{{QStringLiteral("dashboard"), d->name},
                                             {QStringLiteral("panels"), int(d->panels.size())},
                                             {QStringLiteral("replace"), p.isSet(optReplace)}})
                       .toJson(QJsonDocument::Compact)
                << Qt::endl;
    else
        ctx.out << CliContext::tr("imported dashboard %1 (%2 panels)").arg(d->name).arg(d->panels.size())
                << Qt::endl;
    return 0;
}

} // namespace opsdeck::cli::dashboard
