// The window's jobs against a real sshd (tests/integration/scripts/sshd.sh; each loopback
// address is a host), offscreen: the host-key dialog before a job (accept writes
// Opsdeck's known_hosts and the job runs; refuse runs nothing; a changed key is only
// shown), Run Again, Save as Template and running it, the Deploy dialog (its refusal
// kept in the dialog, then a deploy), Retry Failed of a deploy, and Open Terminal with a
// fake $TERMINAL that writes its arguments to a file.

#include "../deploy/PackageBuilder.h"
#include "MainWindow.h"
#include "RealServer.h"
#include "TestSupport.h"
#include "engine/Engine.h"
#include "fleet/FleetDock.h"
#include "inventory/InventoryView.h"
#include "inventory/MachineTablePanel.h"
#include "jobs/CommandJob.h"
#include "jobs/DeployDialog.h"
#include "jobs/HostKeyDialog.h"
#include "jobs/HostKeyGate.h"
#include "jobs/JobListModel.h"
#include "jobs/JobProgressModel.h"
#include "jobs/JobProgressView.h"
#include "jobs/JobSession.h"
#include "jobs/JobStore.h"
#include "jobs/JobsDock.h"
#include "ssh/KnownHostsStore.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QFile>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>
#include <QTreeWidget>
#include <sys/stat.h>

using namespace opsdeck;
using opsdeck::test::RealServer;
using opsdeck::test::runCli;

