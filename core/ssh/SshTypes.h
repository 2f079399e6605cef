#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace opsdeck::ssh {

// Where to connect and as whom.
struct SshTarget
{
    QString host; // DNS name or address
    quint16 port = 22;
    QString user;              // empty: the local user name
    QStringList identityFiles; // explicit IdentityFile paths, tried before the defaults
    QString label;             // the name output is prefixed with (machine name); host when empty
    QString displayName() const { return label.isEmpty() ? host : label; }
};

enum class HostKeyPolicy
{
    Refuse,    // an unknown key fails the connection (the caller may accept it and retry)
    AcceptNew, // an unknown key is written to Opsdeck's known_hosts (ssh's accept-new)
};

struct SshOptions
{
    int connectTimeoutMs = 15000; // DNS + TCP + handshake + authentication together
    int keepaliveSeconds = 30;    // 0: none
    // While a step runs, (count + 1) x keepaliveSeconds with nothing heard back, though
    // every keepalive asks for an answer, fail the connection as a timeout (OpenSSH's
    // ServerAliveCountMax): a host that vanished without a reset is found in about that
    // time, not TCP's ~15 minutes. 0: never.
    int keepaliveCountMax = 3;
    HostKeyPolicy hostKeyPolicy = HostKeyPolicy::Refuse;
    bool useAgent = true;
    QString agentSocket;        // empty: $SSH_AUTH_SOCK
    bool useDefaultKeys = true; // id_ed25519, id_ecdsa, id_rsa in keyDirectory
    QString keyDirectory;       // empty: ~/.ssh
    bool allowPassword = true;  // asks the CredentialProvider when the server offers it
};

// Why a host failed, for the caller to act on (the window offers "accept key" for
// HostKeyUnknown); the message in `error` is what the user reads.
enum class SshFailure
{
    None,
    Dns,
    Refused,
    Timeout,
    Network,  // reset, unreachable, closed by the peer
    Protocol, // handshake or libssh2 failure
    Auth,
    HostKeyUnknown,
    HostKeyChanged,
    HostKeyRevoked,
    Cancelled,
    Local,  // a local file cannot be read
    Verify, // an upload's remote sha256 differs
};

struct HostKey
{
    QString type;                // "ssh-ed25519", "ecdsa-sha2-nistp256", ...
    QByteArray blob;             // the key in SSH wire format
    QString fingerprint() const; // "SHA256:..." as ssh-keygen -l prints it
};

struct SshError
{
    SshFailure kind = SshFailure::None;
    Error error;
    HostKey hostKey;        // the key the server presented (host key failures)
    QString oldFingerprint; // HostKeyChanged: the key on file
    QString knownFile;      // HostKeyChanged / HostKeyRevoked: where that line is
    int knownLine = 0;

    bool ok() const { return kind == SshFailure::None; }
    static SshError make(SshFailure kind, const QString& message);
};

enum class SshStream
{
    Stdout,
    Stderr
};

// How one step ended.
struct SshStepResult
{
    SshError error;      // kind None when the step ran (whatever its exit status)
    int exitStatus = -1; // exec: the command's status; upload: 0
    QString exitSignal;  // exec: "KILL", "TERM"... when the command died of a signal
    QByteArray sha256;   // upload: the hex digest both ends agree on
    bool ok() const { return error.ok() && exitStatus == 0; }
};

} // namespace opsdeck::ssh

Q_DECLARE_METATYPE(opsdeck::ssh::SshError)
Q_DECLARE_METATYPE(opsdeck::ssh::SshStepResult)
Q_DECLARE_METATYPE(opsdeck::ssh::SshStream)
