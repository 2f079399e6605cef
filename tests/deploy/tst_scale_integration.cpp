// `opsdeck service scale` and the automatic upstream update of `unit add|remove` against
// a real sshd: every machine is a loopback address with its own deploy root in this
// test's temporary folder. shop/web needs shop/db; scaling db out deploys its new units
// and then web's units get relation-changed with the new endpoint list.

#include "DeployTestSupport.h"

#include <QTemporaryDir>
#include <QTest>

using opsdeck::test::readAll;
using opsdeck::test::RealServer;
using opsdeck::test::runCli;

class TestScaleIntegration : public QObject
{
    Q_OBJECT

    std::unique_ptr<RealServer> m_sshd;
    QTemporaryDir m_home;
    QString m_root; // deploy roots: <m_root>/<machine>
    QString m_package;

    void ok(const QStringList& args)
    {
        const QString failure = opsdeck::test::cliFailure(args);
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
    }

    static QStringList dbUnits()
    {
        const auto r = runCli({QStringLiteral("unit"), QStringLiteral("list"), QStringLiteral("shop/db"),
                               QStringLiteral("--format"), QStringLiteral("json")});
        QStringList out;
        for (const QJsonValue& u :
             QJsonDocument::fromJson(r.out).object().value(QStringLiteral("units")).toArray())
            out << u.toObject().value(QStringLiteral("machine")).toString() + QLatin1Char(':') +
                       QString::number(u.toObject().value(QStringLiteral("port")).toInt());
        out.sort();
        return out;
    }

    static QString endpoint(const QString& unit) // "m33:5432" -> "127.0.0.33:5432"
    {
        return QStringLiteral("127.0.0.") + unit.mid(1);
    }

    // What web's only unit (m32) got with its last relation-changed.
    QByteArray webSaw() const
    {
        return readAll(m_root + QStringLiteral("/m32/web_8080/current/relations.seen"));
    }

    static QByteArray dbList(const QStringList& units)
    {
        QStringList eps;
        for (const QString& u : units)
            eps << QLatin1Char('"') + endpoint(u) + QLatin1Char('"');
        eps.sort();
        return (QStringLiteral(R"({"db":[)") + eps.join(QLatin1Char(',')) + QStringLiteral("]}")).toUtf8();
    }

    static QStringList machinesOf(const QJsonArray& rows)
    {
        QStringList out;
        for (const QJsonValue& v : rows)
            out << v.toObject().value(QStringLiteral("machine")).toString() + QLatin1Char(':') +
                       QString::number(v.toObject().value(QStringLiteral("port")).toInt());
        return out;
    }

    opsdeck::test::CliRun scale(int units, const QStringList& more)
    {
        return runCli(QStringList{QStringLiteral("service"), QStringLiteral("scale"),
                                  QStringLiteral("shop/db"), QStringLiteral("--units"),
                                  QString::number(units)} +
                      more);
    }

private slots:
    void initTestCase()
    {
        const quint16 port = opsdeck::test::freeTcpPort();
        m_sshd = std::make_unique<RealServer>(QStringLiteral("sshd.sh"), QStringList{QString::number(port)});
        OPSDECK_REQUIRE_SERVER(*m_sshd);
        QVERIFY(opsdeck::test::prepareSshClientHome(*m_sshd, m_home.path()));
        m_root = m_home.filePath(QStringLiteral("hosts"));
        const QString user = m_sshd->reported(QStringLiteral("USER"));
        for (const char* s : {"shop/web", "shop/db"}) {
            ok({QStringLiteral("tree"), QStringLiteral("add"), QString::fromLatin1(s),
                QStringLiteral("--kind"), QStringLiteral("service")});
            ok({QStringLiteral("service"), QStringLiteral("set"), QString::fromLatin1(s),
                QStringLiteral("--deploy-root"), m_root + QStringLiteral("/{machine}")});
        }
        ok({QStringLiteral("relation"), QStringLiteral("add"), QStringLiteral("shop/web"),
            QStringLiteral("--needs"), QStringLiteral("shop/db")});
        const QString machines = opsdeck::test::addReadyMachines(31, 35, port, user);
        QVERIFY2(machines.isEmpty(), qPrintable(machines));
        // m36 is in the pool but NEW: scale-out never places a unit there.
        ok({QStringLiteral("machine"), QStringLiteral("add"), QStringLiteral("m36"),
            QStringLiteral("--address"), QStringLiteral("127.0.0.36"), QStringLiteral("--port"),
            QString::number(port), QStringLiteral("--user"), user});
        ok({QStringLiteral("unit"), QStringLiteral("add"), QStringLiteral("shop/db"),
            QStringLiteral("--machine"), QStringLiteral("m31"), QStringLiteral("--port"),
            QStringLiteral("5432")});
        ok({QStringLiteral("unit"), QStringLiteral("add"), QStringLiteral("shop/web"),
            QStringLiteral("--machine"), QStringLiteral("m32"), QStringLiteral("--port"),
            QStringLiteral("8080")});
        m_package = opsdeck::test::writeHookPackage(m_home.path(), QStringLiteral("ok.tar.gz"),
                                                    QStringLiteral(R"(#!/bin/sh\necho up\n)"));
        QVERIFY(!m_package.isEmpty());
        for (const char* s : {"shop/web", "shop/db"})
            ok({QStringLiteral("deploy"), QString::fromLatin1(s), QStringLiteral("--package"), m_package,
                QStringLiteral("--release"), QStringLiteral("r0"), QStringLiteral("--accept-new")});
        QCOMPARE(webSaw(), dbList({QStringLiteral("m31:5432")}));
    }

