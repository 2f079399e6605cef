#include "ssh/ExecRun.h"

#include <QCoreApplication>
#include <libssh2.h>

namespace opsdeck::ssh {

QString sshErrorText(LIBSSH2_SESSION* session, int rc)
{
    char* msg = nullptr;
    int len = 0;
    libssh2_session_last_error(session, &msg, &len, 0);
    const QString text = msg && len > 0 ? QString::fromUtf8(msg, len) : QString();
    return QStringLiteral("%1 (libssh2 %2)").arg(text).arg(rc);
}

SshFailure sshFailureKind(int rc)
{
    switch (rc) {
    case LIBSSH2_ERROR_SOCKET_SEND:
    case LIBSSH2_ERROR_SOCKET_RECV:
    case LIBSSH2_ERROR_SOCKET_DISCONNECT:
    case LIBSSH2_ERROR_SOCKET_TIMEOUT:
    case LIBSSH2_ERROR_BANNER_RECV:
    case LIBSSH2_ERROR_BANNER_SEND:
        return SshFailure::Network;
    default:
        return SshFailure::Protocol;
    }
}

QString shellQuote(const QString& text)
{
    QString out = text;
    out.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    return QLatin1Char('\'') + out + QLatin1Char('\'');
}

ExecRun::ExecRun(LIBSSH2_SESSION* session, QString command, Output output)
    : m_session(session), m_command(std::move(command)), m_output(std::move(output))
{}

ExecRun::~ExecRun()
{
    if (m_channel)
        libssh2_channel_free(m_channel); // the connection made the session blocking first
}

Pump ExecRun::fail(const QString& what, int rc)
{
    result.error =
        SshError::make(sshFailureKind(rc), what + QStringLiteral(": ") + sshErrorText(m_session, rc));
    // A channel that cannot open or start leaves the session usable; anything that
    // breaks mid-stream is the connection's end.
    sessionBroken = sshFailureKind(rc) == SshFailure::Network || m_state > State::Exec;
    return Pump::Failed;
}

Pump ExecRun::run()
{
    for (;;) {
        int rc = 0;
        switch (m_state) {
        case State::Open:
            m_channel = libssh2_channel_open_session(m_session);
            if (!m_channel) {
                rc = libssh2_session_last_errno(m_session);
                if (rc == LIBSSH2_ERROR_EAGAIN)
                    return Pump::Again;
                return fail(QCoreApplication::translate("ExecRun", "cannot open a channel"), rc);
            }
            m_state = State::Exec;
            break;
        case State::Exec: {
            const QByteArray cmd = m_command.toUtf8();
            rc = libssh2_channel_process_startup(m_channel, "exec", 4, cmd.constData(), unsigned(cmd.size()));
            if (rc == LIBSSH2_ERROR_EAGAIN)
                return Pump::Again;
            if (rc < 0)
                return fail(QCoreApplication::translate("ExecRun", "the server refused to run the command"),
                            rc);
            m_state = State::Eof;
            break;
        }
        case State::Eof:
            rc = libssh2_channel_send_eof(m_channel);
            if (rc == LIBSSH2_ERROR_EAGAIN)
                return Pump::Again;
            m_state = State::Read; // a failed EOF on stdin is not the command's failure
            break;
        case State::Read: {
            const Pump p = read();
            if (p != Pump::Done)
                return p;
            m_state = State::Close;
            break;
        }
        case State::Close:
            rc = libssh2_channel_close(m_channel);
            if (rc == LIBSSH2_ERROR_EAGAIN)
                return Pump::Again;
            if (rc < 0)
                return fail(QCoreApplication::translate("ExecRun", "cannot close the channel"), rc);
            m_state = State::WaitClosed;
            break;
        case State::WaitClosed:
            rc = libssh2_channel_wait_closed(m_channel);
            if (rc == LIBSSH2_ERROR_EAGAIN)
                return Pump::Again;
            collectExit();
            m_state = State::Free;
            break;
        case State::Free:
            rc = libssh2_channel_free(m_channel);
            if (rc == LIBSSH2_ERROR_EAGAIN)
                return Pump::Again;
            m_channel = nullptr;
            m_state = State::Done;
            break;
        case State::Done:
            return Pump::Done;
        }
    }
}

Pump ExecRun::read()
{
    char buf[32768];
    for (;;) {
        bool progressed = false;
        for (int stream : {0, SSH_EXTENDED_DATA_STDERR}) {
            const ssize_t n = libssh2_channel_read_ex(m_channel, stream, buf, sizeof(buf));
            if (n > 0) {
                progressed = true;
                if (m_output)
                    m_output(stream == 0 ? SshStream::Stdout : SshStream::Stderr, QByteArray(buf, n));
            } else if (n < 0 && n != LIBSSH2_ERROR_EAGAIN) {
                return fail(QCoreApplication::translate("ExecRun", "reading the command's output failed"),
                            int(n));
            }
        }
        if (!progressed) // both streams drained: the end, or wait for more
            return libssh2_channel_eof(m_channel) ? Pump::Done : Pump::Again;
    }
}

void ExecRun::collectExit()
{
    result.exitStatus = libssh2_channel_get_exit_status(m_channel);
    char* sig = nullptr;
    size_t sigLen = 0;
    if (libssh2_channel_get_exit_signal(m_channel, &sig, &sigLen, nullptr, nullptr, nullptr, nullptr) == 0 &&
        sig) {
        result.exitSignal = QString::fromLatin1(sig, qsizetype(sigLen));
        libssh2_free(m_session, sig);
        if (result.exitStatus == 0)
            result.exitStatus = 128; // died of a signal: never "ok"
    }
}

} // namespace opsdeck::ssh
