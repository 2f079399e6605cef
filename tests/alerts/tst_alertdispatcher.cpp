// AlertDispatcher with its context read from a real cache (storeAlertContext: the
// check_state row's silence, maintenance_windows on a node above the target) sending
// through a real webhook listener (webhook_recorder.sh); every failure as a signal. The
// webhook URL comes from a provider (the keychain in the application), read off the
// dispatcher's thread.

#include "RealServer.h"
#include "alerts/AlertDispatcher.h"
#include "checks/CheckStateStore.h"
#include "checks/CheckStore.h"
#include "sources/SecretProvider.h"

#include <QDateTime>
#include <QEventLoop>
#include <QFile>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>
#include <QThread>
#include <atomic>

using namespace opsdeck;
using R = NotifyDecision::Reason;

class TestAlertDispatcher : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::RealServer> m_recorder;
    std::unique_ptr<test::TempDatabase> m_db;
    ManualClock m_clock{
        QDateTime::fromString(QStringLiteral("2026-12-05T12:00:00Z"), Qt::ISODate).toMSecsSinceEpoch()};
    qint64 m_checkId = 0;

    int posts() const
    {
        QFile f(m_recorder->reported(QStringLiteral("POSTS")));
        return f.open(QIODevice::ReadOnly) ? int(f.readAll().count('\n')) : -1;
    }
    QString hook(const QString& path) const
    {
        return QStringLiteral("http://127.0.0.1:%1%2")
            .arg(m_recorder->reported(QStringLiteral("PORT")), path);
    }
    AlertEvent failing(CheckState from = CheckState::Passing) const
    {
        AlertEvent e;
        e.checkId = m_checkId;
        e.checkName = QStringLiteral("shop");
        e.target = QStringLiteral("web1");
        e.from = from;
        e.to = CheckState::Failing;
        e.status = CheckStatus::Critical;
        e.importance = Importance::Error;
        e.atMs = m_clock.nowMs();
        e.message = QStringLiteral("HTTP 503");
        return e;
    }
    int cli(const QStringList& args)
    {
        auto r = test::runCli(QStringList{QStringLiteral("--db"), m_db->path()} + args);
        if (r.exitCode != 0)
            qWarning() << args << r.err;
        return r.exitCode;
    }
    std::unique_ptr<AlertDispatcher> dispatcher(const QString& path)
    {
        auto d = std::make_unique<AlertDispatcher>(m_clock);
        d->setTimeZone(QTimeZone::utc());
        AlertSettings s;
        s.webhook = true;
        d->setSettings(s);
        d->setWebhookUrlProvider([url = hook(path)]() -> Result<QString> { return url; });
        d->setContextProvider(storeAlertContext(m_db->db(), m_clock));
        return d;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_recorder = std::make_unique<test::RealServer>(QStringLiteral("webhook_recorder.sh"),
                                                        QStringList{QString::number(test::freeTcpPort())});
        OPSDECK_REQUIRE_SERVER(*m_recorder);
        m_db = std::make_unique<test::TempDatabase>();
        QCOMPARE(cli({"machine", "add", "web1", "--address", "10.0.0.1"}), 0);
        QCOMPARE(cli({"tree", "add", "acme/shop", "--kind", "service"}), 0);
        QCOMPARE(cli({"tree", "bind", "acme/shop", "--machine", "web1"}), 0);
        CheckDefinition d;
        d.name = QStringLiteral("shop");
        d.kind = CheckKind::Tcp;
        d.machine = QStringLiteral("web1");
        d.params = {{QStringLiteral("port"), 80}};
        auto id = CheckStore(m_db->db(), m_clock).add(d);
        QVERIFY2(id.ok(), id.ok() ? "" : qPrintable(id.error().message));
        m_checkId = *id;
    }

    void deliversThroughTheWebhook()
    {
        auto d = dispatcher(QStringLiteral("/ok"));
        QSignalSpy decided(d.get(), &AlertDispatcher::decided);
        QSignalSpy delivered(d.get(), &AlertDispatcher::delivered);
        const int before = posts();
        d->dispatch(failing());
        QCOMPARE(decided.count(), 1);
        QCOMPARE(decided.at(0).at(1).value<NotifyDecision>().reason, R::Failing);
        QVERIFY(delivered.wait(20000));
        QCOMPARE(delivered.at(0).at(0).toString(), QStringLiteral("webhook"));
        QCOMPARE(posts(), before + 1);
        QVERIFY(d->policy().failureNotified(m_checkId, QStringLiteral("web1")));
    }

    void maintenanceAboveTheMachinesNodeHoldsItBack()
    {
        QSqlDatabase c = m_db->db()->connection();
        QVERIFY(Database::exec(
                    c,
                    QStringLiteral("INSERT INTO maintenance_windows (node_path, from_ms, to_ms, reason) "
                                   "VALUES ('acme', ?, ?, 'upgrade')"),
                    {m_clock.nowMs() - 1000, m_clock.nowMs() + 3600000})
                    .ok());
        auto d = dispatcher(QStringLiteral("/ok"));
        QSignalSpy decided(d.get(), &AlertDispatcher::decided);
        const int before = posts();
        d->dispatch(failing());
        QCOMPARE(decided.at(0).at(1).value<NotifyDecision>().reason, R::Maintenance);
        QVERIFY(decided.at(0).at(1).value<NotifyDecision>().why.contains(QStringLiteral("acme")));
        m_clock.advanceSecs(3601); // the window is over
        d->dispatch(failing());
        QCOMPARE(decided.at(1).at(1).value<NotifyDecision>().reason, R::Failing);
        QTRY_COMPARE_WITH_TIMEOUT(posts(), before + 1, 20000);
    }

    void silenceFromTheStoreAndItsExpiry()
    {
        const qint64 until = m_clock.nowMs() + 600000;
        QVERIFY(CheckStateStore(m_db->db(), m_clock).silence(m_checkId, until).ok());
        auto d = dispatcher(QStringLiteral("/ok"));
        QSignalSpy decided(d.get(), &AlertDispatcher::decided);
        d->dispatch(failing());
        QCOMPARE(decided.at(0).at(1).value<NotifyDecision>().reason, R::Silenced);
        m_clock.setMs(until);
        d->dispatch(failing());
        QCOMPARE(decided.at(1).at(1).value<NotifyDecision>().reason, R::Failing);
    }

    void desktopOnlyWhenWantedAndItsFailureIsASignal()
    {
        qunsetenv("DBUS_SESSION_BUS_ADDRESS"); // no session bus in this process
        auto d = dispatcher(QStringLiteral("/ok"));
        QSignalSpy failed(d.get(), &AlertDispatcher::failed);
        QSignalSpy delivered(d.get(), &AlertDispatcher::delivered);
        d->dispatch(failing(CheckState::Unknown));
        QVERIFY(delivered.wait(20000));
        QCOMPARE(delivered.at(0).at(0).toString(), QStringLiteral("webhook"));
        QVERIFY(failed.isEmpty()); // the window has a tray: no desktop notification asked
        d->setDesktopWanted(true);
        d->dispatch(failing(CheckState::Unknown));
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 20000);
        QCOMPARE(failed.at(0).at(0).toString(), QStringLiteral("desktop"));
        QVERIFY(failed.at(0).at(2).value<Error>().message.contains(QStringLiteral("not shown")));
    }

    void channelFailuresAreSignals()
    {
        auto d = dispatcher(QStringLiteral("/always-500"));
        AlertSettings s;
        s.webhook = true;
        s.smtp.server = QStringLiteral("127.0.0.1");
        s.smtp.port = test::freeTcpPort();
        s.smtp.user = QStringLiteral("ops");
        s.smtp.from = QStringLiteral("ops@example.org");
        s.smtp.to = {QStringLiteral("oncall@example.org")};
        d->setSettings(s); // no password: e-mail fails at once, saying where to set it
        // (the URL provider set by dispatcher() stays)
        QSignalSpy failed(d.get(), &AlertDispatcher::failed);
        d->dispatch(failing(CheckState::Unknown));
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 2, 30000);
        QStringList channels{failed.at(0).at(0).toString(), failed.at(1).at(0).toString()};
        channels.sort();
        QCOMPARE(channels, (QStringList{"email", "webhook"}));
        for (const auto& f : std::as_const(failed)) {
            const QString message = f.at(2).value<Error>().message;
            if (f.at(0).toString() == QLatin1String("email"))
                QVERIFY2(message.contains(QStringLiteral("set-smtp-password")), qPrintable(message));
            else
                QVERIFY2(message.contains(QStringLiteral("HTTP 500")), qPrintable(message));
        }
    }

    void webhookUrlIsReadOffThisThreadAndOnce()
    {
        auto d = dispatcher(QStringLiteral("/ok"));
        std::atomic<int> reads{0};
        std::atomic<bool> onThisThread{false};
        QThread* const self = QThread::currentThread();
        d->setWebhookUrlProvider([&, url = hook(QStringLiteral("/ok"))]() -> Result<QString> {
            ++reads;
            onThisThread = QThread::currentThread() == self;
            return url;
        });
        QSignalSpy delivered(d.get(), &AlertDispatcher::delivered);
        const int before = posts();
        d->dispatch(failing(CheckState::Unknown));
        QVERIFY(delivered.wait(20000));
        d->dispatch(failing(CheckState::Unknown));
        QTRY_COMPARE_WITH_TIMEOUT(delivered.count(), 2, 20000);
        QCOMPARE(posts(), before + 2);
        QCOMPARE(reads.load(), 1); // kept until the settings change
        QVERIFY(!onThisThread);
    }

    void aMissingKeychainEntryIsAFailureSayingHowToSetIt()
    {
        auto d = dispatcher(QStringLiteral("/ok"));
        d->setWebhookUrlProvider([]() -> Result<QString> {
            return Error{Error::Code::NotFound, QStringLiteral("no such entry")};
        });
        QSignalSpy failed(d.get(), &AlertDispatcher::failed);
        QSignalSpy delivered(d.get(), &AlertDispatcher::delivered);
        const int before = posts();
        d->dispatch(failing(CheckState::Unknown));
        QVERIFY(failed.wait(20000));
        QCOMPARE(failed.at(0).at(0).toString(), QStringLiteral("webhook"));
        const QString message = failed.at(0).at(2).value<Error>().message;
        QVERIFY2(message.contains(QStringLiteral("alert:webhook")) &&
                     message.contains(QStringLiteral("alert config --webhook-stdin")),
                 qPrintable(message));
        QVERIFY(delivered.isEmpty());
        QCOMPARE(posts(), before);
        // Nothing that reads the URL at all is a failure too, not silence.
        auto none = std::make_unique<AlertDispatcher>(m_clock);
        AlertSettings s;
        s.webhook = true;
        none->setSettings(s);
        QSignalSpy noneFailed(none.get(), &AlertDispatcher::failed);
        none->dispatch(failing(CheckState::Unknown));
        QCOMPARE(noneFailed.count(), 1);
    }

    // Last: this process's session bus becomes the private keychain's. The URL stored by
    // `alert config --webhook-stdin` is read from a real Secret Service on the
    // dispatcher's pool thread, as the application does (BlockingKeychain: one job and a
    // local event loop on the calling thread).
    void webhookUrlFromARealKeychainOffThisThread()
    {
        test::RealServer keychain(QStringLiteral("keychain.sh"), {});
        OPSDECK_REQUIRE_SERVER(keychain);
        qputenv("DBUS_SESSION_BUS_ADDRESS",
                keychain.reported(QStringLiteral("DBUS_SESSION_BUS_ADDRESS")).toUtf8());
        auto set = test::runCli({"--db", m_db->path(), "alert", "config", "--webhook-stdin"},
                                hook(QStringLiteral("/ok?from=keychain")).toUtf8() + '\n');
        QVERIFY2(set.exitCode == 0, set.err.constData());
        auto d = dispatcher(QStringLiteral("/not-used"));
        d->setWebhookUrlProvider([]() -> Result<QString> {
            std::optional<Result<QString>> got;
            QEventLoop loop;
            KeychainSecretProvider k;
            k.read(AlertSettings::webhookSecretName(), [&](Result<QString> r) {
                got.emplace(std::move(r));
                loop.quit();
            });
            if (!got)
                loop.exec();
            return *got;
        });
        QSignalSpy delivered(d.get(), &AlertDispatcher::delivered);
        QSignalSpy failed(d.get(), &AlertDispatcher::failed);
        d->dispatch(failing(CheckState::Unknown));
        QTRY_VERIFY_WITH_TIMEOUT(delivered.count() + failed.count() > 0, 20000);
        QVERIFY2(failed.isEmpty(),
                 failed.isEmpty() ? "" : qPrintable(failed.at(0).at(2).value<Error>().message));
        QFile f(m_recorder->reported(QStringLiteral("POSTS")));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.readAll().trimmed().split('\n').last().contains("/ok?from=keychain"));
    }
};

QTEST_GUILESS_MAIN(TestAlertDispatcher)
#include "tst_alertdispatcher.moc"
