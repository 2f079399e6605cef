#include "cli/CliCredentials.h"

#include "cli/CommandRegistry.h"

#include <QCoreApplication>
#include <QFile>
#include <QPointer>
#include <fcntl.h>
#include <termios.h>
#include <unistd.h>

namespace opsdeck::cli {

namespace {

QString question(const ssh::CredentialRequest& r)
{
    const QString again = r.retry ? CliContext::tr("(wrong, try again) ") : QString();
    if (r.kind == ssh::CredentialRequest::Kind::KeyPassphrase)
        return again + CliContext::tr("Passphrase for %1: ").arg(r.keyFile);
    return again + CliContext::tr("Password for %1@%2: ").arg(r.user, r.host);
}

// Restores the terminal's echo when it goes out of scope.
class EchoOff
{
public:
    explicit EchoOff(int fd) : m_fd(fd)
    {
        if (tcgetattr(fd, &m_saved) == 0) {
            termios quiet = m_saved;
            quiet.c_lflag &= ~tcflag_t(ECHO);
            m_active = tcsetattr(fd, TCSAFLUSH, &quiet) == 0;
        }
    }
    ~EchoOff()
    {
        if (m_active)
            tcsetattr(m_fd, TCSAFLUSH, &m_saved);
    }
    EchoOff(const EchoOff&) = delete;
    EchoOff& operator=(const EchoOff&) = delete;

private:
    int m_fd;
    termios m_saved{};
    bool m_active = false;
};

} // namespace

Result<QString> CliCredentials::askTerminal(const ssh::CredentialRequest& request, const QString& notice)
{
    const Error noTerminal = Error::refused(
        request.kind == ssh::CredentialRequest::Kind::KeyPassphrase
            ? CliContext::tr("%1 needs a passphrase and there is no terminal to ask it on: load the key "
                             "into ssh-agent, or store the passphrase in the keychain (entry %2)")
                  .arg(request.keyFile, request.secretName())
            : CliContext::tr("%1@%2 asks for a password and there is no terminal to ask it on: use a key, "
                             "or store the password in the keychain (entry %3)")
                  .arg(request.user, request.host, request.secretName()));
    auto line = readTerminal(notice, question(request), noTerminal);
    if (line.ok() && line->isEmpty())
        return Error::refused(CliContext::tr("nothing typed for %1").arg(request.secretName()));
    return line;
}

Result<QString> CliCredentials::readStdinLine(const QString& option)
{
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return Error::failure(CliContext::tr("cannot read the secret from stdin"));
    QByteArray line = in.readLine(64 * 1024);
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    if (line.isEmpty())
        return Error::usage(CliContext::tr("%1: no secret on stdin").arg(option));
    return QString::fromUtf8(line);
}

Result<QString> CliCredentials::readTerminal(const QString& notice, const QString& prompt,
                                             const Error& noTerminal)
{
    const int fd = ::open("/dev/tty", O_RDWR | O_NOCTTY | O_CLOEXEC);
    if (fd < 0)
        return noTerminal;
    QFile tty;
    tty.open(fd, QIODevice::ReadWrite, QFileDevice::AutoCloseHandle);
    if (!notice.isEmpty())
        tty.write((notice + QLatin1Char('\n')).toUtf8());
    tty.write(prompt.toUtf8());
    tty.flush();
    QByteArray line;
    {
        EchoOff quiet(fd);
        char c = 0;
        while (::read(fd, &c, 1) == 1 && c != '\n')
            line += c;
    }
    tty.write("\n");
    tty.flush();
    if (line.endsWith('\r'))
        line.chop(1);
    return QString::fromUtf8(line);
}

CliCredentials::CliCredentials()
{
    // Without a session bus QtKeychain would try to start one: no keychain then.
    if (!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS")) {
        m_keychain = std::make_unique<KeychainSecretProvider>();
        m_keychainCredentials =
            std::make_shared<ssh::SecretProviderCredentials>(*m_keychain, m_keychain.get());
    }
    QPointer<QCoreApplication> app(QCoreApplication::instance());
    auto ask = [app](const ssh::CredentialRequest& request, const QString& notice,
                     ssh::CredentialProvider::Done done) {
        if (!app) {
            done(Error::failure(CliContext::tr("the command is ending")));
            return;
        }
        // A worker thread asks; the terminal is read on the main thread.
        QMetaObject::invokeMethod(
            app.data(), [request, notice, done] { done(askTerminal(request, notice)); },
            Qt::QueuedConnection);
    };
    m_chain = std::make_unique<ssh::InteractiveCredentials>(m_keychainCredentials, ask,
                                                            CliContext::tr("no D-Bus session bus"));
}

} // namespace opsdeck::cli
