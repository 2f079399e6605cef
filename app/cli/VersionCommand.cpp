// `opsdeck version`: versions of Opsdeck and of the libraries it runs on.

#include "cli/VerbTable.h"
#include "opsdeck/BuildInfo.h"
#include "util/Versions.h"

#include <QJsonObject>

namespace opsdeck::cli {
namespace {

int printVersions(CliContext& ctx, const QCommandLineParser& p, const QStringList& rest)
{
    if (!rest.isEmpty())
        return ctx.usage(CliContext::tr("unexpected argument '%1'").arg(rest.first()));
    QJsonArray rows;
    for (const auto& [name, version] : libraryVersions())
        rows.append(QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("version"), version}});
    printRecords(ctx.out, formatOf(p), QStringLiteral("components"),
                 {QStringLiteral("name"), QStringLiteral("version")}, rows);
    return 0;
}

int runVersion(CliContext& ctx)
{
    return VerbTable(QStringLiteral("version"))
        .option(formatOption())
        .verb({QString(), QStringLiteral("[--format F]"), {QStringLiteral("format")}, printVersions})
        .run(ctx);
}

} // namespace

OPSDECK_COMMAND("version", QT_TRANSLATE_NOOP("commands", "print the versions of Opsdeck and its libraries"),
                runVersion);

} // namespace opsdeck::cli
