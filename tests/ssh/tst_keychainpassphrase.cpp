// A key file's passphrase and a password from a real Secret Service (tests/integration/scripts/keychain.sh,
// the test's own gnome-keyring on a private bus) through KeychainSecretProvider and
// SecretProviderCredentials, against a real sshd (sshd.sh). The secret is stored the way
// the window stores one (widgets/sources KeychainSecretWriter).
#include "RealServer.h"
#include "sources/SecretProvider.h"
#include "sources/SecretWriter.h"
#include "ssh/KnownHostsStore.h"
#include "ssh/SecretProviderCredentials.h"
#include "ssh/SshEngine.h"

#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <optional>

using namespace opsdeck;
using namespace opsdeck::ssh;
using opsdeck::test::RealServer;

class tst_KeychainPassphrase : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void passphraseFromKeychain();
    void passwordFromKeychain();

private:
    struct Outcome
    {
        QByteArray out;
        std::optional<SshError> failure;
    };
    // Runs `echo keychain-ok` on `port` with only the keychain's secrets and password auth.
    Outcome runWithPassword(quint16 port, const QString& hostKeyFile);
    Status storeSecret(const QString& name, const QString& secret);
    std::unique_ptr<RealServer> m_passwordSshd;
    std::unique_ptr<RealServer> m_keychain;
    std::unique_ptr<RealServer> m_sshd;
    quint16 m_port = 0;
    QTemporaryDir m_tmp;
};

void tst_KeychainPassphrase::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_keychain = std::make_unique<RealServer>(QStringLiteral("keychain.sh"), QStringList());
    OPSDECK_REQUIRE_SERVER(*m_keychain);
    qputenv("DBUS_SESSION_BUS_ADDRESS",
            m_keychain->reported(QStringLiteral("DBUS_SESSION_BUS_ADDRESS")).toUtf8());
    m_port = opsdeck::test::freeTcpPort();
    m_sshd = std::make_unique<RealServer>(QStringLiteral("sshd.sh"), QStringList{QString::number(m_port)});
    OPSDECK_REQUIRE_SERVER(*m_sshd);
}

void tst_KeychainPassphrase::cleanupTestCase()
{
    m_passwordSshd.reset();
    m_sshd.reset();
    m_keychain.reset();
}

void tst_KeychainPassphrase::passphraseFromKeychain()
{
    const QString key = m_sshd->reported(QStringLiteral("PASSPHRASE_KEY"));
    const QString name =
        CredentialRequest{CredentialRequest::Kind::KeyPassphrase, key, {}, {}, false}.secretName();
    KeychainSecretWriter writer;
    std::optional<Status> written;
    writer.write(name, m_sshd->reported(QStringLiteral("PASSPHRASE")), [&](Status st) { written = st; });
    QTRY_VERIFY_WITH_TIMEOUT(written.has_value(), 20000);
    QVERIFY2(written->ok(), written->ok() ? "" : qPrintable(written->error().message));

    QFile hostKey(m_sshd->reported(QStringLiteral("HOST_KEY")));
    QVERIFY(hostKey.open(QIODevice::ReadOnly));
    const QByteArray parts = hostKey.readAll().trimmed();
    const QString known = m_tmp.filePath(QStringLiteral("known_hosts"));
    QFile k(known);
    QVERIFY(k.open(QIODevice::WriteOnly));
    k.write("[127.0.0.1]:" + QByteArray::number(m_port) + ' ' + parts.left(parts.lastIndexOf(' ')) + '\n');
    k.close();

    KeychainSecretProvider keychain;
    SecretProviderCredentials credentials(keychain, &keychain);
    KnownHostsStore store({}, known);
    SshEngine engine(store, &credentials);
    SshTarget t;
    t.host = QStringLiteral("127.0.0.1");
    t.port = m_port;
    t.user = m_sshd->reported(QStringLiteral("USER"));
    t.identityFiles = {key};
    SshOptions o;
    o.useAgent = false;
    o.useDefaultKeys = false;
    auto c = engine.open(t, o);
    QByteArray out;
    std::optional<SshError> failure;
    bool closed = false;
    connect(c.get(), &SshConnection::output, this,
            [&](quint64, SshStream, const QByteArray& d) { out += d; });
    connect(c.get(), &SshConnection::failed, this, [&](const SshError& e) { failure = e; });
    connect(c.get(), &SshConnection::closed, this, [&] { closed = true; });
    c->exec(QStringLiteral("echo keychain-ok"));
    c->close();
    c->start();
    QTRY_VERIFY_WITH_TIMEOUT(closed, 30000);
    QVERIFY2(!failure, failure ? qPrintable(failure->error.message) : "");
    QCOMPARE(out, QByteArray("keychain-ok\n"));
}

