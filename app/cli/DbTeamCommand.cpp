// `opsdeck db init-team|grant|revoke|whoami`: the team roles on a shared PostgreSQL
// database (core/db TeamGrants, TeamAccess).

#include "cli/DbTeamCommand.h"

#include "cli/VerbTable.h"
#include "db/TeamGrants.h"

#include <QJsonArray>
#include <QJsonObject>

namespace opsdeck::cli {

int dbInitTeam(CliContext& ctx, const QCommandLineParser&, const QStringList& rest)
{
    if (!rest.isEmpty())
        return ctx.usage(CliContext::tr("unexpected argument '%1'").arg(rest.first()));
    auto db = ctx.database();
    if (!db.ok())
        return ctx.fail(db.error());
    auto report = TeamGrants::init(**db);
    if (!report.ok())
        return ctx.fail(report.error());
    for (const QString& role : report->createdRoles)
        ctx.out << CliContext::tr("created role %1").arg(role) << Qt::endl;
    ctx.out << CliContext::tr("granted opsdeck_viewer, opsdeck_operator and opsdeck_admin on %1 tables")
                   .arg(report->grantedTables.size())
            << Qt::endl;
    if (!report->selectOnly.isEmpty())
        ctx.err << CliContext::tr("opsdeck: tables this Opsdeck does not know, readable only: %1")
                       .arg(report->selectOnly.join(QStringLiteral(", ")))
                << Qt::endl;
    return 0;
}

namespace {

int grantOrRevoke(CliContext& ctx, const QStringList& rest, bool grant)
{
    if (rest.size() != 2)
        return ctx.usage(CliContext::tr("takes a USER and a role: viewer, operator or admin"));
    auto role = TeamGrants::parseRole(rest.at(1));
    if (!role.ok())
        return ctx.fail(role.error());
    auto db = ctx.database();
    if (!db.ok())
        return ctx.fail(db.error());
    const Status s =
        grant ? TeamGrants::grant(**db, rest.at(0), *role) : TeamGrants::revoke(**db, rest.at(0), *role);
    if (!s.ok())
        return ctx.fail(s.error());
    ctx.out << (grant ? CliContext::tr("%1 now has the role %2")
                      : CliContext::tr("%1 no longer has the role %2"))
                   .arg(rest.at(0), teamRoleName(*role))
            << Qt::endl;
    return 0;
}

} // namespace

int dbGrant(CliContext& ctx, const QCommandLineParser&, const QStringList& rest)
{
    return grantOrRevoke(ctx, rest, true);
}

int dbRevoke(CliContext& ctx, const QCommandLineParser&, const QStringList& rest)
{
    return grantOrRevoke(ctx, rest, false);
}

int dbWhoami(CliContext& ctx, const QCommandLineParser& p, const QStringList& rest)
{
    if (!rest.isEmpty())
        return ctx.usage(CliContext::tr("unexpected argument '%1'").arg(rest.first()));
    auto db = ctx.database();
    if (!db.ok())
        return ctx.fail(db.error());
    auto m = TeamRole::current(**db);
    if (!m.ok())
        return ctx.fail(m.error());
    printRecords(ctx.out, formatOf(p), QStringLiteral("users"),
                 {QStringLiteral("user"), QStringLiteral("role"), QStringLiteral("capability")},
                 QJsonArray{QJsonObject{{QStringLiteral("user"), m->user},
                                        {QStringLiteral("role"), m->role},
                                        {QStringLiteral("capability"), capabilityName(m->capability)}}});
    return 0;
}

} // namespace opsdeck::cli
