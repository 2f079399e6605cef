// `opsdeck service set|show`: what a deploy needs of a service (deploy root, config
// template, health check, what one unit needs).

#include "cli/VerbTable.h"
#include "deploy/ConfigTemplate.h"
#include "inventory/RelationResolver.h"
#include "inventory/ServiceStore.h"

#include <QFile>
#include <QJsonDocument>
#include <cmath>

namespace opsdeck::cli {
namespace {

// "512M", "2G", "1.5G", "1048576" (bytes; K, M, G, T are powers of 1024).
std::optional<qint64> parseSize(const QString& text)
{
    QString t = text.trimmed().toUpper();
    if (t.endsWith(QLatin1Char('B')))
        t.chop(1);
    if (t.endsWith(QLatin1Char('I')))
        t.chop(1);
    double factor = 1;
    if (!t.isEmpty() && QStringLiteral("KMGT").contains(t.back())) {
        factor = std::pow(1024.0, double(QStringLiteral("KMGT").indexOf(t.back()) + 1));
        t.chop(1);
    }
    bool ok = false;
    const double v = t.toDouble(&ok);
    if (!ok || v < 0 || !std::isfinite(v) || v * factor > 9e18)
        return std::nullopt;
    return qint64(std::llround(v * factor));
}

ValueCheck sizeCheck()
{
    return [](const QString& option, const QString& value) -> Status {
        if (!parseSize(value))
            return Error::usage(
                CliContext::tr("--%1 takes a size such as 512M or 2G, not '%2'").arg(option, value));
        return {};
    };
}

ValueCheck cpuCheck()
{
    return [](const QString& option, const QString& value) -> Status {
        bool ok = false;
        const double v = value.toDouble(&ok);
        if (!ok || v < 0 || !std::isfinite(v) || v > 1e6)
            return Error::usage(CliContext::tr("--%1 takes a number of processors such as 0.5 or 2, not '%2'")
                                    .arg(option, value));
        return {};
    };
}

int serviceSet(CliContext& ctx, const QCommandLineParser& p, const QStringList& args)
{
    if (args.size() != 1)
        return ctx.usage(CliContext::tr("service set takes one SERVICE_PATH"));
    const auto has = [&](const char* o) {
        return p.isSet(QString::fromLatin1(o));
    };
    if (has("health-url") && has("health-cmd"))
        return ctx.usage(CliContext::tr("--health-url and --health-cmd exclude each other"));
    if (!has("deploy-root") && !has("config-template") && !has("health-url") && !has("health-cmd") &&
        !has("no-health") && !has("unit-cpu") && !has("unit-mem"))
        return ctx.usage(CliContext::tr("service set needs at least one setting to change"));
    QString templateText;
    if (has("config-template")) {
        QFile f(p.value(QStringLiteral("config-template")));
        if (!f.open(QIODevice::ReadOnly))
            return ctx.fail(Error::failure(
                CliContext::tr("cannot read the config template %1: %2").arg(f.fileName(), f.errorString())));
        templateText = QString::fromUtf8(f.readAll());
    }
    auto db = ctx.database();
    if (!db.ok())
        return ctx.fail(db.error());
    InventoryWriter writer(*db);
    ServiceStore store(writer);
    auto current = store.get(nodePathArgument(args.first()));
    if (!current.ok())
        return ctx.fail(current.error());
    ServiceSettings s = *current;
    if (has("deploy-root"))
        s.deployRoot = p.value(QStringLiteral("deploy-root"));
    if (has("config-template")) {
        // Every placeholder must be one a unit of this service will have.
        auto relations = RelationResolver(*db).resolve(s.path);
        if (!relations.ok())
            return ctx.fail(relations.error());
        const QStringList known =
            ConfigTemplate::unitNames() + ConfigTemplate::relationValues(*relations).keys();
        if (Status c = ConfigTemplate(templateText).check(known); !c.ok())
            return ctx.fail(c.error());
        s.configTemplate = templateText;
    }
    if (has("health-url") || has("no-health"))
        s.healthCmd.clear(), s.healthUrl = p.value(QStringLiteral("health-url"));
    if (has("health-cmd"))
        s.healthUrl.clear(), s.healthCmd = p.value(QStringLiteral("health-cmd"));
    if (has("unit-cpu"))
        s.unitCpu = p.value(QStringLiteral("unit-cpu")).toDouble();
    if (has("unit-mem"))
        s.unitMem = parseSize(p.value(QStringLiteral("unit-mem"))).value_or(0);
    if (Status st = store.set(s, p.value(QStringLiteral("reason"))); !st.ok())
        return ctx.fail(st.error());
    ctx.out << CliContext::tr("service %1 updated").arg(s.path) << Qt::endl;
    return 0;
}

int serviceShow(CliContext& ctx, const QCommandLineParser& p, const QStringList& args)
{
    if (args.size() != 1)
        return ctx.usage(CliContext::tr("service show takes one SERVICE_PATH"));
    const OutputFormat format = formatOf(p, OutputFormat::Text);
    auto db = ctx.database();
    if (!db.ok())
        return ctx.fail(db.error());
    InventoryWriter writer(*db);
    auto s = ServiceStore(writer).get(nodePathArgument(args.first()));
    if (!s.ok())
        return ctx.fail(s.error());
    const QJsonObject o = s->toJson();
    if (format == OutputFormat::Json) {
        ctx.out << QJsonDocument(o).toJson(QJsonDocument::Indented);
        return 0;
    }
    for (const QString& k :
         {QStringLiteral("path"), QStringLiteral("deploy_root"), QStringLiteral("health_url"),
          QStringLiteral("health_cmd"), QStringLiteral("unit_cpu"), QStringLiteral("unit_mem")})
        ctx.out << (k + QLatin1Char(':')).leftJustified(14) << displayValue(o.value(k)) << '\n';
    ctx.out << QStringLiteral("config_template:") << '\n' << s->configTemplate;
    if (!s->configTemplate.endsWith(QLatin1Char('\n')))
        ctx.out << '\n';
    return 0;
}

int runService(CliContext& ctx)
{
    const QStringList setOptions{QStringLiteral("deploy-root"), QStringLiteral("config-template"),
                                 QStringLiteral("health-url"),  QStringLiteral("health-cmd"),
                                 QStringLiteral("no-health"),   QStringLiteral("unit-cpu"),
                                 QStringLiteral("unit-mem"),    QStringLiteral("reason")};
    return VerbTable(QStringLiteral("service"))
        .option({setOptions.at(0),
                 CliContext::tr("where units live (default /opt; may hold {machine}, {address})"),
                 QStringLiteral("DIR")})
        .option({setOptions.at(1),
                 CliContext::tr("the config template file ({{port}}, {{relation.NAME}}, ...)"),
                 QStringLiteral("FILE")})
        .option({setOptions.at(2), CliContext::tr("health check: this URL answers 2xx or 3xx from the host"),
                 QStringLiteral("URL")})
        .option({setOptions.at(3), CliContext::tr("health check: this command exits 0 on the host"),
                 QStringLiteral("CMD")})
        .option({setOptions.at(4), CliContext::tr("no health check")})
        .option({setOptions.at(5), CliContext::tr("processors one unit needs (scale-out)"),
                 QStringLiteral("N"), cpuCheck()})
        .option({setOptions.at(6), CliContext::tr("memory one unit needs, e.g. 512M (scale-out)"),
                 QStringLiteral("SIZE"), sizeCheck()})
        .option({setOptions.at(7), CliContext::tr("why, for the audit log"), QStringLiteral("TEXT")})
        .option(formatOption())
        .verb({QStringLiteral("set"),
               QStringLiteral("SERVICE_PATH [--deploy-root DIR] [--config-template FILE] "
                              "[--health-url URL | --health-cmd CMD | --no-health] [--unit-cpu N] "
                              "[--unit-mem SIZE] [--reason TEXT]"),
               setOptions, serviceSet})
        .verb({QStringLiteral("show"),
               QStringLiteral("SERVICE_PATH [--format json]"),
               {QStringLiteral("format")},
               serviceShow})
        .run(ctx);
}

} // namespace

OPSDECK_COMMAND("service", QT_TRANSLATE_NOOP("commands", "a service's deploy settings: set, show"),
                runService);

} // namespace opsdeck::cli
