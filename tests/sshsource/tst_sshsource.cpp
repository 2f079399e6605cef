// The `ssh` source kind against a real sshd (tests/integration/scripts/sshd.sh): the
// default /proc reading gives the local collector's series, a plugin command's Kurado
// lines are stored, the connection is kept between polls, a host down fails its poll
// with the reason in `source status`. HOME, the data directory and the database are
// temporary (as in tst_runcommand).
#include "RealServer.h"
#include "collector/LocalCollector.h"
#include "sources/PollExecutor.h"
#include "sources/PollScheduler.h"
#include "sources/SourceRepository.h"
#include "sources/SshSourcePoller.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace opsdeck;
using opsdeck::test::RealServer;
using opsdeck::test::runCli;

class tst_SshSource : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void procSeriesOverOneKeptConnection();
    void pluginCommandKuradoLines();
    void hostDownFailsWithReason();
    void brokenConnectionReconnectsAtNextPoll();
    void schedulerKeepsTheConnection();
    void cliValidation();

private:
    void addMachine(const QString& name, const QString& address, quint16 port);
    qint64 addSource(const QStringList& args);
    void pollAll(PollExecutor& executor, const QList<QPair<Source, PollTarget>>& jobs,
                 QList<PollOutcome>& outcomes);
    Source source(qint64 id) const;
    PollTarget target(qint64 sourceId, const QString& machine) const;

    std::unique_ptr<RealServer> m_sshd;
    QTemporaryDir m_home;
    quint16 m_port = 0;
    std::shared_ptr<Database> m_db;
};

void tst_SshSource::initTestCase()
{
    m_port = opsdeck::test::freeTcpPort();
    m_sshd = std::make_unique<RealServer>(QStringLiteral("sshd.sh"), QStringList{QString::number(m_port)});
    OPSDECK_REQUIRE_SERVER(*m_sshd);
    QVERIFY(opsdeck::test::prepareSshClientHome(*m_sshd, m_home.path()));

    addMachine(QStringLiteral("m1"), QStringLiteral("127.0.0.31"), m_port);
    addMachine(QStringLiteral("m2"), QStringLiteral("127.0.0.32"), m_port);
    addMachine(QStringLiteral("gone"), QStringLiteral("127.0.0.33"), opsdeck::test::freeTcpPort());
    // Trust both hosts' keys once, as an operator would (a source never accepts a new key).
    const auto r = runCli({QStringLiteral("run"), QStringLiteral("--hosts"), QStringLiteral("m1,m2"),
                           QStringLiteral("--accept-new"), QStringLiteral("--"), QStringLiteral("true")});
    QVERIFY2(r.exitCode == 0, r.err.constData());

    auto db = Database::open(m_home.filePath(QStringLiteral("opsdeck.sqlite")));
    QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().message));
    m_db = *db;
}

void tst_SshSource::addMachine(const QString& name, const QString& address, quint16 port)
{
    const auto r =
        runCli({QStringLiteral("machine"), QStringLiteral("add"), name, QStringLiteral("--address"), address,
                QStringLiteral("--port"), QString::number(port), QStringLiteral("--user"),
                m_sshd->reported(QStringLiteral("USER"))});
    QVERIFY2(r.exitCode == 0, r.err.constData());
}

qint64 tst_SshSource::addSource(const QStringList& args)
{
    const auto r = runCli(QStringList{QStringLiteral("source"), QStringLiteral("add")} + args +
                          QStringList{QStringLiteral("--format"), QStringLiteral("json")});
    if (r.exitCode != 0) {
        qWarning() << r.err;
        return 0;
    }
    const QJsonObject o =
        QJsonDocument::fromJson(r.out).object().value(QStringLiteral("sources")).toArray().first().toObject();
    return qint64(o.value(QStringLiteral("id")).toDouble());
}

Source tst_SshSource::source(qint64 id) const
{
    auto s = SourceRepository(m_db).get(id);
    return s.ok() ? *s : Source{};
}

PollTarget tst_SshSource::target(qint64 sourceId, const QString& machine) const
{
    auto targets = SourceRepository(m_db).targets(source(sourceId));
    if (targets.ok())
        for (const PollTarget& t : *targets)
            if (t.machine == machine)
                return t;
    return PollTarget{sourceId, machine, QString(), 0};
}