Status tst_KeychainPassphrase::storeSecret(const QString& name, const QString& secret)
{
    KeychainSecretWriter writer;
    std::optional<Status> written;
    writer.write(name, secret, [&](Status st) { written = st; });
    if (!QTest::qWaitFor([&] { return written.has_value(); }, 20000))
        return Error::failure(QStringLiteral("the keychain did not answer"));
    return *written;
}

tst_KeychainPassphrase::Outcome tst_KeychainPassphrase::runWithPassword(quint16 port,
                                                                        const QString& hostKeyFile)
{
    QFile hostKey(hostKeyFile);
    if (!hostKey.open(QIODevice::ReadOnly))
        return {{}, SshError::make(SshFailure::Local, QStringLiteral("no host key"))};
    const QByteArray parts = hostKey.readAll().trimmed();
    const QString known = m_tmp.filePath(QStringLiteral("known_hosts_password"));
    QFile k(known);
    if (!k.open(QIODevice::WriteOnly))
        return {{}, SshError::make(SshFailure::Local, QStringLiteral("cannot write"))};
    k.write("[127.0.0.1]:" + QByteArray::number(port) + ' ' + parts.left(parts.lastIndexOf(' ')) + '\n');
    k.close();

    KeychainSecretProvider keychain;
    SecretProviderCredentials credentials(keychain, &keychain);
    KnownHostsStore store({}, known);
    SshEngine engine(store, &credentials);
    SshTarget t;
    t.host = QStringLiteral("127.0.0.1");
    t.port = port;
    t.user = m_passwordSshd->reported(QStringLiteral("USER"));
    SshOptions o;
    o.useAgent = false;
    o.useDefaultKeys = false;
    o.allowPassword = true;
    auto c = engine.open(t, o);
    Outcome result;
    bool closed = false;
    connect(c.get(), &SshConnection::output, this,
            [&](quint64, SshStream, const QByteArray& d) { result.out += d; });
    connect(c.get(), &SshConnection::failed, this, [&](const SshError& e) { result.failure = e; });
    connect(c.get(), &SshConnection::closed, this, [&] { closed = true; });
    c->exec(QStringLiteral("echo keychain-ok"));
    c->close();
    c->start();
    if (!QTest::qWaitFor([&] { return closed; }, 30000))
        result.failure = SshError::make(SshFailure::Timeout, QStringLiteral("the connection did not close"));
    return result;
}

// sshd.sh's password mode: sshd checks a private copy of /etc/shadow. The password is read
// from the keychain under "ssh-password:USER@[127.0.0.1]:PORT"; a wrong one is an
// authentication error that names password as tried, not a hang or a retry loop.
void tst_KeychainPassphrase::passwordFromKeychain()
{
    const quint16 port = opsdeck::test::freeTcpPort();
    m_passwordSshd = std::make_unique<RealServer>(
        QStringLiteral("sshd.sh"), QStringList{QString::number(port), QStringLiteral("password")});
    OPSDECK_REQUIRE_SERVER(*m_passwordSshd);
    const QString user = m_passwordSshd->reported(QStringLiteral("USER"));
    const QString name =
        CredentialRequest{
            CredentialRequest::Kind::Password, {}, user, QStringLiteral("[127.0.0.1]:%1").arg(port), false}
            .secretName();
    const QString hostKey = m_passwordSshd->reported(QStringLiteral("HOST_KEY"));

    Status st = storeSecret(name, QStringLiteral("not-the-password"));
    QVERIFY2(st.ok(), st.ok() ? "" : qPrintable(st.error().message));
    Outcome wrong = runWithPassword(port, hostKey);
    QVERIFY(wrong.failure.has_value());
    QCOMPARE(wrong.failure->kind, SshFailure::Auth);
    QVERIFY2(wrong.failure->error.message.contains(QStringLiteral("password")),
             qPrintable(wrong.failure->error.message));
    QVERIFY(wrong.out.isEmpty());

    st = storeSecret(name, m_passwordSshd->reported(QStringLiteral("PASSWORD")));
    QVERIFY2(st.ok(), st.ok() ? "" : qPrintable(st.error().message));
    Outcome right = runWithPassword(port, hostKey);
    QVERIFY2(!right.failure, right.failure ? qPrintable(right.failure->error.message) : "");
    QCOMPARE(right.out, QByteArray("keychain-ok\n"));
}

QTEST_GUILESS_MAIN(tst_KeychainPassphrase)
#include "tst_keychainpassphrase.moc"
