#include "checks/NagiosProbe.h"

#include "sources/SshSourcePoller.h"

#include <QCoreApplication>
#include <QProcess>

namespace opsdeck {

NagiosProbe::NagiosProbe(CheckDefinition check, SshSourcePoller* ssh, const Clock& clock, QObject* parent)
    : CheckProbe(std::move(check), clock, parent), m_ssh(ssh)
{}

ProbeResult NagiosProbe::fromOutput(int exitCode, const QByteArray& output, const QByteArray& stderrOutput)
{
    const NagiosOutput o = NagiosOutput::parse(exitCode, output);
    ProbeResult r;
    r.status = o.status;
    r.message = o.text;
    if (r.message.isEmpty()) {
        r.status = CheckStatus::Unknown;
        const QString err = QString::fromUtf8(stderrOutput.left(300)).simplified();
        r.message =
            err.isEmpty()
                ? tr("the plugin printed nothing (exit code %1)").arg(exitCode)
                : tr("the plugin printed nothing on stdout (exit code %1): %2").arg(exitCode).arg(err);
    } else if (exitCode < 0 || exitCode > 3) {
        r.message = tr("exit code %1 is not a plugin status: %2").arg(exitCode).arg(o.text);
    }
    for (const NagiosPerfDatum& d : o.perf) {
        if (!d.value)
            continue;
        r.perf.append({d.label, *d.value});
        if (!r.value)
            r.value = d.value;
    }
    if (!o.perfErrors.isEmpty())
        r.message += QStringLiteral(" ") +
                     tr("[performance data not read: %1]").arg(o.perfErrors.join(QStringLiteral("; ")));
    return r;
}

Result<QStringList> NagiosProbe::splitCommand(const QString& command)
{
    QStringList words;
    QString word;
    bool inWord = false;
    QChar quote;
    for (qsizetype i = 0; i < command.size(); ++i) {
        const QChar c = command.at(i);
        if (quote == u'\'') {
            if (c == u'\'')
                quote = QChar();
            else
                word += c;
        } else if (quote == u'"') {
            if (c == u'"')
                quote = QChar();
            else if (c == u'\\' && i + 1 < command.size() &&
                     QStringLiteral("\"\\$`").contains(command.at(i + 1)))
                word += command.at(++i);
            else
                word += c;
        } else if (c == u'\'' || c == u'"') {
            quote = c;
            inWord = true;
        } else if (c == u'\\' && i + 1 < command.size()) {
            word += command.at(++i);
            inWord = true;
        } else if (c.isSpace()) {
            if (inWord)
                words << word;
            word.clear();
            inWord = false;
        } else {
            word += c;
            inWord = true;
        }
    }
    if (!quote.isNull())
        return Error::usage(tr("the command has an unterminated %1 quote").arg(quote));
    if (inWord)
        words << word;
    return words;
}

void NagiosProbe::start(const QString& target)
{
    if (param("command").trimmed().isEmpty())
        return finish(CheckStatus::Unknown, tr("a Nagios check needs a command"));
    m_out.clear();
    m_err.clear();
    m_tooLong = false;
    if (check().params.value(QLatin1String("over_ssh")).toBool(false))
        startSsh(target);
    else
        startLocal();
}

void NagiosProbe::startLocal()
{
    auto split = splitCommand(param("command"));
    if (!split.ok())
        return finish(CheckStatus::Unknown, split.error().message);
    QStringList args = *split;
    if (args.isEmpty())
        return finish(CheckStatus::Unknown, tr("a Nagios check needs a command"));
    const QString program = args.takeFirst();
    m_process = new QProcess(this);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    m_process->setProcessEnvironment(env);
    connect(m_process, &QProcess::readyReadStandardOutput, this, [this] {
        m_out += m_process->readAllStandardOutput();
        if (m_out.size() > maxOutputBytes) {
            m_out.truncate(maxOutputBytes);
            m_tooLong = true;
            abort();
            finish(CheckStatus::Unknown,
                   tr("the plugin printed more than %1 bytes; it was stopped").arg(maxOutputBytes));
        }
    });
    connect(m_process, &QProcess::readyReadStandardError, this, [this] {
        const QByteArray e = m_process->readAllStandardError();
        if (m_err.size() < 4096)
            m_err += e.left(4096 - m_err.size());
    });
    connect(m_process, &QProcess::finished, this, &NagiosProbe::onLocalFinished);
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError e) {
        if (e != QProcess::FailedToStart)
            return; // a crash or a kill ends in finished()
        const QString why = m_process->errorString();
        abort();
        finish(CheckStatus::Unknown, tr("the plugin could not be started: %1").arg(why));
    });
    m_process->start(program, args, QIODevice::ReadOnly);
}

void NagiosProbe::onLocalFinished()
{
    if (!m_process)
        return;
    m_out += m_process->readAllStandardOutput();
    m_err += m_process->readAllStandardError().left(4096);
    const bool crashed = m_process->exitStatus() == QProcess::CrashExit;
    const int code = m_process->exitCode();
    abort();
    if (crashed)
        return finish(CheckStatus::Unknown,
                      tr("the plugin crashed (%1)").arg(QString::fromUtf8(m_err.left(300)).simplified()));
    finish(fromOutput(code, m_out.left(maxOutputBytes), m_err));
}

void NagiosProbe::startSsh(const QString& machine)
{
    if (!m_ssh)
        return finish(CheckStatus::Unknown, tr("no SSH engine to run the plugin over SSH"));
    if (machine.isEmpty())
        return finish(CheckStatus::Unknown, tr("a Nagios check over SSH needs a machine"));
    const quint64 generation = ++m_generation;
    m_ssh->exec(
        machine, param("command"), timeoutMs(), [this, generation](Result<SshSourcePoller::ExecOutput> r) {
            if (generation != m_generation)
                return;
            if (!r.ok())
                return finish(CheckStatus::Unknown, r.error().message);
            if (!r->exitSignal.isEmpty())
                return finish(CheckStatus::Unknown, tr("the plugin died of signal %1").arg(r->exitSignal));
            finish(fromOutput(r->exitStatus, r->out.left(maxOutputBytes), r->err));
        });
}

void NagiosProbe::abort()
{
    ++m_generation;
    if (!m_process)
        return;
    QProcess* p = m_process;
    m_process = nullptr;
    p->disconnect(this);
    if (p->state() != QProcess::NotRunning) {
        // Killed now, reaped when it ends (without blocking here); the QProcess goes then,
        // even if the probe has gone first.
        p->setParent(nullptr);
        connect(p, &QProcess::finished, p, &QObject::deleteLater);
        p->kill();
    } else {
        p->deleteLater();
    }
}

} // namespace opsdeck