void tst_SshSource::pollAll(PollExecutor& executor, const QList<QPair<Source, PollTarget>>& jobs,
                            QList<PollOutcome>& outcomes)
{
    outcomes.clear();
    for (const auto& [s, t] : jobs)
        executor.poll(s, t, [&outcomes](PollOutcome o) { outcomes.append(o); });
    QTRY_COMPARE_WITH_TIMEOUT(outcomes.size(), jobs.size(), 60000);
}

void tst_SshSource::procSeriesOverOneKeptConnection()
{
    const qint64 id = addSource({QStringLiteral("--kind"), QStringLiteral("ssh"), QStringLiteral("--machine"),
                                 QStringLiteral("m1"), QStringLiteral("--timeout"), QStringLiteral("30s")});
    QVERIFY(id > 0);
    const qint64 id2 = addSource({QStringLiteral("ssh"), QStringLiteral("--machine"), QStringLiteral("m2"),
                                  QStringLiteral("--timeout"), QStringLiteral("30s")});
    QVERIFY(id2 > 0);
    QCOMPARE(source(id).kind, SourceKind::Ssh);

    SampleBatch stored;
    PollExecutor executor(
        [&stored](const SampleBatch& b) {
            stored += b;
            return Status{};
        },
        nullptr, Clock::system());
    SshSourcePoller poller(nullptr, SshSourcePoller::inventoryResolver(m_db));
    executor.setSshPoller(&poller);
    const QList<QPair<Source, PollTarget>> jobs{{source(id), target(id, QStringLiteral("m1"))},
                                                {source(id2), target(id2, QStringLiteral("m2"))}};
    for (int round = 0; round < 2; ++round) {
        stored.clear();
        QList<PollOutcome> outcomes;
        pollAll(executor, jobs, outcomes);
        QCOMPARE(outcomes.size(), jobs.size());
        for (const PollOutcome& o : std::as_const(outcomes)) {
            QVERIFY2(o.ok, qPrintable(o.error));
            QVERIFY(o.samples > 10);
        }
        // The local collector's names, under each machine, source "ssh".
        QSet<QString> names[2];
        for (const IncomingSample& s : std::as_const(stored)) {
            QCOMPARE(s.key.source, QStringLiteral("ssh"));
            QVERIFY(s.key.machine == QStringLiteral("m1") || s.key.machine == QStringLiteral("m2"));
            names[s.key.machine == QStringLiteral("m2")].insert(s.key.metric);
        }
        auto local = LocalCollector().collectAt(0);
        QVERIFY(local.ok());
        for (const char* metric : {"cpu-user", "cpu-idle", "loadavg-1", "loadavg-15", "memory-total",
                                   "memory-used", "processors", "tcp-established"}) {
            QVERIFY2(local->sample(QLatin1String(metric)), metric);
            QVERIFY2(names[0].contains(QLatin1String(metric)), metric);
            QVERIFY2(names[1].contains(QLatin1String(metric)), metric);
        }
        for (const QString& n : std::as_const(names[0]))
            QVERIFY2(local->sample(n) || n.startsWith(QLatin1String("disk-")) ||
                         n.startsWith(QLatin1String("traffic-")),
                     qPrintable(n)); // devices and interfaces aside, the same series
        // One connection per machine, opened by the first round and reused by the second.
        QCOMPARE(poller.connectionsOpened(), 2);
        QCOMPARE(poller.openConnections(), 2);
    }
}

