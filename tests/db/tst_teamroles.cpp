// Team mode's "who may do what" on a real PostgreSQL 15 (postgres.sh): `opsdeck db
// init-team` creates the three roles with grants, the CLI refuses a verb the role may not
// use (exit 3) before writing, and the server refuses the same when a client does not
// check (raw SQL as the role). The audit names the database role and is append-only.

#include "RealServer.h"
#include "db/Database.h"
#include "db/TeamGrants.h"
#include "db/TeamRole.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>
#include <memory>

using namespace opsdeck;

class TestTeamRoles : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::RealServer> m_pg;
    QTemporaryDir m_home;
    QString m_url;                 // the owner (the cluster's superuser, who migrated the schema)
    QMap<QString, QString> m_urls; // login role -> its URL

    test::CliRun run(const QStringList& args) { return test::runCli(args); }
    test::CliRun runAs(const QString& user, QStringList args)
    {
        args.prepend(m_urls.value(user));
        args.prepend(QStringLiteral("--db"));
        return test::runCli(args);
    }
    std::shared_ptr<Database> open(const QString& url)
    {
        auto db = Database::open(url);
        if (!db.ok())
            qWarning() << db.error().message;
        return db.ok() ? *db : nullptr;
    }
    // `sql` as `user` straight to the server, no Opsdeck check in between.
    Status rawAs(const QString& user, const QString& sql, const QVariantList& bindings = {})
    {
        auto db = Database::open(m_urls.value(user));
        if (!db.ok())
            return db.error(); // a role with no grants cannot even read the schema's version
        QSqlDatabase c = (*db)->connection();
        if (bindings.isEmpty()) { // TRUNCATE cannot be a prepared statement
            QSqlQuery q(c);
            if (!q.exec(sql))
                return Database::sqlError(QStringLiteral("raw SQL"), q.lastError());
            return {};
        }
        auto q = Database::exec(c, sql, bindings);
        if (!q.ok())
            return q.error();
        return {};
    }
    QVariant ownerValue(const QString& sql, const QVariantList& bindings = {})
    {
        auto db = open(m_url);
        if (!db)
            return {};
        QSqlDatabase c = db->connection();
        auto q = Database::exec(c, sql, bindings);
        return q.ok() && q->next() ? q->value(0) : QVariant();
    }
    // A login role with a random password in ~/.pgpass.
    bool addLogin(const QString& user)
    {
        const QString password = QUuid::createUuid().toString(QUuid::Id128);
        auto db = open(m_url);
        if (!db)
            return false;
        QSqlDatabase c = db->connection();
        QSqlQuery q(c);
        if (!q.exec(QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD '%2'").arg(user, password)))
            return false;
        QFile pgpass(m_home.filePath(QStringLiteral(".pgpass")));
        if (!pgpass.open(QIODevice::Append))
            return false;
        pgpass.write(QStringLiteral("127.0.0.1:%1:%2:%3:%4\n")
                         .arg(m_pg->reported(QStringLiteral("PORT")),
                              m_pg->reported(QStringLiteral("DBNAME")), user, password)
                         .toUtf8());
        m_urls.insert(user, QStringLiteral("postgresql://%1@127.0.0.1:%2/%3")
                                .arg(user, m_pg->reported(QStringLiteral("PORT")),
                                     m_pg->reported(QStringLiteral("DBNAME"))));
        return true;
    }
    static bool denied(const Status& s)
    {
        if (s.ok())
            return false;
        if (!s.error().message.contains(QLatin1String("permission denied")) &&
            !s.error().message.contains(QLatin1String("append-only")))
            qWarning() << "not a refusal:" << s.error().message;
        // The server's own refusal (SQLSTATE 42501) is a refusal to the caller too (exit 3).
        if (s.error().message.contains(QLatin1String("permission denied")))
            return s.error().code == Error::Code::Refused;
        return s.error().message.contains(QLatin1String("append-only"));
    }

private slots:
    void initTestCase()
    {
        OPSDECK_START_POSTGRES(m_pg, m_url, m_home.path());
        qputenv("HOME", m_home.path().toUtf8());
        qputenv("XDG_DATA_HOME", m_home.filePath(QStringLiteral("data")).toUtf8());
        qputenv("OPSDECK_DB", m_url.toUtf8());
        QVERIFY(open(m_url)); // migrated by its owner
        for (const char* user : {"alice", "bob", "carol", "dave"})
            QVERIFY2(addLogin(QString::fromLatin1(user)), user);
        QCOMPARE(run({"machine", "add", "web1", "--address", "10.0.0.1"}).exitCode, 0);
    }

    void sqliteOwnerMayDoEverything()
    {
        test::TempDatabase local;
        auto role = TeamRole::current(*local);
        QVERIFY(role.ok());
        QVERIFY(role->owner);
        QVERIFY(role->may(Capability::Administer));
        QVERIFY(TeamAccess(local.db()).may(Capability::Administer));
        QVERIFY(!TeamGrants::init(*local).ok()); // team roles are PostgreSQL's
    }

    void initTeamCreatesRolesIdempotently()
    {
        auto first = run({"db", "init-team"});
        QVERIFY2(first.exitCode == 0, first.err.constData());
        QVERIFY(first.out.contains("created role opsdeck_viewer"));
        QVERIFY(first.out.contains("created role opsdeck_admin"));
        QCOMPARE(ownerValue(QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname IN "
                                           "('opsdeck_viewer', 'opsdeck_operator', 'opsdeck_admin')"))
                     .toInt(),
                 3);
        auto again = run({"db", "init-team"});
        QVERIFY2(again.exitCode == 0, again.err.constData());
        QVERIFY(!again.out.contains("created role"));
        QVERIFY(again.out.contains("granted"));

        QCOMPARE(run({"db", "grant", "alice", "viewer"}).exitCode, 0);
        QCOMPARE(run({"db", "grant", "bob", "operator"}).exitCode, 0);
        QCOMPARE(run({"db", "grant", "carol", "admin"}).exitCode, 0);
        QCOMPARE(run({"db", "grant", "nobody", "viewer"}).exitCode, 4);
        QCOMPARE(run({"db", "grant", "alice", "superhero"}).exitCode, 2);

        const QJsonObject who =
            QJsonDocument::fromJson(runAs("bob", {"db", "whoami", "--format", "json"}).out)
                .object()
                .value("users")
                .toArray()
                .at(0)
                .toObject();
        QCOMPARE(who.value("user").toString(), QStringLiteral("bob"));
        QCOMPARE(who.value("role").toString(), QStringLiteral("opsdeck_operator"));
        QCOMPARE(who.value("capability").toString(), QStringLiteral("operate"));

        // The API the window greys out with.
        auto alice = open(m_urls.value("alice"));
        QVERIFY(alice);
        auto role = TeamRole::current(*alice);
        QVERIFY(role.ok());
        QCOMPARE(role->user, QStringLiteral("alice"));
        QCOMPARE(role->role, QStringLiteral("opsdeck_viewer"));
        QVERIFY(role->may(Capability::View));
        QVERIFY(!role->may(Capability::Operate));
    }

    void onlyTheOwnerSetsUpRoles()
    {
        auto r = runAs("carol", {"db", "init-team"});
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains("owner"), r.err.constData());
    }

    void viewerIsRefusedByTheCli()
    {
        QCOMPARE(runAs("alice", {"machine", "list"}).exitCode, 0);
        auto add = runAs("alice", {"machine", "add", "web9", "--address", "10.0.0.9"});
        QCOMPARE(add.exitCode, 3);
        QVERIFY2(add.err.contains("alice") && add.err.contains("opsdeck_admin"), add.err.constData());
        auto move = runAs("alice", {"machine", "transition", "web1", "init"});
        QCOMPARE(move.exitCode, 3);
        QVERIFY2(move.err.contains("opsdeck_operator"), move.err.constData());
        QCOMPARE(runAs("alice", {"db", "grant", "alice", "admin"}).exitCode, 3);
        // Nothing was written.
        QCOMPARE(ownerValue(QStringLiteral("SELECT count(*) FROM machines WHERE name = 'web9'")).toInt(), 0);
        QCOMPARE(ownerValue(QStringLiteral("SELECT state FROM machines WHERE name = 'web1'")).toString(),
                 QStringLiteral("NEW"));
    }

    void viewerIsRefusedByTheServer()
    {
        // A client that does not check: the server's grants still hold.
        QVERIFY(rawAs("alice", QStringLiteral("SELECT count(*) FROM machines")).ok());
        QVERIFY(
            denied(rawAs("alice", QStringLiteral("INSERT INTO machines (name, address, pool_id, created_at) "
                                                 "SELECT 'web9', '10.0.0.9', id, 0 FROM pools LIMIT 1"))));
        QVERIFY(denied(
            rawAs("alice", QStringLiteral("UPDATE machines SET state = 'INITED' WHERE name = 'web1'"))));
        QVERIFY(denied(rawAs("alice", QStringLiteral("DELETE FROM machines"))));
        QVERIFY(
            denied(rawAs("alice", QStringLiteral("INSERT INTO audit_log (time, operator, entity, entity_id, "
                                                 "action) VALUES (0, 'x', 'machine', 'web1', 'init')"))));
        QVERIFY(denied(rawAs("alice", QStringLiteral("INSERT INTO tree_nodes (name, kind, path, created_at) "
                                                     "VALUES ('x', 'folder', 'x', 0)"))));
        QVERIFY(
            denied(rawAs("dave", QStringLiteral("SELECT count(*) FROM machines")))); // no team role at all
        QCOMPARE(ownerValue(QStringLiteral("SELECT state FROM machines WHERE name = 'web1'")).toString(),
                 QStringLiteral("NEW"));
    }

    void operatorTransitionsButDoesNotEditTheTree()
    {
        auto init = runAs("bob", {"machine", "transition", "web1", "init", "--reason", "racked"});
        QVERIFY2(init.exitCode == 0, init.err.constData());
        QCOMPARE(ownerValue(QStringLiteral("SELECT state FROM machines WHERE name = 'web1'")).toString(),
                 QStringLiteral("INITED"));
        auto tree = runAs("bob", {"tree", "add", "acme/shop", "--kind", "service"});
        QCOMPARE(tree.exitCode, 3);
        QVERIFY2(tree.err.contains("opsdeck_admin"), tree.err.constData());
        QCOMPARE(runAs("bob", {"machine", "transition", "web1", "remove"}).exitCode, 3);
        // And the server: state yes, the machine's address or the tree no.
        QVERIFY(rawAs("bob", QStringLiteral("UPDATE machines SET state = state WHERE name = 'web1'")).ok());
        QVERIFY(denied(
            rawAs("bob", QStringLiteral("UPDATE machines SET address = '10.9.9.9' WHERE name = 'web1'"))));
        QVERIFY(denied(rawAs("bob", QStringLiteral("DELETE FROM machines WHERE name = 'web1'"))));
        QVERIFY(denied(rawAs("bob", QStringLiteral("INSERT INTO tree_nodes (name, kind, path, created_at) "
                                                   "VALUES ('x', 'folder', 'x', 0)"))));
        QCOMPARE(ownerValue(QStringLiteral("SELECT count(*) FROM tree_nodes")).toInt(), 0);

        auto add = runAs("carol", {"tree", "add", "acme/shop", "--kind", "service"});
        QVERIFY2(add.exitCode == 0, add.err.constData());
        QCOMPARE(runAs("carol", {"tree", "bind", "acme/shop", "--machine", "web1"}).exitCode, 0);
        QCOMPARE(runAs("carol", {"db", "grant", "dave", "viewer"}).exitCode, 0); // admins hand out roles
        QVERIFY(rawAs("dave", QStringLiteral("SELECT count(*) FROM machines")).ok());
    }

    void auditOperatorIsTheDatabaseRole()
    {
        // The CLI sends the OS user's name; the server writes the role's.
        QCOMPARE(
            ownerValue(QStringLiteral("SELECT operator FROM audit_log WHERE action = 'init' AND entity_id = "
                                      "'web1' ORDER BY id DESC LIMIT 1"))
                .toString(),
            QStringLiteral("bob"));
        QCOMPARE(ownerValue(QStringLiteral("SELECT operator FROM audit_log WHERE entity = 'node' "
                                           "ORDER BY id DESC LIMIT 1"))
                     .toString(),
                 QStringLiteral("carol"));
        // A client claiming another name gets its own.
        QVERIFY(
            rawAs("bob", QStringLiteral("INSERT INTO audit_log (time, operator, entity, entity_id, action) "
                                        "VALUES (1, 'mallory', 'machine', 'web1', 'forged')"))
                .ok());
        QCOMPARE(
            ownerValue(QStringLiteral("SELECT operator FROM audit_log WHERE action = 'forged'")).toString(),
            QStringLiteral("bob"));
        const QJsonArray entries =
            QJsonDocument::fromJson(runAs("alice", {"audit", "list", "--format", "json"}).out)
                .object()
                .value("entries")
                .toArray();
        QVERIFY(!entries.isEmpty());
    }

    void auditIsAppendOnly()
    {
        const int before = ownerValue(QStringLiteral("SELECT count(*) FROM audit_log")).toInt();
        QVERIFY(before > 0);
        for (const QString& user : {QStringLiteral("bob"), QStringLiteral("carol")}) {
            QVERIFY(denied(rawAs(user, QStringLiteral("UPDATE audit_log SET operator = 'nobody'"))));
            QVERIFY(denied(rawAs(user, QStringLiteral("DELETE FROM audit_log"))));
            QVERIFY(denied(rawAs(user, QStringLiteral("TRUNCATE audit_log"))));
        }
        // Granted by mistake: the trigger still refuses everyone but the owner.
        auto owner = open(m_url);
        QVERIFY(owner);
        QSqlDatabase c = owner->connection();
        QSqlQuery grant(c); // DDL: not a prepared statement
        QVERIFY2(grant.exec(QStringLiteral("GRANT UPDATE, DELETE, TRUNCATE ON audit_log TO opsdeck_admin")),
                 qPrintable(grant.lastError().text()));
        const Status update = rawAs("carol", QStringLiteral("UPDATE audit_log SET operator = 'nobody'"));
        QVERIFY(!update.ok());
        QVERIFY2(update.error().message.contains("append-only"), qPrintable(update.error().message));
        QVERIFY(!rawAs("carol", QStringLiteral("DELETE FROM audit_log")).ok());
        QVERIFY(!rawAs("carol", QStringLiteral("TRUNCATE audit_log")).ok());
        QCOMPARE(ownerValue(QStringLiteral("SELECT count(*) FROM audit_log")).toInt(), before);
        QCOMPARE(
            ownerValue(QStringLiteral("SELECT count(*) FROM audit_log WHERE operator = 'nobody'")).toInt(),
            0);
        // init-team again converges: the stray grant is gone.
        QCOMPARE(run({"db", "init-team"}).exitCode, 0);
        QCOMPARE(
            ownerValue(QStringLiteral("SELECT has_table_privilege('carol', 'audit_log', 'UPDATE')")).toBool(),
            false);
        QCOMPARE(ownerValue(QStringLiteral("SELECT has_table_privilege('bob', 'jobs', 'INSERT')")).toBool(),
                 true);
        QCOMPARE(ownerValue(QStringLiteral("SELECT has_table_privilege('alice', 'jobs', 'INSERT')")).toBool(),
                 false);
    }

    void checksFollowTheRoles()
    {
        // Admins define checks; operators (the checker, an on-call person) write their state,
        // append alerts and acknowledge; viewers only read. The CLI and the server agree.
        auto add = runAs("carol", {"check", "add", "http", "--name", "shop", "--node", "acme/shop", "--url",
                                   "https://shop.example/"});
        QVERIFY2(add.exitCode == 0, add.err.constData());
        auto bobAdd = runAs("bob", {"check", "add", "http", "--name", "x", "--url", "https://x.example/"});
        QCOMPARE(bobAdd.exitCode, 3);
        QVERIFY2(bobAdd.err.contains("opsdeck_admin"), bobAdd.err.constData());
        const QString id = ownerValue(QStringLiteral("SELECT id FROM checks WHERE name = 'shop'")).toString();
        QVERIFY(!id.isEmpty());

        // The server, with no client check in between.
        QVERIFY(denied(rawAs("alice", QStringLiteral("INSERT INTO checks (name, kind, created_at) "
                                                     "VALUES ('v', 'http', 0)"))));
        QVERIFY(denied(rawAs("bob", QStringLiteral("INSERT INTO checks (name, kind, created_at) "
                                                   "VALUES ('o', 'http', 0)"))));
        QVERIFY(denied(rawAs("bob", QStringLiteral("UPDATE checks SET interval_secs = 1"))));
        QVERIFY(denied(rawAs("alice",
                             QStringLiteral("INSERT INTO check_state (check_id, target, state) "
                                            "VALUES (?, 'web1', 'failing')"),
                             {id.toLongLong()})));
        QVERIFY(
            rawAs("bob",
                  QStringLiteral("INSERT INTO check_state (check_id, target, state, last_status, since_ms, "
                                 "message) VALUES (?, 'web1', 'failing', 'critical', 1000, 'HTTP 503')"),
                  {id.toLongLong()})
                .ok());
        QVERIFY(
            rawAs("bob",
                  QStringLiteral("INSERT INTO alert_events (check_id, check_name, target, from_state, "
                                 "to_state, status, importance, at_ms) VALUES (?, 'shop', 'web1', 'passing', "
                                 "'failing', 'critical', 'error', 1000)"),
                  {id.toLongLong()})
                .ok());
        QVERIFY(denied(
            rawAs("alice", QStringLiteral("INSERT INTO alert_events (check_name, from_state, to_state, "
                                          "status, importance, at_ms) VALUES ('shop', 'passing', "
                                          "'failing', 'critical', 'error', 2)"))));
        QVERIFY(denied(rawAs("bob", QStringLiteral("DELETE FROM alert_events")))); // append only
        QVERIFY(denied(rawAs("bob", QStringLiteral("UPDATE alert_events SET message = 'x'"))));
        QVERIFY(denied(rawAs("alice", QStringLiteral("UPDATE check_state SET acknowledged = 1"))));

        // The CLI: a viewer may not acknowledge, an operator may; neither removes the check.
        auto aliceAck = runAs("alice", {"check", "ack", "shop"});
        QCOMPARE(aliceAck.exitCode, 3);
        QVERIFY2(aliceAck.err.contains("opsdeck_operator"), aliceAck.err.constData());
        QCOMPARE(
            ownerValue(QStringLiteral("SELECT acknowledged FROM check_state WHERE target = 'web1'")).toInt(),
            0);
        auto bobAck = runAs("bob", {"check", "ack", "shop"});
        QVERIFY2(bobAck.exitCode == 0, bobAck.err.constData());
        QCOMPARE(
            ownerValue(QStringLiteral("SELECT acknowledged FROM check_state WHERE target = 'web1'")).toInt(),
            1);
        QCOMPARE(runAs("bob", {"check", "silence", "shop", "--until", "1h"}).exitCode, 0);
        QCOMPARE(runAs("bob", {"check", "remove", "shop"}).exitCode, 3);
        QCOMPARE(runAs("alice", {"check", "silence", "shop", "--until", "1h"}).exitCode, 3);
        // Maintenance windows: operators write them, viewers only read (CLI and server).
        QCOMPARE(
            runAs("alice", {"check", "maintenance", "add", "--node", "acme/shop", "--to", "1h"}).exitCode, 3);
        QVERIFY(denied(
            rawAs("alice", QStringLiteral("INSERT INTO maintenance_windows (node_path, from_ms, to_ms) "
                                          "VALUES ('acme', 0, 1)"))));
        auto bobWindow = runAs(
            "bob", {"check", "maintenance", "add", "--node", "acme/shop", "--to", "1h", "--format", "json"});
        QVERIFY2(bobWindow.exitCode == 0, bobWindow.err.constData());
        const QString window =
            QString::number(QJsonDocument::fromJson(bobWindow.out).object().value("id").toInteger());
        QCOMPARE(runAs("alice", {"check", "maintenance", "list"}).exitCode, 0);
        QCOMPARE(runAs("alice", {"check", "maintenance", "remove", window}).exitCode, 3);
        QCOMPARE(runAs("bob", {"check", "maintenance", "remove", window}).exitCode, 0);
        const QJsonArray checks =
            QJsonDocument::fromJson(runAs("alice", {"check", "list", "--format", "json"}).out)
                .object()
                .value("checks")
                .toArray();
        QCOMPARE(checks.size(), 1);
        QCOMPARE(checks.at(0).toObject().value("acknowledged").toBool(), true);
        QVERIFY(!checks.at(0).toObject().value("silenced_until").isNull());
        const QJsonArray alerts =
            QJsonDocument::fromJson(runAs("alice", {"alert", "list", "--since", "0", "--format", "json"}).out)
                .object()
                .value("alerts")
                .toArray();
        QCOMPARE(alerts.size(), 1);
        QCOMPARE(runAs("carol", {"check", "remove", "shop"}).exitCode, 0);
        QCOMPARE(ownerValue(QStringLiteral("SELECT count(*) FROM alert_events")).toInt(), 1); // history stays
    }

    // Where alerts go is an admin's setting: an operator may read it, not change it.
    void alertConfigIsAnAdminsSetting()
    {
        QCOMPARE(runAs("bob", {"alert", "config"}).exitCode, 0);
        auto refused = runAs("bob", {"alert", "config", "--threshold", "critical"});
        QCOMPARE(refused.exitCode, 3);
        QVERIFY2(refused.err.contains("opsdeck_admin"), refused.err.constData());
        QCOMPARE(ownerValue(QStringLiteral("SELECT count(*) FROM settings WHERE key = 'alerts.threshold' AND "
                                           "value = 'critical'"))
                     .toInt(),
                 0);
        auto allowed = runAs("carol", {"alert", "config", "--threshold", "critical"});
        QVERIFY2(allowed.exitCode == 0, allowed.err.constData());
        QCOMPARE(ownerValue(QStringLiteral("SELECT value FROM settings WHERE key = 'alerts.threshold'"))
                     .toString(),
                 QStringLiteral("critical"));
    }

    void revokedRoleIsRefused()
    {
        QCOMPARE(run({"db", "grant", "bob", "viewer"}).exitCode, 0);
        QCOMPARE(run({"db", "revoke", "bob", "operator"}).exitCode, 0);
        QCOMPARE(runAs("bob", {"machine", "transition", "web1", "online"}).exitCode, 3);
        QCOMPARE(runAs("bob", {"machine", "list"}).exitCode, 0);
        QVERIFY(denied(rawAs("bob", QStringLiteral("UPDATE machines SET state = state"))));
    }

    void cleanupTestCase() { m_pg.reset(); }
};

QTEST_GUILESS_MAIN(TestTeamRoles)
#include "tst_teamroles.moc"
