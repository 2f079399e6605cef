// `opsdeck db copy --to URL | --from URL`: a local inventory into an empty shared
// database, or a shared one into an empty local file (core/db DatabaseCopy).

#include "cli/DbTeamCommand.h"
#include "db/DatabaseCopy.h"
#include "db/DatabaseUrl.h"

namespace opsdeck::cli {

int dbCopy(CliContext& ctx, const QCommandLineParser& p, const QStringList& rest)
{
    if (!rest.isEmpty())
        return ctx.usage(CliContext::tr("unexpected argument '%1'").arg(rest.first()));
    const bool to = p.isSet(QStringLiteral("to"));
    if (to == p.isSet(QStringLiteral("from")))
        return ctx.usage(CliContext::tr("db copy takes one of --to URL or --from URL"));
    const QString other = p.value(to ? QStringLiteral("to") : QStringLiteral("from"));
    // Every word checked before either database is opened (opening creates and migrates).
    if (other.isEmpty())
        return ctx.usage(CliContext::tr("db copy needs a database URL or file after --%1")
                             .arg(QLatin1String(to ? "to" : "from")));
    if (DatabaseUrl::isUrl(other))
        if (auto url = DatabaseUrl::parse(other); !url.ok())
            return ctx.fail(url.error());
    if (other == ctx.dbPath)
        return ctx.usage(CliContext::tr("a database cannot be copied into itself"));
    auto here = ctx.database();
    if (!here.ok())
        return ctx.fail(here.error());
    auto there = Database::open(other);
    if (!there.ok())
        return ctx.fail(there.error());
    Database& source = to ? **here : **there;
    Database& target = to ? **there : **here;
    auto copied = DatabaseCopy::copy(source, target, [&](const QString& table, qint64 done, qint64 total) {
        if (total >= 5000)
            ctx.err << CliContext::tr("copying %1: %2 of %3 rows").arg(table).arg(done).arg(total)
                    << Qt::endl;
    });
    if (!copied.ok())
        return ctx.fail(copied.error());
    qint64 rows = 0;
    for (const CopiedTable& t : *copied)
        rows += t.rows;
    ctx.out << CliContext::tr("copied %1 rows in %2 tables from %3 to %4")
                   .arg(rows)
                   .arg(copied->size())
                   .arg(source.path(), target.path())
            << Qt::endl;
    return 0;
}

} // namespace opsdeck::cli