namespace {

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestWindowJobs : public QObject
{
    Q_OBJECT

    std::unique_ptr<RealServer> m_sshd;
    QTemporaryDir m_home;
    quint16 m_port = 0;
    QString m_user;
    std::unique_ptr<Engine> m_engine;
    std::unique_ptr<MainWindow> m_window;

    void ok(const QStringList& args)
    {
        const auto r = runCli(args);
        QVERIFY2(r.exitCode == 0,
                 qPrintable(args.join(QLatin1Char(' ')) + QStringLiteral(": ") + QString::fromUtf8(r.err)));
    }

    QString hostKeyName(int last) const { return QStringLiteral("[127.0.0.%1]:%2").arg(last).arg(m_port); }

    int viewCount() const { return int(m_window->findChildren<JobProgressView*>().size()); }

    // The newest progress view once its job has ended; null on a timeout.
    JobProgressView* waitForNewJob(int viewsBefore)
    {
        if (!QTest::qWaitFor([&] { return viewCount() == viewsBefore + 1; }, 30000))
            return nullptr;
        JobProgressView* view = m_window->findChildren<JobProgressView*>().last();
        return QTest::qWaitFor([&] { return view->model()->jobFinished() && view->jobId() > 0; }, 60000)
                   ? view
                   : nullptr;
    }

    // The host-key dialog once it is shown; null on a timeout.
    HostKeyDialog* waitForDialog()
    {
        HostKeyGate* gate = m_window->hostKeyGate();
        return QTest::qWaitFor([&] { return gate->dialog() && gate->dialog()->isVisible(); }, 30000)
                   ? gate->dialog()
                   : nullptr;
    }

    Result<Job> job(qint64 id) const { return JobStore(m_engine->sharedDatabase()).get(id); }

private slots:
    void initTestCase()
    {
        m_port = opsdeck::test::freeTcpPort();
        m_sshd =
            std::make_unique<RealServer>(QStringLiteral("sshd.sh"), QStringList{QString::number(m_port)});
        OPSDECK_REQUIRE_SERVER(*m_sshd);
        QVERIFY(opsdeck::test::prepareSshClientHome(*m_sshd, m_home.path()));
        test::isolateSettings(m_home.filePath(QStringLiteral("settings")), QStringLiteral("tst_window_jobs"));
        m_user = m_sshd->reported(QStringLiteral("USER"));
        ok({QStringLiteral("tree"), QStringLiteral("add"), QStringLiteral("shop/app"),
            QStringLiteral("--kind"), QStringLiteral("service")});
        QStringList names;
        for (int i = 71; i <= 73; ++i) {
            names << QStringLiteral("w%1").arg(i);
            ok({QStringLiteral("machine"), QStringLiteral("add"), names.last(), QStringLiteral("--address"),
                QStringLiteral("127.0.0.%1").arg(i), QStringLiteral("--port"), QString::number(m_port),
                QStringLiteral("--user"), m_user});
        }
        for (const char* event : {"init", "online"})
            ok(QStringList{QStringLiteral("machine"), QStringLiteral("transition")} + names +
               QStringList{QString::fromLatin1(event)});
        for (const QString& m : {QStringLiteral("w71"), QStringLiteral("w72")})
            ok({QStringLiteral("unit"), QStringLiteral("add"), QStringLiteral("shop/app"),
                QStringLiteral("--machine"), m, QStringLiteral("--port"), QStringLiteral("7000")});
        ok({QStringLiteral("service"), QStringLiteral("set"), QStringLiteral("shop/app"),
            QStringLiteral("--deploy-root"), m_home.filePath(QStringLiteral("hosts/{machine}"))});

        Engine::Options options;
        options.startCollector = false;
        options.startPolling = false;
        auto engine = Engine::start(QString::fromLocal8Bit(qgetenv("OPSDECK_DB")), options);
        QVERIFY2(engine.ok(), engine.ok() ? "" : qPrintable(engine.error().message));
        m_engine = std::move(*engine);
        m_window = std::make_unique<MainWindow>(*m_engine);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        new QAbstractItemModelTester(m_window->jobsDock()->model(),
                                     QAbstractItemModelTester::FailureReportingMode::QtTest, this);
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_engine.reset();
    }

    // An unknown key: the dialog shows its SHA256 fingerprint; Refuse starts nothing.
    void refusingAnUnknownKeyRunsNothing()
    {
        const int views = viewCount();
        m_window->runCommandOn(QStringLiteral("w73"), QStringLiteral("echo refused"));
        HostKeyDialog* dialog = waitForDialog();
        QVERIFY(dialog);
        QCOMPARE(dialog->hostList()->topLevelItemCount(), 1);
        QVERIFY(dialog->hostList()->topLevelItem(0)->text(2).startsWith(QStringLiteral("SHA256:")));
        QVERIFY(dialog->acceptButton()->isVisible());
        dialog->refuseButton()->click();
        QTRY_VERIFY(m_window->statusBar()->currentMessage().contains(QStringLiteral("Not started")));
        QCOMPARE(viewCount(), views);
        QVERIFY(!readAll(ssh::KnownHostsStore::defaultStore().ownFile()).contains(hostKeyName(73).toUtf8()));
    }

    // Accept writes the key to Opsdeck's known_hosts, then the job runs.
    void acceptingAnUnknownKeyWritesItAndRuns()
    {
        const int views = viewCount();
        m_window->runCommandOn(QStringLiteral("w71"), QStringLiteral("echo accepted"));
        HostKeyDialog* dialog = waitForDialog();
        QVERIFY(dialog);
        const QString fingerprint = dialog->hostList()->topLevelItem(0)->text(2);
        QVERIFY(fingerprint.startsWith(QStringLiteral("SHA256:")));
        dialog->acceptButton()->click();
        JobProgressView* view = waitForNewJob(views);
        QVERIFY(view);
        QCOMPARE(view->model()->jobState(), std::optional<JobState>(JobState::Ok));
        QCOMPARE(view->model()->okCount(), 1);
        QVERIFY(readAll(ssh::KnownHostsStore::defaultStore().ownFile()).contains(hostKeyName(71).toUtf8()));
    }

    // Run Again: a new job of the same kind and target; the key is known now, no dialog.
    void runAgainMakesANewJobOfTheSameKindAndTarget()
    {
        QTRY_VERIFY(m_window->jobsDock()->model()->rowCount() >= 1);
        const Job* last = m_window->jobsDock()->model()->jobAt(0);
        QVERIFY(last);
        const qint64 id = last->id;
        const int views = viewCount();
        m_window->jobsDock()->table()->selectRow(0);
        m_window->jobsDock()->findChild<QAction*>(QStringLiteral("actionRunJobAgain"))->trigger();
        JobProgressView* view = waitForNewJob(views);
        QVERIFY(view);
        QVERIFY(view->jobId() > id);
        auto again = job(view->jobId());
        QVERIFY(again.ok());
        auto first = job(id);
        QCOMPARE(again->kind, first->kind);
        QCOMPARE(again->target, first->target);
        QCOMPARE(again->state, JobState::Ok);
        QVERIFY(!m_window->hostKeyGate()->dialog());
    }

    void saveAsTemplateAndRunIt()
    {
        JobsDock* dock = m_window->jobsDock();
        QTRY_VERIFY(dock->model()->rowCount() >= 1);
        const qint64 id = dock->model()->jobAt(0)->id;
        QSignalSpy loaded(dock, &JobsDock::templatesLoaded);
        QSignalSpy saved(dock, &JobsDock::templateSaved);
        dock->saveTemplate(id, QStringLiteral("greet"));
        QVERIFY(saved.wait(10000));
        QTRY_VERIFY(dock->templateNames().contains(QStringLiteral("greet")));
        QAction* run = dock->templatesMenu()->findChild<QAction*>(QStringLiteral("template:greet"));
        QVERIFY(run);
        const int views = viewCount();
        run->trigger();
        JobProgressView* view = waitForNewJob(views);
        QVERIFY(view);
        auto ran = job(view->jobId());
        QVERIFY(ran.ok());
        QCOMPARE(ran->target, job(id)->target);
        QCOMPARE(ran->options.value(QStringLiteral("command")).toString(), QStringLiteral("echo accepted"));

        dock->saveTemplate(999999, QStringLiteral("nothing"));
        QTRY_VERIFY(m_window->statusBar()->currentMessage().contains(QStringLiteral("Cannot save")));
    }

    // The Deploy dialog: a refusal stays in the dialog with what was typed; then a deploy
    // whose start hook fails on w72 (its key unknown: accepted), and Retry Failed re-runs
    // only that unit.
    void deployFromTheDialogAndRetryTheFailedUnit()
    {
        auto* dialog = qobject_cast<DeployDialog*>(m_window->showDeployDialog());
        QVERIFY(dialog);
        dialog->setServicePath(QStringLiteral("shop/app"));
        dialog->setPackageFile(m_home.filePath(QStringLiteral("missing.tar.gz")));
        QSignalSpy checked(dialog, &DeployDialog::checked);
        dialog->submit();
        QVERIFY(checked.wait(10000));
        QCOMPARE(checked.last().first().toBool(), false);
        QVERIFY2(dialog->errorText().startsWith(QStringLiteral("Cannot deploy")),
                 qPrintable(dialog->errorText()));
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->servicePath(), QStringLiteral("shop/app"));

        const QString pkg = m_home.filePath(QStringLiteral("app.tar.gz"));
        QFile f(pkg);
        const QByteArray bytes = opsdeck::test::hookPackage(QStringLiteral(
            R"(#!/bin/sh\ncase $OPSDECK_MACHINE in w72) [ -e ../../fixed ] || exit 6;; esac\necho up\n)"));
        QVERIFY(!bytes.isEmpty() && f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size());
        f.close();
        dialog->setPackageFile(pkg);
        dialog->findChild<QLineEdit*>(QStringLiteral("deployRelease"))->setText(QStringLiteral("d1"));
        QCOMPARE(dialog->options().value(QStringLiteral("release")).toString(), QStringLiteral("d1"));
        const int views = viewCount();
        dialog->submit();
        HostKeyDialog* keys = waitForDialog(); // w72's key is new
        QVERIFY(keys);
        QCOMPARE(keys->hostList()->topLevelItemCount(), 1);
        QVERIFY(keys->hostList()->topLevelItem(0)->text(0).contains(QStringLiteral("w72")));
        keys->acceptButton()->click();
        JobProgressView* view = waitForNewJob(views);
        QVERIFY(view);
        QCOMPARE(view->model()->failedCount(), 1);
        QCOMPARE(view->model()->okCount(), 1);
        const qint64 deployId = view->jobId();
        QCOMPARE(job(deployId)->kind, JobKind::Deploy);

        // Retry Failed (from the progress view, as from the dock): only w72.
        QFile fixed(m_home.filePath(QStringLiteral("hosts/w72/app_7000/fixed")));
        QVERIFY(fixed.open(QIODevice::WriteOnly));
        fixed.close();
        QTRY_VERIFY(view->retryAction()->isEnabled());
        view->retryAction()->trigger();
        JobProgressView* retry = waitForNewJob(views + 1);
        QVERIFY(retry);
        auto retried = job(retry->jobId());
        QVERIFY(retried.ok());
        QCOMPARE(retried->kind, JobKind::Deploy);
        QCOMPARE(retried->retryOf, std::optional<qint64>(deployId));
        QCOMPARE(retried->hosts.size(), 1);
        QVERIFY(retried->hosts.first().machine.startsWith(QStringLiteral("w72")));
        QCOMPARE(retried->state, JobState::Ok);
    }

