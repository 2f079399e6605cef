// The window runs a command as a job on a worker thread, shows it live, lists it in the
// Jobs dock, reopens it from there and retries its failed hosts as a new job.

#include "MainWindow.h"
#include "TestSupport.h"
#include "engine/Engine.h"
#include "jobs/JobListModel.h"
#include "jobs/JobProgressModel.h"
#include "jobs/JobProgressView.h"
#include "jobs/JobsDock.h"

#include <QAction>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace opsdeck;

class TestMainWindowJobs : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        test::isolateSettings(m_dir.filePath(QStringLiteral("settings")),
                              QStringLiteral("tst_mainwindow_jobs"));
    }

    void runsACommandAsALiveJobAndRetriesIt()
    {
        Engine::Options options;
        options.startCollector = false;
        auto engine = Engine::start(m_dir.filePath(QStringLiteral("db.sqlite")), options);
        QVERIFY2(engine.ok(), engine.ok() ? "" : qPrintable(engine.error().message));
        MainWindow w(**engine);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.findChild<QAction*>(QStringLiteral("actionRunCommand")));

        quint16 port = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost));
            port = probe.serverPort();
        }
        w.runCommandOn(QStringLiteral("nobody@127.0.0.1:%1").arg(port), QStringLiteral("true"));
        QTRY_VERIFY(w.findChild<JobProgressView*>());
        JobProgressView* view = w.findChild<JobProgressView*>();
        QVERIFY(view->isWindow());
        QTRY_VERIFY_WITH_TIMEOUT(view->model()->jobFinished(), 30000);
        QTRY_COMPARE(view->model()->failedCount(), 1);
        QTRY_VERIFY(view->retryAction()->isEnabled());
        QVERIFY(!view->cancelAction()->isEnabled());
        const qint64 id = view->jobId();
        QVERIFY(id > 0);
        QTRY_COMPARE(w.jobsDock()->model()->rowCount(), 1);
        QCOMPARE(w.jobsDock()->model()->jobAt(0)->id, id);
        QCOMPARE(w.openJob(id), view); // one window per job

        view->retryAction()->trigger();
        QTRY_COMPARE(w.findChildren<JobProgressView*>().size(), 2);
        QTRY_COMPARE_WITH_TIMEOUT(w.jobsDock()->model()->rowCount(), 2, 30000);
        QTRY_VERIFY(w.jobsDock()->model()->jobAt(0)->retryOf == std::optional<qint64>(id));

        // Nothing to run on: said in the status bar.
        w.runCommandOn(QStringLiteral(" , "), QStringLiteral("true"));
        QTRY_VERIFY(w.statusBar()->currentMessage().contains(QStringLiteral("Cannot run")));
    }
};

QTEST_MAIN(TestMainWindowJobs)
#include "tst_mainwindow_jobs.moc"
