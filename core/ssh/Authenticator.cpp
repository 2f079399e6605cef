#include "ssh/Authenticator.h"

#include "ssh/KnownHosts.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <libssh2.h>

namespace opsdeck::ssh {

namespace {

QString rsaNote(const QString& key)
{
    return QCoreApplication::translate(
               "Authenticator",
               "%1 is an RSA key: libssh2 1.10 signs with ssh-rsa (SHA-1), which OpenSSH 8.8 and later "
               "refuse; "
               "use an ed25519 or ecdsa key (ssh-keygen -t ed25519) and add it to the host's authorized_keys")
        .arg(key);
}

} // namespace

Authenticator::Authenticator(LIBSSH2_SESSION* session, const SshTarget& target, const SshOptions& options,
                             Ask ask)
    : m_session(session), m_target(target), m_options(options), m_ask(std::move(ask)),
      m_user(target.user.toUtf8())
{
    QStringList files = target.identityFiles;
    if (options.useDefaultKeys) {
        const QString dir = options.keyDirectory.isEmpty() ? QDir::homePath() + QStringLiteral("/.ssh")
                                                           : options.keyDirectory;
        for (const char* name : {"id_ed25519", "id_ecdsa", "id_rsa"}) {
            const QString path = dir + QLatin1Char('/') + QLatin1String(name);
            if (QFileInfo::exists(path))
                files.append(path);
        }
    }
    files.removeDuplicates();
    m_keyFiles = files;
}

Authenticator::~Authenticator()
{
    if (m_agent) {
        libssh2_agent_disconnect(m_agent);
        libssh2_agent_free(m_agent);
    }
}

void Authenticator::answer(const Result<QString>& secret)
{
    if (!m_waiting)
        return;
    m_waiting = false;
    m_haveSecret = secret.ok();
    m_secret = secret.ok() ? secret.value() : QString();
    if (!secret.ok()) {
        m_notes.append(secret.error().message);
        if (m_state == State::KeyFile)
            nextKeyFile();
        else
            m_state = State::Done;
    }
}

Pump Authenticator::run()
{
    for (;;) {
        if (m_waiting)
            return Pump::Wait;
        Pump p = Pump::Done;
        switch (m_state) {
        case State::List:
            p = list();
            break;
        case State::Agent:
            p = agent();
            break;
        case State::AgentKey:
            p = agentKey();
            break;
        case State::KeyFile:
            p = keyFile();
            break;
        case State::Password:
            p = password();
            break;
        case State::Done:
            return failed();
        }
        if (p != Pump::Done || libssh2_userauth_authenticated(m_session))
            return p;
    }
}

Pump Authenticator::list()
{
    const char* methods = libssh2_userauth_list(m_session, m_user.constData(), unsigned(m_user.size()));
    if (!methods) {
        if (libssh2_userauth_authenticated(m_session))
            return Pump::Done;
        const int rc = libssh2_session_last_errno(m_session);
        if (rc == LIBSSH2_ERROR_EAGAIN)
            return Pump::Again;
        error = SshError::make(
            sshFailureKind(rc),
            QCoreApplication::translate("Authenticator", "the server broke off before authentication: %1")
                .arg(sshErrorText(m_session, rc)));
        return Pump::Failed;
    }
    m_methods = QString::fromLatin1(methods);
    const bool publickey = m_methods.split(QLatin1Char(',')).contains(QLatin1String("publickey"));
    const QByteArray socket =
        m_options.agentSocket.isEmpty() ? qgetenv("SSH_AUTH_SOCK") : m_options.agentSocket.toUtf8();
    if (publickey && m_options.useAgent && !socket.isEmpty()) {
        m_agent = libssh2_agent_init(m_session);
        if (m_agent) {
            libssh2_agent_set_identity_path(m_agent, socket.constData());
            m_state = State::Agent;
            return Pump::Done;
        }
    }
    m_state = State::KeyFile;
    if (!publickey)
        m_keyFiles.clear();
    return Pump::Done;
}

Pump Authenticator::agent()
{
    m_state = State::KeyFile;
    if (libssh2_agent_connect(m_agent) != 0 || libssh2_agent_list_identities(m_agent) != 0) {
        m_notes.append(QCoreApplication::translate("Authenticator", "cannot use ssh-agent: %1")
                           .arg(sshErrorText(m_session, -1)));
        return Pump::Done;
    }
    m_tried.append(QCoreApplication::translate("Authenticator", "ssh-agent"));
    if (libssh2_agent_get_identity(m_agent, &m_identity, nullptr) == 0)
        m_state = State::AgentKey;
    return Pump::Done;
}

Pump Authenticator::agentKey()
{
    const int rc = libssh2_agent_userauth(m_agent, m_user.constData(), m_identity);
    if (rc == LIBSSH2_ERROR_EAGAIN)
        return Pump::Again;
    if (rc == 0)
        return Pump::Done;
    const QByteArray blob(reinterpret_cast<const char*>(m_identity->blob), qsizetype(m_identity->blob_len));
    const bool rsa = blob.mid(4, 7) == "ssh-rsa";
    rejectedKey(QCoreApplication::translate("Authenticator", "agent key %1")
                    .arg(QString::fromUtf8(m_identity->comment)),
                rsa, rc);
    libssh2_agent_publickey* prev = m_identity;
    if (libssh2_agent_get_identity(m_agent, &m_identity, prev) != 0)
        m_state = State::KeyFile;
    return Pump::Done;
}

void Authenticator::rejectedKey(const QString& name, bool rsa, int rc)
{
    if (sshFailureKind(rc) == SshFailure::Network) {
        m_notes.append(sshErrorText(m_session, rc));
        return;
    }
    if (rsa)
        m_notes.append(rsaNote(name));
}

void Authenticator::nextKeyFile()
{
    if (!m_keyFiles.isEmpty())
        m_keyFiles.removeFirst();
    m_haveSecret = false;
    m_secret.clear();
    m_secretTries = 0;
}

Pump Authenticator::keyFile()
{
    if (m_keyFiles.isEmpty()) {
        const bool pw = m_methods.split(QLatin1Char(',')).contains(QLatin1String("password"));
        m_state = pw && m_options.allowPassword ? State::Password : State::Done;
        return Pump::Done;
    }
    const QString path = m_keyFiles.first();
    if (m_secretTries == 0 && !m_haveSecret) {
        m_key = KeyFile::inspect(path);
        if (!m_key.readable) {
            m_notes.append(
                QCoreApplication::translate("Authenticator", "cannot read the key file %1").arg(path));
            nextKeyFile();
            return Pump::Done;
        }
        if (m_key.encrypted) {
            m_waiting = true;
            ++m_secretTries;
            m_ask({CredentialRequest::Kind::KeyPassphrase, path, {}, {}, false});
            return Pump::Wait;
        }
    }
    const QByteArray priv = QFile::encodeName(path);
    const QByteArray pub = QFile::encodeName(path + QStringLiteral(".pub"));
    const QByteArray pass = m_secret.toUtf8();
    const bool hasPub = QFileInfo::exists(path + QStringLiteral(".pub"));
    const int rc = libssh2_userauth_publickey_fromfile_ex(
        m_session, m_user.constData(), unsigned(m_user.size()), hasPub ? pub.constData() : nullptr,
        priv.constData(), m_haveSecret ? pass.constData() : nullptr);
    if (rc == LIBSSH2_ERROR_EAGAIN)
        return Pump::Again;
    if (rc == 0)
        return Pump::Done;
    if (rc == LIBSSH2_ERROR_FILE && m_key.encrypted && m_secretTries < 3) {
        m_waiting = true; // wrong passphrase: ask again
        ++m_secretTries;
        m_ask({CredentialRequest::Kind::KeyPassphrase, path, {}, {}, true});
        return Pump::Wait;
    }
    if (!m_tried.contains(path))
        m_tried.append(path);
    if (rc == LIBSSH2_ERROR_FILE)
        m_notes.append(QCoreApplication::translate("Authenticator", "cannot load the key %1: %2")
                           .arg(path, sshErrorText(m_session, rc)));
    rejectedKey(path, m_key.isRsa(), rc);
    nextKeyFile();
    return Pump::Done;
}

Pump Authenticator::password()
{
    if (!m_haveSecret) {
        m_waiting = true;
        m_tried.append(QCoreApplication::translate("Authenticator", "password"));
        m_ask({CredentialRequest::Kind::Password,
               {},
               m_target.user,
               KnownHostsParser::hostKeyName(m_target.host, m_target.port),
               m_secretTries++ > 0});
        return Pump::Wait;
    }
    const QByteArray pass = m_secret.toUtf8();
    const int rc = libssh2_userauth_password_ex(m_session, m_user.constData(), unsigned(m_user.size()),
                                                pass.constData(), unsigned(pass.size()), nullptr);
    if (rc == LIBSSH2_ERROR_EAGAIN)
        return Pump::Again;
    if (rc == 0)
        return Pump::Done;
    m_haveSecret = false;
    m_secret.clear();
    if (rc != LIBSSH2_ERROR_AUTHENTICATION_FAILED || m_secretTries >= 3)
        m_state = State::Done;
    return Pump::Done;
}

Pump Authenticator::failed()
{
    QString message =
        QCoreApplication::translate("Authenticator",
                                    "authentication as %1@%2 failed (the server accepts: %3; tried: %4)")
            .arg(m_target.user, m_target.host, m_methods,
                 m_tried.isEmpty() ? QCoreApplication::translate("Authenticator", "nothing usable")
                                   : m_tried.join(QStringLiteral(", ")));
    if (!m_notes.isEmpty())
        message += QStringLiteral(". ") + m_notes.join(QStringLiteral(". "));
    error = SshError::make(SshFailure::Auth, message);
    return Pump::Failed;
}

} // namespace opsdeck::ssh
