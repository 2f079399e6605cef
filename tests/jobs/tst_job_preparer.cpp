// JobPreparer against a real sshd (tests/integration/scripts/sshd.sh): a deploy whose
// start hook fails on one unit, then its retry built by the core preparer (and by the
// window's planCommandRetry, which goes through it) holds only the units that failed.

#include "../deploy/PackageBuilder.h"
#include "RealServer.h"
#include "deploy/DeployJob.h"
#include "deploy/JobPreparer.h"
#include "jobs/CommandJob.h"
#include "jobs/JobStore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace opsdeck;
using opsdeck::test::RealServer;
using opsdeck::test::runCli;

class TestJobPreparer : public QObject
{
    Q_OBJECT

    std::unique_ptr<RealServer> m_sshd;
    QTemporaryDir m_home;
    quint16 m_port = 0;

    void ok(const QStringList& args)
    {
        const auto r = runCli(args);
        QVERIFY2(r.exitCode == 0,
                 qPrintable(args.join(QLatin1Char(' ')) + QStringLiteral(": ") + QString::fromUtf8(r.err)));
    }

    static qint64 lastJobId()
    {
        const auto r = runCli({QStringLiteral("job"), QStringLiteral("list"), QStringLiteral("--limit"),
                               QStringLiteral("1"), QStringLiteral("--format"), QStringLiteral("json")});
        return QJsonDocument::fromJson(r.out)
            .object()
            .value(QStringLiteral("jobs"))
            .toArray()
            .first()
            .toObject()
            .value(QStringLiteral("id"))
            .toInteger();
    }

    static QStringList labels(const QList<HostWork>& hosts)
    {
        QStringList out;
        for (const HostWork& w : hosts)
            out << w.target.displayName();
        return out;
    }

private slots:
    void initTestCase()
    {
        m_port = opsdeck::test::freeTcpPort();
        m_sshd =
            std::make_unique<RealServer>(QStringLiteral("sshd.sh"), QStringList{QString::number(m_port)});
        OPSDECK_REQUIRE_SERVER(*m_sshd);
        QVERIFY(opsdeck::test::prepareSshClientHome(*m_sshd, m_home.path()));
        const QString user = m_sshd->reported(QStringLiteral("USER"));
        ok({QStringLiteral("tree"), QStringLiteral("add"), QStringLiteral("shop/api"),
            QStringLiteral("--kind"), QStringLiteral("service")});
        QStringList names;
        for (int i = 61; i <= 63; ++i) {
            const QString name = QStringLiteral("p%1").arg(i);
            names << name;
            ok({QStringLiteral("machine"), QStringLiteral("add"), name, QStringLiteral("--address"),
                QStringLiteral("127.0.0.%1").arg(i), QStringLiteral("--port"), QString::number(m_port),
                QStringLiteral("--user"), user});
        }
        for (const char* event : {"init", "online"})
            ok(QStringList{QStringLiteral("machine"), QStringLiteral("transition")} + names +
               QStringList{QString::fromLatin1(event)});
        for (const QString& m : std::as_const(names))
            ok({QStringLiteral("unit"), QStringLiteral("add"), QStringLiteral("shop/api"),
                QStringLiteral("--machine"), m, QStringLiteral("--port"), QStringLiteral("9000")});
        ok({QStringLiteral("service"), QStringLiteral("set"), QStringLiteral("shop/api"),
            QStringLiteral("--deploy-root"), m_home.filePath(QStringLiteral("hosts/{machine}"))});
        // shop/front needs shop/api: its unit gets relation-changed jobs.
        ok({QStringLiteral("tree"), QStringLiteral("add"), QStringLiteral("shop/front"),
            QStringLiteral("--kind"), QStringLiteral("service")});
        ok({QStringLiteral("relation"), QStringLiteral("add"), QStringLiteral("shop/front"),
            QStringLiteral("--needs"), QStringLiteral("shop/api")});
        ok({QStringLiteral("unit"), QStringLiteral("add"), QStringLiteral("shop/front"),
            QStringLiteral("--machine"), QStringLiteral("p61"), QStringLiteral("--port"),
            QStringLiteral("80")});
        ok({QStringLiteral("service"), QStringLiteral("set"), QStringLiteral("shop/front"),
            QStringLiteral("--deploy-root"), m_home.filePath(QStringLiteral("hosts/{machine}"))});
    }

