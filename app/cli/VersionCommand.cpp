// `opsdeck version`: versions of Opsdeck and of the libraries it runs on.

#include "cli/CommandRegistry.h"
#include "cli/Output.h"
#include "opsdeck/BuildInfo.h"
#include "util/Versions.h"

#include <QCommandLineParser>
#include <QJsonObject>

namespace opsdeck::cli {
namespace {

int runVersion(CliContext& ctx)
{
    QCommandLineParser p;
    p.addHelpOption();
    p.addOption({QStringLiteral("format"), CliContext::tr("json or table"), QStringLiteral("FORMAT")});
    if (const auto done = ctx.parse(p))
        return *done;
    auto format = parseOutputFormat(p.value(QStringLiteral("format")));
    if (!format.ok())
        return ctx.fail(format.error());
    QJsonArray rows;
    for (const auto& [name, version] : libraryVersions())
        rows.append(QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("version"), version}});
    printRecords(ctx.out, *format, QStringLiteral("components"),
                 {QStringLiteral("name"), QStringLiteral("version")}, rows);
    return 0;
}

} // namespace

OPSDECK_COMMAND("version", QT_TRANSLATE_NOOP("commands", "print the versions of Opsdeck and its libraries"),
                runVersion);

} // namespace opsdeck::cli
