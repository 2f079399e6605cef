#include "ssh/HostKeyProbe.h"

namespace opsdeck::ssh {

void HostKeyProbe::probe(const SshTarget& target, const SshOptions& options)
{
    m_connection = m_engine.open(target, options);
    SshConnection* c = m_connection.get();
    connect(c, &SshConnection::ready, this, [this] {
        m_connection->disconnect(this);
        m_connection->close();
        emit done(SshError{});
    });
    connect(c, &SshConnection::failed, this, [this](const SshError& e) {
        m_connection->disconnect(this);
        // Authentication comes after the host key check: the key passed.
        emit done(e.kind == SshFailure::Auth ? SshError{} : e);
    });
    c->start();
}

} // namespace opsdeck::ssh
