// A key file's passphrase from a real Secret Service (tests/integration/scripts/keychain.sh,
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

private:
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

QTEST_GUILESS_MAIN(tst_KeychainPassphrase)
#include "tst_keychainpassphrase.moc"
