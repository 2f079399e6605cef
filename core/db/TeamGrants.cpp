#include "db/TeamGrants.h"

#include "db/Database.h"

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace opsdeck {
namespace {

// Tables an operator writes whole: job history, what collectors and pollers record, and
// the checker's state of each check (with acknowledgements and silences) and maintenance.
const QSet<QString>& operatorTables()
{
    static const QSet<QString> t{QStringLiteral("jobs"),
                                 QStringLiteral("job_hosts"),
                                 QStringLiteral("job_steps"),
                                 QStringLiteral("job_output"),
                                 QStringLiteral("job_claims"),
                                 QStringLiteral("machine_meta"),
                                 QStringLiteral("source_targets"),
                                 QStringLiteral("check_state"),
                                 QStringLiteral("maintenance_windows"),
                                 QStringLiteral("dashboards")};
    return t;
}

// Tables an operator may only append to: the alert history (migration 0013) beside the
// audit log.
const QSet<QString>& operatorAppendTables()
{
    static const QSet<QString> t{QStringLiteral("audit_log"), QStringLiteral("alert_events")};
    return t;
}

// Tables an admin writes whole (on top of the operator's).
const QSet<QString>& adminTables()
{
    static const QSet<QString> t{
        QStringLiteral("settings"),      QStringLiteral("pools"),         QStringLiteral("machines"),
        QStringLiteral("tree_nodes"),    QStringLiteral("services"),      QStringLiteral("units"),
        QStringLiteral("node_machines"), QStringLiteral("node_urls"),     QStringLiteral("relations"),
        QStringLiteral("sources"),       QStringLiteral("job_templates"), QStringLiteral("service_unit_ids"),
        QStringLiteral("checks")};
    return t;
}

// The columns of machines an operator may update: its lifecycle and bookkeeping.
const QStringList& operatorMachineColumns()
{
    // version, changed_by, changed_at: migration 0012's row version of the transition.
    static const QStringList c{QStringLiteral("state"), QStringLiteral("last_seen"),
                               QStringLiteral("version"), QStringLiteral("changed_by"),
                               QStringLiteral("changed_at")};
    return c;
}

Status ddl(QSqlDatabase& c, const QString& sql)
{
    QSqlQuery q(c);
    if (!q.exec(sql))
        return Database::sqlError(TeamGrants::tr("setting up the team roles failed"), q.lastError());
    return {};
}

Result<QStringList> strings(QSqlDatabase& c, const QString& sql, const QVariantList& bindings = {})
{
    auto q = Database::exec(c, sql, bindings);
    if (!q.ok())
        return q.error();
    QStringList out;
    while (q->next())
        out << q->value(0).toString();
    return out;
}

Status requireOwner(QSqlDatabase& c)
{
    auto who = TeamRole::ask(c);
    if (!who.ok())
        return who.error();
    if (!who->owner)
        return Error::refused(TeamGrants::tr("only the database's owner may set up the team roles; %1 is not "
                                             "the owner: connect as the role that owns the schema")
                                  .arg(who->user));
    return {};
}

Status createMissingRoles(QSqlDatabase& c, TeamGrantReport& report)
{
    for (Capability cap : {Capability::View, Capability::Operate, Capability::Administer}) {
        const QString role = teamRoleName(cap);
        auto q = Database::exec(c, QStringLiteral("SELECT 1 FROM pg_roles WHERE rolname = ?"), {role});
        if (!q.ok())
            return q.error();
        if (q->next())
            continue;
        if (Status s = ddl(c, QStringLiteral("CREATE ROLE %1 NOLOGIN").arg(role)); !s.ok())
            return Error::refused(
                TeamGrants::tr("could not create the role %1 (the owner needs CREATEROLE): %2")
                    .arg(role, s.error().message));
        report.createdRoles << role;
    }
    return {};
}

Status grantTables(QSqlDatabase& c, TeamGrantReport& report)
{
    const QString viewer = teamRoleName(Capability::View);
    const QString op = teamRoleName(Capability::Operate);
    const QString admin = teamRoleName(Capability::Administer);
    auto tables =
        strings(c, QStringLiteral("SELECT tablename FROM pg_tables WHERE schemaname = current_schema() "
                                  "ORDER BY tablename"));
    if (!tables.ok())
        return tables.error();
    for (const QString& table : *tables) {
        const QString t = TeamGrants::quoteIdentifier(table);
        QStringList sql{QStringLiteral("REVOKE ALL ON TABLE %1 FROM %2, %3, %4").arg(t, viewer, op, admin),
                        QStringLiteral("GRANT SELECT ON TABLE %1 TO %2").arg(t, viewer)};
        if (operatorTables().contains(table)) {
            sql << QStringLiteral("GRANT INSERT, UPDATE, DELETE ON TABLE %1 TO %2").arg(t, op);
        } else if (operatorAppendTables().contains(table)) {
            sql << QStringLiteral("GRANT INSERT ON TABLE %1 TO %2").arg(t, op);
        } else if (adminTables().contains(table)) {
            sql << QStringLiteral("GRANT INSERT, UPDATE, DELETE ON TABLE %1 TO %2").arg(t, admin);
        } else if (table != QLatin1String("schema_version")) {
            report.selectOnly << table;
        }
        if (table == QLatin1String("machines")) {
            auto cols = strings(c,
                                QStringLiteral("SELECT column_name FROM information_schema.columns "
                                               "WHERE table_schema = current_schema() AND table_name = ? "
                                               "ORDER BY ordinal_position"),
                                {table});
            if (!cols.ok())
                return cols.error();
            QStringList mine;
            for (const QString& col : *cols)
                if (operatorMachineColumns().contains(col))
                    mine << TeamGrants::quoteIdentifier(col);
            sql << QStringLiteral("GRANT UPDATE (%1) ON TABLE %2 TO %3")
                       .arg(mine.join(QStringLiteral(", ")), t, op);
        }
        for (const QString& s : sql)
            if (Status st = ddl(c, s); !st.ok())
                return st;
        report.grantedTables << table;
    }
    return {};
}

} // namespace

QString TeamGrants::quoteIdentifier(const QString& name)
{
    QString q = name;
    q.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + q + QLatin1Char('"');
}

Result<Capability> TeamGrants::parseRole(const QString& text)
{
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("viewer"))
        return Capability::View;
    if (t == QLatin1String("operator"))
        return Capability::Operate;
    if (t == QLatin1String("admin"))
        return Capability::Administer;
    return Error::usage(tr("a team role is viewer, operator or admin, not '%1'").arg(text));
}