void tst_SshSource::pluginCommandKuradoLines()
{
    // sshd's view of the client's TCP port: the same in both polls means the same connection.
    const QString command =
        QStringLiteral("set -- $SSH_CONNECTION; printf 'metrics.client-port.gauge\\t%s\\n' \"$2\"; "
                       "printf 'metrics.answer.gauge\\t42\\n'; printf 'meta.note\\tplugin\\n'");
    const qint64 id = addSource({QStringLiteral("--kind"), QStringLiteral("ssh"), QStringLiteral("--machine"),
                                 QStringLiteral("m1"), QStringLiteral("--command"), command});
    QVERIFY(id > 0);
    SampleBatch stored;
    PollExecutor executor(
        [&stored](const SampleBatch& b) {
            stored += b;
            return Status{};
        },
        nullptr, Clock::system());
    SshSourcePoller poller(nullptr, SshSourcePoller::inventoryResolver(m_db));
    executor.setSshPoller(&poller);
    QList<double> ports;
    for (int round = 0; round < 2; ++round) {
        stored.clear();
        QList<PollOutcome> outcomes;
        pollAll(executor, {{source(id), target(id, QStringLiteral("m1"))}}, outcomes);
        QCOMPARE(outcomes.size(), 1);
        QVERIFY2(outcomes.first().ok, qPrintable(outcomes.first().error));
        QCOMPARE(outcomes.first().samples, 2);
        QCOMPARE(stored.size(), 2);
        for (const IncomingSample& s : std::as_const(stored)) {
            QCOMPARE(s.key.machine, QStringLiteral("m1"));
            QCOMPARE(s.key.source, QStringLiteral("ssh"));
            if (s.key.metric == QStringLiteral("answer"))
                QCOMPARE(s.value, 42.0);
            else if (s.key.metric == QStringLiteral("client-port"))
                ports << s.value;
            else
                QFAIL(qPrintable(s.key.metric));
        }
    }
    QCOMPARE(ports.size(), 2);
    QVERIFY(ports.at(0) > 0);
    QCOMPARE(ports.at(1), ports.at(0));
    QCOMPARE(poller.connectionsOpened(), 1);

    // The same through the CLI's one-shot poll: stored, and the target's status ok.
    const auto r = runCli({QStringLiteral("metrics"), QStringLiteral("poll"), QStringLiteral("--once"),
                           QStringLiteral("--source"), QString::number(id), QStringLiteral("--format"),
                           QStringLiteral("json")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonArray polls = QJsonDocument::fromJson(r.out).object().value(QStringLiteral("polls")).toArray();
    QCOMPARE(polls.size(), 1);
    QCOMPARE(polls.at(0).toObject().value(QStringLiteral("samples")).toInt(), 2);
}

void tst_SshSource::hostDownFailsWithReason()
{
    const qint64 id = addSource({QStringLiteral("--kind"), QStringLiteral("ssh"), QStringLiteral("--machine"),
                                 QStringLiteral("gone"), QStringLiteral("--timeout"), QStringLiteral("10s")});
    QVERIFY(id > 0);
    const auto r = runCli({QStringLiteral("metrics"), QStringLiteral("poll"), QStringLiteral("--once"),
                           QStringLiteral("--source"), QString::number(id), QStringLiteral("--format"),
                           QStringLiteral("json")});
    QVERIFY2(r.exitCode != 0, r.out.constData());
    const auto status = runCli({QStringLiteral("source"), QStringLiteral("status"), QString::number(id),
                                QStringLiteral("--format"), QStringLiteral("json")});
    QVERIFY2(status.exitCode == 0, status.err.constData());
    const QByteArray text = status.out;
    QVERIFY2(text.contains("\"last_error\""), text.constData());
    QVERIFY2(text.contains("127.0.0.33"), text.constData()); // the error names the host
    QVERIFY2(text.contains("efused"), text.constData());     // and why: connection refused
}

void tst_SshSource::brokenConnectionReconnectsAtNextPoll()
{
    // While the flag file exists, the command kills its sshd session process: the TCP
    // connection goes down under a poll.
    const QString flag = m_home.filePath(QStringLiteral("break-now"));
    const QString command = QStringLiteral("if [ -e '%1' ]; then rm -f '%1'; kill -9 $PPID; fi; "
                                           "printf 'metrics.answer.gauge\t7\n'")
                                .arg(flag);
    const qint64 id = addSource({QStringLiteral("--kind"), QStringLiteral("ssh"), QStringLiteral("--machine"),
                                 QStringLiteral("m2"), QStringLiteral("--command"), command,
                                 QStringLiteral("--timeout"), QStringLiteral("30s")});
    QVERIFY(id > 0);
    PollExecutor executor([](const SampleBatch&) { return Status{}; }, nullptr, Clock::system());
    SshSourcePoller poller(nullptr, SshSourcePoller::inventoryResolver(m_db));
    executor.setSshPoller(&poller);
    const QList<QPair<Source, PollTarget>> job{{source(id), target(id, QStringLiteral("m2"))}};
    QList<PollOutcome> outcomes;
    pollAll(executor, job, outcomes);
    QVERIFY2(outcomes.value(0).ok, qPrintable(outcomes.value(0).error));
    QCOMPARE(poller.connectionsOpened(), 1);

    QFile f(flag);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.close();
    pollAll(executor, job, outcomes);
    QVERIFY(!outcomes.value(0).ok); // the connection broke under this poll
    QVERIFY(!outcomes.value(0).error.isEmpty());
    QTRY_COMPARE(poller.openConnections(), 0);

    pollAll(executor, job, outcomes); // connects again
    QVERIFY2(outcomes.value(0).ok, qPrintable(outcomes.value(0).error));
    QCOMPARE(outcomes.value(0).samples, 1);
    QCOMPARE(poller.connectionsOpened(), 2);
}

void tst_SshSource::schedulerKeepsTheConnection()
{
    // The window's poller: a source polled every second reports the same client port
    // (sshd's $SSH_CONNECTION) at every poll, so every poll ran on one connection.
    const qint64 id = addSource(
        {QStringLiteral("--kind"), QStringLiteral("ssh"), QStringLiteral("--machine"), QStringLiteral("m1"),
         QStringLiteral("--interval"), QStringLiteral("1s"), QStringLiteral("--command"),
         QStringLiteral("set -- $SSH_CONNECTION; printf 'metrics.sched-port.gauge\\t%s\\n' \"$2\"")});
    QVERIFY(id > 0);
    QList<double> ports;
    PollScheduler::Options options;
    options.recordOutcomes = false;
    PollScheduler scheduler(
        m_db,
        [&ports](const SampleBatch& b) {
            for (const IncomingSample& s : b)
                if (s.key.metric == QStringLiteral("sched-port"))
                    ports << s.value; // on the polling thread; read once the scheduler stopped
            return Status{};
        },
        Clock::system(), options);
    QList<PollOutcome> mine;
    connect(&scheduler, &PollScheduler::polled, this, [&mine, id](const PollOutcome& o) {
        if (o.target.sourceId == id)
            mine << o;
    });
    scheduler.start();
    QTRY_VERIFY_WITH_TIMEOUT(mine.size() >= 3, 30000);
    scheduler.stop();
    for (const PollOutcome& o : std::as_const(mine))
        QVERIFY2(o.ok, qPrintable(o.error));
    QVERIFY(ports.size() >= 3);
    for (double port : std::as_const(ports))
        QCOMPARE(port, ports.first());
}

void tst_SshSource::cliValidation()
{
    // Bound to a node: every machine under it.
    QCOMPARE(runCli({QStringLiteral("tree"), QStringLiteral("add"), QStringLiteral("fleet"),
                     QStringLiteral("--kind"), QStringLiteral("group")})
                 .exitCode,
             0);
    QCOMPARE(runCli({QStringLiteral("tree"), QStringLiteral("bind"), QStringLiteral("fleet"),
                     QStringLiteral("--machine"), QStringLiteral("m2")})
                 .exitCode,
             0);
    const qint64 id =
        addSource({QStringLiteral("--kind"), QStringLiteral("ssh"), QStringLiteral("--node"),
                   QStringLiteral("fleet"), QStringLiteral("--timeout"), QStringLiteral("30s")});
    QVERIFY(id > 0);
    auto polled = runCli({QStringLiteral("metrics"), QStringLiteral("poll"), QStringLiteral("--once"),
                          QStringLiteral("--source"), QString::number(id), QStringLiteral("--format"),
                          QStringLiteral("json")});
    QVERIFY2(polled.exitCode == 0, polled.err.constData());
    const QJsonObject poll = QJsonDocument::fromJson(polled.out)
                                 .object()
                                 .value(QStringLiteral("polls"))
                                 .toArray()
                                 .first()
                                 .toObject();
    QCOMPARE(poll.value(QStringLiteral("machine")).toString(), QStringLiteral("m2"));
    QVERIFY(poll.value(QStringLiteral("samples")).toInt() > 10);

    auto r = runCli(
        {QStringLiteral("source"), QStringLiteral("add"), QStringLiteral("ssh"), QStringLiteral("http://x")});
    QCOMPARE(r.exitCode, 2);
    r = runCli({QStringLiteral("source"), QStringLiteral("add"), QStringLiteral("ssh")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("--machine"), r.err.constData());
    r = runCli({QStringLiteral("source"), QStringLiteral("add"), QStringLiteral("node-exporter"),
                QStringLiteral("http://{address}:9100/metrics"), QStringLiteral("--machine"),
                QStringLiteral("m1"), QStringLiteral("--command"), QStringLiteral("true")});
    QCOMPARE(r.exitCode, 2);
}

QTEST_GUILESS_MAIN(tst_SshSource)
#include "tst_sshsource.moc"
