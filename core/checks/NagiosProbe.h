#pragma once

#include "checks/CheckProbe.h"
#include "checks/NagiosOutput.h"
#include "util/Result.h"

#include <QByteArray>
#include <QPointer>

class QProcess;

namespace opsdeck {

class SshSourcePoller;

// Any command that follows the Nagios plugin API (params: command, over_ssh): run
// locally (QProcess, no shell, LC_ALL=C; killed at the timeout) or on the target
// machine over SSH through the shared SshSourcePoller (its kept connections). The exit
// code and output are read by NagiosOutput; the performance data become ProbeResult::perf
// and the first item's value the result's value. A command that hangs, prints nothing,
// prints more than maxOutputBytes, cannot start or exits outside 0..3: unknown, with why.
class NagiosProbe final : public CheckProbe
{
    Q_OBJECT
public:
    // `ssh` (may be null: over_ssh checks then end unknown) must outlive the probe.
    NagiosProbe(CheckDefinition check, SshSourcePoller* ssh = nullptr, const Clock& clock = Clock::system(),
                QObject* parent = nullptr);

    static constexpr qint64 maxOutputBytes = 1024 * 1024;
    // A plugin's answer as a probe result (exposed for tests).
    static ProbeResult fromOutput(int exitCode, const QByteArray& output,
                                  const QByteArray& stderrOutput = {});
    // A local command's words as a POSIX shell splits them ('single', "double" with
    // backslash escapes, a backslash outside quotes), but no shell runs: for pipes or
    // `;` write sh -c '...'. An unterminated quote is an error.
    static Result<QStringList> splitCommand(const QString& command);

protected:
    void start(const QString& target) override;
    void abort() override;

private:
    void startLocal();
    void startSsh(const QString& machine);
    void onLocalFinished();

    SshSourcePoller* m_ssh;
    QPointer<QProcess> m_process;
    QByteArray m_out;
    QByteArray m_err;
    bool m_tooLong = false;
    quint64 m_generation = 0;
};

} // namespace opsdeck
