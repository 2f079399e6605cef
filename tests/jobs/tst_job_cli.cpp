#include "TestSupport.h"
#include "jobs/JobStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace opsdeck;

class TestJobCli : public QObject
{
    Q_OBJECT

    test::CliRun job(const test::TempDatabase& db, const QStringList& args)
    {
        return test::runCli(QStringList{QStringLiteral("--db"), db.path(), QStringLiteral("job")} + args);
    }

    // A finished job on two hosts (one failed, with output) and one left behind by a
    // process that is gone.
    static void fill(const test::TempDatabase& db, qint64& finished, qint64& orphan)
    {
        JobStore store(db.db());
        JobSpec s;
        s.target = QStringLiteral("web1,web2");
        s.options = {{QStringLiteral("command"), QStringLiteral("uname -r")}};
        s.operatorName = QStringLiteral("alice");
        s.outputCap = 12;
        const QList<JobHostPlan> hosts{{QStringLiteral("web1"), 1}, {QStringLiteral("web2"), 1}};
        finished = *store.create(s, hosts, 1, 1'700'000'000'000);
        QVERIFY(store.setState(finished, JobState::Running, 1'700'000'000'100).ok());
        QVERIFY(store.hostStep(finished, QStringLiteral("web1"), QStringLiteral("command"), 1'700'000'000'200)
                    .ok());
        QVERIFY(store
                    .appendOutput(finished,
                                  {{QStringLiteral("web1"), OutputStream::Stdout, 1, "6.1.0\n"},
                                   {QStringLiteral("web2"), OutputStream::Stderr, 2, "denied\n"},
                                   {QStringLiteral("web1"), OutputStream::Stdout, 3, "and a long tail"}})
                    .ok());
        QVERIFY(store.hostFinished(finished, QStringLiteral("web1"), HostState::Ok, 0, {}, 1'700'000'000'300)
                    .ok());
        QVERIFY(
            store.hostFinished(finished, QStringLiteral("web2"), HostState::Failed, 1, {}, 1'700'000'000'400)
                .ok());
        QVERIFY(store.setState(finished, JobState::Failed, 1'700'000'000'500).ok());
        orphan = *store.create(s, hosts, 999'999'999, 1'700'000'001'000); // no such pid
        QVERIFY(store.setState(orphan, JobState::Running, 1'700'000'001'100).ok());
    }

private slots:
    void listShowAndLog()
    {
        test::TempDatabase db;
        qint64 finished = 0, orphan = 0;
        fill(db, finished, orphan);

        auto list = job(db, {QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(list.exitCode, 0);
        const QJsonArray jobs =
            QJsonDocument::fromJson(list.out).object().value(QStringLiteral("jobs")).toArray();
        QCOMPARE(jobs.size(), 2);
        const QJsonObject newest = jobs.at(0).toObject();
        QCOMPARE(newest.value(QStringLiteral("id")).toInteger(), orphan);
        QCOMPARE(newest.value(QStringLiteral("state")).toString(), QStringLiteral("interrupted"));
        const QJsonObject done = jobs.at(1).toObject();
        QCOMPARE(done.value(QStringLiteral("state")).toString(), QStringLiteral("failed"));
        QCOMPARE(done.value(QStringLiteral("kind")).toString(), QStringLiteral("command"));
        QCOMPARE(done.value(QStringLiteral("operator")).toString(), QStringLiteral("alice"));
        QCOMPARE(done.value(QStringLiteral("hosts_total")).toInt(), 2);
        QCOMPARE(done.value(QStringLiteral("hosts_ok")).toInt(), 1);
        QCOMPARE(done.value(QStringLiteral("hosts_failed")).toInt(), 1);
        QCOMPARE(done.value(QStringLiteral("started")).toString(),
                 QStringLiteral("2023-11-14T22:13:20.100Z"));
        QVERIFY(done.value(QStringLiteral("retry_of")).isNull());

        auto byState = job(db, {QStringLiteral("list"), QStringLiteral("--state"), QStringLiteral("failed"),
                                QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(QJsonDocument::fromJson(byState.out).object().value(QStringLiteral("jobs")).toArray().size(),
                 1);

        auto show = job(db, {QStringLiteral("show"), QString::number(finished), QStringLiteral("--format"),
                             QStringLiteral("json")});
        QCOMPARE(show.exitCode, 0);
        const QJsonObject shown = QJsonDocument::fromJson(show.out).object();
        const QJsonArray hosts = shown.value(QStringLiteral("hosts")).toArray();
        QCOMPARE(hosts.size(), 2);
        QCOMPARE(hosts.at(0).toObject().value(QStringLiteral("step")).toString(), QStringLiteral("command"));
        QCOMPARE(hosts.at(0).toObject().value(QStringLiteral("exit_code")).toInt(), 0);
        QCOMPARE(hosts.at(1).toObject().value(QStringLiteral("state")).toString(), QStringLiteral("failed"));
        QCOMPARE(hosts.at(1).toObject().value(QStringLiteral("exit_code")).toInt(), 1);

        auto log = job(db, {QStringLiteral("log"), QString::number(finished)});
        QCOMPARE(log.exitCode, 0);
        QCOMPARE(log.out, QByteArray("web1: 6.1.0\nweb2: denied\nweb1: and a \n"));
        QVERIFY2(log.err.contains("9 bytes"), log.err.constData()); // the cut is said
        auto one = job(db, {QStringLiteral("log"), QString::number(finished), QStringLiteral("--host"),
                            QStringLiteral("web2")});
        QCOMPARE(one.out, QByteArray("denied\n"));
    }

    void badInputIsRefusedClearly()
    {
        test::TempDatabase db;
        qint64 finished = 0, orphan = 0;
        fill(db, finished, orphan);
        QCOMPARE(job(db, {QStringLiteral("show")}).exitCode, 2);
        QCOMPARE(job(db, {QStringLiteral("show"), QStringLiteral("abc")}).exitCode, 2);
        QCOMPARE(job(db, {QStringLiteral("show"), QStringLiteral("4711")}).exitCode, 4);
        QCOMPARE(
            job(db, {QStringLiteral("list"), QStringLiteral("--state"), QStringLiteral("bogus")}).exitCode,
            2);
        auto noHost = job(db, {QStringLiteral("log"), QString::number(finished), QStringLiteral("--host"),
                               QStringLiteral("db9")});
        QCOMPARE(noHost.exitCode, 4);
        QVERIFY(noHost.err.contains("db9"));
        // An ended job cannot be cancelled; an orphan was already interrupted by `list`.
        auto ended = job(db, {QStringLiteral("cancel"), QString::number(finished)});
        QCOMPARE(ended.exitCode, 3);
        QVERIFY(ended.err.contains("failed"));
    }

    void cancelEndsAJobWhoseRunnerIsGone()
    {
        test::TempDatabase db;
        JobStore store(db.db());
        JobSpec s;
        s.target = QStringLiteral("web1");
        auto id = store.create(s, {{QStringLiteral("web1"), 1}}, 999'999'999, 0);
        QVERIFY2(id.ok(), id.ok() ? "" : qPrintable(id.error().message));
        auto r = job(db, {QStringLiteral("cancel"), QString::number(*id)});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(store.get(*id)->state, JobState::Cancelled);
        QCOMPARE(store.get(*id)->hosts.at(0).state, HostState::Cancelled);
    }
};

QTEST_GUILESS_MAIN(TestJobCli)
#include "tst_job_cli.moc"
