// SourceRepository: validation, machine and tree-node binding, per-target status.

#include "TestDatabase.h"
#include "sources/SourceRepository.h"

#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>

using namespace opsdeck;

namespace {

void addMachine(Database& db, const QString& name, const QString& address)
{
    QSqlDatabase c = db.connection();
    QVERIFY(Database::exec(
                c, QStringLiteral(
                       "INSERT INTO pools (name, created_at) VALUES ('default', 0) ON CONFLICT DO NOTHING"))
                .ok());
    QVERIFY(Database::exec(c,
                           QStringLiteral("INSERT INTO machines (name, address, pool_id, created_at) "
                                          "VALUES (?, ?, (SELECT id FROM pools WHERE name = 'default'), 0)"),
                           {name, address})
                .ok());
}

qint64 addNode(Database& db, const QString& path, std::optional<qint64> parent)
{
    QSqlDatabase c = db.connection();
    auto q = Database::exec(c,
                            QStringLiteral("INSERT INTO tree_nodes (parent_id, name, kind, path, created_at) "
                                           "VALUES (?, ?, 'folder', ?, 0)"),
                            {parent ? QVariant(*parent) : QVariant(QMetaType::fromType<qint64>()),
                             path.section(QLatin1Char('/'), -1), path});
    return q.ok() ? q->lastInsertId().toLongLong() : -1;
}

void bind(Database& db, qint64 node, const QString& machine)
{
    QSqlDatabase c = db.connection();
    QVERIFY(Database::exec(c,
                           QStringLiteral("INSERT INTO node_machines (node_id, machine_id, created_at) "
                                          "SELECT ?, id, 0 FROM machines WHERE name = ?"),
                           {node, machine})
                .ok());
}

Source nodeExporter(const QString& machine)
{
    Source s;
    s.kind = SourceKind::NodeExporter;
    s.url = QStringLiteral("http://{address}:9100/metrics");
    s.machine = machine;
    return s;
}

} // namespace

