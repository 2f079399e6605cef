// KeychainSecretWriter against a real Secret Service (gnome-keyring in a private D-Bus
// session, as packaging/dev.sh test runs it): what the source dialog writes is what the
// poller's KeychainSecretProvider reads back.

#include "TestSupport.h"
#include "sources/SecretProvider.h"
#include "sources/SecretWriter.h"

#include <QStandardPaths>
#include <QTest>
#include <QUuid>
#include <optional>
#include <qt6keychain/keychain.h>

using namespace opsdeck;

class TestKeychainSecretWriter : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        // Without a session bus QtKeychain would try to autolaunch one (and, with a
        // display, a keyring prompt that waits forever).
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            OPSDECK_SKIP_OR_FAIL("no D-Bus session bus (run under dbus-run-session with gnome-keyring)");
    }

    void writtenSecretReadsBack()
    {
        const QString name =
            QStringLiteral("opsdeck-test-%1").arg(QUuid::createUuid().toString(QUuid::Id128));
        const QString secret = QStringLiteral("tok-%1").arg(QUuid::createUuid().toString(QUuid::Id128));
        KeychainSecretWriter writer;
        std::optional<Status> written;
        writer.write(name, secret, [&](Status st) { written = st; });
        QTRY_VERIFY_WITH_TIMEOUT(written.has_value(), 20000);
        if (!written->ok())
            OPSDECK_SKIP_OR_FAIL(
                qPrintable(QStringLiteral("no usable keychain here: ") + written->error().message));

        KeychainSecretProvider reader;
        std::optional<Result<QString>> read;
        reader.read(name, [&](Result<QString> r) { read = std::move(r); });
        QTRY_VERIFY_WITH_TIMEOUT(read.has_value(), 20000);
        QVERIFY2(read->ok(), read->ok() ? "" : qPrintable(read->error().message));
        QCOMPARE(read->value(), secret);

        auto* remove = new QKeychain::DeletePasswordJob(KeychainSecretProvider::serviceName());
        remove->setKey(name);
        bool removed = false;
        connect(remove, &QKeychain::Job::finished, this, [&removed]() { removed = true; });
        remove->start();
        QTRY_VERIFY_WITH_TIMEOUT(removed, 20000);
    }
};

QTEST_GUILESS_MAIN(TestKeychainSecretWriter)
#include "tst_keychainsecretwriter.moc"