    // A changed key is shown with the old and the new fingerprints and where the old one
    // is, and cannot be accepted: nothing runs.
    void aChangedKeyIsOnlyShown()
    {
        const QString own = ssh::KnownHostsStore::defaultStore().ownFile();
        QFile f(own);
        QVERIFY(f.open(QIODevice::Append));
        // Some other ed25519 key for w73's address.
        f.write(hostKeyName(73).toUtf8() +
                " ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAICRaeDRxTC0jsjt4AXq0pBZhmrJCysvXTWNTB8MRmh3E\n");
        f.close();
        const int views = viewCount();
        m_window->statusBar()->clearMessage();
        m_window->runCommandOn(QStringLiteral("w73"), QStringLiteral("echo never"));
        HostKeyDialog* dialog = waitForDialog();
        QVERIFY(dialog);
        QVERIFY(!dialog->acceptButton()->isVisible());
        const QTreeWidgetItem* item = dialog->hostList()->topLevelItem(0);
        QVERIFY2(item->text(3).contains(QStringLiteral("CHANGED")) && item->text(3).contains(own),
                 qPrintable(item->text(3)));
        QVERIFY(item->text(2).contains(QStringLiteral("was SHA256:")));
        dialog->refuseButton()->click();
        QTRY_VERIFY(m_window->statusBar()->currentMessage().contains(QStringLiteral("Not started")));
        QCOMPARE(viewCount(), views);
    }

