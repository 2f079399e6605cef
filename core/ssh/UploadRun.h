#pragma once

#include "ssh/ExecRun.h"

#include <QCryptographicHash>
#include <QFile>
#include <memory>

typedef struct _LIBSSH2_SFTP LIBSSH2_SFTP;
typedef struct _LIBSSH2_SFTP_HANDLE LIBSSH2_SFTP_HANDLE;

namespace opsdeck::ssh {

// Uploads a local file over SFTP (the connection's one SFTP session, opened on first
// use) and then checks what arrived: `sha256sum` on the same connection must print the
// digest of what was read locally, else the step fails (SshFailure::Verify).
class UploadRun final : public SshStep
{
public:
    using Progress = std::function<void(qint64 sent, qint64 total)>;
    // `knownSha256` (hex, may be empty): the caller already hashed the file (a package
    // sent to many hosts is hashed once); the host's digest must equal it.
    UploadRun(LIBSSH2_SESSION* session, LIBSSH2_SFTP** sftp, QString localPath, QString remotePath, int mode,
              QByteArray knownSha256, Progress progress);
    ~UploadRun() override;
    Pump run() override;

private:
    enum class State
    {
        Local,
        Init,
        Open,
        Write,
        Close,
        Verify,
        Done
    };
    Pump fail(SshFailure kind, const QString& what);
    Pump sshFail(const QString& what, int rc);
    Pump write();
    Pump verify();

    LIBSSH2_SESSION* m_session;
    LIBSSH2_SFTP** m_sftp;
    QString m_local;
    QString m_remote;
    int m_mode;
    Progress m_progress;
    State m_state = State::Local;
    QFile m_file;
    QCryptographicHash m_hash{QCryptographicHash::Sha256};
    QByteArray m_knownSha256;
    LIBSSH2_SFTP_HANDLE* m_handle = nullptr;
    QByteArray m_buffer;
    qsizetype m_offset = 0;
    qint64 m_sent = 0;
    qint64 m_total = 0;
    std::unique_ptr<ExecRun> m_check;
    QByteArray m_checkOut;
    QByteArray m_checkErr;
};

} // namespace opsdeck::ssh
