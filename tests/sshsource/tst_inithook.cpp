// The `init` transition's hook against a real sshd (tests/integration/scripts/sshd.sh): a
// pool's init script runs over SSH as a job of kind 'init'; exit 0 moves the machine
// NEW -> INITED, a failure leaves it NEW with the log in the job and an audit row naming
// the job; a pool without a script initialises as before (no job).
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

class tst_InitHook : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void scriptSucceedsMachineInited();
    void scriptFailsMachineStaysNew();
    void noScriptInitAsBefore();
    void jsonOutputStaysJson();
    void scriptRemoved();
    void unknownHostKeyExits3();

private:
    void addMachine(const QString& name, const QString& address, const QString& pool);
    void setScript(const QString& pool, const QByteArray& script);
    QString state(const QString& machine);
    QJsonArray jobs();

    std::unique_ptr<RealServer> m_sshd;
    QTemporaryDir m_home;
    quint16 m_port = 0;
};

void tst_InitHook::initTestCase()
{
    m_port = opsdeck::test::freeTcpPort();
    m_sshd = std::make_unique<RealServer>(QStringLiteral("sshd.sh"), QStringList{QString::number(m_port)});
    OPSDECK_REQUIRE_SERVER(*m_sshd);
    QVERIFY(opsdeck::test::prepareSshClientHome(*m_sshd, m_home.path()));
    addMachine(QStringLiteral("web1"), QStringLiteral("127.0.0.41"), QStringLiteral("web"));
    addMachine(QStringLiteral("bad1"), QStringLiteral("127.0.0.42"), QStringLiteral("broken"));
    addMachine(QStringLiteral("plain1"), QStringLiteral("127.0.0.43"), QStringLiteral("plain"));
    addMachine(QStringLiteral("web2"), QStringLiteral("127.0.0.44"), QStringLiteral("web"));
    addMachine(QStringLiteral("stranger"), QStringLiteral("127.0.0.45"),
               QStringLiteral("web")); // key never trusted
    const auto r = runCli({QStringLiteral("run"), QStringLiteral("--hosts"), QStringLiteral("web1,bad1,web2"),
                           QStringLiteral("--accept-new"), QStringLiteral("--"), QStringLiteral("true")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
}

void tst_InitHook::addMachine(const QString& name, const QString& address, const QString& pool)
{
    const auto r =
        runCli({QStringLiteral("machine"), QStringLiteral("add"), name, QStringLiteral("--address"), address,
                QStringLiteral("--port"), QString::number(m_port), QStringLiteral("--user"),
                m_sshd->reported(QStringLiteral("USER")), QStringLiteral("--pool"), pool});
    QVERIFY2(r.exitCode == 0, r.err.constData());
}

void tst_InitHook::setScript(const QString& pool, const QByteArray& script)
{
    const QString path = m_home.filePath(pool + QStringLiteral(".sh"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(script);
    f.close();
    const auto r =
        runCli({QStringLiteral("pool"), QStringLiteral("set"), pool, QStringLiteral("--init-script"), path});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const auto shown = runCli({QStringLiteral("pool"), QStringLiteral("show"), pool});
    QVERIFY2(shown.out.contains(script), shown.out.constData());
}

QString tst_InitHook::state(const QString& machine)
{
    const auto r = runCli({QStringLiteral("machine"), QStringLiteral("show"), machine,
                           QStringLiteral("--format"), QStringLiteral("json")});
    return QJsonDocument::fromJson(r.out)
        .object()
        .value(QStringLiteral("machines"))
        .toArray()
        .first()
        .toObject()
        .value(QStringLiteral("state"))
        .toString();
}

QJsonArray tst_InitHook::jobs()
{
    const auto r = runCli(
        {QStringLiteral("job"), QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("json")});
    return QJsonDocument::fromJson(r.out).object().value(QStringLiteral("jobs")).toArray();
}

void tst_InitHook::scriptSucceedsMachineInited()
{
    setScript(QStringLiteral("web"),
              "echo \"init ran on $(hostname)\"\nmkdir -p \"$HOME\" && echo done >&2\n");
    QCOMPARE(state(QStringLiteral("web1")), QStringLiteral("NEW"));
    const auto r = runCli({QStringLiteral("machine"), QStringLiteral("transition"), QStringLiteral("web1"),
                           QStringLiteral("init")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.out.contains("web1: init ran on"), r.out.constData());
    QVERIFY2(r.out.contains("web1: NEW -> INITED"), r.out.constData());
    QCOMPARE(state(QStringLiteral("web1")), QStringLiteral("INITED"));
    const QJsonArray list = jobs();
    QVERIFY(!list.isEmpty());
    const QJsonObject job = list.first().toObject(); // newest first
    QCOMPARE(job.value(QStringLiteral("kind")).toString(), QStringLiteral("init"));
    QCOMPARE(job.value(QStringLiteral("state")).toString(), QStringLiteral("ok"));
}

void tst_InitHook::scriptFailsMachineStaysNew()
{
    setScript(QStringLiteral("broken"), "echo about to fail\nexit 4\n");
    const auto r = runCli({QStringLiteral("machine"), QStringLiteral("transition"), QStringLiteral("bad1"),
                           QStringLiteral("init")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("bad1: the init script failed"), r.err.constData());
    QCOMPARE(state(QStringLiteral("bad1")), QStringLiteral("NEW"));
    const QJsonObject job = jobs().first().toObject();
    QCOMPARE(job.value(QStringLiteral("kind")).toString(), QStringLiteral("init"));
    QCOMPARE(job.value(QStringLiteral("state")).toString(), QStringLiteral("failed"));
    const QString jobId = QString::number(qint64(job.value(QStringLiteral("id")).toDouble()));
    // The log is in the job.
    const auto log = runCli({QStringLiteral("job"), QStringLiteral("log"), jobId});
    QVERIFY2(log.out.contains("about to fail"), log.out.constData());
    // The audit row says the init failed and names the job.
    const auto audit = runCli({QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--entity"),
                               QStringLiteral("machine"), QStringLiteral("--id"), QStringLiteral("bad1"),
                               QStringLiteral("--format"), QStringLiteral("json")});
    QVERIFY2(audit.exitCode == 0, audit.err.constData());
    QVERIFY2(audit.out.contains("init_failed"), audit.out.constData());
    QVERIFY2(audit.out.contains(QStringLiteral("job %1").arg(jobId).toUtf8()), audit.out.constData());
}

void tst_InitHook::noScriptInitAsBefore()
{
    const qsizetype before = jobs().size();
    const auto r = runCli({QStringLiteral("machine"), QStringLiteral("transition"), QStringLiteral("plain1"),
                           QStringLiteral("init")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(state(QStringLiteral("plain1")), QStringLiteral("INITED"));
    QCOMPARE(jobs().size(), before); // no job: plain1's pool has no script (and its host has no sshd key)
}

void tst_InitHook::scriptRemoved()
{
    // --no-init-script: the pool's machines initialise without a job again.
    auto r = runCli({QStringLiteral("pool"), QStringLiteral("set"), QStringLiteral("broken"),
                     QStringLiteral("--no-init-script")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const qsizetype before = jobs().size();
    r = runCli({QStringLiteral("machine"), QStringLiteral("transition"), QStringLiteral("bad1"),
                QStringLiteral("init")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(state(QStringLiteral("bad1")), QStringLiteral("INITED"));
    QCOMPARE(jobs().size(), before);
}

void tst_InitHook::jsonOutputStaysJson()
{
    // The job's lines go to stderr, so stdout is only the JSON.
    const auto r = runCli({QStringLiteral("machine"), QStringLiteral("transition"), QStringLiteral("web2"),
                           QStringLiteral("init"), QStringLiteral("--format"), QStringLiteral("json")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out, &error);
    QVERIFY2(error.error == QJsonParseError::NoError, r.out.constData());
    const QJsonObject row = doc.object().value(QStringLiteral("transitions")).toArray().first().toObject();
    QCOMPARE(row.value(QStringLiteral("to")).toString(), QStringLiteral("INITED"));
    QVERIFY2(r.err.contains("web2: init ran on"), r.err.constData());
}

void tst_InitHook::unknownHostKeyExits3()
{
    const auto r = runCli({QStringLiteral("machine"), QStringLiteral("transition"),
                           QStringLiteral("stranger"), QStringLiteral("init")});
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains("stranger: the init script failed"), r.err.constData());
    QCOMPARE(state(QStringLiteral("stranger")), QStringLiteral("NEW"));
}

QTEST_GUILESS_MAIN(tst_InitHook)
#include "tst_inithook.moc"
