#pragma once

#include "ssh/SshTypes.h"

#include <QList>
#include <QObject>
#include <memory>

namespace opsdeck {

namespace ssh {
class HostKeyProbe;
class KnownHostsStore;
class SshEngine;
} // namespace ssh

// Before the window starts a job (or a terminal): each target's host key checked the way
// every connection checks it (ssh::HostKeyProbe on an SSH engine's worker threads, so the
// GUI thread never waits), at most a few at a time, each host:port once. What it finds:
// unknown keys (the operator may accept them: accept() writes them to Opsdeck's
// known_hosts, the way the CLI's --accept-new does) and refused ones (a changed or
// revoked key: never accepted), and hosts that could not be reached (a job goes on and
// says so per host; a terminal does not start). Lives on the GUI thread; finished() follows check() once.
class HostKeyCheck : public QObject
{
    Q_OBJECT
public:
    struct Finding
    {
        ssh::SshTarget target;
        ssh::SshError error; // kind HostKeyUnknown, HostKeyChanged or HostKeyRevoked
    };

    explicit HostKeyCheck(ssh::KnownHostsStore& store, QObject* parent = nullptr);
    ~HostKeyCheck() override;

    void check(const QList<ssh::SshTarget>& targets);
    const QList<Finding>& unknown() const { return m_unknown; }
    const QList<Finding>& refused() const { return m_refused; }
    // Hosts that could not be reached or spoke no SSH (DNS, refused, timeout, ...).
    const QList<Finding>& unreachable() const { return m_unreachable; }
    int checkedCount() const { return m_done; }

    // Writes the unknown keys found to the store's own file (blocking, a small append:
    // run it with runAsync). Stops at the first failure.
    static Status accept(ssh::KnownHostsStore& store, const QList<Finding>& unknown);

signals:
    void finished();

private:
    void startNext();

    ssh::KnownHostsStore& m_store;
    std::unique_ptr<ssh::SshEngine> m_engine;
    QList<ssh::SshTarget> m_queue;
    QList<Finding> m_unknown;
    QList<Finding> m_refused;
    QList<Finding> m_unreachable;
    int m_inFlight = 0;
    int m_done = 0;
};

} // namespace opsdeck
