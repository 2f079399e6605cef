#include "ssh/SshConnection.h"

#include "ssh/Authenticator.h"
#include "ssh/ExecRun.h"
#include "ssh/KnownHosts.h"
#include "ssh/KnownHostsStore.h"
#include "ssh/TcpDialer.h"
#include "ssh/UploadRun.h"

#include <QCoreApplication>
#include <QPointer>
#include <QSocketNotifier>
#include <libssh2.h>
#include <libssh2_sftp.h>
#include <pwd.h>
#include <sys/socket.h>
#include <unistd.h>

namespace opsdeck::ssh {

namespace {

QString localUser()
{
    const QString user = qEnvironmentVariable("USER");
    if (!user.isEmpty())
        return user;
    const passwd* pw = getpwuid(geteuid());
    return pw ? QString::fromLocal8Bit(pw->pw_name) : QStringLiteral("root");
}

// curve25519 first: about 4 ms of client CPU a handshake against OpenSSH's ~78 ms
// post-quantum default. ssh-ed25519 first so the key checked is the one OpenSSH recorded.
constexpr const char* kKex = "curve25519-sha256,curve25519-sha256@libssh.org,ecdh-sha2-nistp256,"
                             "ecdh-sha2-nistp384,ecdh-sha2-nistp521,diffie-hellman-group-exchange-sha256,"
                             "diffie-hellman-group16-sha512,diffie-hellman-group18-sha512,"
                             "diffie-hellman-group14-sha256";
// AES-128 first: the fastest cipher libssh2 1.10 has (AES-NI), ~30% fewer rounds than AES-256.
constexpr const char* kCiphers = "aes128-ctr,aes256-ctr,aes192-ctr,aes256-cbc,aes128-cbc";
constexpr const char* kHostKeys = "ssh-ed25519,ecdsa-sha2-nistp256,ecdsa-sha2-nistp384,ecdsa-sha2-nistp521,"
                                  "rsa-sha2-512,rsa-sha2-256,ssh-rsa";

// `wanted` (a comma-separated preference) without what this libssh2 lacks (1.10 has no
// rsa-sha2-* host keys). libssh2 1.10 drops an unknown name from a preference with an
// overlapping memcpy (undefined behaviour ASan reports), so it must never see one.
QByteArray supportedPreference(LIBSSH2_SESSION* session, int method, const char* wanted)
{
    const char** algs = nullptr;
    const int n = libssh2_session_supported_algs(session, method, &algs);
    QList<QByteArray> known;
    for (int i = 0; i < n; ++i)
        known.append(QByteArray(algs[i]));
    if (algs)
        libssh2_free(session, algs);
    QList<QByteArray> kept;
    for (const QByteArray& name : QByteArray(wanted).split(','))
        if (known.contains(name))
            kept.append(name);
    return kept.join(',');
}

void setPreference(LIBSSH2_SESSION* session, int method, const char* wanted)
{
    const QByteArray pref = supportedPreference(session, method, wanted);
    if (!pref.isEmpty()) // else libssh2's own defaults
        libssh2_session_method_pref(session, method, pref.constData());
}

} // namespace

SshConnection::SshConnection(SshTarget target, SshOptions options, KnownHostsStore& knownHosts,
                             CredentialProvider* credentials)
    : m_target(std::move(target)), m_options(std::move(options)), m_knownHosts(knownHosts),
      m_credentials(credentials)
{
    if (m_target.user.isEmpty())
        m_target.user = localUser();
    m_connectTimer.setSingleShot(true);
    connect(&m_connectTimer, &QTimer::timeout, this, &SshConnection::onConnectTimeout);
    connect(&m_keepalive, &QTimer::timeout, this, &SshConnection::sendKeepalive);
}

SshConnection::~SshConnection()
{
    teardown();
}

QString SshConnection::where() const
{
    return QStringLiteral("%1:%2").arg(m_target.host).arg(m_target.port);
}

void SshConnection::post(std::function<void()> f)
{
    QMetaObject::invokeMethod(this, std::move(f), Qt::QueuedConnection);
}

void SshConnection::start()
{
    post([this] {
        if (m_state != State::Idle)
            return;
        m_state = State::Dialing;
        m_connectTimer.start(m_options.connectTimeoutMs);
        m_dialer =
            new TcpDialer([this](int fd) { onDialed(fd); }, [this](const SshError& e) { fail(e); }, this);
        m_dialer->dial(m_target.host, m_target.port);
    });
}

quint64 SshConnection::exec(const QString& command)
{
    const quint64 id = m_nextStep.fetchAndAddOrdered(1);
    post([this, id, command] {
        enqueue({id, [this, id, command] {
                     return std::make_unique<ExecRun>(
                         m_session, command,
                         [this, id](SshStream s, const QByteArray& d) { emit output(id, s, d); });
                 }});
    });
    return id;
}

quint64 SshConnection::upload(const QString& localPath, const QString& remotePath, int mode,
                              const QByteArray& knownSha256)
{
    const quint64 id = m_nextStep.fetchAndAddOrdered(1);
    post([this, id, localPath, remotePath, mode, knownSha256] {
        enqueue({id, [this, id, localPath, remotePath, mode, knownSha256] {
                     return std::make_unique<UploadRun>(
                         m_session, &m_sftp, localPath, remotePath, mode, knownSha256,
                         [this, id](qint64 sent, qint64 total) { emit uploadProgress(id, sent, total); });
                 }});
    });
    return id;
}

void SshConnection::enqueue(Pending pending)
{
    if (m_state == State::Closed || m_closeRequested) {
        SshStepResult r;
        r.error = m_failure.ok() ? SshError::make(SshFailure::Cancelled,
                                                  tr("the connection to %1 is closed").arg(where()))
                                 : m_failure;
        emit stepFinished(pending.id, r);
        return;
    }
    m_queue.enqueue(std::move(pending));
    if (m_state == State::Ready && !m_step)
        pumpSteps();
}

void SshConnection::close()
{
    post([this] {
        if (m_state == State::Closed)
            return;
        m_closeRequested = true; // before start(): closes once the queued steps ran
        if (m_state == State::Ready && !m_step) {
            pumpSteps();
        }
    });
}

void SshConnection::cancel(const SshError& why)
{
    post([this, why] { fail(why.ok() ? SshError::make(SshFailure::Cancelled, tr("cancelled")) : why); });
}

void SshConnection::onDialed(int fd)
{
    m_dialer->deleteLater();
    m_dialer = nullptr;
    m_fd = fd;
    m_session = libssh2_session_init_ex(nullptr, nullptr, nullptr, this);
    if (!m_session) {
        fail(SshError::make(SshFailure::Protocol, tr("cannot create an SSH session (out of memory)")));
        return;
    }
    libssh2_session_set_blocking(m_session, 0);
    setPreference(m_session, LIBSSH2_METHOD_KEX, kKex);
    setPreference(m_session, LIBSSH2_METHOD_HOSTKEY, kHostKeys);
    setPreference(m_session, LIBSSH2_METHOD_CRYPT_CS, kCiphers);
    setPreference(m_session, LIBSSH2_METHOD_CRYPT_SC, kCiphers);
    m_read = new QSocketNotifier(fd, QSocketNotifier::Read, this);
    m_write = new QSocketNotifier(fd, QSocketNotifier::Write, this);
    m_read->setEnabled(false);
    m_write->setEnabled(false);
    connect(m_read, &QSocketNotifier::activated, this, [this] {
        m_heard.restart(); // the peer said something
        pump();
    });
    connect(m_write, &QSocketNotifier::activated, this, &SshConnection::pump);
    m_state = State::Handshake;
    pump();
}

void SshConnection::pump()
{
    if (m_state == State::Handshake && !pumpHandshake())
        return;
    if (m_state == State::Auth) {
        const Pump p = m_auth->run();
        if (p == Pump::Again) {
            arm(true);
            return;
        }
        if (p == Pump::Wait) {
            arm(false);
            m_connectTimer.stop(); // the operator may take their time to type a passphrase
            return;
        }
        if (p == Pump::Failed) {
            fail(m_auth->error);
            return;
        }
        m_connectTimer.stop();
        m_auth.reset();
        m_state = State::Ready;
        if (m_options.keepaliveSeconds > 0) {
            // want_reply: the server answers each one, which is what tells a live peer
            // from a vanished one (sendKeepalive). libssh2's own interval is its least
            // (1, taken as 2 s) so that each tick of the precise timer below really sends.
            libssh2_keepalive_config(m_session, 1, 1);
            m_keepalive.setTimerType(Qt::PreciseTimer);
            m_keepalive.start(m_options.keepaliveSeconds * 1000);
            m_heard.start();
        }
        emit ready();
    }
    if (m_state == State::Ready) {
        pumpSteps();
        return;
    }
    if (m_state != State::Disconnect)
        return;
    if (m_sftp) {
        const int rc = libssh2_sftp_shutdown(m_sftp);
        if (rc == LIBSSH2_ERROR_EAGAIN) {
            arm(true);
            return;
        }
        m_sftp = nullptr;
    }
    if (libssh2_session_disconnect(m_session, "bye") == LIBSSH2_ERROR_EAGAIN) {
        arm(true);
        return;
    }
    teardown();
    m_state = State::Closed;
    emit closed();
}

bool SshConnection::pumpHandshake()
{
    const int rc = libssh2_session_handshake(m_session, m_fd);
    if (rc == LIBSSH2_ERROR_EAGAIN) {
        arm(true);
        return false;
    }
    if (rc != 0) {
        fail(SshError::make(
            sshFailureKind(rc),
            tr("the SSH handshake with %1 failed: %2").arg(where(), sshErrorText(m_session, rc))));
        return false;
    }
    if (!checkHostKey())
        return false;
    m_auth = std::make_unique<Authenticator>(m_session, m_target, m_options,
                                             [this](const CredentialRequest& r) { askSecret(r); });
    m_state = State::Auth;
    return true;
}

bool SshConnection::checkHostKey()
{
    size_t len = 0;
    int type = 0;
    const char* raw = libssh2_session_hostkey(m_session, &len, &type);
    if (!raw) {
        fail(SshError::make(SshFailure::Protocol, tr("%1 sent no host key").arg(where())));
        return false;
    }
    HostKey key;
    key.blob = QByteArray(raw, qsizetype(len));
    key.type = KnownHostsParser::wireKeyType(key.blob);
    KnownHostsStore::Verdict v = m_knownHosts.check(m_target.host, m_target.port, key);
    if (v.kind == KnownHostsStore::Verdict::Kind::Unknown &&
        m_options.hostKeyPolicy == HostKeyPolicy::AcceptNew) {
        const Status written = m_knownHosts.accept(m_target.host, m_target.port, key);
        if (!written) {
            fail(SshError::make(SshFailure::Local, written.error().message));
            return false;
        }
        v.kind = KnownHostsStore::Verdict::Kind::Known;
    }
    if (v.kind == KnownHostsStore::Verdict::Kind::Known)
        return true;
    fail(KnownHostsStore::errorFor(v, m_target.host, m_target.port, key));
    return false;
}

void SshConnection::pumpSteps()
{
    for (;;) {
        if (!m_step) {
            if (m_queue.isEmpty()) {
                arm(false);
                if (m_closeRequested) {
                    m_state = State::Disconnect;
                    pump();
                }
                return;
            }
            Pending next = m_queue.dequeue();
            m_stepId = next.id;
            m_step = next.make();
        }
        const Pump p = m_step->run();
        if (p == Pump::Again || p == Pump::Wait) {
            arm(p == Pump::Again);
            return;
        }
        if (p == Pump::Failed && m_step->sessionBroken) {
            fail(m_step->result.error);
            return;
        }
        const SshStepResult result = m_step->result;
        m_step.reset();
        emit stepFinished(m_stepId, result);
    }
}

void SshConnection::arm(bool wantAgain)
{
    if (!m_read || !m_write)
        return;
    const int dirs = wantAgain ? libssh2_session_block_directions(m_session) : -1;
    m_read->setEnabled(wantAgain && ((dirs & LIBSSH2_SESSION_BLOCK_INBOUND) || dirs == 0));
    m_write->setEnabled(wantAgain && (dirs & LIBSSH2_SESSION_BLOCK_OUTBOUND));
}

void SshConnection::askSecret(const CredentialRequest& request)
{
    const quint64 round = ++m_secretRound;
    QPointer<SshConnection> self(this);
    auto done = [self, round](Result<QString> secret) {
        if (!self)
            return;
        QMetaObject::invokeMethod(
            self.data(),
            [self, round, secret] {
                if (!self || self->m_secretRound != round || self->m_state != State::Auth || !self->m_auth)
                    return;
                self->m_auth->answer(secret);
                self->m_connectTimer.start(self->m_options.connectTimeoutMs);
                self->pump();
            },
            Qt::QueuedConnection);
    };
    if (!m_credentials) {
        done(Error::notFound(tr("no passphrase or password source is set up")));
        return;
    }
    m_credentials->request(request, std::move(done));
}

void SshConnection::onConnectTimeout()
{
    QString phase;
    switch (m_state) {
    case State::Dialing:
        phase = m_dialer ? m_dialer->phase() : QString();
        break;
    case State::Handshake:
        phase = tr("during the SSH handshake (the host accepted the connection and said nothing)");
        break;
    default:
        phase = tr("during authentication");
        break;
    }
    fail(SshError::make(SshFailure::Timeout, tr("no answer from %1 within %2 s %3")
                                                 .arg(where())
                                                 .arg(m_options.connectTimeoutMs / 1000.0)
                                                 .arg(phase)));
}

void SshConnection::sendKeepalive()
{
    if (m_state != State::Ready || !m_session)
        return;
    if (libssh2_session_block_directions(m_session) & LIBSSH2_SESSION_BLOCK_OUTBOUND)
        return; // a packet is half sent: do not interleave
    // Silence while a step runs, though every keepalive asks for an answer: the host is
    // gone without a reset (OpenSSH's ServerAliveCountMax). Idle time does not count.
    const qint64 silentMs = m_heard.elapsed();
    if (!m_step) {
        m_heard.restart();
    } else if (m_options.keepaliveCountMax > 0 &&
               silentMs >= qint64(m_options.keepaliveCountMax + 1) * m_options.keepaliveSeconds * 1000) {
        fail(SshError::make(
            SshFailure::Timeout,
            tr("%1 stopped answering: nothing heard for %2 s").arg(where()).arg(silentMs / 1000)));
        return;
    }
    int next = 0;
    const int rc = libssh2_keepalive_send(m_session, &next);
    if (rc < 0 && rc != LIBSSH2_ERROR_EAGAIN) {
        fail(SshError::make(sshFailureKind(rc),
                            tr("the connection to %1 broke: %2").arg(where(), sshErrorText(m_session, rc))));
        return;
    }
    if (m_step && m_read)
        m_read->setEnabled(true); // the answer must be read even if the step waits to write
}

void SshConnection::fail(SshError error)
{
    if (m_state == State::Closed)
        return;
    m_failure = error;
    m_connectTimer.stop();
    m_keepalive.stop();
    finishSteps(error);
    teardown();
    m_state = State::Closed;
    emit failed(error);
    emit closed();
}

void SshConnection::finishSteps(const SshError& error)
{
    SshStepResult r;
    r.error = error;
    if (m_step)
        emit stepFinished(m_stepId, r);
    while (!m_queue.isEmpty())
        emit stepFinished(m_queue.dequeue().id, r);
}

void SshConnection::abandon()
{
    m_connectTimer.stop();
    m_keepalive.stop();
    m_queue.clear();
    teardown();
    m_state = State::Closed;
}

void SshConnection::teardown()
{
    if (m_dialer) { // may be on the stack (its failure is why we are here)
        m_dialer->abandon();
        m_dialer->deleteLater();
        m_dialer = nullptr;
    }
    delete m_read;
    delete m_write;
    m_read = m_write = nullptr;
    if (m_session) {
        // Blocking over a shut-down socket: every libssh2 free below returns at once
        // (nothing is sent, nothing waits) instead of EAGAIN.
        if (m_fd >= 0)
            ::shutdown(m_fd, SHUT_RDWR);
        libssh2_session_set_blocking(m_session, 1);
        m_step.reset();
        m_auth.reset();
        if (m_sftp)
            libssh2_sftp_shutdown(m_sftp);
        m_sftp = nullptr;
        libssh2_session_free(m_session);
        m_session = nullptr;
    }
    m_step.reset();
    m_auth.reset();
    if (m_fd >= 0)
        ::close(m_fd);
    m_fd = -1;
}

} // namespace opsdeck::ssh
