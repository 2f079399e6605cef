// Migration 0009 rebuilds `sources` to allow the kind 'ssh': a database at 0008 keeps its
// sources (ids, every column), their targets' status rows, the index, and gets
// pools.init_script.
#include "db/Database.h"
#include "db/Migration.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace opsdeck;

class tst_SshSourceMigration : public QObject
{
    Q_OBJECT

private slots:
    void rebuildKeepsSourcesAndTargets();
};

namespace {

QVariant scalar(Database& db, const QString& sql)
{
    QSqlDatabase c = db.connection();
    QSqlQuery q(c);
    if (!q.exec(sql) || !q.next())
        return {};
    return q.value(0);
}

} // namespace

void tst_SshSourceMigration::rebuildKeepsSourcesAndTargets()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("m.sqlite"));
    {
        Database::Options o;
        o.migrations.clear();
        for (const Migration& m : Migration::all())
            if (m.version <= 8)
                o.migrations << m;
        auto db = Database::open(path, o);
        QVERIFY2(db.ok(), db.ok() ? "" : qPrintable(db.error().message));
        QCOMPARE((*db)->schemaVersion(), 8);
        QSqlDatabase c = (*db)->connection();
        QSqlQuery q(c);
        QVERIFY(q.exec(QStringLiteral("INSERT INTO pools (id, name, created_at) VALUES (7, 'p', 1)")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO machines (id, name, address, pool_id, created_at) VALUES "
                                      "(3, 'm1', '10.0.0.1', 7, 1)")));
        QVERIFY(q.exec(QStringLiteral(
            "INSERT INTO sources (id, kind, url, query, machine_id, interval, timeout, auth, secret_name, "
            "created_at) VALUES (42, 'prometheus', 'http://p:9090', 'up', 3, 30, 5, 'bearer', 'tok', 9)")));
        QVERIFY(q.exec(
            QStringLiteral("INSERT INTO source_targets (source_id, machine, last_ok, last_error, state) "
                           "VALUES (42, 'm1', 100, 'boom', 'down')")));
        // 'ssh' is refused before 0009.
        QVERIFY(!q.exec(QStringLiteral("INSERT INTO sources (kind, url, created_at) VALUES ('ssh', '', 1)")));
    }
    auto db = Database::open(path);
    QVERIFY2(db.ok(), db.ok() ? "" : qPrintable(db.error().message));
    QVERIFY((*db)->schemaVersion() >= 9);
    Database& d = **db;
    QCOMPARE(
        scalar(d, QStringLiteral("SELECT kind || ' ' || url || ' ' || query || ' ' || machine_id || ' ' || "
                                 "interval || ' ' || timeout || ' ' || auth || ' ' || secret_name || ' ' || "
                                 "created_at FROM sources WHERE id = 42"))
            .toString(),
        QStringLiteral("prometheus http://p:9090 up 3 30 5 bearer tok 9"));
    QCOMPARE(
        scalar(d, QStringLiteral("SELECT last_ok || ' ' || last_error || ' ' || state FROM source_targets "
                                 "WHERE source_id = 42 AND machine = 'm1'"))
            .toString(),
        QStringLiteral("100 boom down"));
    QCOMPARE(scalar(d, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name = "
                                      "'sources_machine' AND tbl_name = 'sources'"))
                 .toInt(),
             1);
    QCOMPARE(scalar(d, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name LIKE '%kept%' OR name = "
                                      "'sources_new'"))
                 .toInt(),
             0);
    QSqlDatabase c = d.connection();
    QSqlQuery q(c);
    QVERIFY(q.exec(
        QStringLiteral("INSERT INTO sources (kind, url, machine_id, created_at) VALUES ('ssh', '', 3, 1)")));
    QVERIFY(!q.exec(QStringLiteral("INSERT INTO sources (kind, url, created_at) VALUES ('telnet', '', 1)")));
    // source_targets still references the rebuilt table: removing a source removes its targets.
    QVERIFY(q.exec(QStringLiteral("DELETE FROM sources WHERE id = 42")));
    QCOMPARE(scalar(d, QStringLiteral("SELECT count(*) FROM source_targets WHERE source_id = 42")).toInt(),
             0);
    QCOMPARE(scalar(d, QStringLiteral("SELECT init_script FROM pools WHERE id = 7")).toString(), QString());
    QCOMPARE(scalar(d, QStringLiteral("PRAGMA foreign_key_check")).isValid(), false);
}

QTEST_GUILESS_MAIN(tst_SshSourceMigration)
#include "tst_sshsourcemigration.moc"
