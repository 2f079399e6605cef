// `opsdeck dashboard list | show NAME | export NAME [--out FILE] | import ... | remove NAME`:
// the user's dashboards (core/dashboards DashboardStore) and the built-in `home`. Exit 2:
// bad usage or an invalid file (the message names the JSON path); 3: an existing name
// without --replace, or `home` replaced or removed; 4: an unknown dashboard.

#include "cli/DashboardCli.h"
#include "dashboards/DashboardJson.h"
#include "dashboards/DashboardStore.h"
#include "dashboards/HomeDashboard.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace opsdeck::cli {

namespace {

const QString optOut = QStringLiteral("out");
const QString optName = QStringLiteral("name");
const QString optReplace = QStringLiteral("replace");
const QString optGrafana = QStringLiteral("grafana");
const QString optDatasource = QStringLiteral("datasource");
const QString optNoAddSources = QStringLiteral("no-add-sources");
const QString optFormat = QStringLiteral("format");

QString queryText(const PanelQuery& q)
{
    QString where = !q.machine.isEmpty() ? q.machine : q.node;
    QString what = q.key();
    if (!q.source.isEmpty())
        what += QStringLiteral(" (") + q.source + QLatin1Char(')');
    if (what.isEmpty())
        return where;
    return where.isEmpty() ? what : where + QStringLiteral(": ") + what;
}

int list(CliContext& ctx, const QCommandLineParser& p, const QStringList& args)
{
    if (!args.isEmpty())
        return ctx.usage(CliContext::tr("dashboard list takes no arguments"));
    auto db = ctx.database();
    if (!db.ok())
        return ctx.fail(db.error());
    auto stored = DashboardStore(*db).list();
    if (!stored.ok())
        return ctx.fail(stored.error());
    const Dashboard home = HomeDashboard::build();
    QJsonArray rows{QJsonObject{{QStringLiteral("name"), home.name},
                                {QStringLiteral("title"), home.title},
                                {QStringLiteral("panels"), int(home.panels.size())},
                                {QStringLiteral("builtin"), true},
                                {QStringLiteral("version"), QJsonValue()},
                                {QStringLiteral("changed_by"), QString()},
                                {QStringLiteral("changed_at"), QJsonValue()}}};
    for (const auto& e : std::as_const(*stored))
        rows.append(QJsonObject{{QStringLiteral("name"), e.dashboard.name},
                                {QStringLiteral("title"), e.dashboard.title},
                                {QStringLiteral("panels"), int(e.dashboard.panels.size())},
                                {QStringLiteral("builtin"), false},
                                {QStringLiteral("version"), double(e.version)},
                                {QStringLiteral("changed_by"), e.changedBy},
                                {QStringLiteral("changed_at"), double(e.changedAt)}});
    printRecords(ctx.out, formatOf(p), QStringLiteral("dashboards"),
                 {QStringLiteral("name"), QStringLiteral("title"), QStringLiteral("panels"),
                  QStringLiteral("builtin"), QStringLiteral("version"), QStringLiteral("changed_by"),
                  QStringLiteral("changed_at")},
                 rows, {}, {QStringLiteral("changed_at")});
    return 0;
}

int show(CliContext& ctx, const QCommandLineParser& p, const QStringList& args)
{
    if (args.size() != 1)
        return ctx.usage(CliContext::tr("dashboard show takes one dashboard NAME"));
    auto d = dashboard::find(ctx, args.first());
    if (!d.ok())
        return ctx.fail(d.error());
    const OutputFormat format = formatOf(p);
    if (format == OutputFormat::Json) {
        ctx.out << DashboardJson::serialize(*d);
        return 0;
    }
    QJsonArray rows;
    for (const Panel& panel : std::as_const(d->panels))
        rows.append(QJsonObject{
            {QStringLiteral("position"),
             QStringLiteral("%1,%2 %3x%4").arg(panel.x).arg(panel.y).arg(panel.width).arg(panel.height)},
            {QStringLiteral("kind"), DashboardNames::kindName(panel.kind)},
            {QStringLiteral("title"), panel.title},
            {QStringLiteral("query"), queryText(panel.query)},
            {QStringLiteral("statistic"), DashboardNames::statisticName(panel.statistic)},
            {QStringLiteral("range"), DashboardJson::rangeText(panel.rangeSecs)},
            {QStringLiteral("rows"),
             panel.kind == PanelKind::Table ? DashboardNames::rowsName(panel.rows) : QString()},
            {QStringLiteral("columns"), QJsonArray::fromStringList(panel.columns)}});
    if (format != OutputFormat::Csv)
        ctx.out << CliContext::tr("%1 (%2), %3 columns").arg(d->title, d->name).arg(d->columns) << Qt::endl;
    printRecords(ctx.out, format, QStringLiteral("panels"),
                 {QStringLiteral("position"), QStringLiteral("kind"), QStringLiteral("title"),
                  QStringLiteral("query"), QStringLiteral("statistic"), QStringLiteral("range"),
                  QStringLiteral("rows"), QStringLiteral("columns")},
                 rows);
    return 0;
}

int exportJson(CliContext& ctx, const QCommandLineParser& p, const QStringList& args)
{
    if (args.size() != 1)
        return ctx.usage(CliContext::tr("dashboard export takes one dashboard NAME"));
    auto d = dashboard::find(ctx, args.first());
    if (!d.ok())
        return ctx.fail(d.error());
    const QByteArray text = DashboardJson::serialize(*d);
    if (!p.isSet(optOut) || p.value(optOut) == QLatin1String("-")) {
        ctx.out << text;
        return 0;
    }
    QSaveFile f(p.value(optOut));
    if (!f.open(QIODevice::WriteOnly) || f.write(text) != text.size() || !f.commit())
        return ctx.fail(
            Error::failure(CliContext::tr("cannot write %1: %2").arg(p.value(optOut), f.errorString())));
    if (formatOf(p, OutputFormat::Text) == OutputFormat::Text)
        ctx.out << CliContext::tr("exported dashboard %1 to %2").arg(d->name, p.value(optOut)) << Qt::endl;
    return 0;
}

int remove(CliContext& ctx, const QCommandLineParser&, const QStringList& args)
{
    if (args.size() != 1)
        return ctx.usage(CliContext::tr("dashboard remove takes one dashboard NAME"));
    auto db = ctx.database();
    if (!db.ok())
        return ctx.fail(db.error());
    if (auto st = DashboardStore(*db).remove(args.first()); !st.ok())
        return ctx.fail(st.error());
    ctx.out << CliContext::tr("removed dashboard %1").arg(args.first()) << Qt::endl;
    return 0;
}

int runDashboard(CliContext& ctx)
{
    return VerbTable(QStringLiteral("dashboard"),
                     CliContext::tr("Dashboards: grids of charts, values and tables over the metrics cache."))
        .option({optOut, CliContext::tr("export: the file to write (default: standard output)"),
                 QStringLiteral("FILE")})
        .option({optName, CliContext::tr("import: save under this name"), QStringLiteral("N")})
        .option({optReplace, CliContext::tr("import: overwrite a dashboard of the same name")})
        .option({optGrafana, CliContext::tr("import: FILE is a Grafana dashboard's JSON")})
        .option(
            {optDatasource,
             CliContext::tr("import --grafana: read the Grafana datasource (uid or name) from this Opsdeck "
                            "source (id or URL); repeat for several"),
             QStringLiteral("GRAFANA=SOURCE")})
        .option({optNoAddSources,
                 CliContext::tr("import --grafana: add no source for the queries no source polls (those "
                                "panels stay empty)")})
        .option(formatOption())
        .verb({QStringLiteral("list"), QStringLiteral("[--format F]"), {optFormat}, list})
        .verb({QStringLiteral("show"), QStringLiteral("NAME [--format F]"), {optFormat}, show})
        .verb(
            {QStringLiteral("export"), QStringLiteral("NAME [--out FILE]"), {optOut, optFormat}, exportJson})
        .verb({QStringLiteral("import"),
               QStringLiteral("FILE [--name N] [--replace] | --grafana FILE [--datasource GRAFANA=SOURCE]... "
                              "[--no-add-sources] [--name N] [--replace]"),
               {optName, optReplace, optGrafana, optDatasource, optNoAddSources, optFormat},
               dashboard::runImport})
        .verb({QStringLiteral("remove"), QStringLiteral("NAME"), {}, remove})
        .run(ctx);
}

} // namespace

OPSDECK_COMMAND("dashboard",
                QT_TRANSLATE_NOOP("commands",
                                  "list, show, export, import (also from Grafana) and remove dashboards"),
                runDashboard);

} // namespace opsdeck::cli
