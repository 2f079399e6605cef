#pragma once

#include "ssh/SshConnection.h"
#include "ssh/SshEngine.h"

#include <QObject>

namespace opsdeck::ssh {

// Checks a host's key the way every connection does, without running anything: for
// "Open terminal", which hands the session to OpenSSH's own client afterwards. The host
// key passed when the connection got past the key check: authenticated, or refused at
// authentication (the terminal's ssh may still log in another way).
class HostKeyProbe final : public QObject
{
    Q_OBJECT
public:
    explicit HostKeyProbe(SshEngine& engine, QObject* parent = nullptr) : QObject(parent), m_engine(engine) {}

    void probe(const SshTarget& target, const SshOptions& options);

signals:
    // error.ok(): the key is known (or was accepted under AcceptNew).
    void done(const opsdeck::ssh::SshError& error);

private:
    SshEngine& m_engine;
    SshConnectionPtr m_connection;
};

} // namespace opsdeck::ssh
