// `opsdeck job template save|list|remove` and `opsdeck job run TEMPLATE` against a real
// sshd (tests/integration/scripts/sshd.sh): each loopback address is a host.

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

class TestJobTemplateCli : public QObject
{
    Q_OBJECT

    std::unique_ptr<RealServer> m_sshd;
    QTemporaryDir m_home;
    quint16 m_port = 0;

    QString hosts(std::initializer_list<int> last) const
    {
        QStringList out;
        for (int i : last)
            out << QStringLiteral("127.0.0.%1:%2").arg(i).arg(m_port);
        return out.join(QLatin1Char(','));
    }

    static QJsonObject lastJob()
    {
        const auto r = runCli({QStringLiteral("job"), QStringLiteral("list"), QStringLiteral("--limit"),
                               QStringLiteral("1"), QStringLiteral("--format"), QStringLiteral("json")});
        return QJsonDocument::fromJson(r.out)
            .object()
            .value(QStringLiteral("jobs"))
            .toArray()
            .first()
            .toObject();
    }

    static QJsonArray templates()
    {
        const auto r = runCli({QStringLiteral("job"), QStringLiteral("template"), QStringLiteral("list"),
                               QStringLiteral("--format"), QStringLiteral("json")});
        return QJsonDocument::fromJson(r.out).object().value(QStringLiteral("templates")).toArray();
    }

private slots:
    void initTestCase()
    {
        m_port = opsdeck::test::freeTcpPort();
        m_sshd =
            std::make_unique<RealServer>(QStringLiteral("sshd.sh"), QStringList{QString::number(m_port)});
        OPSDECK_REQUIRE_SERVER(*m_sshd);
        QVERIFY(opsdeck::test::prepareSshClientHome(*m_sshd, m_home.path()));
    }

