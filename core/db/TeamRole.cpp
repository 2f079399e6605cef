#include "db/TeamRole.h"

#include "db/Database.h"

#include <QSqlQuery>
#include <QVariant>

namespace opsdeck {

QString capabilityName(Capability capability)
{
    switch (capability) {
    case Capability::View:
        return QStringLiteral("view");
    case Capability::Operate:
        return QStringLiteral("operate");
    case Capability::Administer:
        return QStringLiteral("administer");
    }
    return {};
}

QString teamRoleName(Capability capability)
{
    switch (capability) {
    case Capability::View:
        return QStringLiteral("opsdeck_viewer");
    case Capability::Operate:
        return QStringLiteral("opsdeck_operator");
    case Capability::Administer:
        return QStringLiteral("opsdeck_admin");
    }
    return {};
}

TeamRole TeamRole::localOwner()
{
    return TeamRole{QString(), true, Capability::Administer, QStringLiteral("owner")};
}

Result<TeamRole> TeamRole::current(Database& db)
{
    if (db.dialect() != Dialect::Postgres)
        return localOwner();
    auto c = db.tryConnection();
    if (!c.ok())
        return c.error();
    return ask(*c);
}

Result<TeamRole> TeamRole::ask(QSqlDatabase& connection)
{
    // USAGE, not MEMBER: the privileges a role gives without SET ROLE are what counts.
    auto q = Database::exec(
        connection,
        QStringLiteral("SELECT current_user, "
                       "coalesce((SELECT pg_has_role(current_user, t.tableowner, 'USAGE') FROM pg_tables t "
                       "  WHERE t.schemaname = current_schema() AND t.tablename = 'schema_version'), false), "
                       "EXISTS (SELECT 1 FROM pg_roles r WHERE r.rolname = ? AND pg_has_role(current_user, "
                       "r.oid, 'USAGE')), "
                       "EXISTS (SELECT 1 FROM pg_roles r WHERE r.rolname = ? AND pg_has_role(current_user, "
                       "r.oid, 'USAGE')), "
                       "EXISTS (SELECT 1 FROM pg_roles r WHERE r.rolname = ? AND pg_has_role(current_user, "
                       "r.oid, 'USAGE'))"),
        {teamRoleName(Capability::Administer), teamRoleName(Capability::Operate),
         teamRoleName(Capability::View)});
    if (!q.ok())
        return q.error();
    if (!q->next())
        return Error::failure(TeamAccess::tr("the database did not say who is connected"));
    TeamRole m;
    m.user = q->value(0).toString();
    m.owner = q->value(1).toBool();
    if (m.owner) {
        m.capability = Capability::Administer;
        m.role = QStringLiteral("owner");
    } else if (q->value(2).toBool()) {
        m.capability = Capability::Administer;
        m.role = teamRoleName(Capability::Administer);
    } else if (q->value(3).toBool()) {
        m.capability = Capability::Operate;
        m.role = teamRoleName(Capability::Operate);
    } else if (q->value(4).toBool()) {
        m.role = teamRoleName(Capability::View);
    }
    return m;
}

TeamAccess::TeamAccess(std::shared_ptr<Database> db) : m_db(std::move(db)) {}

Result<TeamRole> TeamAccess::role()
{
    std::lock_guard lock(m_mutex);
    if (m_cached)
        return *m_cached;
    auto asked = TeamRole::current(*m_db);
    if (!asked.ok())
        return asked.error();
    m_cached = *asked;
    return *m_cached;
}

bool TeamAccess::may(Capability needed)
{
    auto r = role();
    return r.ok() && r->may(needed);
}

Status TeamAccess::require(Capability needed, const QString& what)
{
    auto m = role();
    if (!m.ok())
        return m.error();
    if (m->may(needed))
        return {};
    return Error::refused(
        tr("%1 may not %2 on this team database: that needs the %3 role (%1 has %4)")
            .arg(m->user, what, teamRoleName(needed), m->role.isEmpty() ? tr("no team role") : m->role));
}

} // namespace opsdeck