    void scaleOutDeploysTheNewUnitsThenNotifiesTheUpstreams()
    {
        const auto r = scale(3, {QStringLiteral("--package"), m_package, QStringLiteral("--release"),
                                 QStringLiteral("r1"), QStringLiteral("--accept-new"),
                                 QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o.value(QStringLiteral("units_before")).toInt(), 1);
        QCOMPARE(o.value(QStringLiteral("added")).toBool(), true);
        const QStringList planned = machinesOf(o.value(QStringLiteral("plan")).toArray());
        QCOMPARE(planned.size(), 2);
        QCOMPARE(machinesOf(o.value(QStringLiteral("deployed")).toArray()), planned);
        QVERIFY(o.value(QStringLiteral("removed")).toArray().isEmpty());
        // Spread over READY machines without a db unit yet, on db's port; never on NEW m36.
        QVERIFY(planned.at(0).section(QLatin1Char(':'), 0, 0) !=
                planned.at(1).section(QLatin1Char(':'), 0, 0));
        for (const QString& u : planned) {
            QVERIFY2(u.endsWith(QStringLiteral(":5432")) && !u.startsWith(QStringLiteral("m31")) &&
                         !u.startsWith(QStringLiteral("m36")),
                     qPrintable(u));
            QCOMPARE(opsdeck::test::currentRelease(m_root, u.section(QLatin1Char(':'), 0, 0),
                                                   QStringLiteral("db_5432")),
                     QStringLiteral("r1"));
        }
        // Only the new units were deployed: m31 keeps r0.
        QCOMPARE(opsdeck::test::currentRelease(m_root, QStringLiteral("m31"), QStringLiteral("db_5432")),
                 QStringLiteral("r0"));
        const QJsonObject deploy = opsdeck::test::jobShow(o.value(QStringLiteral("deploy_job")).toInteger());
        QCOMPARE(deploy.value(QStringLiteral("kind")).toString(), QStringLiteral("deploy"));
        QCOMPARE(deploy.value(QStringLiteral("hosts")).toArray().size(), 2);
        // Then the upstream update, a job of its own: web's unit has all three endpoints.
        const QJsonObject upstream =
            opsdeck::test::jobShow(o.value(QStringLiteral("upstream_job")).toInteger());
        QCOMPARE(upstream.value(QStringLiteral("kind")).toString(), QStringLiteral("relation-changed"));
        QCOMPARE(opsdeck::test::hostStates(upstream), QStringList{QStringLiteral("m32:8080=ok")});
        QCOMPARE(dbUnits().size(), 3);
        QCOMPARE(webSaw(), dbList(dbUnits()));
        QVERIFY2(r.err.contains("upstream update: job"), r.err.constData());
    }

    void noRoomIsARefusalThatSaysHowManyFit()
    {
        const QStringList before = dbUnits();
        const int jobs = int(opsdeck::test::jobList().size());
        // No machine here has collected processors: none has room for a unit that needs one.
        ok({QStringLiteral("service"), QStringLiteral("set"), QStringLiteral("shop/db"),
            QStringLiteral("--unit-cpu"), QStringLiteral("1")});
        const auto r = scale(5, {QStringLiteral("--package"), m_package});
        ok({QStringLiteral("service"), QStringLiteral("set"), QStringLiteral("shop/db"),
            QStringLiteral("--unit-cpu"), QStringLiteral("0")});
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains("0 would fit") && r.err.contains("no collected processors"),
                 r.err.constData());
        QVERIFY(r.out.isEmpty()); // no plan shown
        QCOMPARE(dbUnits(), before);
        QCOMPARE(int(opsdeck::test::jobList().size()), jobs);
    }