    void deployRetryHoldsOnlyTheFailedUnits()
    {
        const QString pkg = m_home.filePath(QStringLiteral("api.tar.gz"));
        QFile f(pkg);
        const QByteArray bytes = opsdeck::test::hookPackage(
            QStringLiteral(R"(#!/bin/sh\ncase $OPSDECK_MACHINE in p62) exit 7;; esac\necho up\n)"));
        QVERIFY(!bytes.isEmpty() && f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size());
        f.close();
        const auto r =
            runCli({QStringLiteral("deploy"), QStringLiteral("shop/api"), QStringLiteral("--package"), pkg,
                    QStringLiteral("--release"), QStringLiteral("a1"), QStringLiteral("--accept-new")});
        QCOMPARE(r.exitCode, 1);
        const qint64 id = lastJobId();
        QVERIFY(id > 0);

        auto db = Database::open(QString::fromLocal8Bit(qgetenv("OPSDECK_DB")));
        QVERIFY2(db.ok(), db.ok() ? "" : qPrintable(db.error().message));
        const JobPreparer preparer(*db);
        auto retry = preparer.retry(id, 0);
        QVERIFY2(retry.ok(), retry.ok() ? "" : qPrintable(retry.error().message));
        QCOMPARE(retry->spec.kind, JobKind::Deploy);
        QCOMPARE(retry->spec.retryOf, std::optional<qint64>(id));
        QCOMPARE(labels(retry->hosts), QStringList{QStringLiteral("p62")});
        QVERIFY(!retry->hosts.first().steps.isEmpty());
        QCOMPARE(retry->options.rollout.canary, 0);

        // The window's retry goes through the same preparer: any kind now.
        auto plan = planCommandRetry(*db, id);
        QVERIFY2(plan.ok(), plan.ok() ? "" : qPrintable(plan.error().message));
        QCOMPARE(labels(plan->hosts), QStringList{QStringLiteral("p62")});

        // Its template leaves the release out, so a new run gets a new one.
        auto job = JobStore(*db).get(id);
        QVERIFY(job.ok());
        auto t = JobPreparer::templateOf(*job, QStringLiteral("api"));
        QVERIFY(t.ok());
        QVERIFY(!t->options.contains(QStringLiteral("release")));
        QCOMPARE(t->options.value(QStringLiteral("package")).toString(), pkg);
        auto again = preparer.again(*job, 1'800'000'000); // Run Again: the template's job
        QVERIFY2(again.ok(), again.ok() ? "" : qPrintable(again.error().message));
        QCOMPARE(labels(again->hosts).size(), 3);
        QVERIFY(again->spec.options.value(QStringLiteral("release")).toString() != QStringLiteral("a1"));
    }

    // Run Again of a relation update: built anew for the service's current units.
    void aRelationUpdateRunsAgain()
    {
        auto db = Database::open(QString::fromLocal8Bit(qgetenv("OPSDECK_DB")));
        QVERIFY(db.ok());
        auto built = DeployJob(*db).relationChanged(QStringLiteral("shop/api")); // front needs api
        QVERIFY2(built.ok(), built.ok() ? "" : qPrintable(built.error().message));
        Job job;
        job.id = 1;
        job.kind = JobKind::RelationChanged;
        job.target = built->spec.target;
        job.options = built->spec.options;
        auto again = JobPreparer(*db).again(job, 0);
        QVERIFY2(again.ok(), again.ok() ? "" : qPrintable(again.error().message));
        QCOMPARE(again->spec.kind, JobKind::RelationChanged);
        QCOMPARE(labels(again->hosts), labels(built->hosts));
        QCOMPARE(again->hosts.size(), 1);
        job.target = QStringLiteral("shop/front"); // nothing needs shop/front
        auto none = JobPreparer(*db).again(job, 0);
        QVERIFY(!none.ok());
        QCOMPARE(none.error().code, Error::Code::Refused);
    }

    void aCommandRetryWithNothingFailedIsEmpty()
    {
        ok({QStringLiteral("run"), QStringLiteral("--hosts"), QStringLiteral("p61,p63"),
            QStringLiteral("--accept-new"), QStringLiteral("--"), QStringLiteral("true")});
        const qint64 id = lastJobId();
        auto db = Database::open(QString::fromLocal8Bit(qgetenv("OPSDECK_DB")));
        QVERIFY(db.ok());
        auto retry = JobPreparer(*db).retry(id, 0);
        QVERIFY(retry.ok());
        QVERIFY(retry->hosts.isEmpty());
        QVERIFY(!planCommandRetry(*db, id).ok()); // the window says there is nothing to retry
        auto bad = JobPreparer(*db).prepare(JobKind::Deploy, QStringLiteral("shop/api"), {}, 0);
        QVERIFY(!bad.ok()); // no package: refused before anything is sent
    }
};

QTEST_MAIN(TestJobPreparer)
#include "tst_job_preparer.moc"
