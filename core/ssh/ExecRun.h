#pragma once

#include "ssh/SshStep.h"

#include <QByteArray>
#include <functional>

typedef struct _LIBSSH2_CHANNEL LIBSSH2_CHANNEL;

namespace opsdeck::ssh {

// One command on a channel of its own: open, exec, EOF on stdin, stream stdout and
// stderr, close, exit status, free. The channel is freed on every path (the destructor
// frees one a failure or a cancel left open).
class ExecRun final : public SshStep
{
public:
    using Output = std::function<void(SshStream, const QByteArray&)>;
    ExecRun(LIBSSH2_SESSION* session, QString command, Output output);
    ~ExecRun() override;
    Pump run() override;

private:
    enum class State
    {
        Open,
        Exec,
        Eof,
        Read,
        Close,
        WaitClosed,
        Free,
        Done
    };
    Pump fail(const QString& what, int rc);
    Pump read();
    void collectExit();

    LIBSSH2_SESSION* m_session;
    QString m_command;
    Output m_output;
    LIBSSH2_CHANNEL* m_channel = nullptr;
    State m_state = State::Open;
};

} // namespace opsdeck::ssh