    void anOptionErrorAddsNothing()
    {
        const QStringList before = dbUnits();
        const int jobs = int(opsdeck::test::jobList().size());
        const QString bad = m_home.filePath(QStringLiteral("nohooks.tar.gz"));
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(opsdeck::test::buildTar(QStringLiteral(R"([("bin/app", 0o755, b"x", None)])")));
        f.close();
        const QList<QPair<QStringList, int>> cases{
            {{}, 2}, // deploying needs a package
            {{QStringLiteral("--package"), m_package, QStringLiteral("--parallel"), QStringLiteral("0")}, 2},
            {{QStringLiteral("--package"), m_package, QStringLiteral("--release"), QStringLiteral("a/b")}, 2},
            {{QStringLiteral("--package"), bad}, 3},
            {{QStringLiteral("--package"), m_home.filePath(QStringLiteral("missing.tar.gz"))}, -1},
            {{QStringLiteral("--package"), m_package, QStringLiteral("--bogus")}, 2},
        };
        for (const auto& [args, code] : cases) {
            const auto r = scale(5, args);
            if (code >= 0)
                QVERIFY2(r.exitCode == code, qPrintable(args.join(QLatin1Char(' ')) + QStringLiteral(": ") +
                                                        QString::fromUtf8(r.err)));
            else
                QVERIFY2(r.exitCode != 0, qPrintable(args.join(QLatin1Char(' '))));
            QVERIFY2(!r.err.isEmpty(), qPrintable(args.join(QLatin1Char(' '))));
            QCOMPARE(dbUnits(), before);
        }
        QCOMPARE(int(opsdeck::test::jobList().size()), jobs);
        // --dry-run shows the plan and needs no package.
        const auto dry = scale(5, {QStringLiteral("--dry-run")});
        QVERIFY2(dry.exitCode == 0 && dry.out.contains("dry run: nothing added"), dry.err.constData());
        QCOMPARE(dbUnits(), before);
    }

