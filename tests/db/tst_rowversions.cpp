// No lost update (issue 12, part 4), on both dialects: every test runs once on a local
// SQLite file and once on a real PostgreSQL 15 (postgres.sh), chosen by the `dialect`
// column. A write based on an old version is refused ("changed by USER at TIME", exit 3
// from the CLI, the current values returned); two consoles moving one machine at once
// get one success and one refusal; two deploys of one service get one job; a claim
// whose job has ended (or was left by a console that is gone) does not block.

#include "RealServer.h"
#include "db/Database.h"
#include "db/RowVersion.h"
#include "inventory/InventoryReader.h"
#include "inventory/InventoryWriter.h"
#include "inventory/MachineStore.h"
#include "inventory/PoolStore.h"
#include "inventory/ServiceStore.h"
#include "inventory/TreeStore.h"
#include "jobs/JobStore.h"
#include "jobs/JobTemplateStore.h"
#include "sources/SourceRepository.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <latch>
#include <memory>
#include <thread>

using namespace opsdeck;

class TestRowVersions : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::RealServer> m_pg;
    QTemporaryDir m_home;
    QString m_pgUrl;
    QString m_sqlitePath;
    QHash<QString, std::shared_ptr<Database>> m_open;

    // The database of this row's dialect, for the CLI ($OPSDECK_DB) and the test's own use.
    std::shared_ptr<Database> useDialect()
    {
        QFETCH_GLOBAL(QString, dialect);
        const QString where = dialect == QLatin1String("postgres") ? m_pgUrl : m_sqlitePath;
        qputenv("OPSDECK_DB", where.toUtf8());
        if (!m_open.contains(dialect)) {
            auto db = Database::open(where);
            if (!db.ok())
                qWarning() << db.error().message;
            m_open.insert(dialect, db.ok() ? *db : nullptr);
        }
        return m_open.value(dialect);
    }
    static bool isPostgres()
    {
        QFETCH_GLOBAL(QString, dialect);
        return dialect == QLatin1String("postgres");
    }
    // Who a write is stamped with: the name the console gives on SQLite, the database
    // role on PostgreSQL whatever the console claims (migration 0016).
    static QString by(const char* claimed)
    {
        return isPostgres() ? QStringLiteral("opsdeck") : QString::fromLatin1(claimed);
    }
    static QJsonObject firstMachine(const test::CliRun& r)
    {
        return QJsonDocument::fromJson(r.out)
            .object()
            .value(QStringLiteral("machines"))
            .toArray()
            .at(0)
            .toObject();
    }
    static qint64 count(const std::shared_ptr<Database>& db, const QString& sql, const QVariantList& args)
    {
        QSqlDatabase c = db->connection();
        auto q = Database::exec(c, sql, args);
        if (!q.ok() || !q->next())
            return -1;
        return q->value(0).toLongLong();
    }
    static QString text(const std::shared_ptr<Database>& db, const QString& sql, const QVariantList& args)
    {
        QSqlDatabase c = db->connection();
        auto q = Database::exec(c, sql, args);
        if (!q.ok() || !q->next())
            return QStringLiteral("(none)");
        return q->value(0).toString();
    }
    // Empty when `s` is the refusal of a lost update of `what`, last written by alice,
    // naming the row's current `value`; else what is wrong.
    static QString staleProblem(const Status& s, const QString& what, const QString& value, qint64 now)
    {
        if (s.ok())
            return QStringLiteral("the stale write was accepted");
        const Error& e = s.error();
        if (e.code != Error::Code::Refused || !e.stale)
            return QStringLiteral("not a stale refusal: ") + e.message;
        if (!e.message.contains(what + QStringLiteral(" was changed by %1 at ").arg(by("alice"))) ||
            !e.message.contains(QStringLiteral("now version %1").arg(now)) || !e.message.contains(value))
            return QStringLiteral("message: ") + e.message;
        if (e.stale->changedBy != by("alice") || e.stale->version != now || e.stale->basedOn != now - 1 ||
            e.stale->changedAt <= 0)
            return QStringLiteral("stale: %1 v%2 based on %3")
                .arg(e.stale->changedBy)
                .arg(e.stale->version)
                .arg(e.stale->basedOn);
        return {};
    }
    static JobSpec deploySpec(const QString& service)
    {
        JobSpec spec;
        spec.kind = JobKind::Deploy;
        spec.target = service;
        spec.operatorName = QStringLiteral("alice");
        return spec;
    }

