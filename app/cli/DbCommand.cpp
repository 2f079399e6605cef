// `opsdeck db status|path|set-password|forget-password`: where the database is, which
// schema it has, and a team database's password in the keychain.

#include "cli/DbPasswordCommand.h"
#include "cli/VerbTable.h"
#include "db/DatabaseHealth.h"

#include <QFileInfo>
#include <QJsonObject>

namespace opsdeck::cli {
namespace {

int dbPath(CliContext& ctx, const QCommandLineParser&, const QStringList& rest)
{
    if (!rest.isEmpty())
        return ctx.usage(CliContext::tr("unexpected argument '%1'").arg(rest.first()));
    ctx.out << ctx.dbPath << Qt::endl;
    return 0;
}

int dbStatus(CliContext& ctx, const QCommandLineParser& p, const QStringList& rest)
{
    if (!rest.isEmpty())
        return ctx.usage(CliContext::tr("unexpected argument '%1'").arg(rest.first()));
    const OutputFormat format = formatOf(p);
    auto db = ctx.database();
    if (!db.ok())
        return ctx.fail(db.error());
    const DatabaseHealth health = DatabaseHealthCheck::check(**db);
    const QJsonObject row{
        {QStringLiteral("path"), (*db)->path()},
        {QStringLiteral("schema_version"), (*db)->schemaVersion()},
        {QStringLiteral("sqlite_version"), (*db)->sqliteVersion()},
        {QStringLiteral("size_bytes"), QFileInfo((*db)->path()).size()},
        {QStringLiteral("free_bytes"), health.freeBytes},
        {QStringLiteral("writable"), health.writable},
        {QStringLiteral("problem"), health.problem.isEmpty() ? QJsonValue() : health.problem}};
    printRecords(ctx.out, format, QStringLiteral("databases"),
                 {QStringLiteral("path"), QStringLiteral("schema_version"), QStringLiteral("sqlite_version"),
                  QStringLiteral("size_bytes"), QStringLiteral("free_bytes"), QStringLiteral("writable"),
                  QStringLiteral("problem")},
                 QJsonArray{row});
    return 0;
}

int runDb(CliContext& ctx)
{
    return VerbTable(QStringLiteral("db"))
        .option(formatOption())
        .verb(
            {QStringLiteral("status"), QStringLiteral("[--format F]"), {QStringLiteral("format")}, dbStatus})
        .option({QStringLiteral("stdin"), CliContext::tr("read the password from the first line of stdin")})
        .verb({QStringLiteral("path"), QString(), {}, dbPath})
        .verb({QStringLiteral("set-password"),
               QStringLiteral("[--stdin]"),
               {QStringLiteral("stdin")},
               dbSetPassword})
        .verb({QStringLiteral("forget-password"), QString(), {}, dbForgetPassword})
        .run(ctx);
}

} // namespace

OPSDECK_COMMAND("db", QT_TRANSLATE_NOOP("commands", "show the database's path and schema"), runDb);

} // namespace opsdeck::cli