class TestSourceRepository : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        OPSDECK_REQUIRE_TEST_DIALECT();
    }

    void addListRemove()
    {
        test::TestDatabase db;
        addMachine(*db, QStringLiteral("web1"), QStringLiteral("10.0.0.1"));
        SourceRepository repo(db.db());
        Source s = nodeExporter(QStringLiteral("web1"));
        s.intervalSecs = 30;
        s.timeoutSecs = 5;
        auto id = repo.add(s, 1000);
        QVERIFY2(id.ok(), id.ok() ? "" : qPrintable(id.error().message));
        Source g;
        g.kind = SourceKind::Graphite;
        g.url = QStringLiteral("http://127.0.0.1:8080");
        g.query = QStringLiteral("servers.*.load");
        g.asKey = QStringLiteral("load");
        g.auth = AuthKind::Bearer;
        g.secretName = QStringLiteral("graphite-token");
        auto gid = repo.add(g, 1000);
        QVERIFY(gid.ok());

        auto all = repo.list();
        QVERIFY(all.ok());
        QCOMPARE(all->size(), 2);
        QCOMPARE(all->at(0).machine, QStringLiteral("web1"));
        QCOMPARE(all->at(0).intervalSecs, 30);
        QCOMPARE(all->at(0).timeoutSecs, 5);
        QCOMPARE(all->at(1).kind, SourceKind::Graphite);
        QCOMPARE(all->at(1).secretName, QStringLiteral("graphite-token"));
        QCOMPARE(all->at(1).auth, AuthKind::Bearer);

        // An unbound backend has one target without a machine.
        auto targets = repo.targets(all->at(1));
        QVERIFY(targets.ok());
        QCOMPARE(targets->size(), 1);
        QCOMPARE(targets->first().machine, QString());

        QVERIFY(repo.remove(*id).ok());
        QCOMPARE(repo.remove(*id).error().code, Error::Code::NotFound);
        QCOMPARE(repo.list()->size(), 1);
    }

    void validation_data()
    {
        QTest::addColumn<int>("what");
        QTest::addColumn<QString>("needle");
        QTest::newRow("no binding") << 0 << QStringLiteral("--machine");
        QTest::newRow("both bindings") << 1 << QStringLiteral("not both");
        QTest::newRow("backend without query") << 2 << QStringLiteral("--query");
        QTest::newRow("bad scheme") << 3 << QStringLiteral("http");
        QTest::newRow("auth without secret") << 4 << QStringLiteral("--secret-name");
        QTest::newRow("timeout over interval") << 5 << QStringLiteral("timeout");
    }

    void validation()
    {
        QFETCH(int, what);
        QFETCH(QString, needle);
        Source s = nodeExporter(QStringLiteral("web1"));
        switch (what) {
        case 0:
            s.machine.clear();
            break;
        case 1:
            s.nodePath = QStringLiteral("a/b");
            break;
        case 2:
            s.kind = SourceKind::Prometheus;
            break;
        case 3:
            s.url = QStringLiteral("ftp://{address}/metrics");
            break;
        case 4:
            s.auth = AuthKind::Basic;
            break;
        case 5:
            s.timeoutSecs = 120;
            break;
        }
        const Status st = SourceRepository::validate(s);
        QVERIFY(!st.ok());
        QCOMPARE(st.error().code, Error::Code::Usage);
        QVERIFY2(st.error().message.contains(needle), qPrintable(st.error().message));
    }

    void unknownMachineIsNotFound()
    {
        test::TestDatabase db;
        auto id = SourceRepository(db.db()).add(nodeExporter(QStringLiteral("ghost")), 0);
        QVERIFY(!id.ok());
        QCOMPARE(id.error().code, Error::Code::NotFound);
        QVERIFY(id.error().message.contains(QLatin1String("ghost")));
    }

    void nodeBindingCoversTheSubtree()
    {
        test::TestDatabase db;
        for (const char* m : {"a1", "a2", "b1", "other"})
            addMachine(*db, QString::fromLatin1(m),
                       QStringLiteral("10.0.0.%1").arg(qHash(QByteArray(m)) % 250));
        const qint64 root = addNode(*db, QStringLiteral("shop"), std::nullopt);
        const qint64 web = addNode(*db, QStringLiteral("shop/web"), root);
        const qint64 db2 = addNode(*db, QStringLiteral("shop/db"), root);
        const qint64 shopping = addNode(*db, QStringLiteral("shopping"), std::nullopt);
        bind(*db, web, QStringLiteral("a1"));
        bind(*db, web, QStringLiteral("a2"));
        bind(*db, db2, QStringLiteral("b1"));
        bind(*db, shopping, QStringLiteral("other")); // a prefix, not a child
        SourceRepository repo(db.db());
        Source s = nodeExporter({});
        s.nodePath = QStringLiteral("shop");
        auto id = repo.add(s, 0);
        QVERIFY2(id.ok(), id.ok() ? "" : qPrintable(id.error().message));
        auto targets = repo.targets(*repo.get(*id));
        QVERIFY(targets.ok());
        QStringList names;
        for (const PollTarget& t : *targets)
            names << t.machine;
        QCOMPARE(names, (QStringList{QStringLiteral("a1"), QStringLiteral("a2"), QStringLiteral("b1")}));

        s.nodePath = QStringLiteral("shop/web/");
        auto web2 = repo.add(s, 0);
        QVERIFY(web2.ok());
        QCOMPARE(repo.targets(*repo.get(*web2))->size(), 2);

        s.nodePath = QStringLiteral("nowhere");
        auto missing = repo.add(s, 0);
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().code, Error::Code::NotFound);
    }

    void updateReplacesEveryField()
    {
        test::TestDatabase db;
        addMachine(*db, QStringLiteral("web1"), QStringLiteral("10.0.0.1"));
        addMachine(*db, QStringLiteral("web2"), QStringLiteral("10.0.0.2"));
        SourceRepository repo(db.db());
        const qint64 id = *repo.add(nodeExporter(QStringLiteral("web1")), 0);
        Source s = *repo.get(id);
        s.url = QStringLiteral("http://{address}:9200/metrics");
        s.machine = QStringLiteral("web2");
        s.intervalSecs = 120;
        s.timeoutSecs = 20;
        s.auth = AuthKind::Bearer;
        s.secretName = QStringLiteral("web-token");
        s.enabled = false;
        const Status st = repo.update(s);
        QVERIFY2(st.ok(), st.ok() ? "" : qPrintable(st.error().message));
        const Source back = *repo.get(id);
        QCOMPARE(back.url, s.url);
        QCOMPARE(back.machine, QStringLiteral("web2"));
        QCOMPARE(back.intervalSecs, 120);
        QCOMPARE(back.timeoutSecs, 20);
        QCOMPARE(back.auth, AuthKind::Bearer);
        QCOMPARE(back.secretName, QStringLiteral("web-token"));
        QCOMPARE(back.enabled, false);
        QCOMPARE(repo.list()->size(), 1);
    }

    void updateValidatesAndKeepsTheOldRow()
    {
        test::TestDatabase db;
        addMachine(*db, QStringLiteral("web1"), QStringLiteral("10.0.0.1"));
        SourceRepository repo(db.db());
        const qint64 id = *repo.add(nodeExporter(QStringLiteral("web1")), 0);
        Source bad = *repo.get(id);
        bad.timeoutSecs = 90; // longer than the interval
        Status st = repo.update(bad);
        QVERIFY(!st.ok());
        QCOMPARE(st.error().code, Error::Code::Usage);
        bad = *repo.get(id);
        bad.machine = QStringLiteral("ghost");
        st = repo.update(bad);
        QVERIFY(!st.ok());
        QCOMPARE(st.error().code, Error::Code::NotFound);
        QCOMPARE(repo.get(id)->timeoutSecs, 10);
        QCOMPARE(repo.get(id)->machine, QStringLiteral("web1"));

        Source missing = *repo.get(id);
        missing.id = id + 100;
        st = repo.update(missing);
        QVERIFY(!st.ok());
        QCOMPARE(st.error().code, Error::Code::NotFound);
    }

    void updateDropsStatusOfMachinesNoLongerPolled()
    {
        test::TestDatabase db;
        addMachine(*db, QStringLiteral("web1"), QStringLiteral("10.0.0.1"));
        addMachine(*db, QStringLiteral("web2"), QStringLiteral("10.0.0.2"));
        SourceRepository repo(db.db());
        const qint64 id = *repo.add(nodeExporter(QStringLiteral("web1")), 0);
        PollOutcome o;
        o.target = PollTarget{id, QStringLiteral("web1"), QStringLiteral("10.0.0.1"), 22};
        o.ok = true;
        QVERIFY(repo.record(o, HealthPolicy{}).ok());
        Source s = *repo.get(id);
        s.intervalSecs = 30;
        QVERIFY(repo.update(s).ok());
        QCOMPARE(repo.statuses(id)->size(), 1); // same machine: kept
        s.machine = QStringLiteral("web2");
        QVERIFY(repo.update(s).ok());
        QCOMPARE(repo.statuses(id)->size(), 0);
    }

    void setEnabledTogglesPolling()
    {
        test::TestDatabase db;
        addMachine(*db, QStringLiteral("web1"), QStringLiteral("10.0.0.1"));
        SourceRepository repo(db.db());
        const qint64 id = *repo.add(nodeExporter(QStringLiteral("web1")), 0);
        QVERIFY(repo.setEnabled(id, false).ok());
        QCOMPARE(repo.get(id)->enabled, false);
        QVERIFY(repo.setEnabled(id, true).ok());
        QCOMPARE(repo.get(id)->enabled, true);
        const Status st = repo.setEnabled(id + 1, false);
        QVERIFY(!st.ok());
        QCOMPARE(st.error().code, Error::Code::NotFound);
    }

    void recordsOutcomes()
    {
        test::TestDatabase db;
        addMachine(*db, QStringLiteral("web1"), QStringLiteral("10.0.0.1"));
        SourceRepository repo(db.db());
        const qint64 id = *repo.add(nodeExporter(QStringLiteral("web1")), 0);
        PollOutcome o;
        o.target = PollTarget{id, QStringLiteral("web1"), QStringLiteral("10.0.0.1"), 22};
        o.ok = true;
        o.samples = 40;
        o.malformed = 2;
        o.startedMs = 1'700'000'000'000;
        o.durationMs = 12;
        const HealthPolicy policy;
        auto t = repo.record(o, policy);
        QVERIFY(t.ok());
        QCOMPARE(t->state, TargetState::Ok);
        QCOMPARE(*t->lastOk, qint64(1'700'000'000));

        o.ok = false;
        o.samples = 0;
        o.malformed = 0;
        o.error = QStringLiteral("cannot fetch http://10.0.0.1:9100/metrics: Connection refused");
        o.startedMs += 60000;
        t = repo.record(o, policy);
        QCOMPARE(t->state, TargetState::Ok); // one failure, fresh data
        o.startedMs += 60000;
        t = repo.record(o, policy);
        QCOMPARE(t->state, TargetState::Down);

        auto all = repo.statuses(id);
        QVERIFY(all.ok());
        QCOMPARE(all->size(), 1);
        const TargetStatus& s = all->first();
        QCOMPARE(s.consecutiveFailures, 2);
        QCOMPARE(s.malformedTotal, qint64(2));
        QCOMPARE(*s.lastOk, qint64(1'700'000'000));
        QCOMPARE(s.lastError, o.error);
        QCOMPARE(s.state, TargetState::Down);

        // Removing the source removes its status rows.
        QVERIFY(repo.remove(id).ok());
        QCOMPARE(repo.statuses()->size(), 0);
    }
    // A node_exporter page's mount points go to machine_meta (source node-exporter) with
    // the outcome; an imported key of that name is left alone; a later page prunes its own.
    void recordsTheMountsOfAPage()
    {
        test::TestDatabase db;
        addMachine(*db, QStringLiteral("web1"), QStringLiteral("10.0.0.1"));
        SourceRepository repo(db.db());
        const qint64 id = *repo.add(nodeExporter(QStringLiteral("web1")), 0);
        {
            QSqlDatabase c = db->connection();
            QVERIFY(
                Database::exec(c, QStringLiteral("INSERT INTO machine_meta (machine_id, key, value, source, "
                                                 "updated_at) VALUES ((SELECT id FROM machines), "
                                                 "'disk-usage-sdz-mount', '/mine', 'import', 0)"))
                    .ok());
        }
        const auto meta = [&] {
            QMap<QString, QString> out;
            QSqlDatabase c = db->connection();
            auto q =
                Database::exec(c, QStringLiteral("SELECT key, value || ' ' || source FROM machine_meta"));
            while (q.ok() && q->next())
                out.insert(q->value(0).toString(), q->value(1).toString());
            return out;
        };
        PollOutcome o;
        o.target = PollTarget{id, QStringLiteral("web1"), QStringLiteral("10.0.0.1"), 9100};
        o.ok = true;
        o.startedMs = 1'700'000'000'000;
        o.meta = {{QStringLiteral("disk-usage-vda-mount"), QStringLiteral("/\n/srv")},
                  {QStringLiteral("disk-usage-sdb-mount"), QStringLiteral("/data")},
                  {QStringLiteral("disk-usage-sdz-mount"), QStringLiteral("/theirs")}};
        QVERIFY(repo.record(o, HealthPolicy{}).ok());
        QCOMPARE(meta(), (QMap<QString, QString>{{"disk-usage-vda-mount", "/\n/srv node-exporter"},
                                                 {"disk-usage-sdb-mount", "/data node-exporter"},
                                                 {"disk-usage-sdz-mount", "/mine import"}}));
        o.meta = {{QStringLiteral("disk-usage-vda-mount"), QStringLiteral("/")}};
        o.startedMs += 60000;
        QVERIFY(repo.record(o, HealthPolicy{}).ok());
        QCOMPARE(meta(), (QMap<QString, QString>{{"disk-usage-vda-mount", "/ node-exporter"},
                                                 {"disk-usage-sdz-mount", "/mine import"}}));
        // A failed poll writes nothing.
        o.ok = false;
        o.meta = {{QStringLiteral("disk-usage-vdb-mount"), QStringLiteral("/x")}};
        QVERIFY(repo.record(o, HealthPolicy{}).ok());
        QVERIFY(!meta().contains(QStringLiteral("disk-usage-vdb-mount")));
    }

    // The last malformed lines and the page's coverage live in the target's status: an
    // answer that was read replaces them, a poll that got no answer keeps them.
    void keepsTheLastMalformedLinesAndCoverage()
    {
        test::TestDatabase db;
        addMachine(*db, QStringLiteral("web1"), QStringLiteral("10.0.0.1"));
        SourceRepository repo(db.db());
        const qint64 id = *repo.add(nodeExporter(QStringLiteral("web1")), 0);
        const HealthPolicy policy;
        PollOutcome o;
        o.target = PollTarget{id, QStringLiteral("web1"), QStringLiteral("10.0.0.1"), 22};
        o.ok = true;
        o.parsed = true;
        o.malformed = 2;
        o.series = 812;
        o.mapped = 41;
        o.startedMs = 1'700'000'000'000;
        o.malformedLines = {
            MalformedLine{7, QStringLiteral("duplicate label name"),
                          QStringLiteral("node_x{a=\"1\",a=\"2\"} 3")},
            MalformedLine{9, QStringLiteral("value is not a number"), QString::fromUtf8("m \u00e9")}};
        QVERIFY(repo.record(o, policy).ok());
        auto read = [&] {
            return repo.statuses(id)->first();
        };
        TargetStatus s = read();
        QCOMPARE(s.malformedLines, o.malformedLines);
        QCOMPARE(s.lastSeries, 812);
        QCOMPARE(s.lastMapped, 41);

        PollOutcome failed;
        failed.target = o.target;
        failed.error = QStringLiteral("connection refused");
        failed.startedMs = o.startedMs + 60'000;
        auto t = repo.record(failed, policy);
        QVERIFY(t.ok());
        QCOMPARE(t->malformedLines, o.malformedLines); // no answer: kept
        s = read();
        QCOMPARE(s.malformedLines, o.malformedLines);
        QCOMPARE(s.lastMapped, 41);

        PollOutcome clean = o;
        clean.malformed = 0;
        clean.malformedLines.clear();
        clean.mapped = 40;
        clean.startedMs += 120'000;
        QVERIFY(repo.record(clean, policy).ok());
        s = read();
        QVERIFY(s.malformedLines.isEmpty()); // a clean page clears them
        QCOMPARE(s.lastMapped, 40);
        QCOMPARE(s.malformedTotal, qint64(2));
    }
};

QTEST_GUILESS_MAIN(TestSourceRepository)
#include "tst_sourcerepository.moc"
