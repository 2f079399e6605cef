#include "TestSupport.h"
#include "jobs/JobProgressModel.h"

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QSignalSpy>
#include <QTest>
#include <memory>

using namespace opsdeck;

namespace {

Job runningJob(const QStringList& machines)
{
    Job job;
    job.id = 7;
    job.state = JobState::Running;
    int position = 0;
    for (const QString& m : machines) {
        JobHost h;
        h.machine = m;
        h.position = position;
        h.batch = position == 0 ? 0 : 1;
        ++position;
        job.hosts << h;
    }
    return job;
}

} // namespace

class TestJobProgressModel : public QObject
{
    Q_OBJECT

    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<JobProgressModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;

private slots:
    void init()
    {
        m_clock = std::make_unique<ManualClock>(1'000'000);
        m_model = std::make_unique<JobProgressModel>(*m_clock);
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    }

    void cleanup()
    {
        m_tester.reset();
        m_model.reset();
        m_clock.reset();
    }

    void tenThousandOutputCallsAreAHandfulOfUpdates()
    {
        m_model->setJob(runningJob({QStringLiteral("web1"), QStringLiteral("web2"), QStringLiteral("web3")}));
        m_model->setSelectedHost(QStringLiteral("web2"));
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        QSignalSpy appended(m_model.get(), &JobProgressModel::outputAppended);
        QSignalSpy flushed(m_model.get(), &JobProgressModel::flushed);
        for (const char* h : {"web1", "web2", "web3"})
            m_model->onHostStep(QLatin1String(h), QStringLiteral("command"));
        for (int i = 0; i < 10000; ++i) {
            const QString host = i % 2 ? QStringLiteral("web2") : QStringLiteral("web1");
            m_model->onOutput(host, ssh::SshStream::Stdout,
                              QByteArray("line ") + QByteArray::number(i) + '\n');
            if (i % 100 == 0)
                m_model->onUploadProgress(QStringLiteral("web3"), i, 10000);
        }
        QVERIFY(flushed.wait(5000));
        QVERIFY2(changed.size() <= 3, qPrintable(QString::number(changed.size())));
        QVERIFY(changed.size() >= 1);
        // The three rows are adjacent: one dataChanged covers them.
        QCOMPARE(changed.first().at(0).toModelIndex().row(), 0);
        QCOMPARE(changed.first().at(1).toModelIndex().row(), 2);
        QCOMPARE(appended.size(), 1);
        QCOMPARE(m_model->outputTail().size(), 5000); // web2's lines only
        QVERIFY(m_model->outputTail().last().endsWith(QStringLiteral("line 9999")));
        QCOMPARE(m_model->data(m_model->index(2, JobProgressModel::UploadColumn)).toString(),
                 QStringLiteral("99%"));
        QCOMPARE(m_model->data(m_model->index(0, JobProgressModel::StepColumn)).toString(),
                 QStringLiteral("command"));
        QCOMPARE(m_model->runningCount(), 3);
    }

    void theTailIsBounded()
    {
        m_model->setJob(runningJob({QStringLiteral("web1")}));
        m_model->setSelectedHost(QStringLiteral("web1"));
        QSignalSpy flushed(m_model.get(), &JobProgressModel::flushed);
        QByteArray many;
        for (int i = 0; i < JobProgressModel::maxTailLines() + 500; ++i)
            many += "x " + QByteArray::number(i) + '\n';
        m_model->onOutput(QStringLiteral("web1"), ssh::SshStream::Stderr, many);
        m_model->onOutput(QStringLiteral("web1"), ssh::SshStream::Stderr, "no newline yet");
        QVERIFY(flushed.wait(5000));
        QCOMPARE(m_model->outputTail().size(), JobProgressModel::maxTailLines());
        QVERIFY(m_model->outputTail().first().contains(QStringLiteral(" ! x 500")));
        // The unfinished line waits for its end.
        m_model->onOutput(QStringLiteral("web1"), ssh::SshStream::Stderr, " - now\n");
        QVERIFY(flushed.wait(5000));
        QVERIFY(m_model->outputTail().last().endsWith(QStringLiteral("no newline yet - now")));
        // Another host's output is not kept here.
        m_model->onOutput(QStringLiteral("other"), ssh::SshStream::Stdout, "elsewhere\n");
        QVERIFY(!m_model->outputTail().last().contains(QStringLiteral("elsewhere")));
    }

