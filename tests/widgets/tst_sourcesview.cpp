// The Sources tab offscreen: the receiver switch turned on at a free port takes real
// TCP lines and shows the counts, a taken port is a clear error, the switch is in the
// window's menu; a source added, edited, disabled and removed through the view and its
// dialog; a secret goes only to the secret writer.

#include "MainWindow.h"
#include "TestSupport.h"
#include "engine/Engine.h"
#include "ingest/PlaintextReceiver.h"
#include "inventory/InventoryPrompter.h"
#include "inventory/MessageBanner.h"
#include "sources/ReceiverPanel.h"
#include "sources/SecretWriter.h"
#include "sources/SourceDialog.h"
#include "sources/SourceRepository.h"
#include "sources/SourceTableModel.h"
#include "sources/SourceTargetsModel.h"
#include "sources/SourcesView.h"
#include "sources/TargetDetailsPane.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFile>
#include <QFutureWatcher>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace opsdeck;

namespace {

class Answers : public InventoryPrompter
{
public:
    bool confirm(QWidget*, const QString&, const QString& text) override
    {
        asked << text;
        return yes;
    }
    bool yes = true;
    QStringList asked;
};

class FakeSecrets : public SecretWriter
{
public:
    void write(const QString& name, const QString& secret, Callback done) override
    {
        written.insert(name, secret);
        done(fail ? Status(Error::failure(QStringLiteral("keychain locked"))) : Status{});
    }
    void remove(const QString& name, Callback done) override
    {
        removed << name;
        written.remove(name);
        done(fail ? Status(Error::failure(QStringLiteral("keychain locked"))) : Status{});
    }
    QHash<QString, QString> written;
    QStringList removed;
    bool fail = false;
};

template <typename T> T* child(QWidget* parent, const char* name)
{
    return parent->findChild<T*>(QLatin1String(name));
}

void clickOk(SourceDialog* dialog)
{
    child<QDialogButtonBox>(dialog, "")->button(QDialogButtonBox::Ok)->click();
}

} // namespace

