#pragma once

#include <QByteArrayView>
#include <QList>
#include <QString>

namespace opsdeck {

// One extra metrics plugin of the local collector, from a conf.d TOML file (seed 003's
// kurado_agent format):
//   [plugin.metrics.NAME]
//   command = "shell command"   # required, run with /bin/sh -c
//   timeout = 10                # optional: seconds (integer or fraction) or "30s", "2m"
struct PluginSpec
{
    static constexpr int defaultTimeoutMs = 10000;
    static constexpr int maxTimeoutMs = 3600 * 1000;

    QString name;
    QString command;
    int timeoutMs = defaultTimeoutMs;
    QString file; // the TOML file it came from
};

// A problem found while reading the configuration: shown as `<plugin>.warn.<what>` (the
// plugin is `conf-d` when the file could not be read at all or has no plugin to name).
struct PluginWarning
{
    QString plugin;
    QString what;
    QString message;

    friend bool operator==(const PluginWarning&, const PluginWarning&) = default;
};

struct PluginConfig
{
    QList<PluginSpec> plugins; // files in name order, a file's plugins in name order
    QList<PluginWarning> warnings;
};

// Reads one TOML file's text. A syntax error yields no plugin and one warning naming the
// file and line; a plugin without a command, or with a bad timeout, is left out with a
// warning; other plugins of the file still count. Keys other than command and timeout,
// and tables outside plugin.metrics, are reported and ignored.
PluginConfig parsePluginConfig(QByteArrayView text, const QString& fileName);

// Reads every *.toml in `dir` (name order). A plugin name already defined by an earlier
// file is reported and the later one left out. A missing directory is no plugins.
PluginConfig loadPluginDir(const QString& dir);

// <data dir>/opsdeck/conf.d, next to the default database.
QString defaultPluginDir();

} // namespace opsdeck
