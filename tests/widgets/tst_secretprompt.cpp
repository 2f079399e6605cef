// The window's SSH secret dialog (widgets/ssh/SecretPrompt) end to end: a real sshd
// (sshd.sh), a real Secret Service (keychain.sh) without the key's passphrase, an
// SshEngine whose worker thread asks. The dialog opens on the GUI thread with echo off,
// the operator types the passphrase and ticks "Remember": the command runs, the keychain
// now holds the passphrase, and a second connection asks nobody.
#include "../ssh/SshTestSupport.h"
#include "sources/SecretProvider.h"
#include "sources/SecretWriter.h"
#include "ssh/KnownHostsStore.h"
#include "ssh/SecretPrompt.h"

#include <QApplication>
#include <QCheckBox>
#include <QDialog>
#include <QFile>
#include <QLineEdit>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QWidget>
#include <optional>

using namespace opsdeck;
using namespace opsdeck::ssh;
using opsdeck::test::RealServer;

class tst_SecretPrompt : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void asksThenRemembersInTheKeychain();

private:
    // Runs `echo prompt-ok` with only the passphrase key; the output, or the error.
    QString run(SecretPrompt& prompt);
    std::unique_ptr<RealServer> m_keychain;
    std::unique_ptr<RealServer> m_sshd;
    quint16 m_port = 0;
    QTemporaryDir m_tmp;
};

void tst_SecretPrompt::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_keychain = std::make_unique<RealServer>(QStringLiteral("keychain.sh"), QStringList());
    OPSDECK_REQUIRE_SERVER(*m_keychain);
    qputenv("DBUS_SESSION_BUS_ADDRESS",
            m_keychain->reported(QStringLiteral("DBUS_SESSION_BUS_ADDRESS")).toUtf8());
    m_port = opsdeck::test::freeTcpPort();
    m_sshd = std::make_unique<RealServer>(QStringLiteral("sshd.sh"), QStringList{QString::number(m_port)});
    OPSDECK_REQUIRE_SERVER(*m_sshd);
    QVERIFY(opsdeck::test::writeSshdKnownHosts(*m_sshd, m_tmp.filePath(QStringLiteral("known_hosts"))));
}

void tst_SecretPrompt::cleanupTestCase()
{
    m_sshd.reset();
    m_keychain.reset();
}

QString tst_SecretPrompt::run(SecretPrompt& prompt)
{
    KnownHostsStore store({}, m_tmp.filePath(QStringLiteral("known_hosts")));
    SshEngine engine(store, prompt.provider().get());
    return opsdeck::test::runOnce(engine, *m_sshd, m_port, m_sshd->reported(QStringLiteral("PASSPHRASE_KEY")),
                                  QStringLiteral("echo prompt-ok"));
}

void tst_SecretPrompt::asksThenRemembersInTheKeychain()
{
    QWidget window;
    KeychainSecretProvider keychain;
    KeychainSecretWriter writer;
    SecretPrompt prompt(&window, &keychain, &writer);
    QString storeError;
    connect(&prompt, &SecretPrompt::storeFailed, this, [&](const QString& m) { storeError = m; });

    // The operator: waits for the dialog, checks echo is off, types, ticks Remember, OK.
    const QString passphrase = m_sshd->reported(QStringLiteral("PASSPHRASE"));
    int dialogs = 0;
    QTimer operatorHand;
    connect(&operatorHand, &QTimer::timeout, this, [&] {
        auto* dialog = window.findChild<QDialog*>(QStringLiteral("sshSecretDialog"));
        if (!dialog || !dialog->isVisible())
            return;
        ++dialogs;
        auto* edit = dialog->findChild<QLineEdit*>(QStringLiteral("secretEdit"));
        auto* remember = dialog->findChild<QCheckBox*>(QStringLiteral("rememberSecret"));
        QVERIFY(edit && remember);
        QCOMPARE(edit->echoMode(), QLineEdit::Password);
        QVERIFY(remember->isVisible());
        edit->setText(passphrase);
        remember->setChecked(true);
        dialog->accept();
    });
    operatorHand.start(20);
    QCOMPARE(run(prompt), QStringLiteral("prompt-ok\n"));
    QCOMPARE(dialogs, 1);

    // The keychain holds it now (written on the GUI thread after OK).
    const QString name = CredentialRequest{CredentialRequest::Kind::KeyPassphrase,
                                           m_sshd->reported(QStringLiteral("PASSPHRASE_KEY")),
                                           {},
                                           {},
                                           false}
                             .secretName();
    std::optional<Result<QString>> stored;
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            stored.reset();
            keychain.read(name, [&](Result<QString> r) { stored = std::move(r); });
            return QTest::qWaitFor([&] { return stored.has_value(); }, 10000) && stored->ok();
        }(),
        20000);
    QCOMPARE(**stored, passphrase);
    QVERIFY2(storeError.isEmpty(), qPrintable(storeError));

    // A second engine in the same window: memory answers, no dialog.
    QCOMPARE(run(prompt), QStringLiteral("prompt-ok\n"));
    QCOMPARE(dialogs, 1);
}

QTEST_MAIN(tst_SecretPrompt)
#include "tst_secretprompt.moc"
