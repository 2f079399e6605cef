// KeychainSecretWriter against a real Secret Service: what the source dialog writes is what
// the poller's KeychainSecretProvider reads back. The Secret Service is the test's own
// (tests/integration/scripts/keychain.sh: gnome-keyring on a private D-Bus session bus with a
// throw-away HOME), never the keyring of the user who runs the suite.

#include "RealServer.h"
#include "TestSupport.h"
#include "sources/SecretProvider.h"
#include "sources/SecretWriter.h"
#include "sources/SourceRepository.h"

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

    // `opsdeck source remove` deletes the keychain entry with the last source naming it.
    void removingTheLastSourceDeletesItsSecret()
    {
        const QString name =
            QStringLiteral("opsdeck-test-%1").arg(QUuid::createUuid().toString(QUuid::Id128));
        KeychainSecretWriter writer;
        std::optional<Status> written;
        writer.write(name, QStringLiteral("tok"), [&](Status st) { written = st; });
        QTRY_VERIFY_WITH_TIMEOUT(written.has_value(), 20000);
        if (!written->ok())
            OPSDECK_SKIP_OR_FAIL(
                qPrintable(QStringLiteral("no usable keychain here: ") + written->error().message));

        test::TempDatabase db;
        SourceRepository repo(db.db());
        Source s;
        s.kind = SourceKind::Prometheus;
        s.url = QStringLiteral("https://prom.example:9090");
        s.query = QStringLiteral("up");
        s.auth = AuthKind::Bearer;
        s.secretName = name;
        QVERIFY(repo.add(s, 0).ok());
        QVERIFY(repo.add(s, 0).ok());

        auto remove = [&db](const char* id) {
            return test::runCli({QStringLiteral("--db"), db.path(), QStringLiteral("source"),
                                 QStringLiteral("remove"), QString::fromLatin1(id)});
        };
        auto read = [&name]() {
            KeychainSecretProvider reader;
            std::optional<Result<QString>> r;
            reader.read(name, [&](Result<QString> got) { r = std::move(got); });
            if (!QTest::qWaitFor([&] { return r.has_value(); }, 20000))
                return Result<QString>(Error::failure(QStringLiteral("keychain read timed out")));
            return *r;
        };
        // `source set --secret-stdin` puts a new secret into the entry (and only there).
        const auto set =
            test::runCli({QStringLiteral("--db"), db.path(), QStringLiteral("source"), QStringLiteral("set"),
                          QStringLiteral("1"), QStringLiteral("--auth"), QStringLiteral("bearer"),
                          QStringLiteral("--secret-name"), name, QStringLiteral("--secret-stdin")},
                         "tok-from-stdin\n");
        QVERIFY2(set.exitCode == 0, set.err.constData());
        const auto stored = read();
        QVERIFY2(stored.ok(), stored.ok() ? "" : qPrintable(stored.error().message));
        QCOMPARE(*stored, QStringLiteral("tok-from-stdin"));

        auto first = remove("1"); // the other source still names it
        QVERIFY2(first.exitCode == 0, first.err.constData());
        QVERIFY(!first.out.contains("deleted the keychain entry"));
        const auto kept = read();
        QVERIFY2(kept.ok(), kept.ok() ? "" : qPrintable(kept.error().message));
        QCOMPARE(*kept, QStringLiteral("tok-from-stdin"));

        auto last = remove("2");
        QVERIFY2(last.exitCode == 0, last.err.constData());
        QVERIFY2(last.out.contains("deleted the keychain entry"), last.out.constData());
        const auto gone = read();
        QVERIFY(!gone.ok());
        QCOMPARE(gone.error().code, Error::Code::NotFound);
        QVERIFY(repo.list()->isEmpty());
    }

private:
    std::unique_ptr<test::RealServer> m_keychain;
};

QTEST_GUILESS_MAIN(TestKeychainSecretWriter)
#include "tst_keychainsecretwriter.moc"
