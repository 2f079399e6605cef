#pragma once

#include "db/TeamRole.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QStringList>

namespace opsdeck {

class Database;

// What `opsdeck db init-team` did.
struct TeamGrantReport
{
    QStringList createdRoles;  // the roles that did not exist yet
    QStringList grantedTables; // every table given grants
    QStringList selectOnly;    // tables this Opsdeck does not know: SELECT for viewers only
};

// The three team roles and what the server lets each do (PostgreSQL only).
//
// init(): creates opsdeck_viewer, opsdeck_operator and opsdeck_admin (NOLOGIN group
// roles, each a member of the one below) when missing, then in one transaction revokes
// whatever they held on the schema's tables and grants the plan afresh, so running it
// again (after an upgrade added tables or columns) converges on the same grants:
//   viewer    SELECT on every table (and by default on tables the owner creates later)
//   operator  + INSERT/UPDATE/DELETE on jobs, job_hosts, job_steps, job_output,
//               machine_meta, source_targets; INSERT on audit_log; UPDATE of machines'
//               state and last_seen (and version columns) only
//   admin     + INSERT/UPDATE/DELETE on the inventory, sources, services, units,
//               relations, job templates and settings; may grant the team roles
// Nobody but the owner gets UPDATE, DELETE or TRUNCATE on audit_log (migration 0010's
// triggers refuse them too). Only the schema's owner may run it.
class TeamGrants
{
    Q_DECLARE_TR_FUNCTIONS(TeamGrants)
public:
    static Result<TeamGrantReport> init(Database& db);

    // GRANT/REVOKE the team role for `capability` to/from the login role `user`.
    // An admin is granted WITH ADMIN OPTION, so admins can grant roles in turn.
    static Status grant(Database& db, const QString& user, Capability capability);
    static Status revoke(Database& db, const QString& user, Capability capability);

    // "viewer", "operator", "admin" (as typed on the command line).
    static Result<Capability> parseRole(const QString& text);

    // `name` as a quoted SQL identifier.
    static QString quoteIdentifier(const QString& name);
};

} // namespace opsdeck
