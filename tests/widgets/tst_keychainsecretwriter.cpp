// KeychainSecretWriter against a real Secret Service: what the source dialog writes is what
// the poller's KeychainSecretProvider reads back. The Secret Service is the test's own
// (tests/integration/scripts/keychain.sh: gnome-keyring on a private D-Bus session bus with a
// throw-away HOME), never the keyring of the user who runs the suite.

#include "RealServer.h"
#include "TestSupport.h"
#include "sources/SecretProvider.h"
#include "sources/SecretWriter.h"

#include <QStandardPaths>
#include <QTest>
#include <QUuid>
#include <memory>
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
        m_keychain = std::make_unique<test::RealServer>(QStringLiteral("keychain.sh"), QStringList());
        OPSDECK_REQUIRE_SERVER(*m_keychain);
        const QString bus = m_keychain->reported(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
        QVERIFY2(bus.startsWith(QLatin1String("unix:path=")), qPrintable(m_keychain->output()));
        // Before QtKeychain first opens the session bus (it reads the variable then).
        qputenv("DBUS_SESSION_BUS_ADDRESS", bus.toUtf8());
    }

    void cleanupTestCase() { m_keychain.reset(); }

    void writtenSecretReadsBack()
    {
        const QString name =
            QStringLiteral("opsdeck-test-%1").arg(QUuid::createUuid().toString(QUuid::Id128));
        const QString secret = QStringLiteral("tok-%1").arg(QUuid::createUuid().toString(QUuid::Id128));
        KeychainSecretWriter writer;
        std::optional<Status> written;
        writer.write(name, secret, [&](Status st) { written = st; });
        QTRY_VERIFY_WITH_TIMEOUT(written.has_value(), 20000);
        QVERIFY2(written->ok(), written->ok() ? "" : qPrintable(written->error().message));

        KeychainSecretProvider reader;
        std::optional<Result<QString>> read;
        reader.read(name, [&](Result<QString> r) { read = std::move(r); });
        QTRY_VERIFY_WITH_TIMEOUT(read.has_value(), 20000);
        QVERIFY2(read->ok(), read->ok() ? "" : qPrintable(read->error().message));
        QCOMPARE(read->value(), secret);

        auto* remove = new QKeychain::DeletePasswordJob(KeychainSecretProvider::serviceName());
        remove->setKey(name);
        std::optional<QKeychain::Error> removed; // the job deletes itself once finished
        connect(remove, &QKeychain::Job::finished, this,
                [&removed](QKeychain::Job* job) { removed = job->error(); });
        remove->start();
        QTRY_VERIFY_WITH_TIMEOUT(removed.has_value(), 20000);
        QCOMPARE(*removed, QKeychain::NoError);

        std::optional<Result<QString>> gone;
        reader.read(name, [&](Result<QString> r) { gone = std::move(r); });
        QTRY_VERIFY_WITH_TIMEOUT(gone.has_value(), 20000);
        QVERIFY(!gone->ok());
        QCOMPARE(gone->error().code, Error::Code::NotFound);
    }

private:
    std::unique_ptr<test::RealServer> m_keychain;
};

QTEST_GUILESS_MAIN(TestKeychainSecretWriter)
#include "tst_keychainsecretwriter.moc"
