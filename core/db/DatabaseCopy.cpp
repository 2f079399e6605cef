#include "db/DatabaseCopy.h"

#include "db/ConnectionProfile.h"
#include "db/Database.h"
#include "db/TableCatalog.h"
#include "db/TeamGrants.h"
#include "db/TeamRole.h"

#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>

namespace opsdeck {
namespace {

constexpr qint64 kProgressEvery = 5000;

QString quoted(const QStringList& names)
{
    QStringList q;
    for (const QString& n : names)
        q << TeamGrants::quoteIdentifier(n);
    return q.join(QStringLiteral(", "));
}

// The tables to copy, as the source has them, less the columns the target lacks.
Result<QList<TableShape>> plan(QSqlDatabase& from, QSqlDatabase& to)
{
    auto sourceTables = TableCatalog::tables(from);
    auto targetTables = TableCatalog::tables(to);
    if (!sourceTables.ok())
        return sourceTables.error();
    if (!targetTables.ok())
        return targetTables.error();
    QList<TableShape> shapes;
    for (const QString& t : *sourceTables) {
        if (!DatabaseCopy::copies(t) || !targetTables->contains(t))
            continue;
        auto s = TableCatalog::shape(from, t);
        auto d = TableCatalog::shape(to, t);
        if (!s.ok())
            return s.error();
        if (!d.ok())
            return d.error();
        s->columns.removeIf([&](const QString& c) { return !d->columns.contains(c); });
        s->selfColumns.removeIf([&](const QString& c) { return !s->columns.contains(c); });
        s->identity = d->identity; // the target's sequences are the ones to reset
        shapes << *s;
    }
    return TableCatalog::inDependencyOrder(shapes);
}

Status refuseNonEmpty(QSqlDatabase& to, const QList<TableShape>& shapes)
{
    for (const TableShape& s : shapes) {
        auto q = Database::exec(
            to, QStringLiteral("SELECT 1 FROM %1 LIMIT 1").arg(TeamGrants::quoteIdentifier(s.name)));
        if (!q.ok())
            return q.error();
        if (q->next())
            return Error::refused(
                DatabaseCopy::tr("the target database is not empty (%1 has rows): a copy goes "
                                 "only into an empty database; nothing was written")
                    .arg(s.name));
    }
    return {};
}

Result<qint64> countRows(QSqlDatabase& from, const QString& table)
{
    auto q = Database::exec(
        from, QStringLiteral("SELECT count(*) FROM %1").arg(TeamGrants::quoteIdentifier(table)));
    if (!q.ok())
        return q.error();
    return q->next() ? q->value(0).toLongLong() : 0;
}

// Rows of `s` from `from` into `to`; self-referencing columns NULL, then set.
Result<qint64> copyTable(QSqlDatabase& from, QSqlDatabase& to, const TableShape& s,
                         const DatabaseCopy::Progress& progress)
{
    if (!s.selfColumns.isEmpty() && s.primaryKey.isEmpty())
        return Error::failure(
            DatabaseCopy::tr("%1 refers to its own rows but has no primary key").arg(s.name));
    auto total = countRows(from, s.name);
    if (!total.ok())
        return total.error();
    QSqlQuery read(from);
    read.setForwardOnly(true);
    const QString table = TeamGrants::quoteIdentifier(s.name);
    const QString order =
        s.primaryKey.isEmpty() ? QString() : QStringLiteral(" ORDER BY ") + quoted(s.primaryKey);
    if (!read.exec(QStringLiteral("SELECT %1 FROM %2%3").arg(quoted(s.columns), table, order)))
        return Database::sqlError(DatabaseCopy::tr("reading %1 failed").arg(s.name), read.lastError());
    QStringList marks;
    for (qsizetype i = 0; i < s.columns.size(); ++i)
        marks << QStringLiteral("?");
    QSqlQuery insert(to);
    if (!insert.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                            .arg(table, quoted(s.columns), marks.join(QStringLiteral(", ")))))
        return Database::sqlError(DatabaseCopy::tr("writing %1 failed").arg(s.name), insert.lastError());
    QList<QVariantList> later; // the self-referencing values, then the primary key's
    qint64 done = 0;
    while (read.next()) {
        for (qsizetype i = 0; i < s.columns.size(); ++i) // self references NULL until every row is in
            insert.bindValue(int(i),
                             s.selfColumns.contains(s.columns.at(i)) ? QVariant() : read.value(int(i)));
        if (!insert.exec())
            return Database::sqlError(DatabaseCopy::tr("writing %1 failed").arg(s.name), insert.lastError());
        if (!s.selfColumns.isEmpty()) {
            QVariantList row;
            for (const QString& c : s.selfColumns + s.primaryKey)
                row << read.value(int(s.columns.indexOf(c)));
            later << row;
        }
        if (++done % kProgressEvery == 0 && progress)
            progress(s.name, done, *total);
    }
    if (!later.isEmpty()) {
        QStringList sets, where;
        for (const QString& c : s.selfColumns)
            sets << TeamGrants::quoteIdentifier(c) + QStringLiteral(" = ?");
        for (const QString& k : s.primaryKey)
            where << TeamGrants::quoteIdentifier(k) + QStringLiteral(" = ?");
        QSqlQuery update(to);
        if (!update.prepare(
                QStringLiteral("UPDATE %1 SET %2 WHERE %3")
                    .arg(table, sets.join(QStringLiteral(", ")), where.join(QStringLiteral(" AND ")))))
            return Database::sqlError(DatabaseCopy::tr("writing %1 failed").arg(s.name), update.lastError());
        for (const QVariantList& row : later) {
            if (std::all_of(row.begin(), row.begin() + s.selfColumns.size(),
                            [](const QVariant& v) { return v.isNull(); }))
                continue;
            for (qsizetype i = 0; i < row.size(); ++i)
                update.bindValue(int(i), row.at(i));
            if (!update.exec())
                return Database::sqlError(DatabaseCopy::tr("writing %1 failed").arg(s.name),
                                          update.lastError());
        }
    }
    if (progress)
        progress(s.name, done, *total);
    return done;
}

Status resetIdentities(QSqlDatabase& to, const TableShape& s)
{
    for (const QString& c : s.identity) {
        const QString sql = QStringLiteral("SELECT setval(pg_get_serial_sequence(?, ?), "
                                           "coalesce((SELECT max(%1) FROM %2), 0) + 1, false)")
                                .arg(TeamGrants::quoteIdentifier(c), TeamGrants::quoteIdentifier(s.name));
        if (auto q = Database::exec(to, sql, {TeamGrants::quoteIdentifier(s.name), c}); !q.ok())
            return q.error();
    }
    return {};
}

} // namespace