Result<TeamGrantReport> TeamGrants::init(Database& db)
{
    if (db.dialect() != Dialect::Postgres)
        return Error::refused(tr("team roles are for a shared PostgreSQL database (--db postgresql://...); "
                                 "a local SQLite file has one user"));
    auto conn = db.tryConnection();
    if (!conn.ok())
        return conn.error();
    if (Status s = requireOwner(*conn); !s.ok())
        return s.error();
    TeamGrantReport report;
    const Status done = Database::transactionOn(*conn, [&](QSqlDatabase& c) -> Status {
        if (Status s = createMissingRoles(c, report); !s.ok())
            return s;
        const QString viewer = teamRoleName(Capability::View);
        const QString op = teamRoleName(Capability::Operate);
        const QString admin = teamRoleName(Capability::Administer);
        auto schemaName = strings(c, QStringLiteral("SELECT current_schema()"));
        if (!schemaName.ok())
            return schemaName.error();
        const QString schema = quoteIdentifier(schemaName->value(0));
        const QStringList setup{
            QStringLiteral("GRANT %1 TO %2").arg(viewer, op), QStringLiteral("GRANT %1 TO %2").arg(op, admin),
            // Admins grant the roles to people (`opsdeck db grant`).
            QStringLiteral("GRANT %1, %2 TO %3 WITH ADMIN OPTION").arg(viewer, op, admin),
            QStringLiteral("GRANT USAGE ON SCHEMA %1 TO %2").arg(schema, viewer),
            QStringLiteral("GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA %1 TO %2").arg(schema, op),
            // Tables the owner adds later are readable at once; their writes need init-team again.
            QStringLiteral("ALTER DEFAULT PRIVILEGES IN SCHEMA %1 GRANT SELECT ON TABLES TO %2")
                .arg(schema, viewer),
            QStringLiteral("ALTER DEFAULT PRIVILEGES IN SCHEMA %1 GRANT USAGE, SELECT ON SEQUENCES TO %2")
                .arg(schema, op)};
        for (const QString& s : setup)
            if (Status st = ddl(c, s); !st.ok())
                return st;
        return grantTables(c, report);
    });
    if (!done.ok())
        return done.error();
    return report;
}

Status TeamGrants::grant(Database& db, const QString& user, Capability capability)
{
    if (db.dialect() != Dialect::Postgres)
        return Error::refused(tr("team roles are for a shared PostgreSQL database"));
    auto c = db.tryConnection();
    if (!c.ok())
        return c.error();
    auto q = Database::exec(*c, QStringLiteral("SELECT 1 FROM pg_roles WHERE rolname = ?"), {user});
    if (!q.ok())
        return q.error();
    if (!q->next())
        return Error::notFound(
            tr("no database role named '%1' (create it with CREATE ROLE ... LOGIN)").arg(user));
    const QString admin =
        capability == Capability::Administer ? QStringLiteral(" WITH ADMIN OPTION") : QString();
    return ddl(
        *c, QStringLiteral("GRANT %1 TO %2%3").arg(teamRoleName(capability), quoteIdentifier(user), admin));
}

Status TeamGrants::revoke(Database& db, const QString& user, Capability capability)
{
    if (db.dialect() != Dialect::Postgres)
        return Error::refused(tr("team roles are for a shared PostgreSQL database"));
    auto c = db.tryConnection();
    if (!c.ok())
        return c.error();
    return ddl(*c, QStringLiteral("REVOKE %1 FROM %2").arg(teamRoleName(capability), quoteIdentifier(user)));
}

} // namespace opsdeck
