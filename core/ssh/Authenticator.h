#pragma once

#include "ssh/CredentialProvider.h"
#include "ssh/KeyFile.h"
#include "ssh/SshStep.h"

#include <QStringList>
#include <functional>

typedef struct _LIBSSH2_AGENT LIBSSH2_AGENT;
struct libssh2_agent_publickey;

namespace opsdeck::ssh {

// User authentication in OpenSSH's order, non-blocking: ssh-agent's keys, then key files
// (the caller's IdentityFiles, then ~/.ssh/id_ed25519, id_ecdsa, id_rsa), then password.
// Passphrases and passwords come from the CredentialProvider through `ask` (Pump::Wait
// until the connection calls answer()). A failure lists what was tried; an RSA key the
// server refused gets the libssh2 1.10 SHA-1 explanation.
class Authenticator
{
public:
    using Ask = std::function<void(const CredentialRequest&)>;
    Authenticator(LIBSSH2_SESSION* session, const SshTarget& target, const SshOptions& options, Ask ask);
    ~Authenticator();

    Pump run();
    void answer(const Result<QString>& secret);
    SshError error;

private:
    enum class State
    {
        List,
        Agent,
        AgentKey,
        KeyFile,
        Password,
        Done
    };
    Pump list();
    Pump agent();
    Pump agentKey();
    Pump keyFile();
    Pump password();
    Pump failed();
    void nextKeyFile();
    void rejectedKey(const QString& name, bool rsa, int rc);

    LIBSSH2_SESSION* m_session;
    SshTarget m_target;
    SshOptions m_options;
    Ask m_ask;
    QByteArray m_user;
    State m_state = State::List;
    QString m_methods;
    LIBSSH2_AGENT* m_agent = nullptr;
    libssh2_agent_publickey* m_identity = nullptr;
    QStringList m_keyFiles;
    KeyFile m_key;
    bool m_waiting = false;
    bool m_haveSecret = false;
    QString m_secret;
    int m_secretTries = 0;
    QStringList m_tried;
    QStringList m_notes;
};

} // namespace opsdeck::ssh