    // The runner's pause and resume reach the progress model (not only the view's own
    // buttons): JobRunner::pausedChanged through the session.
    void aPauseFromTheRunnerReachesTheModel()
    {
        // Each host waits for a line on a FIFO, so the job is still running when paused.
        const QString fifo = m_home.filePath(QStringLiteral("go.fifo"));
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        auto db = m_engine->sharedDatabase();
        auto plan =
            planCommandJob(db, QStringLiteral("w71,w72"), QStringLiteral("read line < '%1'").arg(fifo));
        QVERIFY(plan.ok());
        plan->options.rollout.parallel = 1;
        JobSession session(db);
        JobProgressModel model;
        model.attach(&session);
        QSignalSpy started(&session, &JobSession::started);
        QSignalSpy paused(&session, &JobSession::pausedChanged);
        QSignalSpy finished(&session, &JobSession::finished);
        session.start(plan->spec, plan->hosts, plan->options);
        QVERIFY(started.wait(10000));
        session.pause();
        QVERIFY(paused.wait(10000));
        QCOMPARE(paused.last().first().toBool(), true);
        QTRY_COMPARE(model.jobState(), std::optional<JobState>(JobState::Paused));
        session.resume();
        QTRY_COMPARE(paused.size(), 2);
        QCOMPARE(paused.last().first().toBool(), false);
        QTRY_COMPARE(model.jobState(), std::optional<JobState>(JobState::Running));
        // A line for each host in turn (parallel 1): the next only once the first is done,
        // as a FIFO's data goes when its last reader closes.
        auto release = [&fifo]() {
            // The open waits for the host's reader (at most 20 s: a lost host fails the test).
            return QProcess::execute(QStringLiteral("timeout"),
                                     {QStringLiteral("20"), QStringLiteral("sh"), QStringLiteral("-c"),
                                      QStringLiteral("echo go > \"$1\""), QStringLiteral("sh"), fifo});
        };
        QCOMPARE(release(), 0);
        QTRY_COMPARE_WITH_TIMEOUT(model.okCount(), 1, 20000);
        QCOMPARE(release(), 0);
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.first().first().value<JobState>(), JobState::Ok);
    }

    // Open Terminal: the host key is known (accepted above), so $TERMINAL starts at once
    // with OpenSSH's ssh to the machine.
    void openTerminalStartsSshInTheTerminal()
    {
        const QString out = m_home.filePath(QStringLiteral("terminal.args"));
        const QString script = m_home.filePath(QStringLiteral("fake-terminal"));
        QFile s(script);
        QVERIFY(s.open(QIODevice::WriteOnly));
        s.write(QStringLiteral("#!/bin/sh\nprintf '%s\\n' \"$@\" > '%1.tmp' && mv '%1.tmp' '%1'\n")
                    .arg(out)
                    .toUtf8());
        s.close();
        QVERIFY(s.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
        qputenv("TERMINAL", script.toUtf8());
        m_window->openTerminal(QStringLiteral("w71"));
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(out), 20000);
        const QStringList args = QString::fromUtf8(readAll(out)).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(args.value(0), QStringLiteral("-e"));
        QCOMPARE(args.value(1), QStringLiteral("ssh"));
        QVERIFY(args.contains(QString::number(m_port)));
        QVERIFY(args.contains(QStringLiteral("StrictHostKeyChecking=yes")));
        QCOMPARE(args.last(), m_user + QStringLiteral("@127.0.0.71"));

        // Jobs > Open Terminal (Ctrl+T; also in the fleet list's and the machine table's
        // context menus) on the machine selected in the inventory tab.
        QAction* action = m_window->findChild<QAction*>(QStringLiteral("actionOpenTerminal"));
        QVERIFY(action);
        QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_T));
        QVERIFY(m_window->fleetDock()->treeView()->actions().contains(action));
        m_window->centreTabs()->setCurrentWidget(m_window->findChild<InventoryView*>());
        MachineTablePanel* table = m_window->findChild<MachineTablePanel*>();
        QVERIFY(table);
        QTRY_VERIFY_WITH_TIMEOUT((table->selectNames({QStringLiteral("w72")}),
                                  table->selectedNames() == QStringList{QStringLiteral("w72")}),
                                 10000);
        m_window->centreTabs()->setCurrentWidget(m_window->findChild<InventoryView*>());
        QFile::remove(out);
        action->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(out), 20000);
        QVERIFY(readAll(out).endsWith((m_user + QStringLiteral("@127.0.0.72\n")).toUtf8()));

        // A terminal that cannot start is said in the status bar.
        m_window->statusBar()->clearMessage();
        qputenv("TERMINAL", m_home.filePath(QStringLiteral("no-such-terminal")).toUtf8());
        m_window->openTerminal(QStringLiteral("w71"));
        QTRY_VERIFY_WITH_TIMEOUT(
            m_window->statusBar()->currentMessage().contains(QStringLiteral("Cannot start")), 20000);
        // A host that cannot be reached: no terminal, the status bar says why.
        QFile::remove(out);
        m_window->statusBar()->clearMessage();
        qputenv("TERMINAL", script.toUtf8());
        m_window->openTerminal(QStringLiteral("nobody@127.0.0.1:%1").arg(opsdeck::test::freeTcpPort()));
        QTRY_VERIFY_WITH_TIMEOUT(
            m_window->statusBar()->currentMessage().contains(QStringLiteral("Not started")), 20000);
        QVERIFY(!QFile::exists(out));
    }

    // The machine table's context action with nothing selected: every machine its filter
    // shows is a target (w71 only here; its key is known from the test above).
    void runOnTheMachinesTheFilterShows()
    {
        MachineTablePanel* panel = m_window->findChild<InventoryView*>()->machinePanel();
        panel->filterEdit()->setText(QStringLiteral("w71"));
        QTRY_COMPARE(panel->shownNames(), QStringList{QStringLiteral("w71")});
        panel->selectNames({});
        auto* action = m_window->findChild<QAction*>(QStringLiteral("actionRunOnMachines"));
        QVERIFY(action);
        const int views = viewCount();
        QString asked;
        QTimer operatorHand;
        connect(&operatorHand, &QTimer::timeout, this, [&] {
            auto* input = qobject_cast<QInputDialog*>(QApplication::activeModalWidget());
            if (!input)
                return;
            asked = input->labelText();
            input->setTextValue(QStringLiteral("echo filtered"));
            input->accept();
        });
        operatorHand.start(20);
        action->trigger(); // the command dialog is modal: the timer answers it
        operatorHand.stop();
        QVERIFY2(asked.contains(QStringLiteral("1 machine")), qPrintable(asked));
        JobProgressView* view = waitForNewJob(views);
        QVERIFY(view);
        QCOMPARE(view->model()->okCount(), 1);
        const auto j = job(view->jobId());
        QVERIFY(j.ok());
        QCOMPARE(j->target, QStringLiteral("w71"));
        panel->filterEdit()->clear();
    }
};

QTEST_MAIN(TestWindowJobs)
#include "tst_window_jobs.moc"
