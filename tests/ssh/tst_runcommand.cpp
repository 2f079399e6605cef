// `opsdeck run` against a real sshd (tests/integration/scripts/sshd.sh): HOME, the data
// directory and the database are temporary, so ~/.ssh/id_ed25519 is the test key and
// Opsdeck's known_hosts starts empty.
#include "RealServer.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using opsdeck::test::RealServer;
using opsdeck::test::runCli;

class tst_RunCommand : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void unknownKeyRefusedWithExit3();
    void acceptNewRunsOnEveryHost();
    void failingHostExits1();
    void timeoutStopsAHost();
    void inventoryMachineByName();
    void aRunIsAJobWithItsOutput();
    void badUsage();

private:
    QString hosts(const QStringList& addresses) const;
    std::unique_ptr<RealServer> m_sshd;
    QTemporaryDir m_home;
    quint16 m_port = 0;
};

void tst_RunCommand::initTestCase()
{
    m_port = opsdeck::test::freeTcpPort();
    m_sshd = std::make_unique<RealServer>(QStringLiteral("sshd.sh"), QStringList{QString::number(m_port)});
    OPSDECK_REQUIRE_SERVER(*m_sshd);
    QVERIFY(opsdeck::test::prepareSshClientHome(*m_sshd, m_home.path()));
}

QString tst_RunCommand::hosts(const QStringList& addresses) const
{
    QStringList out;
    for (const QString& a : addresses)
        out.append(QStringLiteral("%1:%2").arg(a).arg(m_port));
    return out.join(QLatin1Char(','));
}

void tst_RunCommand::unknownKeyRefusedWithExit3()
{
    const auto r =
        runCli({QStringLiteral("run"), QStringLiteral("--hosts"), hosts({QStringLiteral("127.0.0.2")}),
                QStringLiteral("--"), QStringLiteral("echo"), QStringLiteral("never")});
    QCOMPARE(r.exitCode, 3);
    QVERIFY(!r.out.contains("never"));
    QVERIFY2(r.err.contains(m_sshd->reported(QStringLiteral("HOST_FINGERPRINT")).toUtf8()),
             r.err.constData());
}

void tst_RunCommand::acceptNewRunsOnEveryHost()
{
    const QString list = hosts({QStringLiteral("127.0.0.3"), QStringLiteral("127.0.0.4")});
    auto r = runCli({QStringLiteral("run"), QStringLiteral("--hosts"), list, QStringLiteral("--accept-new"),
                     QStringLiteral("--parallel"), QStringLiteral("2"), QStringLiteral("--"),
                     QStringLiteral("echo out; echo err >&2")});
    QCOMPARE(r.exitCode, 0);
    for (const QString& h : list.split(QLatin1Char(','))) {
        QVERIFY2(r.out.contains(h.toUtf8() + ": out\n"), r.out.constData());
        QVERIFY2(r.err.contains(h.toUtf8() + ": err\n"), r.err.constData());
    }
    QVERIFY(r.out.contains("2 host(s): 2 ok, 0 failed"));
    QFile known(m_home.filePath(QStringLiteral("data/opsdeck/known_hosts")));
    QVERIFY(known.open(QIODevice::ReadOnly));
    QCOMPARE(known.readAll().count('\n'), 2);
    // Known now: no --accept-new needed.
    r = runCli({QStringLiteral("run"), QStringLiteral("--hosts"), list, QStringLiteral("--"),
                QStringLiteral("true")});
    QCOMPARE(r.exitCode, 0);
}

void tst_RunCommand::failingHostExits1()
{
    const QString list = hosts({QStringLiteral("127.0.0.5"), QStringLiteral("127.0.0.6")});
    const auto r =
        runCli({QStringLiteral("run"), QStringLiteral("--hosts"), list, QStringLiteral("--accept-new"),
                QStringLiteral("--"), QStringLiteral("case $SSH_CONNECTION in *127.0.0.6*) exit 7;; esac")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("127.0.0.6:%1: exit status 7").arg(m_port).toUtf8()),
             r.err.constData());
    QVERIFY(r.out.contains("2 host(s): 1 ok, 1 failed"));
}

