#pragma once

#include "ssh/SshTypes.h"

#include <QString>

typedef struct _LIBSSH2_SESSION LIBSSH2_SESSION;

namespace opsdeck::ssh {

// What a non-blocking state machine says after running as far as it can.
enum class Pump
{
    Again, // waiting for the socket (libssh2 returned EAGAIN)
    Wait,  // waiting for something else (a passphrase); the socket is not watched
    Done,
    Failed,
};

// libssh2's last error on `session` as text, and the failure kind it maps to.
QString sshErrorText(LIBSSH2_SESSION* session, int rc);
SshFailure sshFailureKind(int rc);

// A step of a connection: an exec or an upload. Runs on the connection's thread only.
class SshStep
{
public:
    virtual ~SshStep() = default;
    virtual Pump run() = 0;
    // Valid after Failed; what the step reached otherwise.
    SshStepResult result;
    // Failed, and the session cannot be used any more (socket gone, protocol error).
    bool sessionBroken = false;
};

// POSIX shell single-quoting.
QString shellQuote(const QString& text);

} // namespace opsdeck::ssh
