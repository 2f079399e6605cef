#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <memory>
#include <mutex>
#include <optional>

namespace opsdeck {

class Database;

// What the connected user may do on a database, from least to most.
//   View       read everything
//   Operate    View + lifecycle transitions, ad-hoc commands and jobs, deploys, acks
//   Administer Operate + the tree, pools, machines' settings, sources, services, units,
//              job templates, relations and team roles
enum class Capability
{
    View = 0,
    Operate = 1,
    Administer = 2
};

QString capabilityName(Capability capability); // "view", "operate", "administer"

// The PostgreSQL group roles `opsdeck db init-team` creates, one per capability.
QString teamRoleName(Capability capability); // "opsdeck_viewer", ...

// Who the connected user is on a database and what that lets them do: a plain value the
// window keeps to grey out actions and the CLI asks before a verb writes.
// A SQLite file has one user, who may do everything (localOwner()). On PostgreSQL: the
// schema's owner (the role that migrated it, or a superuser) and members of opsdeck_admin
// administer, members of opsdeck_operator operate, anyone else views. The server's grants
// (TeamGrants) are what really enforce it; this is for refusing early and greying out.
struct TeamRole
{
    QString user;       // current_user; empty on SQLite
    bool owner = false; // member of the role owning the schema (or a superuser)
    Capability capability = Capability::View;
    QString role; // the team role that gives it, "owner", or "" (none: View)

    bool may(Capability needed) const { return capability >= needed; }

    // Everything allowed: a local SQLite file.
    static TeamRole localOwner();
    // Asks `db` on the calling thread's connection (PostgreSQL), or localOwner() (SQLite).
    static Result<TeamRole> current(Database& db);
    // One question on `connection` (PostgreSQL only).
    static Result<TeamRole> ask(QSqlDatabase& connection);
};

// TeamRole::current() asked once per Database and kept, for a caller asking often (the
// CLI before each verb, the window for each action). Any thread.
class TeamAccess
{
    Q_DECLARE_TR_FUNCTIONS(TeamAccess)
public:
    explicit TeamAccess(std::shared_ptr<Database> db);

    Result<TeamRole> role();
    bool may(Capability needed); // false when the server could not be asked

    // Error::refused ("USER may not WHAT on this team database: that needs the ROLE role")
    // when the user may not.
    Status require(Capability needed, const QString& what);

private:
    std::shared_ptr<Database> m_db;
    std::mutex m_mutex;
    std::optional<TeamRole> m_cached;
};

} // namespace opsdeck
