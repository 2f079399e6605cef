// The window's side of team mode against a real PostgreSQL (postgres.sh) and Secret Service
// (keychain.sh): the connect dialog's test and connect (password to the keychain only, the
// URL without it remembered), the AccessGate greying what a role may not do, and the
// TeamSession's banner and read-only state while the server is stopped and started again.

#include "RealServer.h"
#include "db/ConnectionWatch.h"
#include "db/Database.h"
#include "db/DatabaseLogin.h"
#include "db/DatabaseUrl.h"
#include "engine/Engine.h"
#include "inventory/MessageBanner.h"
#include "sources/SecretProvider.h"
#include "team/AccessGate.h"
#include "team/TeamDatabaseDialog.h"
#include "team/TeamSession.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QMainWindow>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <memory>
#include <optional>

using namespace opsdeck;

class TestTeamWindow : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::RealServer> m_keychain;
    std::unique_ptr<test::RealServer> m_pg;
    QTemporaryDir m_home;
    QString m_url;
    QString m_password;

    void fill(TeamDatabaseDialog& d, const QString& password)
    {
        const DatabaseUrl url = *DatabaseUrl::parse(m_url);
        d.hostEdit()->setText(url.host);
        d.portBox()->setValue(url.port);
        d.databaseEdit()->setText(url.dbname);
        d.userEdit()->setText(url.user);
        d.sslModeBox()->setCurrentText(QStringLiteral("disable"));
        d.passwordEdit()->setText(password);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_keychain = std::make_unique<test::RealServer>(QStringLiteral("keychain.sh"), QStringList());
        OPSDECK_REQUIRE_SERVER(*m_keychain);
        qputenv("DBUS_SESSION_BUS_ADDRESS",
                m_keychain->reported(QStringLiteral("DBUS_SESSION_BUS_ADDRESS")).toUtf8());
        OPSDECK_START_POSTGRES(m_pg, m_url, m_home.path());
        m_password = m_pg->reported(QStringLiteral("PASSWORD"));
        qputenv("HOME", m_home.path().toUtf8());
        QSettings().remove(QStringLiteral("team"));
    }

    void cleanupTestCase()
    {
        m_pg.reset();
        m_keychain.reset();
    }

    void dialogChecksBeforeItConnects()
    {
        // Without ~/.pgpass only the typed password gets in.
        const QString pgpass = m_home.filePath(QStringLiteral(".pgpass"));
        QVERIFY(QFile::rename(pgpass, pgpass + QStringLiteral(".off")));
        TeamDatabaseDialog dialog;
        QSignalSpy tested(&dialog, &TeamDatabaseDialog::tested);
        QSignalSpy connectRequested(&dialog, &TeamDatabaseDialog::connectRequested);

        dialog.hostEdit()->clear();
        dialog.test();
        QCOMPARE(tested.count(), 1);
        QCOMPARE(tested.at(0).at(0).toBool(), false);
        QVERIFY2(dialog.resultText().contains(QLatin1String("host")), qPrintable(dialog.resultText()));

        fill(dialog, QString());
        dialog.test();
        QVERIFY(tested.wait(15000));
        QCOMPARE(tested.last().at(0).toBool(), false);
        QVERIFY2(dialog.resultText().contains(QLatin1String("asks for a password")),
                 qPrintable(dialog.resultText()));

        fill(dialog, QStringLiteral("not-it"));
        dialog.connectToDatabase();
        QVERIFY(tested.wait(15000));
        QCOMPARE(tested.last().at(0).toBool(), false);
        QVERIFY2(dialog.resultText().contains(QLatin1String("refused")), qPrintable(dialog.resultText()));
        QCOMPARE(connectRequested.count(), 0);
        QVERIFY(dialog.passwordEdit()->text() == QLatin1String("not-it")); // nothing typed is lost

        fill(dialog, m_password);
        QVERIFY(dialog.rememberBox()->isChecked());
        dialog.connectToDatabase();
        QTRY_COMPARE_WITH_TIMEOUT(connectRequested.count(), 1, 15000);
        const QString url = connectRequested.at(0).at(0).toString();
        QVERIFY2(url.startsWith(QLatin1String("postgresql://opsdeck@127.0.0.1:")), qPrintable(url));
        QVERIFY(!url.contains(m_password));
        QCOMPARE(TeamDatabaseDialog::recentUrls().value(0), url);
        QVERIFY(!QSettings().value(QStringLiteral("team/recent")).toString().contains(m_password));

        // The password went to the keychain, under the entry the start-up looks for.
        KeychainSecretProvider keychain;
        std::optional<Result<QString>> stored;
        keychain.read(DatabaseLogin::secretName(*DatabaseUrl::parse(url)),
                      [&](Result<QString> r) { stored = r; });
        QTRY_VERIFY_WITH_TIMEOUT(stored.has_value(), 10000);
        QVERIFY2(stored->ok(), qPrintable(stored->ok() ? QString() : stored->error().message));
        QCOMPARE(**stored, m_password);

        // Next time the dialog starts from that URL.
        TeamDatabaseDialog again;
        QCOMPARE(again.databaseEdit()->text(), QStringLiteral("opsdeck"));
        QCOMPARE(again.sslModeBox()->currentText(), QStringLiteral("disable"));
        QVERIFY(again.passwordEdit()->text().isEmpty());
        QVERIFY(QFile::rename(pgpass + QStringLiteral(".off"), pgpass));
    }

    void gateGreysWhatTheRoleMayNotDo()
    {
        AccessGate gate;
        QAction run(QStringLiteral("run"));
        QAction tree(QStringLiteral("tree"));
        QAction view(QStringLiteral("view"));
        gate.guard(&run, Capability::Operate);
        gate.guard(&tree, Capability::Administer);
        gate.guard(&view, Capability::View);
        QVERIFY(run.isEnabled() && tree.isEnabled() && view.isEnabled()); // a local file: everything

        TeamRole viewer;
        viewer.user = QStringLiteral("vera");
        gate.setRole(viewer);
        QVERIFY(!run.isEnabled());
        QVERIFY(!tree.isEnabled());
        QVERIFY(view.isEnabled());
        QVERIFY(gate.reasonFor(Capability::Operate).contains(QLatin1String("opsdeck_operator")));
        // A panel enabling its action for a selection does not undo the gate.
        run.setEnabled(true);
        QVERIFY(!run.isEnabled());

        TeamRole operatorRole = viewer;
        operatorRole.capability = Capability::Operate;
        gate.setRole(operatorRole);
        QVERIFY(run.isEnabled());
        QVERIFY(!tree.isEnabled());

        gate.setConnected(false);
        QVERIFY(!run.isEnabled());
        QVERIFY(gate.reasonFor(Capability::Operate).contains(QLatin1String("read-only")));
        gate.setConnected(true);
        QVERIFY(run.isEnabled());
    }

    void viewerSeesWritesGreyedOut()
    {
        // A real team role: init-team, a login `vera` granted opsdeck_viewer.
        QCOMPARE(
            test::runCli({QStringLiteral("--db"), m_url, QStringLiteral("db"), QStringLiteral("init-team")})
                .exitCode,
            0);
        {
            auto owner = Database::open(m_url);
            QVERIFY(owner.ok());
            QSqlDatabase c = (*owner)->connection();
            QSqlQuery q(c); // a utility statement: not preparable
            QVERIFY2(q.exec(QStringLiteral("CREATE ROLE vera LOGIN PASSWORD 'vera-secret'")),
                     qPrintable(q.lastError().text()));
        }
        QCOMPARE(test::runCli({QStringLiteral("--db"), m_url, QStringLiteral("db"), QStringLiteral("grant"),
                               QStringLiteral("vera"), QStringLiteral("viewer")})
                     .exitCode,
                 0);
        QString veraUrl = m_url;
        veraUrl.replace(QStringLiteral("//opsdeck@"), QStringLiteral("//vera@"));
        Engine::Options options;
        options.startCollector = false;
        options.startPolling = false;
        options.databasePassword = QStringLiteral("vera-secret"); // as the keychain would give it
        auto engine = Engine::start(veraUrl, options);
        QVERIFY2(engine.ok(), qPrintable(engine.ok() ? QString() : engine.error().message));
        QMainWindow window;
        TeamSession session((*engine)->sharedDatabase(), (*engine)->connectionWatch(), &window,
                            window.statusBar());
        QAction run(QStringLiteral("run"));
        QAction tree(QStringLiteral("tree"));
        session.gate()->guard(&run, Capability::Operate);
        session.gate()->guard(&tree, Capability::Administer);
        QTRY_VERIFY_WITH_TIMEOUT(session.statusText().contains(QLatin1String("vera")), 10000);
        QVERIFY2(session.statusText().contains(QLatin1String("opsdeck_viewer")),
                 qPrintable(session.statusText()));
        QVERIFY(!run.isEnabled());
        QVERIFY(!tree.isEnabled());
        QVERIFY(session.gate()->reasonFor(Capability::Operate).contains(QLatin1String("opsdeck_operator")));
        (*engine)->shutdown();
    }

    void lostServerMakesTheWindowReadOnlyUntilItIsBack()
    {
        Engine::Options options;
        options.startCollector = false;
        options.startPolling = false;
        options.watch.intervalMs = 100;
        options.watch.firstRetryMs = 50;
        options.watch.maxRetryMs = 400;
        auto engine = Engine::start(m_url, options);
        QVERIFY2(engine.ok(), qPrintable(engine.ok() ? QString() : engine.error().message));
        QMainWindow window;
        TeamSession session((*engine)->sharedDatabase(), (*engine)->connectionWatch(), &window,
                            window.statusBar());
        window.setCentralWidget(session.banner());
        QAction run(QStringLiteral("run"));
        session.gate()->guard(&run, Capability::Operate);
        QVERIFY(session.isShared());
        QVERIFY(session.localAction()->isVisible());
        // The cluster's superuser owns the schema: everything, and the status bar says who.
        QTRY_VERIFY_WITH_TIMEOUT(session.statusText().contains(QLatin1String("opsdeck (owner)")), 10000);
        QVERIFY(run.isEnabled());

        QSignalSpy restored(&session, &TeamSession::restored);
        QVERIFY(m_pg->control(QStringLiteral("stop")));
        QTRY_VERIFY_WITH_TIMEOUT(!session.gate()->isConnected(), 10000);
        QVERIFY(!run.isEnabled());
        QVERIFY(session.banner()->isError());
        QVERIFY2(session.banner()->text().contains(QLatin1String("read-only")),
                 qPrintable(session.banner()->text()));
        QTRY_VERIFY_WITH_TIMEOUT(session.statusText().contains(QLatin1String("next in")), 10000);

        QVERIFY(m_pg->control(QStringLiteral("resume")));
        QVERIFY(restored.wait(20000));
        QVERIFY(run.isEnabled());
        QVERIFY(!session.banner()->isError());
        QTRY_VERIFY_WITH_TIMEOUT(session.statusText().contains(QLatin1String("opsdeck (owner)")), 10000);
        (*engine)->shutdown();
    }
};

QTEST_MAIN(TestTeamWindow)
#include "tst_teamwindow.moc"
