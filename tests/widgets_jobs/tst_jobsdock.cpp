#include "JobHistoryFixture.h"
#include "jobs/JobListModel.h"
#include "jobs/JobsDock.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace opsdeck;

class TestJobsDock : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TempDatabase> m_db;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<JobsDock> m_dock;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    test::JobHistory m_jobs;
    static constexpr qint64 now = 1'800'000'000'000;

private slots:
    void init()
    {
        m_db = std::make_unique<test::TempDatabase>();
        m_clock = std::make_unique<ManualClock>(now);
        // Job A two hours ago, job B ten minutes ago.
        m_jobs = test::fillJobHistory(m_db->db(), now - 2 * 3600 * 1000, now - 600 * 1000);
        m_dock = std::make_unique<JobsDock>(m_db->db(), *m_clock);
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_dock->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_dock->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_dock.get()));
        QSignalSpy loaded(m_dock->model(), &JobListModel::loaded);
        m_dock->reload();
        QVERIFY(loaded.wait(5000));
    }

    void cleanup()
    {
        m_tester.reset();
        m_dock.reset();
        m_clock.reset();
        m_db.reset();
    }

    void listsTheHistoryNewestFirst()
    {
        QCOMPARE(m_dock->model()->rowCount(), 2);
        QCOMPARE(m_dock->model()->jobAt(0)->id, m_jobs.okJob);
        QCOMPARE(m_dock->model()->jobAt(1)->id, m_jobs.failedJob);
        const QString hosts =
            m_dock->model()->data(m_dock->model()->index(1, JobListModel::HostsColumn)).toString();
        QVERIFY2(hosts.contains(QStringLiteral("1 ok")) && hosts.contains(QStringLiteral("1 failed")),
                 qPrintable(hosts));
    }

    void filtersByStateTextOperatorAndTime()
    {
        auto* state = m_dock->findChild<QComboBox*>(QStringLiteral("jobStateFilter"));
        auto* text = m_dock->findChild<QLineEdit*>(QStringLiteral("jobTextFilter"));
        auto* op = m_dock->findChild<QLineEdit*>(QStringLiteral("jobOperatorFilter"));
        auto* age = m_dock->findChild<QComboBox*>(QStringLiteral("jobAgeFilter"));
        QVERIFY(state && text && op && age);
        QSignalSpy loaded(m_dock->model(), &JobListModel::loaded);

        // Each change reloads off the GUI thread: wait for the rows that answer it.
        auto shows = [this](qint64 id) {
            return m_dock->model()->rowCount() == 1 && m_dock->model()->jobAt(0)->id == id;
        };
        state->setCurrentIndex(state->findData(int(JobState::Failed)));
        QTRY_VERIFY(shows(m_jobs.failedJob));
        state->setCurrentIndex(0);
        QTRY_COMPARE(m_dock->model()->rowCount(), 2);

        text->setText(QStringLiteral("API"));
        QTRY_VERIFY(shows(m_jobs.failedJob));
        text->clear();
        op->setText(QStringLiteral("Bob"));
        QTRY_VERIFY(shows(m_jobs.okJob));
        op->clear();
        QTRY_COMPARE(m_dock->model()->rowCount(), 2);

        age->setCurrentIndex(1); // last hour
        QTRY_VERIFY(shows(m_jobs.okJob));
        age->setCurrentIndex(2); // last 24 hours
        QTRY_COMPARE(m_dock->model()->rowCount(), 2);
        QVERIFY(loaded.size() >= 7);
    }

    void doubleClickOpensTheJob()
    {
        QSignalSpy open(m_dock.get(), &JobsDock::openRequested);
        m_dock->resize(900, 400);
        QTableView* table = m_dock->table();
        QTRY_VERIFY(table->viewport()->height() > 100);
        const QRect rect = table->visualRect(m_dock->model()->index(1, JobListModel::TargetColumn));
        QVERIFY(rect.isValid());
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, rect.center());
        QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, rect.center());
        QTRY_COMPARE(open.size(), 1);
        QCOMPARE(open.first().at(0).toLongLong(), m_jobs.failedJob);
    }

    void exportsAJobsOrAHostsLog()
    {
        QTemporaryDir dir;
        QSignalSpy done(m_dock.get(), &JobsDock::exportFinished);
        const QString whole = dir.filePath(QStringLiteral("job.log"));
        m_dock->exportLog(m_jobs.failedJob, QString(), whole);
        QVERIFY(done.wait(5000));
        QCOMPARE(done.last().at(0).toBool(), true);
        QFile f(whole);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(f.readAll());
        QVERIFY2(text.contains(QStringLiteral("== web1: ok, exit 0 ==")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("== web2: failed, exit 3")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("   up 3 days")));
        QVERIFY(text.contains(QStringLiteral(" ! boom")));

        const QString one = dir.filePath(QStringLiteral("web2.log"));
        m_dock->exportLog(m_jobs.failedJob, QStringLiteral("web2"), one);
        QVERIFY(done.wait(5000));
        QFile g(one);
        QVERIFY(g.open(QIODevice::ReadOnly));
        const QString hostText = QString::fromUtf8(g.readAll());
        QVERIFY(hostText.contains(QStringLiteral("boom")));
        QVERIFY(!hostText.contains(QStringLiteral("web1")));

        // A path that cannot be written: said, not lost.
        QSignalSpy status(m_dock.get(), &JobsDock::statusMessage);
        m_dock->exportLog(m_jobs.failedJob, QString(), dir.filePath(QStringLiteral("no/such/dir/job.log")));
        QVERIFY(done.wait(5000));
        QCOMPARE(done.last().at(0).toBool(), false);
        QCOMPARE(status.size(), 1);
        QVERIFY(status.first().at(0).toString().contains(QStringLiteral("Cannot")));
    }
};

QTEST_MAIN(TestJobsDock)
#include "tst_jobsdock.moc"
