// `opsdeck db status|path`: where the cache is and which schema it has.

#include "cli/CommandRegistry.h"
#include "cli/Output.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QJsonObject>

namespace opsdeck::cli {
namespace {

int runDb(CliContext& ctx)
{
    QCommandLineParser p;
    p.addHelpOption();
    p.addPositionalArgument(QStringLiteral("verb"), CliContext::tr("status or path"));
    p.addOption({QStringLiteral("format"), CliContext::tr("json or table"), QStringLiteral("FORMAT")});
    if (const auto done = ctx.parse(p))
        return *done;
    const QStringList pos = p.positionalArguments(); // parse() took the noun as the program name
    const QString verb = pos.value(0, QStringLiteral("status"));
    if (verb == QLatin1String("path")) {
        ctx.out << ctx.dbPath << Qt::endl;
        return 0;
    }
    if (verb != QLatin1String("status"))
        return ctx.usage(CliContext::tr("unknown verb '%1' for db: use status or path").arg(verb));
    auto format = parseOutputFormat(p.value(QStringLiteral("format")));
    if (!format.ok())
        return ctx.fail(format.error());
    auto db = ctx.database();
    if (!db.ok())
        return ctx.fail(db.error());
    const QJsonObject row{{QStringLiteral("path"), (*db)->path()},
                          {QStringLiteral("schema_version"), (*db)->schemaVersion()},
                          {QStringLiteral("sqlite_version"), (*db)->sqliteVersion()},
                          {QStringLiteral("size_bytes"), QFileInfo((*db)->path()).size()}};
    printRecords(ctx.out, *format, QStringLiteral("databases"),
                 {QStringLiteral("path"), QStringLiteral("schema_version"), QStringLiteral("sqlite_version"),
                  QStringLiteral("size_bytes")},
                 QJsonArray{row});
    return 0;
}

} // namespace

OPSDECK_COMMAND("db", QT_TRANSLATE_NOOP("commands", "show the database's path and schema"), runDb);

} // namespace opsdeck::cli