    // A new unit whose deploy fails is removed again (audited), so web never gets its
    // endpoint; the one that deployed is kept and web is told about it.
    void aNewUnitThatFailsToDeployIsRemovedAgain()
    {
        const auto dry =
            scale(5, {QStringLiteral("--dry-run"), QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(dry.exitCode, 0);
        const QStringList planned =
            machinesOf(QJsonDocument::fromJson(dry.out).object().value(QStringLiteral("plan")).toArray());
        QCOMPARE(planned.size(), 2);
        const QString failing = planned.at(0).section(QLatin1Char(':'), 0, 0);
        const QString pkg = opsdeck::test::writeHookPackage(
            m_home.path(), QStringLiteral("some.tar.gz"),
            QStringLiteral(R"(#!/bin/sh\ncase $OPSDECK_MACHINE in %1) echo no disk >&2; exit 7;; esac\n)")
                .arg(failing));
        QVERIFY(!pkg.isEmpty());
        const QStringList before = dbUnits();
        const auto r =
            scale(5, {QStringLiteral("--package"), pkg, QStringLiteral("--release"), QStringLiteral("r2"),
                      QStringLiteral("--accept-new"), QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(r.exitCode, 1);
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(machinesOf(o.value(QStringLiteral("plan")).toArray()), planned);
        QCOMPARE(machinesOf(o.value(QStringLiteral("removed")).toArray()), QStringList{planned.at(0)});
        QCOMPARE(machinesOf(o.value(QStringLiteral("deployed")).toArray()), QStringList{planned.at(1)});
        QVERIFY2(o.value(QStringLiteral("removed"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("error"))
                     .toString()
                     .contains(QStringLiteral("exit status 7")),
                 r.out.constData());
        QVERIFY2(r.err.contains(planned.at(0).toUtf8() + " did not deploy"), r.err.constData());
        QStringList expected = before + QStringList{planned.at(1)};
        expected.sort();
        QCOMPARE(dbUnits(), expected);
        QCOMPARE(webSaw(), dbList(expected));
        const auto audit =
            runCli({QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--entity"),
                    QStringLiteral("unit"), QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(audit.out.contains(QStringLiteral("its deploy failed in job %1")
                                        .arg(o.value(QStringLiteral("deploy_job")).toInteger())
                                        .toUtf8()),
                 audit.out.constData());
    }

    void unitAddAndRemoveNotifyTheUpstreams()
    {
        const QStringList unit{QStringLiteral("shop/db"), QStringLiteral("--machine"), QStringLiteral("m33"),
                               QStringLiteral("--port"), QStringLiteral("5433")};
        const auto add = runCli(QStringList{QStringLiteral("unit"), QStringLiteral("add")} + unit);
        QVERIFY2(add.exitCode == 0, add.err.constData());
        QVERIFY2(add.out.contains("upstream update: job ") &&
                     add.out.contains("ran relation-changed on 1 unit(s) that need shop/db"),
                 add.out.constData());
        QVERIFY2(webSaw().contains("127.0.0.33:5433"), webSaw().constData());
        QCOMPARE(webSaw(), dbList(dbUnits()));
        const QJsonObject job = opsdeck::test::lastJob();
        QCOMPARE(job.value(QStringLiteral("kind")).toString(), QStringLiteral("relation-changed"));
        QVERIFY(add.out.contains(QStringLiteral("upstream update: job %1 ")
                                     .arg(job.value(QStringLiteral("id")).toInteger())
                                     .toUtf8()));

        const auto remove = runCli(QStringList{QStringLiteral("unit"), QStringLiteral("remove")} + unit);
        QVERIFY2(remove.exitCode == 0, remove.err.constData());
        QVERIFY2(remove.out.contains("upstream update: job "), remove.out.constData());
        QVERIFY(!webSaw().contains("127.0.0.33:5433"));
        QCOMPARE(webSaw(), dbList(dbUnits()));
    }

    void noNotifyRunsNoJob()
    {
        const int jobs = int(opsdeck::test::jobList().size());
        const QByteArray seen = webSaw();
        const QStringList unit{QStringLiteral("shop/db"), QStringLiteral("--machine"),
                               QStringLiteral("m34"),     QStringLiteral("--port"),
                               QStringLiteral("5433"),    QStringLiteral("--no-notify")};
        for (const char* verb : {"add", "remove"}) {
            const auto r = runCli(QStringList{QStringLiteral("unit"), QString::fromLatin1(verb)} + unit);
            QVERIFY2(r.exitCode == 0, r.err.constData());
            QVERIFY2(!r.out.contains("upstream update"), r.out.constData());
        }
        QCOMPARE(int(opsdeck::test::jobList().size()), jobs);
        QCOMPARE(webSaw(), seen);
        // No unit needs web: adding one of its units runs no job either, and says so.
        const auto web = runCli({QStringLiteral("unit"), QStringLiteral("add"), QStringLiteral("shop/web"),
                                 QStringLiteral("--machine"), QStringLiteral("m35"), QStringLiteral("--port"),
                                 QStringLiteral("8080")});
        QVERIFY2(web.exitCode == 0, web.err.constData());
        QVERIFY2(web.err.contains("no unit needs shop/web: nothing to notify"), web.err.constData());
        QCOMPARE(int(opsdeck::test::jobList().size()), jobs);
    }

    // That new web unit has no release yet: the upstream update leaves it alone (its first
    // deploy writes the list) and still tells the deployed one.
    void anUpstreamUnitWithoutAReleaseIsLeftAlone()
    {
        const QStringList unit{QStringLiteral("shop/db"), QStringLiteral("--machine"), QStringLiteral("m34"),
                               QStringLiteral("--port"), QStringLiteral("5434")};
        const auto add = runCli(QStringList{QStringLiteral("unit"), QStringLiteral("add")} + unit);
        QVERIFY2(add.exitCode == 0, add.err.constData());
        QVERIFY2(add.out.contains("m35:8080: no current release yet") &&
                     add.out.contains("ran relation-changed on 2 unit(s) that need shop/db"),
                 add.out.constData());
        QCOMPARE(opsdeck::test::hostStates(opsdeck::test::lastJob()),
                 (QStringList{QStringLiteral("m32:8080=ok"), QStringLiteral("m35:8080=ok")}));
        QVERIFY(!QFileInfo::exists(m_root + QStringLiteral("/m35/web_8080/current")));
        QCOMPARE(webSaw(), dbList(dbUnits()));
        QCOMPARE(runCli(QStringList{QStringLiteral("unit"), QStringLiteral("remove")} + unit).exitCode, 0);
        QCOMPARE(webSaw(), dbList(dbUnits()));
    }
};

QTEST_GUILESS_MAIN(TestScaleIntegration)
#include "tst_scale_integration.moc"