class TestSourcesView : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        test::isolateSettings(m_dir.filePath(QStringLiteral("settings")), QStringLiteral("tst_sourcesview"));
    }

    void init()
    {
        m_db = std::make_unique<QTemporaryDir>();
        Engine::Options options;
        options.startCollector = false;
        options.startPolling = false;
        auto engine = Engine::start(m_db->filePath(QStringLiteral("opsdeck.sqlite")), options);
        QVERIFY2(engine.ok(), engine.ok() ? "" : qPrintable(engine.error().message));
        m_engine = std::move(*engine);
    }

    void cleanup() { m_engine.reset(); }

    void theReceiverIsOffUntilTurnedOnAndCountsWhatArrives()
    {
        SourcesView view(*m_engine);
        view.show();
        ReceiverPanel* panel = view.receiverPanel();
        QAction* toggle = view.receiverAction();
        QVERIFY(toggle->isCheckable());
        QVERIFY(!toggle->isChecked());
        QVERIFY(!m_engine->receiver().isListening());
        QCOMPARE(panel->addressEdit()->text(), QStringLiteral("127.0.0.1"));
        QCOMPARE(panel->portBox()->value(), 2003);

        const quint16 port = test::freeTcpPort();
        panel->portBox()->setValue(port);
        toggle->trigger();
        QVERIFY2(toggle->isChecked(), qPrintable(panel->errorText()));
        QVERIFY(m_engine->receiver().isListening());
        QVERIFY2(panel->stateText().contains(QStringLiteral("127.0.0.1:%1").arg(port)),
                 qPrintable(panel->stateText()));
        QVERIFY(!panel->portBox()->isEnabled()); // not while listening

        const qint64 now = QDateTime::currentSecsSinceEpoch();
        QTcpSocket socket;
        socket.connectToHost(QHostAddress(QHostAddress::LocalHost), port);
        QVERIFY(socket.waitForConnected(5000));
        socket.write(QStringLiteral("servers.web1.load 0.5 %1\nservers.web1.users 3 %1\nservers.web1.broken\n"
                                    "servers.web1.disk 70 %1\n")
                         .arg(now)
                         .toUtf8());
        QVERIFY(socket.waitForBytesWritten(5000));
        socket.disconnectFromHost();
        // The panel reads the counts on its own timer (about once a second).
        QTRY_VERIFY_WITH_TIMEOUT(panel->countsText().contains(QLatin1String("stored 3")), 10000);
        QVERIFY2(panel->countsText().contains(QLatin1String("malformed 1")), qPrintable(panel->countsText()));
        QVERIFY(panel->countsText().contains(QLatin1String("refused 0")));
        auto* errors = child<QWidget>(panel, "receiverErrors");
        QVERIFY(errors);
        QTRY_VERIFY(panel->findChild<QPlainTextEdit*>(QStringLiteral("receiverErrors"))
                        ->toPlainText()
                        .contains(QLatin1String("line 3")));

        toggle->trigger();
        QVERIFY(!toggle->isChecked());
        QVERIFY(!m_engine->receiver().isListening());
        QVERIFY(panel->portBox()->isEnabled());
        QTRY_COMPARE(m_engine->receiverSettings()->enabled, false); // written off the GUI thread
        QCOMPARE(m_engine->receiverSettings()->port, port);
    }

    void aTakenPortIsAClearError()
    {
        QTcpServer squatter;
        QVERIFY(squatter.listen(QHostAddress(QHostAddress::LocalHost), 0));
        SourcesView view(*m_engine);
        view.receiverPanel()->portBox()->setValue(squatter.serverPort());
        view.receiverAction()->trigger();
        QVERIFY(!view.receiverAction()->isChecked());
        QVERIFY(!m_engine->receiver().isListening());
        const QString error = view.receiverPanel()->errorText();
        QVERIFY2(error.contains(QString::number(squatter.serverPort())), qPrintable(error));
        QVERIFY(error.contains(QLatin1String("port")));
        QVERIFY(view.receiverPanel()->stateText() == error);
        QVERIFY(view.banner()->isError());

        view.receiverPanel()->addressEdit()->setText(QStringLiteral("not-an-address"));
        view.receiverAction()->trigger();
        QVERIFY(!view.receiverAction()->isChecked());
        QVERIFY(view.receiverPanel()->errorText().contains(QLatin1String("not-an-address")));
    }

    void theWindowHasTheTabAndTheSwitchAndRestoresIt()
    {
        const quint16 port = test::freeTcpPort();
        QVERIFY(m_engine->startReceiver(QHostAddress(QHostAddress::LocalHost), port).ok());
        QVERIFY(m_engine->stopReceiver().ok());
        // Remembered on: a new window turns it on again.
        {
            QSqlDatabase c = m_engine->database().connection();
            QVERIFY(Database::exec(
                        c, QStringLiteral("UPDATE settings SET value = '1' WHERE key = 'receiver.enabled'"))
                        .ok());
        }
        MainWindow w(*m_engine);
        QVERIFY(w.sourcesView());
        auto* tabs = w.findChild<QTabWidget*>(QStringLiteral("centreTabs"));
        QVERIFY(tabs->indexOf(w.sourcesView()) >= 0);
        QVERIFY(m_engine->receiver().isListening());
        QCOMPARE(m_engine->receiver().tcpPort(), port);
        QVERIFY(w.sourcesView()->receiverAction()->isChecked());
        bool inMenu = false;
        for (QAction* menu : w.menuBar()->actions())
            if (menu->menu() && menu->menu()->actions().contains(w.sourcesView()->receiverAction()))
                inMenu = true;
        QVERIFY(inMenu);
    }

    void addsEditsDisablesAndRemovesASource()
    {
        QSqlDatabase c = m_engine->database().connection();
        QVERIFY(Database::exec(
                    c, QStringLiteral("INSERT INTO machines (name, address, pool_id, created_at) "
                                      "VALUES ('web1', '10.0.0.1', (SELECT id FROM pools LIMIT 1), 0)"))
                    .ok());
        SourcesView view(*m_engine);
        Answers answers;
        view.setPrompter(&answers);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QCOMPARE(view.sourceModel()->rowCount(), 0);

        view.findChild<QAction*>(QStringLiteral("actionAddSource"))->trigger();
        SourceDialog* dialog = view.dialog();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        // An empty form says what is missing and stays open.
        clickOk(dialog);
        auto* error = child<QLabel>(dialog, "sourceError");
        QVERIFY(error->isVisible());
        QVERIFY2(error->text().contains(QLatin1String("URL")), qPrintable(error->text()));
        child<QLineEdit>(dialog, "sourceUrl")->setText(QStringLiteral("http://{address}:9100/metrics"));
        auto* machine = child<QComboBox>(dialog, "sourceMachine");
        QTRY_VERIFY(machine->findText(QStringLiteral("web1")) >= 0); // loaded off the GUI thread
        machine->setCurrentText(QStringLiteral("ghost"));
        child<QSpinBox>(dialog, "sourceInterval")->setValue(30);
        child<QSpinBox>(dialog, "sourceTimeout")->setValue(45);
        clickOk(dialog);
        QVERIFY2(error->text().contains(QLatin1String("timeout")), qPrintable(error->text()));
        child<QSpinBox>(dialog, "sourceTimeout")->setValue(5);
        clickOk(dialog); // the database says: no such machine
        QTRY_VERIFY2(error->text().contains(QLatin1String("ghost")), qPrintable(error->text()));
        QVERIFY(dialog->isVisible());
        machine->setCurrentText(QStringLiteral("web1"));
        clickOk(dialog);
        QTRY_VERIFY(!view.dialog());
        QTRY_COMPARE(view.sourceModel()->rowCount(), 1);
        QCOMPARE(view.sourceModel()->index(0, SourceTableModel::UrlColumn).data().toString(),
                 QStringLiteral("http://{address}:9100/metrics"));
        QCOMPARE(view.sourceModel()->index(0, SourceTableModel::IntervalColumn).data().toString(),
                 QStringLiteral("30 s"));
        QTRY_COMPARE(view.selectedSourceId(), qint64(1));
        QTRY_COMPARE(view.targetsModel()->rowCount(), 1);
        QCOMPARE(view.targetsModel()->index(0, SourceTargetsModel::MachineColumn).data().toString(),
                 QStringLiteral("web1"));
        QVERIFY(view.banner()->text().contains(QLatin1String("Added")));

        // Edit: the form shows the source; a change is stored.
        view.findChild<QAction*>(QStringLiteral("actionEditSource"))->trigger();
        dialog = view.dialog();
        QVERIFY(dialog && dialog->isEdit());
        QCOMPARE(child<QLineEdit>(dialog, "sourceUrl")->text(),
                 QStringLiteral("http://{address}:9100/metrics"));
        child<QLineEdit>(dialog, "sourceUrl")->setText(QStringLiteral("http://{address}:9101/metrics"));
        clickOk(dialog);
        QTRY_VERIFY(!view.dialog());
        QTRY_COMPARE(view.sourceModel()->index(0, SourceTableModel::UrlColumn).data().toString(),
                     QStringLiteral("http://{address}:9101/metrics"));
        QCOMPARE(SourceRepository(m_engine->sharedDatabase()).list()->size(), 1);

        // Disable, then enable.
        QAction* toggle = view.findChild<QAction*>(QStringLiteral("actionToggleSource"));
        toggle->trigger();
        QTRY_COMPARE(view.sourceModel()->index(0, 0).data(SourceTableModel::EnabledRole).toBool(), false);
        QCOMPARE(SourceRepository(m_engine->sharedDatabase()).get(1)->enabled, false);
        QTRY_VERIFY(toggle->text().contains(QLatin1String("Ena")));
        toggle->trigger();
        QTRY_COMPARE(view.sourceModel()->index(0, 0).data(SourceTableModel::EnabledRole).toBool(), true);

        // Remove asks first; "no" keeps it.
        // The removal would go off the thread under a QFutureWatcher the view owns, started
        // right after the answer: after a "no", none is.
        answers.yes = false;
        const qsizetype jobs = view.findChildren<QFutureWatcherBase*>().size();
        view.findChild<QAction*>(QStringLiteral("actionRemoveSource"))->trigger();
        QCOMPARE(answers.asked.size(), 1);
        QCOMPARE(view.findChildren<QFutureWatcherBase*>().size(), jobs);
        QCOMPARE(SourceRepository(m_engine->sharedDatabase()).list()->size(), 1);
        QCOMPARE(view.sourceModel()->rowCount(), 1);
        answers.yes = true;
        view.findChild<QAction*>(QStringLiteral("actionRemoveSource"))->trigger();
        QTRY_COMPARE(view.sourceModel()->rowCount(), 0);
        QVERIFY(SourceRepository(m_engine->sharedDatabase()).list()->isEmpty());
    }

    // The agentless kind: no URL, the command in the query field (empty = /proc), no auth.
    void anSshSourceNeedsNoUrl()
    {
        QSqlDatabase c = m_engine->database().connection();
        QVERIFY(Database::exec(
                    c, QStringLiteral("INSERT INTO machines (name, address, pool_id, created_at) "
                                      "VALUES ('web2', '10.0.0.2', (SELECT id FROM pools LIMIT 1), 0)"))
                    .ok());
        SourcesView view(*m_engine);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.findChild<QAction*>(QStringLiteral("actionAddSource"))->trigger();
        SourceDialog* dialog = view.dialog();
        QVERIFY(dialog);
        auto* kind = child<QComboBox>(dialog, "sourceKind");
        kind->setCurrentIndex(kind->findData(int(SourceKind::Ssh)));
        QVERIFY(!child<QLineEdit>(dialog, "sourceUrl")->isEnabled());
        QVERIFY(child<QLineEdit>(dialog, "sourceQuery")->isEnabled());
        auto* machine = child<QComboBox>(dialog, "sourceMachine");
        QTRY_VERIFY(machine->findText(QStringLiteral("web2")) >= 0);
        machine->setCurrentText(QStringLiteral("web2"));
        clickOk(dialog);
        QTRY_VERIFY(!view.dialog());
        QTRY_COMPARE(view.sourceModel()->rowCount(), 1);
        auto stored = SourceRepository(m_engine->sharedDatabase()).list();
        QVERIFY(stored.ok() && stored->size() == 1);
        QCOMPARE(stored->first().kind, SourceKind::Ssh);
        QCOMPARE(stored->first().url, QString());
        QCOMPARE(stored->first().machine, QStringLiteral("web2"));
    }

    void aSecretGoesToTheKeychainOnly()
    {
        SourcesView view(*m_engine);
        FakeSecrets secrets;
        view.setSecretWriter(&secrets);
        view.show();
        view.findChild<QAction*>(QStringLiteral("actionAddSource"))->trigger();
        SourceDialog* dialog = view.dialog();
        QVERIFY(dialog);
        auto* kind = child<QComboBox>(dialog, "sourceKind");
        kind->setCurrentIndex(kind->findData(int(SourceKind::Prometheus)));
        child<QLineEdit>(dialog, "sourceUrl")->setText(QStringLiteral("https://prom.example:9090"));
        child<QLineEdit>(dialog, "sourceQuery")->setText(QStringLiteral("up"));
        auto* binding = child<QComboBox>(dialog, "sourceBinding");
        binding->setCurrentIndex(2); // no machine
        auto* auth = child<QComboBox>(dialog, "sourceAuth");
        auth->setCurrentIndex(auth->findData(int(AuthKind::Bearer)));
        const QString entry = child<QLineEdit>(dialog, "sourceSecretName")->text();
        QVERIFY(!entry.isEmpty()); // proposed
        clickOk(dialog);           // no token yet
        QVERIFY(child<QLabel>(dialog, "sourceError")->text().contains(QLatin1String("keychain")));
        const QString token = QStringLiteral("s3cr3t-token-%1").arg(QDateTime::currentMSecsSinceEpoch());
        child<QLineEdit>(dialog, "sourceSecret")->setText(token);

        secrets.fail = true; // a locked keychain: nothing saved, the dialog says why
        clickOk(dialog);
        QTRY_VERIFY(child<QLabel>(dialog, "sourceError")->text().contains(QLatin1String("keychain locked")));
        QVERIFY(SourceRepository(m_engine->sharedDatabase()).list()->isEmpty());

        secrets.fail = false;
        clickOk(dialog);
        QTRY_VERIFY(!view.dialog());
        QCOMPARE(secrets.written.value(entry), token);
        auto sources = SourceRepository(m_engine->sharedDatabase()).list();
        QCOMPARE(sources->size(), 1);
        QCOMPARE(sources->first().secretName, entry);
        QCOMPARE(sources->first().auth, AuthKind::Bearer);
        // Editing without typing a secret keeps the stored one: nothing is written.
        QTRY_COMPARE(view.selectedSourceId(), sources->first().id);
        view.findChild<QAction*>(QStringLiteral("actionEditSource"))->trigger();
        dialog = view.dialog();
        QVERIFY(dialog && dialog->isEdit());
        QCOMPARE(child<QLineEdit>(dialog, "sourceSecret")->text(), QString());
        QCOMPARE(child<QLineEdit>(dialog, "sourceSecretName")->text(), entry);
        child<QSpinBox>(dialog, "sourceInterval")->setValue(120);
        clickOk(dialog);
        QTRY_VERIFY(!view.dialog());
        QCOMPARE(secrets.written.size(), 1);
        QCOMPARE(SourceRepository(m_engine->sharedDatabase()).get(sources->first().id)->intervalSecs, 120);
        QCOMPARE(SourceRepository(m_engine->sharedDatabase()).get(sources->first().id)->secretName, entry);

        // Not in the database file (nor its WAL).
        m_engine->shutdown();
        for (const QString& name : {QStringLiteral("opsdeck.sqlite"), QStringLiteral("opsdeck.sqlite-wal")}) {
            QFile f(m_db->filePath(name));
            if (f.open(QIODevice::ReadOnly))
                QVERIFY2(!f.readAll().contains(token.toUtf8()), qPrintable(name));
        }
    }

    // Another console changes the source while its dialog is open: saving is refused with
    // who changed it, what was typed stays, and Reload puts the source's values now (and
    // their version) in the form, from which the next save goes through.
    void aStaleEditKeepsTheFormAndOffersReload()
    {
        SourceRepository repo(m_engine->sharedDatabase());
        Source s;
        s.kind = SourceKind::Prometheus;
        s.url = QStringLiteral("https://prom.example:9090");
        s.query = QStringLiteral("up");
        const auto id = repo.add(s, 0);
        QVERIFY(id.ok());
        SourcesView view(*m_engine);
        view.show();
        QTRY_COMPARE(view.sourceModel()->rowCount(), 1);
        view.selectSource(*id);
        QTRY_COMPARE(view.selectedSourceId(), *id);
        view.findChild<QAction*>(QStringLiteral("actionEditSource"))->trigger();
        SourceDialog* dialog = view.dialog();
        QVERIFY(dialog && dialog->isEdit());
        QVERIFY(!dialog->reloadButton()->isVisible());

        SourceRepository alice(m_engine->sharedDatabase());
        alice.setOperatorName(QStringLiteral("alice"));
        Source theirs = *alice.get(*id);
        theirs.query = QStringLiteral("up{job=\"node\"}");
        QVERIFY(alice.update(theirs).ok());

        child<QLineEdit>(dialog, "sourceUrl")->setText(QStringLiteral("https://prom.example:9091"));
        clickOk(dialog);
        QTRY_VERIFY(dialog->reloadButton()->isVisible());
        QVERIFY2(dialog->errorText().contains(QLatin1String("was changed by alice at ")),
                 qPrintable(dialog->errorText()));
        QVERIFY(dialog->isVisible());
        QCOMPARE(child<QLineEdit>(dialog, "sourceUrl")->text(), QStringLiteral("https://prom.example:9091"));
        QCOMPARE(repo.get(*id)->url, QStringLiteral("https://prom.example:9090"));

        dialog->reloadButton()->click();
        QVERIFY(!dialog->reloadButton()->isVisible());
        QCOMPARE(child<QLineEdit>(dialog, "sourceUrl")->text(), QStringLiteral("https://prom.example:9090"));
        QCOMPARE(dialog->source().query, QStringLiteral("up{job=\"node\"}"));
        QCOMPARE(dialog->source().stamp.version, 2);
        child<QLineEdit>(dialog, "sourceUrl")->setText(QStringLiteral("https://prom.example:9091"));
        clickOk(dialog);
        QTRY_VERIFY(!view.dialog());
        auto now = repo.get(*id);
        QCOMPARE(now->url, QStringLiteral("https://prom.example:9091"));
        QCOMPARE(now->query, QStringLiteral("up{job=\"node\"}"));
        QCOMPARE(now->stamp.version, 3);
    }

    void removingTheLastSourceOfASecretDeletesIt()
    {
        SourceRepository repo(m_engine->sharedDatabase());
        auto backend = [](const QString& secret) {
            Source s;
            s.kind = SourceKind::Prometheus;
            s.url = QStringLiteral("https://prom.example:9090");
            s.query = QStringLiteral("up");
            s.auth = AuthKind::Bearer;
            s.secretName = secret;
            return s;
        };
        const auto a = repo.add(backend(QStringLiteral("shared")), 0);
        const auto b = repo.add(backend(QStringLiteral("shared")), 0);
        const auto c = repo.add(backend(QStringLiteral("solo")), 0);
        QVERIFY(a.ok() && b.ok() && c.ok());
        SourcesView view(*m_engine);
        Answers answers;
        FakeSecrets secrets;
        view.setPrompter(&answers);
        view.setSecretWriter(&secrets);
        view.show();
        QTRY_COMPARE(view.sourceModel()->rowCount(), 3);
        QAction* remove = view.findChild<QAction*>(QStringLiteral("actionRemoveSource"));

        // Another source still names "shared": the secret stays.
        view.selectSource(*a);
        QTRY_COMPARE(view.selectedSourceId(), *a);
        remove->trigger();
        QTRY_COMPARE(view.sourceModel()->rowCount(), 2);
        QVERIFY(secrets.removed.isEmpty());
        // The last one: it goes.
        view.selectSource(*b);
        QTRY_COMPARE(view.selectedSourceId(), *b);
        remove->trigger();
        QTRY_COMPARE(secrets.removed, QStringList{QStringLiteral("shared")});
        QTRY_COMPARE(view.sourceModel()->rowCount(), 1);

        // A keychain that refuses: said so, and the source stays removed.
        secrets.fail = true;
        view.selectSource(*c);
        QTRY_COMPARE(view.selectedSourceId(), *c);
        remove->trigger();
        QTRY_VERIFY(secrets.removed.contains(QStringLiteral("solo")));
        QTRY_VERIFY(view.banner()->isError());
        QVERIFY2(view.banner()->text().contains(QLatin1String("still in the system keychain")),
                 qPrintable(view.banner()->text()));
        QVERIFY(view.banner()->text().contains(QLatin1String("keychain locked")));
        QVERIFY(repo.list()->isEmpty());
    }

    // A target's last malformed lines and how much of its page was mapped show under the
    // targets, for the selected target; the table has them too (column and tooltip).
    void theSelectedTargetShowsItsMalformedLinesAndMappedSeries()
    {
        QSqlDatabase c = m_engine->database().connection();
        QVERIFY(Database::exec(
                    c, QStringLiteral("INSERT INTO machines (name, address, pool_id, created_at) VALUES "
                                      "('mac1', '10.0.0.7', (SELECT id FROM pools LIMIT 1), 0), "
                                      "('mac2', '10.0.0.8', (SELECT id FROM pools LIMIT 1), 0)"))
                    .ok());
        SourceRepository repo(m_engine->sharedDatabase());
        Source s;
        s.url = QStringLiteral("http://{address}:9100/metrics");
        s.machine = QStringLiteral("mac1");
        auto id = repo.add(s, 0);
        QVERIFY(id.ok());
        PollOutcome o;
        o.target = PollTarget{*id, QStringLiteral("mac1"), QStringLiteral("10.0.0.7"), 9100};
        o.ok = true;
        o.parsed = true;
        o.series = 812;
        o.mapped = 0;
        o.malformed = 1;
        o.startedMs = QDateTime::currentMSecsSinceEpoch();
        o.malformedLines = {MalformedLine{17, QStringLiteral("duplicate label name"),
                                          QStringLiteral("node_x{a=\"1\",a=\"2\"} 3")}};
        QVERIFY(repo.record(o, HealthPolicy{}).ok());

        SourcesView view(*m_engine);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QAbstractItemModelTester tester(view.targetsModel(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_COMPARE(view.selectedSourceId(), *id);
        QTRY_COMPARE(view.targetsModel()->rowCount(), 1);
        QCOMPARE(view.targetsModel()->index(0, SourceTargetsModel::MappedColumn).data().toString(),
                 QStringLiteral("0 of 812"));
        // Nothing selected: the pane shows the first target.
        TargetDetailsPane* details = view.targetDetails();
        QVERIFY(details);
        QVERIFY(details->isVisible());
        QTRY_VERIFY2(details->toPlainText().contains(
                         QLatin1String("line 17: duplicate label name: node_x{a=\"1\",a=\"2\"} 3")),
                     qPrintable(details->toPlainText()));
        QVERIFY2(details->toPlainText().contains(QLatin1String("mac1: 0 of 812 series")),
                 qPrintable(details->toPlainText()));

        // The next answer is clean and maps: the pane follows the model's refresh.
        o.malformed = 0;
        o.malformedLines.clear();
        o.mapped = 41;
        o.startedMs += 60'000;
        QVERIFY(repo.record(o, HealthPolicy{}).ok());
        view.reload();
        QTRY_VERIFY2(details->toPlainText().contains(QLatin1String("41 of 812")),
                     qPrintable(details->toPlainText()));
        QVERIFY(details->toPlainText().contains(QLatin1String("No malformed lines")));
        view.targetTable()->selectRow(0);
        QCOMPARE(details->shownRow(), 0);
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<QTemporaryDir> m_db;
    std::unique_ptr<Engine> m_engine;
};

QTEST_MAIN(TestSourcesView)
#include "tst_sourcesview.moc"