bool DatabaseCopy::copies(const QString& table)
{
    return table != QLatin1String("schema_version") && table != QLatin1String("settings") &&
           !table.startsWith(QLatin1String("metric_"));
}

Result<QList<CopiedTable>> DatabaseCopy::copy(Database& source, Database& target, const Progress& progress)
{
    if (source.path() == target.path())
        return Error::usage(tr("a database cannot be copied into itself"));
    auto from = source.tryConnection();
    auto to = target.tryConnection();
    if (!from.ok())
        return from.error();
    if (!to.ok())
        return to.error();
    if (target.dialect() == Dialect::Postgres) {
        auto who = TeamRole::ask(*to);
        if (!who.ok())
            return who.error();
        if (!who->owner)
            return Error::refused(
                tr("only the target database's owner may copy into it; %1 is not the owner").arg(who->user));
    }
    auto shapes = plan(*from, *to);
    if (!shapes.ok())
        return shapes.error();
    QList<CopiedTable> copied;
    const Status done = Database::transactionOn(*to, [&](QSqlDatabase& c) -> Status {
        if (Status s = refuseNonEmpty(c, *shapes); !s.ok())
            return s;
        // A copy keeps who changed each row: migration 0016's trigger lets the tables' owner
        // (only) write changed_by as it was while this transaction says so.
        if (ConnectionProfile::dialectOf(c) == Dialect::Postgres)
            if (auto set = Database::exec(c, QStringLiteral("SELECT set_config('opsdeck.copy', 'on', true)"));
                !set.ok())
                return set.error();
        for (const TableShape& s : *shapes) {
            auto n = copyTable(*from, c, s, progress);
            if (!n.ok())
                return n.error();
            if (Status r = resetIdentities(c, s); !r.ok())
                return r;
            copied << CopiedTable{s.name, *n};
        }
        return {};
    });
    if (!done.ok())
        return done.error();
    return copied;
}

} // namespace opsdeck
