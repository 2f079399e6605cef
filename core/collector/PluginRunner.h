#pragma once

#include "collector/CollectorPass.h"
#include "collector/PluginConfig.h"

#include <QList>
#include <QString>

namespace opsdeck {

// Runs conf.d plugins for one collector pass: every command at once with `/bin/sh -c`,
// each in a process group of its own that is killed (SIGKILL) when its timeout expires.
// Standard output is read as Kurado lines (parseKuradoLines): metrics become samples of
// `machine` named "<plugin>.<name>", source "local", stamped `nowSecs` when a line has no
// timestamp; "meta.*" lines become the plugin's meta, "warn.*" lines its warnings.
// What goes wrong becomes a warning of that plugin, never an Error:
//   timeout   — no exit within the timeout (the output read so far still counts)
//   exit      — non-zero exit status or a crash (with the first line of stderr)
//   start     — /bin/sh could not be started
//   malformed — lines that are not Kurado lines (count and the first reasons)
// Blocks the calling thread until every plugin has exited or been killed; needs no event
// loop, so it runs on the collector's thread.
class PluginRunner
{
public:
    explicit PluginRunner(QString machine) : m_machine(std::move(machine)) {}

    QList<PluginPass> run(const QList<PluginSpec>& plugins, qint64 nowSecs) const;

    // Adds the configuration's warnings to the pass of their plugin (a new pass, with
    // only warnings, for a plugin that did not run).
    static void addConfigWarnings(QList<PluginPass>& passes, const QList<PluginWarning>& warnings);

    // Every plugin warning of a pass as "<plugin>.warn.<what>: message".
    static QStringList warningLines(const QList<PluginPass>& passes);

private:
    QString m_machine;
};

} // namespace opsdeck