private slots:
    void initTestCase_data()
    {
        QTest::addColumn<QString>("dialect");
        QTest::newRow("sqlite") << QStringLiteral("sqlite");
        QTest::newRow("postgres") << QStringLiteral("postgres");
    }

    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        qputenv("HOME", m_home.path().toUtf8());
        qputenv("XDG_DATA_HOME", m_home.filePath(QStringLiteral("data")).toUtf8());
        m_sqlitePath = m_home.filePath(QStringLiteral("local.db"));
        OPSDECK_START_POSTGRES(m_pg, m_pgUrl, m_home.path());
    }

    void cleanupTestCase() { m_open.clear(); }

    void staleVersionRefusedByCli()
    {
        QVERIFY(useDialect());
        QCOMPARE(test::runCli({"machine", "add", "v1", "--address", "10.0.0.1"}).exitCode, 0);
        auto shown = test::runCli({"machine", "show", "v1", "--format", "json"});
        QCOMPARE(shown.exitCode, 0);
        QCOMPARE(firstMachine(shown).value(QStringLiteral("version")).toInt(), 1);
        QCOMPARE(test::runCli({"machine", "list", "--format", "json"}).out.contains("\"version\":1"), true);

        auto first = test::runCli(
            {"machine", "set", "v1", "--tags", "a", "--expect-version", "1", "--format", "json"});
        QCOMPARE(first.exitCode, 0);
        QCOMPARE(firstMachine(first).value(QStringLiteral("version")).toInt(), 2);

        // Another console still holds version 1: refused, exit 3, who and when, the values now.
        auto stale = test::runCli({"machine", "set", "v1", "--tags", "b", "--expect-version", "1"});
        QCOMPARE(stale.exitCode, 3);
        const QString err = QString::fromUtf8(stale.err);
        QVERIFY2(err.contains(QLatin1String("machine 'v1' was changed by ")), qPrintable(err));
        QVERIFY2(err.contains(QLatin1String("now version 2")), qPrintable(err));
        QVERIFY2(err.contains(QLatin1String("based on version 1")), qPrintable(err));
        QVERIFY2(err.contains(QLatin1String("\"tags\":[\"a\"]")), qPrintable(err));
        auto after = test::runCli({"machine", "show", "v1", "--format", "json"});
        QCOMPARE(firstMachine(after).value(QStringLiteral("tags")).toArray(),
                 QJsonArray{QStringLiteral("a")});
        QCOMPARE(firstMachine(after).value(QStringLiteral("version")).toInt(), 2);

        // Without --expect-version the CLI reads and writes in one transaction.
        auto plain = test::runCli({"machine", "set", "v1", "--tags", "b", "--format", "json"});
        QCOMPARE(plain.exitCode, 0);
        QCOMPARE(firstMachine(plain).value(QStringLiteral("version")).toInt(), 3);
        // More than one machine with --expect-version is a usage error.
        QCOMPARE(
            test::runCli({"machine", "set", "v1", "v2", "--tags", "c", "--expect-version", "3"}).exitCode, 2);
    }

    void staleVersionRefusedByStore()
    {
        auto db = useDialect();
        QVERIFY(db);
        InventoryWriter alice(db);
        alice.setOperatorName(QStringLiteral("alice"));
        MachineSpec spec{QStringLiteral("v2"), QStringLiteral("10.0.0.2"), 22, {}, {}, {}};
        QVERIFY(MachineStore(alice).add(spec).ok());
        auto read = InventoryReader(db).machine(QStringLiteral("v2"));
        QVERIFY(read.ok() && read->has_value());
        const qint64 version = (*read)->version;

        spec.address = QStringLiteral("10.0.0.22");
        QVERIFY(MachineStore(alice).edit(QStringLiteral("v2"), spec, {}, version).ok());

        InventoryWriter bob(db);
        bob.setOperatorName(QStringLiteral("bob"));
        spec.address = QStringLiteral("10.0.0.99");
        const Status s = MachineStore(bob).edit(QStringLiteral("v2"), spec, {}, version);
        QVERIFY(!s.ok());
        QCOMPARE(s.error().code, Error::Code::Refused);
        QVERIFY2(s.error().message.contains(QStringLiteral("was changed by %1 at ").arg(by("alice"))),
                 qPrintable(s.error().message));
        QVERIFY2(s.error().message.contains(QLatin1String("10.0.0.22")), qPrintable(s.error().message));
        auto now = InventoryReader(db).machine(QStringLiteral("v2"));
        QCOMPARE((*now)->address, QStringLiteral("10.0.0.22"));
        QCOMPARE((*now)->version, version + 1);
        QCOMPARE((*now)->changedBy, by("alice"));
    }

    // Two consoles read one tree node at version N; the first renames it, the second's
    // flag (based on N) is refused with who, when and the values now; the rename stays.
    void lostTreeEditRefused()
    {
        auto db = useDialect();
        QVERIFY(db);
        InventoryWriter alice(db), bob(db);
        alice.setOperatorName(QStringLiteral("alice"));
        bob.setOperatorName(QStringLiteral("bob"));
        QVERIFY(TreeStore(alice).addNode(QStringLiteral("lu/app"), QStringLiteral("folder")).ok());
        const QString version = QStringLiteral("SELECT version FROM tree_nodes WHERE path = ?");
        const qint64 n = count(db, version, {QStringLiteral("lu/app")});
        QCOMPARE(n, 1);
        QVERIFY(TreeStore(alice).rename(QStringLiteral("lu/app"), QStringLiteral("api"), {}, n).ok());
        const Status s = TreeStore(bob).setProductLine(QStringLiteral("lu/api"), true, {}, n);
        const QString problem = staleProblem(s, QStringLiteral("tree node 'lu/api'"),
                                             QStringLiteral("\"path\":\"lu/api\""), n + 1);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QCOMPARE(count(db, version, {QStringLiteral("lu/api")}), n + 1);
        QCOMPARE(count(db, QStringLiteral("SELECT product_line FROM tree_nodes WHERE path = ?"),
                       {QStringLiteral("lu/api")}),
                 0);
        QVERIFY(!TreeStore(bob).move(QStringLiteral("lu/api"), {}, {}, n).ok());
        // Without an expected version a write still bumps it and stamps who.
        QVERIFY(TreeStore(bob).move(QStringLiteral("lu/api"), {}).ok());
        QCOMPARE(count(db, version, {QStringLiteral("api")}), n + 2);
        QCOMPARE(text(db, QStringLiteral("SELECT changed_by FROM tree_nodes WHERE path = ?"),
                      {QStringLiteral("api")}),
                 by("bob"));
        QVERIFY(count(db, QStringLiteral("SELECT changed_at FROM tree_nodes WHERE path = ?"),
                      {QStringLiteral("api")}) > 0);
    }

    void lostPoolEditRefused()
    {
        auto db = useDialect();
        QVERIFY(db);
        InventoryWriter alice(db), bob(db);
        alice.setOperatorName(QStringLiteral("alice"));
        bob.setOperatorName(QStringLiteral("bob"));
        QVERIFY(PoolStore(alice).setInitScript(QStringLiteral("lu-pool"), QStringLiteral("echo 1")).ok());
        auto read = PoolStore(bob).get(QStringLiteral("lu-pool"));
        QVERIFY(read.ok() && read->has_value());
        const qint64 n = (*read)->stamp.version;
        QVERIFY(
            PoolStore(alice).setInitScript(QStringLiteral("lu-pool"), QStringLiteral("echo 22"), {}, n).ok());
        const Status s =
            PoolStore(bob).setInitScript(QStringLiteral("lu-pool"), QStringLiteral("echo 3"), {}, n);
        const QString problem = staleProblem(s, QStringLiteral("pool 'lu-pool'"),
                                             QStringLiteral("\"init_script_bytes\":7"), n + 1);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        auto now = PoolStore(bob).get(QStringLiteral("lu-pool"));
        QCOMPARE((*now)->initScript, QStringLiteral("echo 22"));
        QCOMPARE((*now)->stamp.version, n + 1);
        QCOMPARE((*now)->stamp.changedBy, by("alice"));
        QVERIFY(PoolStore(bob).setInitScript(QStringLiteral("lu-pool"), QStringLiteral("echo 4")).ok());
        QCOMPARE((*PoolStore(bob).get(QStringLiteral("lu-pool")))->stamp.version, n + 2);
    }

    // The deploy settings (ServiceStore) and the package/config (TreeStore) share the
    // service's row and its version.
    void lostServiceEditRefused()
    {
        auto db = useDialect();
        QVERIFY(db);
        InventoryWriter alice(db), bob(db);
        alice.setOperatorName(QStringLiteral("alice"));
        bob.setOperatorName(QStringLiteral("bob"));
        QVERIFY(TreeStore(alice).addNode(QStringLiteral("lu/web"), QStringLiteral("service")).ok());
        auto a = ServiceStore(alice).get(QStringLiteral("lu/web"));
        auto b = ServiceStore(bob).get(QStringLiteral("lu/web"));
        QVERIFY(a.ok() && b.ok());
        const qint64 n = a->stamp.version;
        QCOMPARE(b->stamp.version, n);
        a->deployRoot = QStringLiteral("/srv");
        QVERIFY(ServiceStore(alice).set(*a, {}, n).ok());
        b->deployRoot = QStringLiteral("/data");
        const Status s = ServiceStore(bob).set(*b, {}, n);
        const QString problem = staleProblem(s, QStringLiteral("service 'lu/web'"),
                                             QStringLiteral("\"deploy_root\":\"/srv\""), n + 1);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        const Status data = TreeStore(bob).setServiceData(QStringLiteral("lu/web"), QStringLiteral("pkg"),
                                                          QStringLiteral("cfg"), {}, n);
        QVERIFY2(
            staleProblem(data, QStringLiteral("service 'lu/web'"), QStringLiteral("/srv"), n + 1).isEmpty(),
            qPrintable(data.ok() ? QString() : data.error().message));
        auto now = ServiceStore(bob).get(QStringLiteral("lu/web"));
        QCOMPARE(now->deployRoot, QStringLiteral("/srv"));
        QCOMPARE(now->stamp.version, n + 1);
        QCOMPARE(now->stamp.changedBy, by("alice"));
        QVERIFY(TreeStore(bob).setServiceData(QStringLiteral("lu/web"), QStringLiteral("pkg"), {}).ok());
        QCOMPARE(ServiceStore(bob).get(QStringLiteral("lu/web"))->stamp.version, n + 2);
        QCOMPARE(ServiceStore(bob).get(QStringLiteral("lu/web"))->deployRoot, QStringLiteral("/srv"));
    }

    void lostSourceEditRefused()
    {
        auto db = useDialect();
        QVERIFY(db);
        InventoryWriter setup(db);
        QVERIFY(MachineStore(setup)
                    .add({QStringLiteral("lu-m1"), QStringLiteral("10.0.2.1"), 22, {}, {}, {}})
                    .ok());
        SourceRepository alice(db), bob(db);
        alice.setOperatorName(QStringLiteral("alice"));
        bob.setOperatorName(QStringLiteral("bob"));
        Source src;
        src.url = QStringLiteral("http://{address}:9100/metrics");
        src.machine = QStringLiteral("lu-m1");
        auto id = alice.add(src, 1000);
        QVERIFY2(id.ok(), id.ok() ? "" : qPrintable(id.error().message));
        auto a = alice.get(*id);
        auto b = bob.get(*id);
        QVERIFY(a.ok() && b.ok());
        const qint64 n = a->stamp.version;
        QCOMPARE(a->stamp.changedBy, by("alice"));
        a->intervalSecs = 30;
        QVERIFY(alice.update(*a, n).ok());
        b->intervalSecs = 120;
        const QString what = QStringLiteral("source %1").arg(*id);
        const QString problem =
            staleProblem(bob.update(*b, n), what, QStringLiteral("\"interval\":30"), n + 1);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        const QString off =
            staleProblem(bob.setEnabled(*id, false, n), what, QStringLiteral("\"enabled\":true"), n + 1);
        QVERIFY2(off.isEmpty(), qPrintable(off));
        auto now = bob.get(*id);
        QCOMPARE(now->intervalSecs, 30);
        QVERIFY(now->enabled);
        QCOMPARE(now->stamp.version, n + 1);
        QVERIFY(bob.setEnabled(*id, false).ok());
        QCOMPARE(bob.get(*id)->stamp.version, n + 2);
        QCOMPARE(bob.get(*id)->stamp.changedBy, by("bob"));
    }

    void lostJobTemplateEditRefused()
    {
        auto db = useDialect();
        QVERIFY(db);
        JobTemplateStore alice(db), bob(db);
        alice.setOperatorName(QStringLiteral("alice"));
        bob.setOperatorName(QStringLiteral("bob"));
        JobTemplate t;
        t.name = QStringLiteral("lu-tpl");
        t.target = QStringLiteral("web1");
        t.options = {{QStringLiteral("command"), QStringLiteral("uptime")}};
        QVERIFY(alice.save(t, 1000000).ok());
        auto read = bob.get(t.name);
        QVERIFY(read.ok());
        const qint64 n = read->stamp.version;
        t.target = QStringLiteral("web2");
        QVERIFY(alice.save(t, 2000000, n).ok());
        t.target = QStringLiteral("web3");
        const QString problem = staleProblem(bob.save(t, 3000000, n), QStringLiteral("job template 'lu-tpl'"),
                                             QStringLiteral("\"target\":\"web2\""), n + 1);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        auto now = bob.get(t.name);
        QCOMPARE(now->target, QStringLiteral("web2"));
        QCOMPARE(now->stamp.version, n + 1);
        QCOMPARE(now->stamp.changedAt, 2000);
        QVERIFY(bob.save(t, 4000000).ok());
        QCOMPARE(bob.get(t.name)->stamp.version, n + 2);
        QCOMPARE(bob.get(t.name)->createdMs, 1000000);
        // A template removed by another console is not silently created again.
        QVERIFY(alice.remove(t.name).ok());
        QCOMPARE(bob.save(t, 5000000, n + 2).error().code, Error::Code::Refused);
    }

    // The race RowVersion::write closes: a store read the row at version N, another
    // console wrote N+1 before this write (on PostgreSQL's READ COMMITTED nothing stops
    // that in between). The conditioned UPDATE touches no row and the write is refused
    // with the row as it is now, even though the caller expected no version.
    void writeRacedSinceTheReadIsRefused()
    {
        auto db = useDialect();
        QVERIFY(db);
        InventoryWriter alice(db);
        alice.setOperatorName(QStringLiteral("alice"));
        QVERIFY(PoolStore(alice).setInitScript(QStringLiteral("race-pool"), QStringLiteral("echo a")).ok());
        auto read = PoolStore(alice).get(QStringLiteral("race-pool"));
        QVERIFY(read.ok() && read->has_value());
        QVERIFY(PoolStore(alice).setInitScript(QStringLiteral("race-pool"), QStringLiteral("echo bb")).ok());
        const qint64 n = (*read)->stamp.version;
        bool reread = false;
        const Status s = db->transaction([&](QSqlDatabase& c) -> Status {
            return RowVersion::write(
                c, QStringLiteral("pools"), QStringLiteral("init_script = ?"), {QStringLiteral("echo c")},
                QStringLiteral("name"), QStringLiteral("race-pool"),
                {QStringLiteral("pool 'race-pool'"), (*read)->stamp, {}}, std::nullopt, QStringLiteral("bob"),
                1, [&]() -> Result<RowVersion::ReadRow> {
                    reread = true;
                    auto now = PoolStore(alice).get(QStringLiteral("race-pool"));
                    if (!now.ok())
                        return now.error();
                    return RowVersion::ReadRow{QStringLiteral("pool 'race-pool'"),
                                               (*now)->stamp,
                                               {{QStringLiteral("script"), (*now)->initScript}}};
                });
        });
        QVERIFY(reread);
        const QString problem =
            staleProblem(s, QStringLiteral("pool 'race-pool'"), QStringLiteral("echo bb"), n + 1);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QCOMPARE((*PoolStore(alice).get(QStringLiteral("race-pool")))->initScript, QStringLiteral("echo bb"));
    }

    // The CLI: --expect-version on tree and service edits, exit 3 when stale; list/show
    // print the version.
    void staleTreeAndServiceRefusedByCli()
    {
        QVERIFY(useDialect());
        QCOMPARE(test::runCli({"tree", "add", "cli/app", "--kind", "folder"}).exitCode, 0);
        auto list = test::runCli({"tree", "list", "--format", "json"});
        QCOMPARE(list.exitCode, 0);
        QVERIFY2(list.out.contains("\"path\":\"cli/app\""), list.out.constData());
        QCOMPARE(test::runCli({"tree", "rename", "cli/app", "api", "--expect-version", "1"}).exitCode, 0);
        auto stale = test::runCli({"tree", "flag", "cli/api", "--product-line", "--expect-version", "1"});
        QCOMPARE(stale.exitCode, 3);
        QVERIFY2(stale.err.contains("tree node 'cli/api' was changed by "), stale.err.constData());
        QVERIFY2(stale.err.contains("now version 2"), stale.err.constData());
        QCOMPARE(
            test::runCli({"tree", "flag", "cli/api", "--product-line", "--expect-version", "2"}).exitCode, 0);

        QCOMPARE(test::runCli({"tree", "add", "cli/web", "--kind", "service"}).exitCode, 0);
        auto shown = test::runCli({"service", "show", "cli/web", "--format", "json"});
        QCOMPARE(QJsonDocument::fromJson(shown.out).object().value(QStringLiteral("version")).toInt(), 1);
        QCOMPARE(test::runCli({"service", "set", "cli/web", "--deploy-root", "/srv", "--expect-version", "1"})
                     .exitCode,
                 0);
        auto svc =
            test::runCli({"service", "set", "cli/web", "--deploy-root", "/data", "--expect-version", "1"});
        QCOMPARE(svc.exitCode, 3);
        QVERIFY2(svc.err.contains("service 'cli/web' was changed by "), svc.err.constData());
        QVERIFY2(svc.err.contains("\"deploy_root\":\"/srv\""), svc.err.constData());
        shown = test::runCli({"service", "show", "cli/web", "--format", "json"});
        QCOMPARE(QJsonDocument::fromJson(shown.out).object().value(QStringLiteral("deploy_root")).toString(),
                 QStringLiteral("/srv"));

        auto pool = test::runCli({"pool", "show", "default", "--format", "json"});
        QVERIFY2(pool.out.contains("\"version\":"), pool.out.constData());
        QCOMPARE(test::runCli({"job", "template", "save", "cli-tpl", "--kind", "command", "--target", "h1",
                               "--command", "true"})
                     .exitCode,
                 0);
        auto templates = test::runCli({"job", "template", "list", "--format", "json"});
        QVERIFY2(templates.out.contains("\"version\":1"), templates.out.constData());
        auto tpl = test::runCli({"job", "template", "save", "cli-tpl", "--kind", "command", "--target", "h2",
                                 "--command", "true", "--expect-version", "7"});
        QCOMPARE(tpl.exitCode, 3);
    }

    // Two consoles (threads, each with its own connection) send `init` to one NEW machine
    // at once: exactly one moves it, the other is refused. On PostgreSQL both have read it
    // NEW before either writes (they meet after the read), so the refusal is the
    // conditioned UPDATE's; SQLite's BEGIN IMMEDIATE serialises them (the second reads INITED).
    void concurrentTransitionsOneWins()
    {
        auto db = useDialect();
        QVERIFY(db);
        InventoryWriter setup(db);
        QVERIFY(MachineStore(setup)
                    .add({QStringLiteral("race"), QStringLiteral("10.0.1.1"), 22, {}, {}, {}})
                    .ok());
        const bool meet = isPostgres();
        std::latch afterRead(2);
        Status results[2];
        auto console = [&](int i) {
            InventoryWriter writer(db);
            writer.setOperatorName(QStringLiteral("console%1").arg(i));
            MachineStore store(writer);
            bool met = false;
            store.setProgress([&](qint64, qint64) {
                if (meet && !met) {
                    met = true;
                    afterRead.arrive_and_wait();
                }
                return true;
            });
            results[i] = store.transition(QStringLiteral("race"), MachineEvent::Init);
        };
        std::thread a(console, 0), b(console, 1);
        a.join();
        b.join();
        QCOMPARE(int(results[0].ok()) + int(results[1].ok()), 1);
        const Status& lost = results[0].ok() ? results[1] : results[0];
        QCOMPARE(lost.error().code, Error::Code::Refused);
        if (meet)
            QVERIFY2(lost.error().message.contains(QStringLiteral("was changed by %1").arg(by("console"))),
                     qPrintable(lost.error().message));
        auto m = InventoryReader(db).machine(QStringLiteral("race"));
        QCOMPARE((*m)->state, MachineState::Inited);
        QCOMPARE((*m)->version, 2);
        QCOMPARE(count(db,
                       QStringLiteral("SELECT count(*) FROM audit_log WHERE entity_id = ? AND action = ?"),
                       {QStringLiteral("race"), QStringLiteral("init")}),
                 1);
    }

    // Two consoles start a deploy of one service at once: one job, one refusal naming it.
    void concurrentDeploysOneJob()
    {
        auto db = useDialect();
        QVERIFY(db);
        const QList<JobHostPlan> hosts{{QStringLiteral("web1"), 0}, {QStringLiteral("web2"), 0}};
        std::latch start(2);
        Result<qint64> results[2] = {Error::failure({}), Error::failure({})};
        auto console = [&](int i) {
            JobStore store(db);
            start.arrive_and_wait();
            results[i] =
                store.create(deploySpec(QStringLiteral("shop/web")), hosts,
                             QCoreApplication::applicationPid(), QDateTime::currentMSecsSinceEpoch());
        };
        std::thread a(console, 0), b(console, 1);
        a.join();
        b.join();
        QCOMPARE(int(results[0].ok()) + int(results[1].ok()), 1);
        const auto& won = results[0].ok() ? results[0] : results[1];
        const auto& lost = results[0].ok() ? results[1] : results[0];
        QCOMPARE(lost.error().code, Error::Code::Refused); // exit 3 from the CLI
        QVERIFY2(lost.error().message.contains(QStringLiteral("being deployed by job %1").arg(*won)),
                 qPrintable(lost.error().message));
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM jobs WHERE kind = 'deploy' AND target = ?"),
                       {QStringLiteral("shop/web")}),
                 1);
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM job_claims WHERE job_id = ?"), {*won}), 3);
        // The job ends: its claims go, and the next deploy gets its job.
        QVERIFY(JobStore(db).setState(*won, JobState::Ok, QDateTime::currentMSecsSinceEpoch()).ok());
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM job_claims WHERE job_id = ?"), {*won}), 0);
        QVERIFY(JobStore(db).create(deploySpec(QStringLiteral("/shop/web/")), hosts, 1, 0).ok());
    }

    // A claim left by a console that crashed mid-deploy, or by a job that ended without
    // releasing, does not block the next deploy.
    void staleClaimReleased()
    {
        auto db = useDialect();
        QVERIFY(db);
        JobStore store(db);
        const QList<JobHostPlan> hosts{{QStringLiteral("api1"), 0}};
        const qint64 gonePid = 2000000000; // a runner that is no longer there
        auto crashed = store.create(deploySpec(QStringLiteral("shop/api")), hosts, gonePid, 1000);
        QVERIFY(crashed.ok());
        QVERIFY(store.setState(*crashed, JobState::Running, 1001).ok());
        auto blocked = store.create(deploySpec(QStringLiteral("shop/api")), hosts, 1, 1002);
        QVERIFY(!blocked.ok());
        QCOMPARE(blocked.error().code, Error::Code::Refused);
        // The orphan sweep (`opsdeck job list`) finds its runner gone: interrupted, claims freed.
        auto swept = store.interruptOrphans(1003, [&](qint64 pid) { return pid != gonePid; });
        QVERIFY(swept.ok());
        QVERIFY(*swept >= 1);
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM job_claims WHERE job_id = ?"), {*crashed}),
                 0);
        auto next = store.create(deploySpec(QStringLiteral("shop/api")), hosts, 1, 1004);
        QVERIFY2(next.ok(), next.ok() ? "" : qPrintable(next.error().message));

        // A job marked ended behind the store's back keeps its rows; they are taken over.
        QSqlDatabase c = db->connection();
        QVERIFY(
            Database::exec(c, QStringLiteral("UPDATE jobs SET state = 'failed' WHERE id = ?"), {*next}).ok());
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM job_claims WHERE job_id = ?"), {*next}), 2);
        auto taken = store.create(deploySpec(QStringLiteral("shop/api")), hosts, 1, 1005);
        QVERIFY2(taken.ok(), taken.ok() ? "" : qPrintable(taken.error().message));
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM job_claims WHERE job_id = ?"), {*taken}), 2);
        // A command job claims nothing.
        JobSpec command;
        command.target = QStringLiteral("api1");
        QVERIFY(store.create(command, hosts, 1, 1006).ok());
        QVERIFY(store.create(command, hosts, 1, 1007).ok());
    }
};

QTEST_GUILESS_MAIN(TestRowVersions)
#include "tst_rowversions.moc"
