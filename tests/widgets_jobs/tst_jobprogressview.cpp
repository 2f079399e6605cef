#include "JobHistoryFixture.h"
#include "jobs/JobProgressModel.h"
#include "jobs/JobProgressView.h"
#include "jobs/JobSession.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTest>
#include <memory>

using namespace opsdeck;

class TestJobProgressView : public QObject
{
    Q_OBJECT

private slots:
    void aFinishedJobOpensReadOnlyWithItsOutput()
    {
        test::TempDatabase db;
        const auto jobs = test::fillJobHistory(db.db(), 1'700'000'000'000, 1'700'000'100'000);
        JobProgressView view(db.db());
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QSignalSpy loaded(&view, &JobProgressView::loaded);
        QSignalSpy output(&view, &JobProgressView::outputLoaded);
        view.openJob(jobs.failedJob);
        QVERIFY(loaded.wait(5000));
        QCOMPARE(view.model()->rowCount(), 2);
        QCOMPARE(view.model()->okCount(), 1);
        QCOMPARE(view.model()->failedCount(), 1);
        auto* counts = view.findChild<QLabel*>(QStringLiteral("jobCounts"));
        QVERIFY(counts && counts->text().contains(QStringLiteral("1 failed")));
        // History: nothing to pause or cancel; the failed host can be retried.
        QVERIFY(!view.pauseAction()->isEnabled());
        QVERIFY(!view.resumeAction()->isEnabled());
        QVERIFY(!view.cancelAction()->isEnabled());
        QVERIFY(view.retryAction()->isEnabled());
        QSignalSpy retry(&view, &JobProgressView::retryFailedRequested);
        view.retryAction()->trigger();
        QCOMPARE(retry.size(), 1);
        QCOMPARE(retry.first().at(0).toLongLong(), jobs.failedJob);

        if (output.isEmpty()) // the first host is selected on load
            QVERIFY(output.wait(5000));
        QVERIFY(view.outputPane()->toPlainText().contains(QStringLiteral("up 3 days")));
        view.selectHost(QStringLiteral("web2"));
        QVERIFY(output.wait(5000));
        const QString text = view.outputPane()->toPlainText();
        QVERIFY2(text.contains(QStringLiteral(" ! boom")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("   starting")));
        QVERIFY(!text.contains(QStringLiteral("up 3 days")));

        // Search, then copy what was found; with nothing selected, the whole pane.
        QVERIFY(view.findNext(QStringLiteral("boom")));
        view.copyOutput();
        QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("boom"));
        QVERIFY(view.findNext(QStringLiteral("boom"))); // wraps around
        QVERIFY(!view.findNext(QStringLiteral("not there")));
        QTextCursor c = view.outputPane()->textCursor();
        c.clearSelection();
        view.outputPane()->setTextCursor(c);
        view.copyOutput();
        QCOMPARE(QGuiApplication::clipboard()->text(), view.outputPane()->toPlainText());

        // An Ok job has nothing to retry.
        JobProgressView okView(db.db());
        QSignalSpy okLoaded(&okView, &JobProgressView::loaded);
        okView.openJob(jobs.okJob);
        QVERIFY(okLoaded.wait(5000));
        QVERIFY(!okView.retryAction()->isEnabled());
    }

    void aLiveJobsButtonsFollowItsState()
    {
        test::TempDatabase db;
        JobSession session(db.db()); // never started: the calls below stand for its runner
        JobProgressView view(db.db());
        view.attachSession(&session);
        QVERIFY(view.pauseAction()->isEnabled());
        QVERIFY(!view.resumeAction()->isEnabled());
        QVERIFY(view.cancelAction()->isEnabled());
        QVERIFY(!view.retryAction()->isEnabled());

        view.pauseAction()->trigger();
        QTRY_VERIFY(view.resumeAction()->isEnabled());
        QVERIFY(!view.pauseAction()->isEnabled());
        QVERIFY(view.cancelAction()->isEnabled());
        view.resumeAction()->trigger();
        QTRY_VERIFY(view.pauseAction()->isEnabled());
        QVERIFY(!view.resumeAction()->isEnabled());

        // Hosts stream in; the selected host's lines reach the pane.
        view.model()->onHostStep(QStringLiteral("web1"), QStringLiteral("command"));
        QTRY_COMPARE(view.model()->rowCount(), 1);
        view.selectHost(QStringLiteral("web1"));
        view.model()->onOutput(QStringLiteral("web1"), ssh::SshStream::Stdout, "hello\nworld\n");
        QTRY_VERIFY(view.outputPane()->toPlainText().contains(QStringLiteral("world")));
        view.model()->onHostFinished(QStringLiteral("web1"), HostState::Failed, 1, QStringLiteral("exit 1"),
                                     ssh::SshFailure::None);
        view.model()->onJobFinished(JobState::Failed, QString());
        QTRY_VERIFY(!view.cancelAction()->isEnabled());
        QVERIFY(!view.pauseAction()->isEnabled());
        QVERIFY(!view.resumeAction()->isEnabled());
        QVERIFY(view.retryAction()->isEnabled());
    }

    void shortcutsAreDistinct()
    {
        test::TempDatabase db;
        JobProgressView view(db.db());
        QSet<QString> keys;
        for (QAction* a : view.actions()) {
            QVERIFY2(!a->shortcut().isEmpty(), qPrintable(a->objectName()));
            QVERIFY2(!keys.contains(a->shortcut().toString()), qPrintable(a->objectName()));
            keys.insert(a->shortcut().toString());
            QCOMPARE(a->shortcutContext(), Qt::WidgetWithChildrenShortcut);
        }
        QVERIFY(keys.size() >= 4);
    }
};

QTEST_MAIN(TestJobProgressView)
#include "tst_jobprogressview.moc"
