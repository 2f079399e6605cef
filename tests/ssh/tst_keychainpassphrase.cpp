// A key file's passphrase and a password from a real Secret Service
// (tests/integration/scripts/keychain.sh, the test's own gnome-keyring on a private bus)
// through KeychainSecretProvider and SecretProviderCredentials, against a real sshd
// (sshd.sh; its password mode for the password). The secret is stored the way the window
// stores one (widgets/sources KeychainSecretWriter).
#include "SshTestSupport.h"
#include "sources/SecretProvider.h"
#include "sources/SecretWriter.h"
#include "ssh/KnownHostsStore.h"
#include "ssh/SecretProviderCredentials.h"

#include <QStandardPaths>
#include <QTemporaryDir>
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
    // `echo keychain-ok` on `sshd` with only the keychain's secrets (and `key`, if any).
    QString run(const RealServer& sshd, quint16 port, const QString& key);
    Status storeSecret(const QString& name, const QString& secret);

    std::unique_ptr<RealServer> m_keychain;
    std::unique_ptr<RealServer> m_sshd;
    std::unique_ptr<RealServer> m_passwordSshd;
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

Status tst_KeychainPassphrase::storeSecret(const QString& name, const QString& secret)
{
    KeychainSecretWriter writer;
    std::optional<Status> written;
    writer.write(name, secret, [&](Status st) { written = st; });
    if (!QTest::qWaitFor([&] { return written.has_value(); }, 20000))
        return Error::failure(QStringLiteral("the keychain did not answer"));
    return *written;
}

QString tst_KeychainPassphrase::run(const RealServer& sshd, quint16 port, const QString& key)
{
    const QString known = m_tmp.filePath(QStringLiteral("known_hosts_%1").arg(port));
    if (!opsdeck::test::writeSshdKnownHosts(sshd, known))
        return QStringLiteral("error: cannot write %1").arg(known);
    KeychainSecretProvider keychain;
    SecretProviderCredentials credentials(keychain, &keychain);
    KnownHostsStore store({}, known);
    SshEngine engine(store, &credentials);
    return opsdeck::test::runOnce(engine, sshd, port, key, QStringLiteral("echo keychain-ok"));
}

void tst_KeychainPassphrase::passphraseFromKeychain()
{
    const QString key = m_sshd->reported(QStringLiteral("PASSPHRASE_KEY"));
    const Status st = storeSecret(
        CredentialRequest{CredentialRequest::Kind::KeyPassphrase, key, {}, {}, false}.secretName(),
        m_sshd->reported(QStringLiteral("PASSPHRASE")));
    QVERIFY2(st.ok(), st.ok() ? "" : qPrintable(st.error().message));
    QCOMPARE(run(*m_sshd, m_port, key), QStringLiteral("keychain-ok\n"));
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
    const QString name = CredentialRequest{CredentialRequest::Kind::Password,
                                           {},
                                           m_passwordSshd->reported(QStringLiteral("USER")),
                                           QStringLiteral("[127.0.0.1]:%1").arg(port),
                                           false}
                             .secretName();

    Status st = storeSecret(name, QStringLiteral("not-the-password"));
    QVERIFY2(st.ok(), st.ok() ? "" : qPrintable(st.error().message));
    const QString wrong = run(*m_passwordSshd, port, {});
    QVERIFY2(wrong.startsWith(QStringLiteral("error: authentication as")), qPrintable(wrong));
    QVERIFY2(wrong.contains(QStringLiteral("tried: password")), qPrintable(wrong));

    st = storeSecret(name, m_passwordSshd->reported(QStringLiteral("PASSWORD")));
    QVERIFY2(st.ok(), st.ok() ? "" : qPrintable(st.error().message));
    QCOMPARE(run(*m_passwordSshd, port, {}), QStringLiteral("keychain-ok\n"));
}

QTEST_GUILESS_MAIN(tst_KeychainPassphrase)
#include "tst_keychainpassphrase.moc"