void tst_RunCommand::timeoutStopsAHost()
{
    const QString list = hosts({QStringLiteral("127.0.0.7")});
    const auto r = runCli({QStringLiteral("run"), QStringLiteral("--hosts"), list,
                           QStringLiteral("--accept-new"), QStringLiteral("--timeout"), QStringLiteral("2"),
                           QStringLiteral("--"), QStringLiteral("echo started; sleep 60")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.out.contains(list.toUtf8() + ": started\n"), r.out.constData());
    QVERIFY2(r.err.contains("did not finish within 2 s"), r.err.constData());
}

void tst_RunCommand::inventoryMachineByName()
{
    auto r =
        runCli({QStringLiteral("machine"), QStringLiteral("add"), QStringLiteral("web1"),
                QStringLiteral("--address"), QStringLiteral("127.0.0.9"), QStringLiteral("--port"),
                QString::number(m_port), QStringLiteral("--user"), m_sshd->reported(QStringLiteral("USER"))});
    QCOMPARE(r.exitCode, 0);
    r = runCli({QStringLiteral("run"), QStringLiteral("--hosts"), QStringLiteral("web1"),
                QStringLiteral("--accept-new"), QStringLiteral("--"),
                QStringLiteral("echo $SSH_CONNECTION | cut -d' ' -f3,4")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(QStringLiteral("web1: 127.0.0.9 %1\n").arg(m_port).toUtf8()), r.out.constData());
}

// Every run is a job: a node's machines, stored with each host's exit code and output.
void tst_RunCommand::aRunIsAJobWithItsOutput()
{
    const QString user = m_sshd->reported(QStringLiteral("USER"));
    QCOMPARE(runCli({QStringLiteral("tree"), QStringLiteral("add"), QStringLiteral("lab/rack1"),
                     QStringLiteral("--kind"), QStringLiteral("group")})
                 .exitCode,
             0);
    for (int i : {11, 12}) {
        const QString name = QStringLiteral("lab%1").arg(i);
        QCOMPARE(runCli({QStringLiteral("machine"), QStringLiteral("add"), name, QStringLiteral("--address"),
                         QStringLiteral("127.0.0.%1").arg(i), QStringLiteral("--port"),
                         QString::number(m_port), QStringLiteral("--user"), user})
                     .exitCode,
                 0);
        QCOMPARE(runCli({QStringLiteral("tree"), QStringLiteral("bind"), QStringLiteral("lab/rack1"),
                         QStringLiteral("--machine"), name})
                     .exitCode,
                 0);
    }
    auto r = runCli({QStringLiteral("run"), QStringLiteral("--node"), QStringLiteral("lab"),
                     QStringLiteral("--accept-new"), QStringLiteral("--"),
                     QStringLiteral("echo hello from $(echo $SSH_CONNECTION | cut -d' ' -f3); "
                                    "case $SSH_CONNECTION in *127.0.0.12*) echo oops >&2; exit 4;; esac")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.out.contains("lab11: hello from 127.0.0.11\n"), r.out.constData());
    const QByteArray summary = r.out.mid(r.out.lastIndexOf("2 host(s)"));
    QVERIFY2(summary.startsWith("2 host(s): 1 ok, 1 failed (job "), r.out.constData());
    const QString id =
        QString::fromUtf8(summary.mid(summary.indexOf("(job ") + 5)).section(QLatin1Char(')'), 0, 0);

    auto show = runCli({QStringLiteral("job"), QStringLiteral("show"), id, QStringLiteral("--format"),
                        QStringLiteral("json")});
    QCOMPARE(show.exitCode, 0);
    const QJsonObject job = QJsonDocument::fromJson(show.out).object();
    QCOMPARE(job.value(QStringLiteral("kind")).toString(), QStringLiteral("command"));
    QCOMPARE(job.value(QStringLiteral("target")).toString(), QStringLiteral("lab"));
    QCOMPARE(job.value(QStringLiteral("state")).toString(), QStringLiteral("failed"));
    QCOMPARE(job.value(QStringLiteral("hosts_ok")).toInt(), 1);
    QCOMPARE(job.value(QStringLiteral("hosts_failed")).toInt(), 1);
    const QJsonArray hosts = job.value(QStringLiteral("hosts")).toArray();
    QCOMPARE(hosts.size(), 2);
    QCOMPARE(hosts.at(1).toObject().value(QStringLiteral("machine")).toString(), QStringLiteral("lab12"));
    QCOMPARE(hosts.at(1).toObject().value(QStringLiteral("exit_code")).toInt(), 4);
    QCOMPARE(hosts.at(1).toObject().value(QStringLiteral("step")).toString(), QStringLiteral("command"));

    auto log = runCli({QStringLiteral("job"), QStringLiteral("log"), id, QStringLiteral("--host"),
                       QStringLiteral("lab12")});
    QCOMPARE(log.exitCode, 0);
    QCOMPARE(log.out, QByteArray("hello from 127.0.0.12\noops\n"));
}

void tst_RunCommand::badUsage()
{
    QCOMPARE(runCli({QStringLiteral("run"), QStringLiteral("--"), QStringLiteral("true")}).exitCode, 2);
    QCOMPARE(runCli({QStringLiteral("run"), QStringLiteral("--hosts"), QStringLiteral("a")}).exitCode, 2);
    QCOMPARE(runCli({QStringLiteral("run"), QStringLiteral("--hosts"), QStringLiteral("a"),
                     QStringLiteral("--node"), QStringLiteral("lab"), QStringLiteral("--"),
                     QStringLiteral("true")})
                 .exitCode,
             2);
    QCOMPARE(runCli({QStringLiteral("run"), QStringLiteral("--node"), QStringLiteral("no/such"),
                     QStringLiteral("--"), QStringLiteral("true")})
                 .exitCode,
             4);
}

QTEST_GUILESS_MAIN(tst_RunCommand)
#include "tst_runcommand.moc"
