#pragma once

#include "ssh/SshTypes.h"

#include <QAtomicInteger>
#include <QElapsedTimer>
#include <QObject>
#include <QQueue>
#include <QTimer>
#include <functional>
#include <memory>

class QSocketNotifier;
typedef struct _LIBSSH2_SESSION LIBSSH2_SESSION;
typedef struct _LIBSSH2_SFTP LIBSSH2_SFTP;

namespace opsdeck::ssh {

class Authenticator;
class CredentialProvider;
struct CredentialRequest;
class KnownHostsStore;
class SshStep;
class TcpDialer;

// One SSH connection to one host, reused by every step queued on it (exec, upload), one
// step at a time in the order queued. It lives on one of SshEngine's worker threads and
// every libssh2 call for it runs there, driven by socket notifiers (never a blocking
// call, never a busy loop). The public functions may be called from any thread: they
// post to the worker. Signals arrive queued on the receiver's thread.
//
// Lifecycle: SshEngine::open() → connect the signals → start(). Steps queued before
// ready() run once authenticated. A connection failure (DNS, refused, timeout, host key,
// auth, network) fails the running and every queued step with the same error, emits
// failed() and then closed(). close() disconnects once the queued steps are done;
// cancel() stops at once. After closed() the socket is closed; destroying the object
// (the engine's shared_ptr deleter) tears down whatever is left.
class SshConnection final : public QObject
{
    Q_OBJECT
public:
    ~SshConnection() override;

    const SshTarget& target() const { return m_target; }

    void start();
    quint64 exec(const QString& command);
    // Then `sha256sum` on the host must print the local file's digest — `knownSha256`
    // (hex) when the caller already has it (one package to many hosts: hashed once).
    quint64 upload(const QString& localPath, const QString& remotePath, int mode = 0644,
                   const QByteArray& knownSha256 = {});
    void close();
    // Stops at once; `why` (kind and message) is what the running and queued steps and
    // failed() report — default Cancelled "cancelled"; a caller's deadline passes Timeout.
    void cancel(const SshError& why = {});

signals:
    void ready();
    void failed(const opsdeck::ssh::SshError& error);
    void closed();
    void output(quint64 step, opsdeck::ssh::SshStream stream, const QByteArray& data);
    void uploadProgress(quint64 step, qint64 sent, qint64 total);
    void stepFinished(quint64 step, const opsdeck::ssh::SshStepResult& result);

private:
    friend class SshEngine;
    SshConnection(SshTarget target, SshOptions options, KnownHostsStore& knownHosts,
                  CredentialProvider* credentials);

    enum class State
    {
        Idle,
        Dialing,
        Handshake,
        Auth,
        Ready,
        Disconnect,
        Closed
    };
    struct Pending
    {
        quint64 id;
        std::function<std::unique_ptr<SshStep>()> make;
    };

    void post(std::function<void()> f);
    void onDialed(int fd);
    void pump();
    bool pumpHandshake();
    bool checkHostKey();
    void pumpSteps();
    void arm(bool wantAgain);
    void fail(SshError error); // by value: callers pass members that teardown() frees
    void finishSteps(const SshError& error);
    void teardown();
    void abandon(); // the engine goes: socket closed, no signal, nothing more runs
    void askSecret(const CredentialRequest& request);
    void enqueue(Pending pending);
    void onConnectTimeout();
    void sendKeepalive();
    QString where() const;

    SshTarget m_target;
    SshOptions m_options;
    KnownHostsStore& m_knownHosts;
    CredentialProvider* m_credentials;
    QAtomicInteger<quint64> m_nextStep{1};

    State m_state = State::Idle;
    TcpDialer* m_dialer = nullptr;
    int m_fd = -1;
    LIBSSH2_SESSION* m_session = nullptr;
    LIBSSH2_SFTP* m_sftp = nullptr;
    QSocketNotifier* m_read = nullptr;
    QSocketNotifier* m_write = nullptr;
    QTimer m_connectTimer{this};
    QTimer m_keepalive{this};
    QElapsedTimer m_heard; // since the peer last said something (or the last idle tick)
    std::unique_ptr<Authenticator> m_auth;
    QQueue<Pending> m_queue;
    std::unique_ptr<SshStep> m_step;
    quint64 m_stepId = 0;
    bool m_closeRequested = false;
    quint64 m_secretRound = 0;
    SshError m_failure; // why it ended, for steps queued afterwards
};

using SshConnectionPtr = std::shared_ptr<SshConnection>;

} // namespace opsdeck::ssh
