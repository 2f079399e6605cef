#pragma once

#include "sources/Source.h"
#include "ssh/SshConnection.h"
#include "util/Result.h"

#include <QHash>
#include <QObject>
#include <QTimer>
#include <functional>
#include <memory>

namespace opsdeck {

class Database;
namespace ssh {
class SshEngine;
}

// Runs `ssh` sources' commands: one SshConnection per machine, opened at its first poll
// and KEPT OPEN for the next ones (a handshake costs about 100 ms of CPU across both
// ends; a command on an open connection a few ms), dropped when it fails, times out or
// the host goes, and opened again at the next poll. Lives on the polling thread; the
// connections' signals arrive there queued.
class SshSourcePoller : public QObject
{
    Q_OBJECT
public:
    // A machine's SSH target (HostTargets::byName in the app).
    using Resolver = std::function<Result<ssh::SshTarget>(const QString& machine)>;
    // The command's stdout, or why there is none (connection, exit status, timeout).
    using Callback = std::function<void(Result<QByteArray>)>;
    // What a command left: its stdout, the start of its stderr and how it ended.
    struct ExecOutput
    {
        QByteArray out;
        QByteArray err;
        int exitStatus = -1;
        QString exitSignal; // "KILL", "TERM"... when it died of a signal
    };
    using ExecCallback = std::function<void(Result<ExecOutput>)>;

    struct Options
    {
        qint64 maxBytes = 16 * 1024 * 1024;
        ssh::SshOptions ssh; // host keys: only known ones (never accepts a new key)
    };

    // `engine` must outlive this object; null: one of its own, started at the first
    // poll (Opsdeck's known_hosts, keys and agent, no passphrase prompt).
    SshSourcePoller(ssh::SshEngine* engine, Resolver resolve, const Options& options,
                    QObject* parent = nullptr);
    SshSourcePoller(ssh::SshEngine* engine, Resolver resolve, QObject* parent = nullptr)
        : SshSourcePoller(engine, std::move(resolve), Options{}, parent)
    {}
    ~SshSourcePoller() override;

    // Machines' targets from the inventory (core/jobs' HostTargets).
    static Resolver inventoryResolver(std::shared_ptr<Database> db);

    // Runs `command` on `machine` within `timeoutMs`; `done` runs once, later, on this
    // object's thread.
    void run(const QString& machine, const QString& command, int timeoutMs, Callback done);
    // As run(), but any exit status is an answer, not an error (a Nagios plugin's status
    // is its exit code); the error is only for the connection, the cap and the timeout.
    void exec(const QString& machine, const QString& command, int timeoutMs, ExecCallback done);

    // Connections opened so far (a second poll of a machine opens none).
    int connectionsOpened() const { return m_opened; }
    int openConnections() const { return int(m_connections.size()); }

private:
    struct Pending
    {
        QString machine;
        QByteArray out;
        QByteArray err;
        ExecCallback done;
        QTimer* timer = nullptr;
    };

    Result<ssh::SshConnectionPtr> connectionFor(const QString& machine);
    void onOutput(const QString& machine, quint64 step, ssh::SshStream stream, const QByteArray& data);
    void onFinished(const QString& machine, quint64 step, const ssh::SshStepResult& result);
    void finish(const QString& machine, quint64 step, Result<ExecOutput> result);
    void drop(const QString& machine, const ssh::SshConnection* which);

    ssh::SshEngine& engine();

    ssh::SshEngine* m_engine;
    std::unique_ptr<ssh::SshEngine> m_ownEngine; // before the connections: they go first
    Resolver m_resolve;
    Options m_options;
    QHash<QString, ssh::SshConnectionPtr> m_connections; // machine -> its open connection
    QHash<QString, QHash<quint64, Pending>> m_pending;   // machine -> step -> poll
    int m_opened = 0;
};

} // namespace opsdeck
