#include "ssh/UploadRun.h"

#include <QCoreApplication>
#include <libssh2.h>
#include <libssh2_sftp.h>

namespace opsdeck::ssh {

namespace {
constexpr qint64 kChunk = 256 * 1024;

} // namespace

UploadRun::UploadRun(LIBSSH2_SESSION* session, LIBSSH2_SFTP** sftp, QString localPath, QString remotePath,
                     int mode, QByteArray knownSha256, Progress progress)
    : m_session(session), m_sftp(sftp), m_local(std::move(localPath)), m_remote(std::move(remotePath)),
      m_mode(mode), m_progress(std::move(progress)), m_knownSha256(knownSha256.toLower())
{}

UploadRun::~UploadRun()
{
    if (m_handle)
        libssh2_sftp_close_handle(m_handle);
}

Pump UploadRun::fail(SshFailure kind, const QString& what)
{
    result.error = SshError::make(kind, what);
    return Pump::Failed;
}

Pump UploadRun::sshFail(const QString& what, int rc)
{
    QString detail = sshErrorText(m_session, rc);
    if (rc == LIBSSH2_ERROR_SFTP_PROTOCOL && *m_sftp)
        detail += QStringLiteral(", SFTP status %1").arg(libssh2_sftp_last_error(*m_sftp));
    sessionBroken = sshFailureKind(rc) == SshFailure::Network || m_state == State::Write;
    return fail(sshFailureKind(rc), what + QStringLiteral(": ") + detail);
}

Pump UploadRun::run()
{
    for (;;) {
        switch (m_state) {
        case State::Local:
            m_file.setFileName(m_local);
            if (!m_file.open(QIODevice::ReadOnly))
                return fail(SshFailure::Local, QCoreApplication::translate("UploadRun", "cannot read %1: %2")
                                                   .arg(m_local, m_file.errorString()));
            m_total = m_file.size();
            m_state = *m_sftp ? State::Open : State::Init;
            break;
        case State::Init:
            *m_sftp = libssh2_sftp_init(m_session);
            if (!*m_sftp) {
                const int rc = libssh2_session_last_errno(m_session);
                if (rc == LIBSSH2_ERROR_EAGAIN)
                    return Pump::Again;
                return sshFail(QCoreApplication::translate("UploadRun", "cannot start SFTP"), rc);
            }
            m_state = State::Open;
            break;
        case State::Open: {
            const QByteArray path = m_remote.toUtf8();
            m_handle = libssh2_sftp_open_ex(*m_sftp, path.constData(), unsigned(path.size()),
                                            LIBSSH2_FXF_WRITE | LIBSSH2_FXF_CREAT | LIBSSH2_FXF_TRUNC, m_mode,
                                            LIBSSH2_SFTP_OPENFILE);
            if (!m_handle) {
                const int rc = libssh2_session_last_errno(m_session);
                if (rc == LIBSSH2_ERROR_EAGAIN)
                    return Pump::Again;
                return sshFail(
                    QCoreApplication::translate("UploadRun", "cannot create %1 on the host").arg(m_remote),
                    rc);
            }
            m_state = State::Write;
            if (m_progress)
                m_progress(0, m_total);
            break;
        }
        case State::Write: {
            const Pump p = write();
            if (p != Pump::Done)
                return p;
            m_state = State::Close;
            break;
        }
        case State::Close: {
            const int rc = libssh2_sftp_close_handle(m_handle);
            if (rc == LIBSSH2_ERROR_EAGAIN)
                return Pump::Again;
            m_handle = nullptr;
            if (rc < 0)
                return sshFail(
                    QCoreApplication::translate("UploadRun", "cannot finish writing %1 on the host")
                        .arg(m_remote),
                    rc);
            m_check =
                std::make_unique<ExecRun>(m_session, QStringLiteral("sha256sum -- ") + shellQuote(m_remote),
                                          [this](SshStream s, const QByteArray& d) {
                                              (s == SshStream::Stdout ? m_checkOut : m_checkErr) += d;
                                          });
            m_state = State::Verify;
            break;
        }
        case State::Verify: {
            const Pump p = verify();
            if (p != Pump::Done)
                return p;
            m_state = State::Done;
            break;
        }
        case State::Done:
            result.exitStatus = 0;
            return Pump::Done;
        }
    }
}

Pump UploadRun::write()
{
    for (;;) {
        if (m_offset == m_buffer.size()) {
            if (m_sent == m_total && m_file.atEnd())
                return Pump::Done;
            m_buffer = m_file.read(kChunk);
            m_offset = 0;
            if (m_buffer.isEmpty()) {
                if (m_file.error() != QFileDevice::NoError)
                    return fail(SshFailure::Local,
                                QCoreApplication::translate("UploadRun", "cannot read %1: %2")
                                    .arg(m_local, m_file.errorString()));
                return Pump::Done;
            }
            if (m_knownSha256.isEmpty())
                m_hash.addData(m_buffer);
        }
        const ssize_t n =
            libssh2_sftp_write(m_handle, m_buffer.constData() + m_offset, size_t(m_buffer.size() - m_offset));
        if (n == LIBSSH2_ERROR_EAGAIN)
            return Pump::Again;
        if (n < 0)
            return sshFail(
                QCoreApplication::translate("UploadRun", "writing %1 on the host failed").arg(m_remote),
                int(n));
        m_offset += n;
        m_sent += n;
        if (m_progress && n > 0)
            m_progress(m_sent, qMax(m_total, m_sent));
    }
}

Pump UploadRun::verify()
{
    const Pump p = m_check->run();
    if (p == Pump::Again || p == Pump::Wait)
        return p;
    if (p == Pump::Failed) {
        result = m_check->result;
        sessionBroken = m_check->sessionBroken;
        return Pump::Failed;
    }
    const QByteArray local = m_knownSha256.isEmpty() ? m_hash.result().toHex() : m_knownSha256;
    const QByteArray remote = m_checkOut.left(64);
    result.sha256 = local;
    if (m_check->result.exitStatus != 0)
        return fail(
            SshFailure::Verify,
            QCoreApplication::translate("UploadRun", "cannot check %1 on the host (sha256sum exit %2): %3")
                .arg(m_remote)
                .arg(m_check->result.exitStatus)
                .arg(QString::fromUtf8(m_checkErr).trimmed()));
    if (remote != local)
        return fail(
            SshFailure::Verify,
            QCoreApplication::translate("UploadRun", "%1 arrived damaged: sha256 %2 on the host, %3 here")
                .arg(m_remote, QString::fromLatin1(remote), QString::fromLatin1(local)));
    return Pump::Done;
}

} // namespace opsdeck::ssh
