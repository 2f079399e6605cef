// `opsdeck alert list`: the alert history, each transition of a check's state.

#include "checks/AlertStore.h"
#include "cli/VerbTable.h"
#include "util/Clock.h"
#include "util/TimeSpec.h"

#include <QJsonArray>
#include <QJsonObject>

namespace opsdeck::cli {
namespace {

QJsonObject alertRecord(const AlertEvent& e)
{
    return {{QStringLiteral("id"), double(e.id)},
            {QStringLiteral("check"), e.checkName},
            {QStringLiteral("target"), e.target},
            {QStringLiteral("from"), checkStateName(e.from)},
            {QStringLiteral("to"), checkStateName(e.to)},
            {QStringLiteral("status"), checkStatusName(e.status)},
            {QStringLiteral("importance"), importanceName(e.importance)},
            {QStringLiteral("time"), double(e.atMs / 1000)},
            {QStringLiteral("message"), e.message},
            {QStringLiteral("value"), e.value ? QJsonValue(*e.value) : QJsonValue(QJsonValue::Null)}};
}

int runList(CliContext& ctx, const QCommandLineParser& p, const QStringList& args)
{
    if (!args.isEmpty())
        return ctx.usage(CliContext::tr("alert list takes no arguments"));
    const qint64 now = Clock::system().nowSecs();
    AlertFilter filter;
    // Checked by the verb table; the last day by default.
    filter.sinceMs = (p.isSet(QStringLiteral("since"))
                          ? TimeSpec::parseTime(p.value(QStringLiteral("since")), now).valueOr(0)
                          : now - 86400) *
                     1000;
    filter.check = p.value(QStringLiteral("check")).trimmed();
    if (p.isSet(QStringLiteral("importance")))
        filter.minImportance = importanceFromName(p.value(QStringLiteral("importance")).trimmed().toLower());
    if (p.isSet(QStringLiteral("target")))
        filter.target = p.value(QStringLiteral("target")).trimmed();
    if (p.isSet(QStringLiteral("limit")))
        filter.limit = p.value(QStringLiteral("limit")).toInt();
    auto db = ctx.database();
    if (!db.ok())
        return ctx.fail(db.error());
    auto alerts = AlertStore(*db).list(filter);
    if (!alerts.ok())
        return ctx.fail(alerts.error());
    QJsonArray rows;
    for (const AlertEvent& e : std::as_const(*alerts))
        rows.append(alertRecord(e));
    const QStringList columns{QStringLiteral("id"),      QStringLiteral("time"),
                              QStringLiteral("check"),   QStringLiteral("target"),
                              QStringLiteral("from"),    QStringLiteral("to"),
                              QStringLiteral("status"),  QStringLiteral("importance"),
                              QStringLiteral("message"), QStringLiteral("value")};
    printRecords(ctx.out, formatOf(p), QStringLiteral("alerts"), columns, rows, {}, {QStringLiteral("time")});
    return 0;
}

int runAlert(CliContext& ctx)
{
    // The other alert verbs are commands of their own (AlertNotifyCommand.cpp); --help names them.
    return VerbTable(
               QStringLiteral("alert"),
               CliContext::tr("The alert history. Where notifications go: opsdeck alert config; a test "
                              "notification: opsdeck alert notify-test; the SMTP password: opsdeck alert "
                              "set-smtp-password (each with --help)."))
        .option({QStringLiteral("since"), CliContext::tr("from this time (default: the last day)"),
                 QStringLiteral("T"), check::time()})
        .option({QStringLiteral("check"), CliContext::tr("only this check's alerts"), QStringLiteral("NAME")})
        .option(
            {QStringLiteral("importance"), CliContext::tr("at least this importance"), QStringLiteral("I"),
             check::oneOf({QStringLiteral("warning"), QStringLiteral("error"), QStringLiteral("critical")})})
        .option(
            {QStringLiteral("target"), CliContext::tr("only this machine's alerts"), QStringLiteral("NAME")})
        .option({QStringLiteral("limit"), CliContext::tr("the newest N at most (default 10000)"),
                 QStringLiteral("N"), check::number(1, 1000000)})
        .option(formatOption())
        .verb({QStringLiteral("list"),
               QStringLiteral("[--since T] [--check NAME] [--importance I] [--target NAME] [--limit N] "
                              "[--format F]"),
               {QStringLiteral("since"), QStringLiteral("check"), QStringLiteral("importance"),
                QStringLiteral("target"), QStringLiteral("limit"), QStringLiteral("format")},
               runList})
        .run(ctx);
}

} // namespace

OPSDECK_COMMAND("alert", QT_TRANSLATE_NOOP("commands", "list the alert history (transitions of checks)"),
                runAlert);

} // namespace opsdeck::cli