    void countsAndEtaFollowTheHosts()
    {
        const QStringList hosts{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"),
                                QStringLiteral("d")};
        m_model->setJob(runningJob(hosts));
        QCOMPARE(m_model->pendingCount(), 4);
        QVERIFY(!m_model->etaMs());
        QSignalSpy counts(m_model.get(), &JobProgressModel::countsChanged);
        QSignalSpy flushed(m_model.get(), &JobProgressModel::flushed);
        m_model->onHostStep(QStringLiteral("a"), QStringLiteral("connect"));
        m_model->onHostStep(QStringLiteral("b"), QStringLiteral("connect"));
        QVERIFY(flushed.wait(5000));
        QCOMPARE(m_model->runningCount(), 2);
        QCOMPARE(m_model->pendingCount(), 2);
        m_clock->advanceSecs(10);
        m_model->onHostFinished(QStringLiteral("a"), HostState::Ok, 0, QString(), ssh::SshFailure::None);
        QVERIFY(flushed.wait(5000));
        m_clock->advanceSecs(10);
        m_model->onHostFinished(QStringLiteral("b"), HostState::Failed, 2, QStringLiteral("exit 2"),
                                ssh::SshFailure::None);
        m_model->onHostStep(QStringLiteral("c"), QStringLiteral("connect"));
        QVERIFY(flushed.wait(5000));
        QCOMPARE(m_model->okCount(), 1);
        QCOMPARE(m_model->failedCount(), 1);
        QCOMPARE(m_model->runningCount(), 1);
        QCOMPARE(m_model->pendingCount(), 1);
        QCOMPARE(m_model->fraction(), 0.5);
        // Mean of 10 s and 20 s, two hosts left, one at a time.
        QCOMPARE(m_model->etaMs(), std::optional<qint64>(30'000));
        QVERIFY(counts.size() >= 3);
        QCOMPARE(m_model->data(m_model->index(1, JobProgressModel::ExitColumn)).toString(),
                 QStringLiteral("2"));
        QCOMPARE(m_model->data(m_model->index(1, JobProgressModel::ElapsedColumn)).toString(),
                 QStringLiteral("0:20"));
        QCOMPARE(m_model->data(m_model->index(1, 0), JobProgressModel::HostStateRole).toInt(),
                 int(HostState::Failed));
        QVERIFY(m_model->data(m_model->index(1, 0), JobProgressModel::StatusIconRole).isValid());
        QCOMPARE(m_model->data(m_model->index(1, 0), Qt::ToolTipRole).toString(), QStringLiteral("exit 2"));
        QCOMPARE(m_model->data(m_model->index(0, JobProgressModel::BatchColumn)).toString(),
                 QStringLiteral("canary"));

        m_model->onJobFinished(JobState::Failed, QStringLiteral("stopped"));
        QVERIFY(flushed.wait(5000));
        QVERIFY(m_model->jobFinished());
        QVERIFY(!m_model->etaMs());
    }

    void hostsNotInThePlanBecomeRows()
    {
        QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
        QSignalSpy flushed(m_model.get(), &JobProgressModel::flushed);
        for (int i = 0; i < 500; ++i)
            m_model->onHostStep(QStringLiteral("host%1").arg(i), QStringLiteral("connect"));
        QVERIFY(flushed.wait(5000));
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(m_model->rowCount(), 500);
        QCOMPARE(m_model->machineAt(499), QStringLiteral("host499"));
        QCOMPARE(m_model->runningCount(), 500);
    }

    void aStaleReadOfTheStoreDoesNotUndoLiveProgress()
    {
        QSignalSpy flushed(m_model.get(), &JobProgressModel::flushed);
        m_model->onHostStep(QStringLiteral("a"), QStringLiteral("command"));
        m_model->onHostStep(QStringLiteral("b"), QStringLiteral("command"));
        m_model->onHostFinished(QStringLiteral("a"), HostState::Ok, 0, QString(), ssh::SshFailure::None);
        QVERIFY(flushed.wait(5000));
        // The store was read when both hosts were still running.
        Job stale = runningJob({QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")});
        stale.hosts[0].state = HostState::Running;
        stale.hosts[1].state = HostState::Running;
        m_model->setJob(stale);
        QCOMPARE(m_model->rowCount(), 3);
        QCOMPARE(m_model->stateAt(0), std::optional<HostState>(HostState::Ok));
        QCOMPARE(m_model->stateAt(1), std::optional<HostState>(HostState::Running));
        QCOMPARE(m_model->stateAt(2), std::optional<HostState>(HostState::Pending));
        QCOMPARE(m_model->data(m_model->index(1, JobProgressModel::BatchColumn)).toString(),
                 QStringLiteral("1"));
        QCOMPARE(m_model->okCount(), 1);
        QCOMPARE(m_model->pendingCount(), 1);
    }

    void storedOutputKeepsItsTimesAndStreams()
    {
        m_model->setJob(runningJob({QStringLiteral("web1")}));
        m_model->setSelectedHost(QStringLiteral("web1"));
        QSignalSpy reset(m_model.get(), &JobProgressModel::outputReset);
        const qint64 at = QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5, 6)).toMSecsSinceEpoch();
        m_model->setStoredOutput({{QStringLiteral("web1"), OutputStream::Stdout, at, "one\ntw"},
                                  {QStringLiteral("web1"), OutputStream::Stderr, at, "oops\n"},
                                  {QStringLiteral("web1"), OutputStream::Stdout, at, "o\n"}});
        QCOMPARE(reset.size(), 1);
        QCOMPARE(m_model->outputTail().size(), 3);
        QCOMPARE(m_model->outputTail(),
                 QStringList({QStringLiteral("03:04:05.006   one"), QStringLiteral("03:04:05.006 ! oops"),
                              QStringLiteral("03:04:05.006   two")}));
    }

    void storedAndLiveLinesMeetWithoutRepeats()
    {
        m_model->setJob(runningJob({QStringLiteral("web1")}));
        m_model->setSelectedHost(QStringLiteral("web1"));
        QSignalSpy flushed(m_model.get(), &JobProgressModel::flushed);
        // Live lines arrive while the store is read; the runner had written the first one.
        m_model->onOutput(QStringLiteral("web1"), ssh::SshStream::Stdout, "two\nthree\n");
        QVERIFY(flushed.wait(5000));
        m_model->setStoredOutput({{QStringLiteral("web1"), OutputStream::Stdout, 5, "one\ntwo\n"}});
        QStringList texts;
        for (const QString& line : m_model->outputTail())
            texts << line.mid(15);
        QCOMPARE(texts, QStringList({QStringLiteral("one"), QStringLiteral("two"), QStringLiteral("three")}));
    }
};

QTEST_MAIN(TestJobProgressModel)
#include "tst_jobprogressmodel.moc"
