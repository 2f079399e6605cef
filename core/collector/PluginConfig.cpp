#include "collector/PluginConfig.h"

#include "util/TimeSpec.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <cmath>
#include <string_view>
#include <toml++/toml.h>

namespace opsdeck {

namespace {

const QString kConfPlugin = QStringLiteral("conf-d");

QString qs(std::string_view s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

QString where(const QString& file, const toml::source_region& region)
{
    return QCoreApplication::translate("PluginConfig", "%1 line %2").arg(file).arg(region.begin.line);
}

bool validName(const QString& name)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9_-]{1,64}$"));
    return re.match(name).hasMatch();
}

// Seconds (integer or fraction) or a duration word; 0 when it is none of them.
int timeoutMs(const toml::node& node)
{
    double secs = 0;
    if (auto i = node.as_integer())
        secs = double(i->get());
    else if (auto f = node.as_floating_point())
        secs = f->get();
    else if (auto s = node.as_string()) {
        const auto parsed = TimeSpec::parseDuration(qs(s->get()));
        secs = parsed.ok() ? double(*parsed) : 0;
    }
    if (!std::isfinite(secs) || secs <= 0 || secs * 1000 > PluginSpec::maxTimeoutMs)
        return 0;
    return std::max(1, int(std::lround(secs * 1000)));
}

void readPlugin(const QString& name, const toml::node& node, const QString& file, PluginConfig& out)
{
    auto warn = [&](const QString& what, const QString& message) {
        out.warnings.append({validName(name) ? name : kConfPlugin, what, message});
    };
    const toml::table* table = node.as_table();
    if (!validName(name) || !table) {
        warn(QStringLiteral("config"),
             QCoreApplication::translate(
                 "PluginConfig",
                 "%1: [plugin.metrics.%2] must be a table whose name holds only letters, digits, '-' "
                 "and '_'")
                 .arg(where(file, node.source()), name));
        return;
    }
    PluginSpec spec{name, {}, PluginSpec::defaultTimeoutMs, file};
    for (const auto& [key, value] : *table) {
        const QString k = qs(key.str());
        if (k == QLatin1String("command")) {
            if (auto s = value.as_string())
                spec.command = qs(s->get()).trimmed();
        } else if (k == QLatin1String("timeout")) {
            spec.timeoutMs = timeoutMs(value);
            if (spec.timeoutMs == 0) {
                warn(QStringLiteral("config"),
                     QCoreApplication::translate(
                         "PluginConfig", "%1: timeout must be seconds (e.g. 10 or \"30s\"), at most one hour")
                         .arg(where(file, value.source())));
                return;
            }
        } else {
            warn(QStringLiteral("config"),
                 QCoreApplication::translate("PluginConfig", "%1: unknown key '%2' ignored")
                     .arg(where(file, value.source()), k));
        }
    }
    if (spec.command.isEmpty()) {
        warn(QStringLiteral("config"),
             QCoreApplication::translate("PluginConfig",
                                         "%1: [plugin.metrics.%2] has no command (command = \"...\")")
                 .arg(where(file, node.source()), name));
        return;
    }
    out.plugins.append(spec);
}

} // namespace

PluginConfig parsePluginConfig(QByteArrayView text, const QString& fileName)
{
    PluginConfig out;
    toml::table root;
    const std::string source = fileName.toStdString();
    try {
        root = toml::parse(std::string_view(text.data(), size_t(text.size())), std::string_view(source));
    } catch (const toml::parse_error& e) {
        out.warnings.append({kConfPlugin, QFileInfo(fileName).fileName(),
                             QCoreApplication::translate("PluginConfig", "%1: %2")
                                 .arg(where(fileName, e.source()), qs(e.description()))});
        return out;
    }
    for (const auto& [key, value] : root) {
        const toml::table* metrics = key.str() == "plugin" && value.is_table()
                                         ? value.as_table()->get_as<toml::table>("metrics")
                                         : nullptr;
        if (!metrics || value.as_table()->size() != 1) {
            out.warnings.append(
                {kConfPlugin, QFileInfo(fileName).fileName(),
                 QCoreApplication::translate("PluginConfig",
                                             "%1: only [plugin.metrics.NAME] tables are read; '%2' ignored")
                     .arg(where(fileName, value.source()), qs(key.str()))});
            if (!metrics)
                continue;
        }
        for (const auto& [name, plugin] : *metrics)
            readPlugin(qs(name.str()), plugin, fileName, out);
    }
    return out;
}

PluginConfig loadPluginDir(const QString& dir)
{
    PluginConfig out;
    QSet<QString> names;
    const QStringList files =
        QDir(dir).entryList({QStringLiteral("*.toml")}, QDir::Files | QDir::Readable, QDir::Name);
    for (const QString& name : files) {
        const QString path = QDir(dir).filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) {
            out.warnings.append({kConfPlugin, name,
                                 QCoreApplication::translate("PluginConfig", "%1: cannot read: %2")
                                     .arg(path, f.errorString())});
            continue;
        }
        const PluginConfig one = parsePluginConfig(f.readAll(), path);
        out.warnings += one.warnings;
        for (const PluginSpec& spec : one.plugins) {
            if (names.contains(spec.name)) {
                out.warnings.append(
                    {spec.name, QStringLiteral("config"),
                     QCoreApplication::translate(
                         "PluginConfig", "%1: plugin %2 is defined by an earlier file; this one is ignored")
                         .arg(path, spec.name)});
                continue;
            }
            names.insert(spec.name);
            out.plugins.append(spec);
        }
    }
    return out;
}

QString defaultPluginDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
           QStringLiteral("/opsdeck/conf.d");
}

} // namespace opsdeck
