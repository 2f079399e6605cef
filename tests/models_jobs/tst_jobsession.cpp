#include "TestSupport.h"
#include "jobs/JobProgressModel.h"
#include "jobs/JobSession.h"
#include "jobs/JobStore.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>
#include <QThread>

using namespace opsdeck;

class TestJobSession : public QObject
{
    Q_OBJECT

private slots:
    void aJobRunsOnItsOwnThreadAndReportsBackQueued()
    {
        test::TempDatabase db;
        // A port nothing listens on: bind one, note it, close it.
        quint16 port = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost));
            port = probe.serverPort();
        }
        JobSession session(db.db());
        JobProgressModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.attach(&session);
        QSignalSpy started(&session, &JobSession::started);
        QSignalSpy finished(&session, &JobSession::finished);
        QThread* hostThread = nullptr;
        connect(&session, &JobSession::hostFinished, this,
                [&hostThread] { hostThread = QThread::currentThread(); });

        JobSpec spec;
        spec.target = QStringLiteral("nowhere");
        spec.options = {{QStringLiteral("command"), QStringLiteral("true")}};
        spec.operatorName = QStringLiteral("tester");
        QList<HostWork> hosts;
        for (const char* name : {"h1", "h2"}) {
            ssh::SshTarget t;
            t.host = QStringLiteral("127.0.0.1");
            t.port = port;
            t.user = QStringLiteral("nobody");
            t.label = QLatin1String(name);
            hosts.append({t,
                          {JobStep{JobStep::Kind::Exec,
                                   QStringLiteral("command"),
                                   QStringLiteral("true"),
                                   {},
                                   {},
                                   0644,
                                   {}}},
                          {}});
        }
        JobRunner::Options options;
        options.ssh.connectTimeoutMs = 5000;
        session.start(spec, hosts, options);
        QVERIFY(session.isRunning());
        QVERIFY(started.wait(10000));
        const qint64 id = started.first().at(0).toLongLong();
        QVERIFY(id > 0);
        QCOMPARE(session.jobId(), id);
        QVERIFY(finished.size() == 1 || finished.wait(30000));
        QVERIFY(!session.isRunning());
        QCOMPARE(hostThread, QThread::currentThread()); // delivered on the GUI thread
        // The model heard both hosts fail (rows appear for hosts it was not told of).
        QTRY_COMPARE(model.failedCount(), 2);
        QTRY_VERIFY(model.jobFinished());
        // The worker wrote the history.
        auto job = JobStore(db.db()).get(id);
        QVERIFY(job.ok());
        QVERIFY(isFinished(job->state));
        QCOMPARE(job->hostsFailed, 2);
    }
};

QTEST_MAIN(TestJobSession)
#include "tst_jobsession.moc"
