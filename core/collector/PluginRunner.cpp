#include "collector/PluginRunner.h"

#include "ingest/KuradoLines.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QProcess>
#include <algorithm>
#include <csignal>
#include <memory>
#include <unistd.h>

namespace opsdeck {

namespace {

struct Running
{
    const PluginSpec* spec;
    std::unique_ptr<QProcess> process;
    QDeadlineTimer deadline;
};

QString firstLine(const QByteArray& bytes)
{
    const QString text = QString::fromUtf8(bytes).trimmed();
    return text.section(QLatin1Char('\n'), 0, 0).left(200);
}

std::unique_ptr<QProcess> launch(const PluginSpec& spec)
{
    auto p = std::make_unique<QProcess>();
    p->setProgram(QStringLiteral("/bin/sh"));
    p->setArguments({QStringLiteral("-c"), spec.command});
    p->setStandardInputFile(QProcess::nullDevice());
    // A group of its own, so that a timeout kills the shell's children too.
    p->setChildProcessModifier([] { ::setpgid(0, 0); });
    p->start();
    return p;
}

// Waits for the plugin until its deadline; kills its process group when it passes.
void finish(Running& r, PluginPass& out)
{
    QProcess& p = *r.process;
    if (!p.waitForStarted(int(std::max<qint64>(r.deadline.remainingTime(), 0)))) {
        out.warnings.append(
            {QStringLiteral("start"),
             QCoreApplication::translate("PluginRunner", "cannot run /bin/sh: %1").arg(p.errorString())});
        return;
    }
    if (!p.waitForFinished(int(std::max<qint64>(r.deadline.remainingTime(), 1)))) {
        ::kill(-pid_t(p.processId()), SIGKILL);
        p.waitForFinished(5000);
        out.warnings.append({QStringLiteral("timeout"),
                             QCoreApplication::translate("PluginRunner", "no exit within %1 s; killed")
                                 .arg(r.spec->timeoutMs / 1000.0)});
        return;
    }
    if (p.exitStatus() == QProcess::CrashExit) {
        out.warnings.append(
            {QStringLiteral("exit"),
             QCoreApplication::translate("PluginRunner", "crashed: %1").arg(p.errorString())});
    } else if (p.exitCode() != 0) {
        const QString err = firstLine(p.readAllStandardError());
        out.warnings.append(
            {QStringLiteral("exit"),
             err.isEmpty() ? QCoreApplication::translate("PluginRunner", "exit status %1").arg(p.exitCode())
                           : QCoreApplication::translate("PluginRunner", "exit status %1: %2")
                                 .arg(p.exitCode())
                                 .arg(err)});
    }
}

void takeOutput(const QByteArray& text, const QString& machine, qint64 nowSecs, PluginPass& out)
{
    KuradoResult parsed = parseKuradoLines(text, machine, QStringLiteral("local"), nowSecs);
    const QString prefix = out.name + QLatin1Char('.');
    for (IncomingSample& s : parsed.samples) {
        s.key.metric.prepend(prefix);
        out.samples.append(std::move(s));
    }
    for (const auto& [key, value] : parsed.meta) {
        if (key.startsWith(QLatin1String("warn.")))
            out.warnings.append({key.mid(5), value});
        else
            out.meta.append({key, value});
    }
    if (parsed.report.malformed > 0)
        out.warnings.append(
            {QStringLiteral("malformed"),
             QCoreApplication::translate("PluginRunner", "%n line(s) not in Kurado's format: %1", nullptr,
                                         parsed.report.malformed)
                 .arg(parsed.report.errors.mid(0, 3).join(QStringLiteral("; ")))});
}

} // namespace

QList<PluginPass> PluginRunner::run(const QList<PluginSpec>& plugins, qint64 nowSecs) const
{
    std::vector<Running> running;
    running.reserve(size_t(plugins.size()));
    for (const PluginSpec& spec : plugins)
        running.push_back({&spec, launch(spec), QDeadlineTimer(spec.timeoutMs)});
    QList<PluginPass> out;
    for (Running& r : running) {
        PluginPass pass;
        pass.name = r.spec->name;
        finish(r, pass);
        const QList<CollectorFact> problems = pass.warnings;
        pass.warnings.clear();
        takeOutput(r.process->readAllStandardOutput(), m_machine, nowSecs, pass);
        pass.warnings += problems;
        out.append(std::move(pass));
    }
    return out;
}

void PluginRunner::addConfigWarnings(QList<PluginPass>& passes, const QList<PluginWarning>& warnings)
{
    for (const PluginWarning& w : warnings) {
        auto it = std::find_if(passes.begin(), passes.end(),
                               [&](const PluginPass& p) { return p.name == w.plugin; });
        if (it == passes.end()) {
            passes.append(PluginPass{w.plugin, {}, {}, {}});
            it = passes.end() - 1;
        }
        it->warnings.append({w.what, w.message});
    }
}

QStringList PluginRunner::warningLines(const QList<PluginPass>& passes)
{
    QStringList out;
    for (const PluginPass& p : passes)
        for (const CollectorFact& w : p.warnings)
            out.append(QStringLiteral("%1.warn.%2: %3").arg(p.name, w.key, w.value));
    return out;
}

} // namespace opsdeck
