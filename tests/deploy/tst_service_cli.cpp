#include "TestSupport.h"
#include "metrics/MetricStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace opsdeck;

class TestServiceCli : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TempDatabase> m_db;
    QTemporaryDir m_dir;

    test::CliRun cli(const QStringList& args)
    {
        return test::runCli(QStringList{QStringLiteral("--db"), m_db->path()} + args);
    }

    QString writeFile(const QString& name, const QByteArray& text)
    {
        QFile f(m_dir.filePath(name));
        if (!f.open(QIODevice::WriteOnly) || f.write(text) != text.size())
            return {};
        return f.fileName();
    }

    QList<int> unitIds()
    {
        QSqlDatabase c = (*m_db)->connection();
        QSqlQuery q(c);
        q.exec(QStringLiteral("SELECT unit_id FROM units ORDER BY id"));
        QList<int> out;
        while (q.next())
            out << q.value(0).toInt();
        return out;
    }

private slots:
    void init()
    {
        m_db = std::make_unique<test::TempDatabase>();
        QCOMPARE(cli({QStringLiteral("tree"), QStringLiteral("add"), QStringLiteral("shop/web"),
                      QStringLiteral("--kind"), QStringLiteral("service")})
                     .exitCode,
                 0);
        QCOMPARE(cli({QStringLiteral("tree"), QStringLiteral("add"), QStringLiteral("shop/db"),
                      QStringLiteral("--kind"), QStringLiteral("service")})
                     .exitCode,
                 0);
        QCOMPARE(cli({QStringLiteral("relation"), QStringLiteral("add"), QStringLiteral("shop/web"),
                      QStringLiteral("--needs"), QStringLiteral("shop/db")})
                     .exitCode,
                 0);
    }

    void setAndShow()
    {
        const QString tpl =
            writeFile(QStringLiteral("web.conf"), "listen {{address}}:{{port}}\ndb={{relation.db}}\n");
        auto set = cli({QStringLiteral("service"), QStringLiteral("set"), QStringLiteral("shop/web"),
                        QStringLiteral("--deploy-root"), QStringLiteral("/srv/{machine}"),
                        QStringLiteral("--config-template"), tpl, QStringLiteral("--health-cmd"),
                        QStringLiteral("test -e current"), QStringLiteral("--unit-cpu"),
                        QStringLiteral("0.5"), QStringLiteral("--unit-mem"), QStringLiteral("512M")});
        QVERIFY2(set.exitCode == 0, set.err.constData());
        auto show = cli({QStringLiteral("service"), QStringLiteral("show"), QStringLiteral("shop/web"),
                         QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(show.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(show.out).object();
        QCOMPARE(o.value(QStringLiteral("deploy_root")).toString(), QStringLiteral("/srv/{machine}"));
        QCOMPARE(o.value(QStringLiteral("health_cmd")).toString(), QStringLiteral("test -e current"));
        QCOMPARE(o.value(QStringLiteral("unit_cpu")).toDouble(), 0.5);
        QCOMPARE(o.value(QStringLiteral("unit_mem")).toDouble(), 512.0 * 1024 * 1024);
        QVERIFY(o.value(QStringLiteral("config_template"))
                    .toString()
                    .contains(QStringLiteral("{{relation.db}}")));
        // A later set changes only what it names; a URL replaces the command.
        QCOMPARE(cli({QStringLiteral("service"), QStringLiteral("set"), QStringLiteral("shop/web"),
                      QStringLiteral("--health-url"), QStringLiteral("http://127.0.0.1:8080/health")})
                     .exitCode,
                 0);
        const QJsonObject after =
            QJsonDocument::fromJson(
                cli({QStringLiteral("service"), QStringLiteral("show"), QStringLiteral("shop/web"),
                     QStringLiteral("--format"), QStringLiteral("json")})
                    .out)
                .object();
        QCOMPARE(after.value(QStringLiteral("health_cmd")).toString(), QString());
        QCOMPARE(after.value(QStringLiteral("deploy_root")).toString(), QStringLiteral("/srv/{machine}"));
        // Audited.
        auto audit = cli({QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--entity"),
                          QStringLiteral("service"), QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY(audit.out.contains("/srv/{machine}"));
    }

    void refusedBeforeWriting()
    {
        const QString bad = writeFile(QStringLiteral("bad.conf"), "a={{port}}\nb={{relation.cache}}\n");
        auto unknown = cli({QStringLiteral("service"), QStringLiteral("set"), QStringLiteral("shop/web"),
                            QStringLiteral("--config-template"), bad, QStringLiteral("--unit-cpu"),
                            QStringLiteral("2")});
        QCOMPARE(unknown.exitCode, 3);
        QVERIFY2(unknown.err.contains("{{relation.cache}} on line 2"), unknown.err.constData());
        auto both = cli({QStringLiteral("service"), QStringLiteral("set"), QStringLiteral("shop/web"),
                         QStringLiteral("--health-url"), QStringLiteral("http://x/"),
                         QStringLiteral("--health-cmd"), QStringLiteral("true")});
        QCOMPARE(both.exitCode, 2);
        QCOMPARE(cli({QStringLiteral("service"), QStringLiteral("set"), QStringLiteral("shop/web"),
                      QStringLiteral("--unit-mem"), QStringLiteral("lots")})
                     .exitCode,
                 2);
        // The CLI's one size reader: decimals and an "iB" suffix too.
        QCOMPARE(cli({QStringLiteral("service"), QStringLiteral("set"), QStringLiteral("shop/web"),
                      QStringLiteral("--unit-mem"), QStringLiteral("1.5GiB")})
                     .exitCode,
                 0);
        const auto shown = cli({QStringLiteral("service"), QStringLiteral("show"), QStringLiteral("shop/web"),
                                QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(QJsonDocument::fromJson(shown.out).object().value(QStringLiteral("unit_mem")).toDouble(),
                 1.5 * 1024 * 1024 * 1024);
        QCOMPARE(cli({QStringLiteral("service"), QStringLiteral("set"), QStringLiteral("shop/web"),
                      QStringLiteral("--unit-mem"), QStringLiteral("512M")})
                     .exitCode,
                 0);
        QCOMPARE(cli({QStringLiteral("service"), QStringLiteral("set"), QStringLiteral("shop")}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("service"), QStringLiteral("set"), QStringLiteral("shop"),
                      QStringLiteral("--unit-cpu"), QStringLiteral("1")})
                     .exitCode,
                 3); // a folder is not a service
        QCOMPARE(cli({QStringLiteral("service"), QStringLiteral("show"), QStringLiteral("no/such")}).exitCode,
                 4);
        // Nothing was written.
        auto show = cli({QStringLiteral("service"), QStringLiteral("show"), QStringLiteral("shop/web"),
                         QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(QJsonDocument::fromJson(show.out).object().value(QStringLiteral("unit_cpu")).toDouble(),
                 0.0);
    }

    // yiqiu's scale-out: READY machines of the service's pool with room, spread, the plan first.
    void scaleOutPlacesUnitsWhereThereIsRoom()
    {
        QSqlDatabase c = (*m_db)->connection();
        auto exec = [&](const QString& sql) {
            QSqlQuery q(c);
            return q.exec(sql);
        };
        QVERIFY(exec(
            QStringLiteral("INSERT INTO pools (name, created_at) VALUES ('web-pool', 0), ('other', 0)")));
        const QString machine =
            QStringLiteral("INSERT INTO machines (name, address, pool_id, state, created_at) "
                           "VALUES ('%1', '10.0.0.%2', (SELECT id FROM pools WHERE name = '%3'), "
                           "'%4', 0)");
        QVERIFY(exec(machine.arg(QStringLiteral("w1"))
                         .arg(1)
                         .arg(QStringLiteral("web-pool"), QStringLiteral("READY"))));
        QVERIFY(exec(machine.arg(QStringLiteral("w2"))
                         .arg(2)
                         .arg(QStringLiteral("web-pool"), QStringLiteral("READY"))));
        QVERIFY(exec(
            machine.arg(QStringLiteral("w3")).arg(3).arg(QStringLiteral("web-pool"), QStringLiteral("NEW"))));
        QVERIFY(exec(
            machine.arg(QStringLiteral("o1")).arg(4).arg(QStringLiteral("other"), QStringLiteral("READY"))));
        QVERIFY(exec(QStringLiteral("INSERT INTO units (service_id, machine_id, port, created_at) VALUES "
                                    "((SELECT id FROM tree_nodes WHERE path = 'shop/web'), "
                                    "(SELECT id FROM machines WHERE name = 'w1'), 8080, 0)")));
        {
            // What the collector would have stored: w1 2 CPUs / 4 GiB, w2 4 CPUs / 8 GiB.
            MetricStore store(m_db->db());
            const qint64 now = QDateTime::currentSecsSinceEpoch();
            QList<IncomingSample> samples;
            const auto fact = [&](const char* m, const char* metric, double v) {
                samples.append(IncomingSample{
                    {QString::fromLatin1(m), QString::fromLatin1(metric), QStringLiteral("local")},
                    SeriesType::Gauge,
                    now - 60,
                    v});
            };
            fact("w1", "processors", 2);
            fact("w1", "memory-total", 4.0 * (1 << 30));
            fact("w2", "processors", 4);
            fact("w2", "memory-total", 8.0 * (1 << 30));
            fact("o1", "processors", 64);
            fact("o1", "memory-total", 256.0 * (1 << 30));
            QVERIFY(store.append(samples).ok());
            QVERIFY(store.flush().ok());
        }
        QCOMPARE(cli({QStringLiteral("service"), QStringLiteral("set"), QStringLiteral("shop/web"),
                      QStringLiteral("--unit-cpu"), QStringLiteral("1"), QStringLiteral("--unit-mem"),
                      QStringLiteral("1G"), QStringLiteral("--pool"), QStringLiteral("web-pool")})
                     .exitCode,
                 0);
        auto dry = cli({QStringLiteral("service"), QStringLiteral("scale"), QStringLiteral("shop/web"),
                        QStringLiteral("--units"), QStringLiteral("4"), QStringLiteral("--dry-run"),
                        QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(dry.exitCode == 0, dry.err.constData());
        const QJsonObject plan = QJsonDocument::fromJson(dry.out).object();
        QCOMPARE(plan.value(QStringLiteral("added")).toBool(), false);
        QStringList where;
        for (const QJsonValue& v : plan.value(QStringLiteral("plan")).toArray())
            where << v.toObject().value(QStringLiteral("machine")).toString() + QLatin1Char(':') +
                         QString::number(v.toObject().value(QStringLiteral("port")).toInt());
        // w2 has none of the service's units; then w1 and w2 have one each, w2 more room.
        QCOMPARE(where, (QStringList{QStringLiteral("w2:8080"), QStringLiteral("w2:8081"),
                                     QStringLiteral("w1:8081")}));
        QCOMPARE(unitIds().size(), 1); // a dry run adds nothing

        // w1 has 1 CPU left, w2 4: five fit; ten do not, and the refusal says how many would.
        auto tooMany = cli({QStringLiteral("service"), QStringLiteral("scale"), QStringLiteral("shop/web"),
                            QStringLiteral("--units"), QStringLiteral("10"), QStringLiteral("--dry-run")});
        QCOMPARE(tooMany.exitCode, 3);
        QVERIFY2(tooMany.err.contains("5 would fit"), tooMany.err.constData());
        QCOMPARE(unitIds().size(), 1);

        // Scaling out deploys the new units (tst_scale_integration): without a package it is
        // a usage error, and nothing is added.
        auto noPackage = cli({QStringLiteral("service"), QStringLiteral("scale"), QStringLiteral("shop/web"),
                              QStringLiteral("--units"), QStringLiteral("4")});
        QCOMPARE(noPackage.exitCode, 2);
        QVERIFY2(noPackage.err.contains("--package"), noPackage.err.constData());
        QCOMPARE(unitIds().size(), 1);
        auto scaleIn = cli({QStringLiteral("service"), QStringLiteral("scale"), QStringLiteral("shop/web"),
                            QStringLiteral("--units"), QStringLiteral("1"), QStringLiteral("--dry-run")});
        QCOMPARE(scaleIn.exitCode, 3);
        QVERIFY2(scaleIn.err.contains("unit remove"), scaleIn.err.constData()); // scaling in
    }

    // unit_id: small, unique within the service, never reused after a unit goes.
    void unitIdsAreNeverReused()
    {
        QSqlDatabase c = (*m_db)->connection();
        auto exec = [&](const QString& sql) {
            QSqlQuery q(c);
            return q.exec(sql);
        };
        QVERIFY(exec(QStringLiteral("INSERT INTO pools (name, created_at) VALUES ('p', 0)")));
        for (int i = 1; i <= 3; ++i)
            QVERIFY(exec(QStringLiteral("INSERT INTO machines (name, address, pool_id, created_at) VALUES "
                                        "('m%1', '10.0.0.%1', (SELECT id FROM pools), 0)")
                             .arg(i)));
        const QString add =
            QStringLiteral("INSERT INTO units (service_id, machine_id, port, created_at) VALUES "
                           "((SELECT id FROM tree_nodes WHERE path = '%1'), "
                           "(SELECT id FROM machines WHERE name = '%2'), %3, 0)");
        QVERIFY(exec(add.arg(QStringLiteral("shop/web"), QStringLiteral("m1")).arg(80)));
        QVERIFY(exec(add.arg(QStringLiteral("shop/web"), QStringLiteral("m2")).arg(80)));
        QVERIFY(exec(add.arg(QStringLiteral("shop/db"), QStringLiteral("m3")).arg(5432)));
        QVERIFY(exec(QStringLiteral("DELETE FROM units WHERE port = 80 AND machine_id = "
                                    "(SELECT id FROM machines WHERE name = 'm2')")));
        QVERIFY(exec(add.arg(QStringLiteral("shop/web"), QStringLiteral("m3")).arg(80)));
        QCOMPARE(unitIds(), (QList<int>{1, 1, 3}));
    }
};

QTEST_GUILESS_MAIN(TestServiceCli)
#include "tst_service_cli.moc"