    void saveListAndRunACommandTemplate()
    {
        const QString list = hosts({31, 32});
        auto r = runCli({QStringLiteral("job"), QStringLiteral("template"), QStringLiteral("save"),
                         QStringLiteral("greet"), QStringLiteral("--kind"), QStringLiteral("command"),
                         QStringLiteral("--target"), list, QStringLiteral("--command"),
                         QStringLiteral("echo hello-from-template"), QStringLiteral("--parallel"),
                         QStringLiteral("2")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonArray saved = templates();
        QCOMPARE(saved.size(), 1);
        const QJsonObject t = saved.first().toObject();
        QCOMPARE(t.value(QStringLiteral("name")).toString(), QStringLiteral("greet"));
        QCOMPARE(t.value(QStringLiteral("kind")).toString(), QStringLiteral("command"));
        QCOMPARE(t.value(QStringLiteral("target")).toString(), list);
        QCOMPARE(t.value(QStringLiteral("options")).toObject().value(QStringLiteral("parallel")).toInt(), 2);

        r = runCli({QStringLiteral("job"), QStringLiteral("run"), QStringLiteral("greet"),
                    QStringLiteral("--accept-new")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        for (const QString& h : list.split(QLatin1Char(',')))
            QVERIFY2(r.out.contains(h.toUtf8() + ": hello-from-template\n"), r.out.constData());
        QVERIFY(r.out.contains("2 host(s): 2 ok, 0 failed"));
        const QJsonObject job = lastJob();
        QCOMPARE(job.value(QStringLiteral("kind")).toString(), QStringLiteral("command"));
        QCOMPARE(job.value(QStringLiteral("target")).toString(), list);
        QCOMPARE(job.value(QStringLiteral("state")).toString(), QStringLiteral("ok"));
    }

    // --from: the job's kind, target and options; the new job fails the same way.
    void saveFromAJobAndRunIt()
    {
        const QString list = hosts({33, 34});
        auto r = runCli({QStringLiteral("run"), QStringLiteral("--hosts"), list,
                         QStringLiteral("--accept-new"), QStringLiteral("--"),
                         QStringLiteral("echo ran; case $SSH_CONNECTION in *127.0.0.34*) exit 4;; esac")});
        QCOMPARE(r.exitCode, 1);
        const qint64 id = lastJob().value(QStringLiteral("id")).toInteger();
        r = runCli({QStringLiteral("job"), QStringLiteral("template"), QStringLiteral("save"),
                    QStringLiteral("again"), QStringLiteral("--from"), QString::number(id)});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        r = runCli({QStringLiteral("job"), QStringLiteral("run"), QStringLiteral("again")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("127.0.0.34:%1: exit status 4").arg(m_port).toUtf8()),
                 r.err.constData());
        QVERIFY2(r.out.contains("2 host(s): 1 ok, 1 failed"), r.out.constData());
        const QJsonObject job = lastJob();
        QVERIFY(job.value(QStringLiteral("id")).toInteger() > id);
        QCOMPARE(job.value(QStringLiteral("target")).toString(), list);
    }

    void badTemplatesAreRefused()
    {
        auto r = runCli({QStringLiteral("job"), QStringLiteral("template"), QStringLiteral("save"),
                         QStringLiteral("x"), QStringLiteral("--kind"), QStringLiteral("deploy"),
                         QStringLiteral("--target"), QStringLiteral("shop/web")});
        QCOMPARE(r.exitCode, 2); // no --package
        r = runCli({QStringLiteral("job"), QStringLiteral("template"), QStringLiteral("save"),
                    QStringLiteral("x"), QStringLiteral("--kind"), QStringLiteral("command"),
                    QStringLiteral("--target"), hosts({35})});
        QCOMPARE(r.exitCode, 2); // no --command
        r = runCli({QStringLiteral("job"), QStringLiteral("template"), QStringLiteral("save"),
                    QStringLiteral("x"), QStringLiteral("--from"), QStringLiteral("99999")});
        QCOMPARE(r.exitCode, 4);
        r = runCli({QStringLiteral("job"), QStringLiteral("run"), QStringLiteral("nosuch")});
        QCOMPARE(r.exitCode, 4);
        QVERIFY2(r.err.contains("nosuch"), r.err.constData());
        QCOMPARE(templates().size(), 2);
    }

    void removeForgetsATemplate()
    {
        auto r = runCli({QStringLiteral("job"), QStringLiteral("template"), QStringLiteral("remove"),
                         QStringLiteral("greet")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(templates().size(), 1);
        r = runCli({QStringLiteral("job"), QStringLiteral("run"), QStringLiteral("greet")});
        QCOMPARE(r.exitCode, 4);
        r = runCli({QStringLiteral("job"), QStringLiteral("template"), QStringLiteral("remove"),
                    QStringLiteral("greet")});
        QCOMPARE(r.exitCode, 4);
    }

    // --output-cap: what passed the cap is counted and said, the host still ends ok.
    void outputCapIsKeptAndSaid()
    {
        const QString list = hosts({36});
        auto r = runCli({QStringLiteral("run"), QStringLiteral("--hosts"), list,
                         QStringLiteral("--accept-new"), QStringLiteral("--output-cap"), QStringLiteral("4K"),
                         QStringLiteral("--"), QStringLiteral("seq 1 20000")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const qint64 id = lastJob().value(QStringLiteral("id")).toInteger();
        r = runCli({QStringLiteral("job"), QStringLiteral("log"), QString::number(id),
                    QStringLiteral("--host"), list});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out.size(), 4096);
        // seq 1 20000 prints 108894 bytes
        QVERIFY2(r.err.contains("104798 bytes of output past the cap of 4096 bytes"), r.err.constData());
        r = runCli({QStringLiteral("run"), QStringLiteral("--hosts"), list, QStringLiteral("--output-cap"),
                    QStringLiteral("12"), QStringLiteral("--"), QStringLiteral("true")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("--output-cap takes a size of at least 1024 bytes"), r.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestJobTemplateCli)
#include "tst_job_template_cli.moc"
