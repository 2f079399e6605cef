// Jobs on a shared PostgreSQL (postgres.sh): `opsdeck run` against a real sshd (sshd.sh)
// records the job, each host's exit code and its output in the shared database, and
// `job show` / `job log` read them back from there.

#include "RealServer.h"
#include "db/Database.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace opsdeck;
using test::runCli;

class TestPostgresJobs : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::RealServer> m_pg;
    std::unique_ptr<test::RealServer> m_sshd;
    QTemporaryDir m_home;
    QString m_url;
    quint16 m_sshPort = 0;

private slots:
    void initTestCase()
    {
        m_pg = std::make_unique<test::RealServer>(QStringLiteral("postgres.sh"),
                                                  QStringList{QString::number(test::freeTcpPort())});
        OPSDECK_REQUIRE_SERVER(*m_pg);
        m_sshPort = test::freeTcpPort();
        m_sshd = std::make_unique<test::RealServer>(QStringLiteral("sshd.sh"),
                                                    QStringList{QString::number(m_sshPort)});
        OPSDECK_REQUIRE_SERVER(*m_sshd);
        QVERIFY(test::prepareSshClientHome(*m_sshd, m_home.path()));
        m_url = test::preparePostgresClient(*m_pg, m_home.path());
        QVERIFY(!m_url.isEmpty());
        qputenv("OPSDECK_DB", m_url.toUtf8());
    }

    void aRunIsAJobInTheSharedDatabase()
    {
        const QString user = m_sshd->reported(QStringLiteral("USER"));
        QCOMPARE(runCli({"tree", "add", "lab/rack1", "--kind", "group"}).exitCode, 0);
        for (int i : {11, 12}) {
            const QString name = QStringLiteral("lab%1").arg(i);
            QCOMPARE(runCli({"machine", "add", name, "--address", QStringLiteral("127.0.0.%1").arg(i),
                             "--port", QString::number(m_sshPort), "--user", user})
                         .exitCode,
                     0);
            QCOMPARE(runCli({"tree", "bind", "lab/rack1", "--machine", name}).exitCode, 0);
        }
        auto r = runCli({"run", "--node", "lab", "--accept-new", "--",
                         "echo hello from $(echo $SSH_CONNECTION | cut -d' ' -f3); "
                         "case $SSH_CONNECTION in *127.0.0.12*) echo oops >&2; exit 4;; esac"});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains("lab11: hello from 127.0.0.11\n"), r.out.constData());
        const QByteArray summary = r.out.mid(r.out.lastIndexOf("2 host(s)"));
        QVERIFY2(summary.startsWith("2 host(s): 1 ok, 1 failed (job "), r.out.constData());
        const QString id =
            QString::fromUtf8(summary.mid(summary.indexOf("(job ") + 5)).section(QLatin1Char(')'), 0, 0);

        auto show = runCli({"job", "show", id, "--format", "json"});
        QCOMPARE(show.exitCode, 0);
        const QJsonObject job = QJsonDocument::fromJson(show.out).object();
        QCOMPARE(job.value("kind").toString(), QStringLiteral("command"));
        QCOMPARE(job.value("target").toString(), QStringLiteral("lab"));
        QCOMPARE(job.value("state").toString(), QStringLiteral("failed"));
        QCOMPARE(job.value("hosts_ok").toInt(), 1);
        QCOMPARE(job.value("hosts_failed").toInt(), 1);
        const QJsonArray hosts = job.value("hosts").toArray();
        QCOMPARE(hosts.size(), 2);
        QCOMPARE(hosts.at(1).toObject().value("machine").toString(), QStringLiteral("lab12"));
        QCOMPARE(hosts.at(1).toObject().value("exit_code").toInt(), 4);
        QCOMPARE(hosts.at(1).toObject().value("step").toString(), QStringLiteral("command"));

        auto log = runCli({"job", "log", id, "--host", "lab12"});
        QCOMPARE(log.exitCode, 0);
        QCOMPARE(log.out, QByteArray("hello from 127.0.0.12\noops\n"));

        // In the shared database, with the output as bytes.
        auto db = Database::open(m_url);
        QVERIFY2(db.ok(), db.ok() ? "" : qPrintable(db.error().message));
        QSqlDatabase c = (*db)->connection();
        auto out = Database::exec(
            c, QStringLiteral("SELECT count(*), sum(length(data)) FROM job_output WHERE job_id = ?"),
            {id.toLongLong()});
        QVERIFY(out.ok() && out->next());
        QVERIFY(out->value(0).toInt() >= 2);
        QCOMPARE(out->value(1).toInt(),
                 int(QByteArray("hello from 127.0.0.11\nhello from 127.0.0.12\noops\n").size()));
    }

    void cleanupTestCase()
    {
        m_sshd.reset();
        m_pg.reset();
    }
};

QTEST_GUILESS_MAIN(TestPostgresJobs)
#include "tst_postgresjobs.moc"
