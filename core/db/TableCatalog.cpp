#include "db/TableCatalog.h"

#include "db/ConnectionProfile.h"
#include "db/Database.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <algorithm>

namespace opsdeck {
namespace {

bool isPostgres(QSqlDatabase& db)
{
    return ConnectionProfile::dialectOf(db) == Dialect::Postgres;
}

Result<QList<QStringList>> rows(QSqlDatabase& db, const QString& sql, const QVariantList& bindings, int width)
{
    auto q = Database::exec(db, sql, bindings);
    if (!q.ok())
        return q.error();
    QList<QStringList> out;
    while (q->next()) {
        QStringList row;
        for (int i = 0; i < width; ++i)
            row << q->value(i).toString();
        out << row;
    }
    return out;
}

} // namespace

Result<QStringList> TableCatalog::tables(QSqlDatabase& db)
{
    const QString sql =
        isPostgres(db) ? QStringLiteral("SELECT tablename FROM pg_tables WHERE schemaname = current_schema() "
                                        "ORDER BY tablename")
                       : QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' "
                                        "AND name NOT LIKE 'sqlite_%' ORDER BY name");
    auto r = rows(db, sql, {}, 1);
    if (!r.ok())
        return r.error();
    QStringList names;
    for (const QStringList& row : *r)
        names << row.first();
    return names;
}

Result<TableShape> TableCatalog::shape(QSqlDatabase& db, const QString& table)
{
    const bool pg = isPostgres(db);
    TableShape s;
    s.name = table;
    // name, primary-key position (0: not in the key), identity
    auto cols =
        rows(db,
             pg ? QStringLiteral(
                      // int2vector counts from 0: the position is made 1-based.
                      "SELECT a.attname, coalesce(array_position(i.indkey::int2[], a.attnum) - "
                      "array_lower(i.indkey::int2[], 1) + 1, 0), "
                      "CASE WHEN a.attidentity <> '' THEN 1 ELSE 0 END "
                      "FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid "
                      "LEFT JOIN pg_index i ON i.indrelid = c.oid AND i.indisprimary "
                      "WHERE c.oid = to_regclass(quote_ident(?)) AND a.attnum > 0 AND NOT a.attisdropped "
                      "ORDER BY a.attnum")
                : QStringLiteral("SELECT name, pk, 0 FROM pragma_table_info(?) ORDER BY cid"),
             {table}, 3);
    if (!cols.ok())
        return cols.error();
    if (cols->isEmpty())
        return Error::notFound(QCoreApplication::translate("TableCatalog", "no table named %1").arg(table));
    QList<std::pair<int, QString>> key;
    for (const QStringList& c : *cols) {
        s.columns << c.at(0);
        if (c.at(1).toInt() > 0)
            key.append({c.at(1).toInt(), c.at(0)});
        if (c.at(2) == QLatin1String("1"))
            s.identity << c.at(0);
    }
    std::sort(key.begin(), key.end());
    for (const auto& k : key)
        s.primaryKey << k.second;
    // referenced table, local column
    auto fks = rows(
        db,
        pg ? QStringLiteral("SELECT r.relname, a.attname FROM pg_constraint k "
                            "JOIN pg_class r ON r.oid = k.confrelid "
                            "JOIN pg_attribute a ON a.attrelid = k.conrelid AND a.attnum = ANY(k.conkey) "
                            "WHERE k.contype = 'f' AND k.conrelid = to_regclass(quote_ident(?))")
           : QStringLiteral("SELECT \"table\", \"from\" FROM pragma_foreign_key_list(?)"),
        {table}, 2);
    if (!fks.ok())
        return fks.error();
    for (const QStringList& f : *fks) {
        if (f.at(0) == table) {
            if (!s.selfColumns.contains(f.at(1)))
                s.selfColumns << f.at(1);
        } else if (!s.references.contains(f.at(0))) {
            s.references << f.at(0);
        }
    }
    return s;
}

Result<QList<TableShape>> TableCatalog::inDependencyOrder(QList<TableShape> shapes)
{
    std::sort(shapes.begin(), shapes.end(),
              [](const TableShape& a, const TableShape& b) { return a.name < b.name; });
    QStringList present;
    for (const TableShape& s : shapes)
        present << s.name;
    QList<TableShape> ordered;
    QStringList done;
    while (!shapes.isEmpty()) {
        auto ready = std::find_if(shapes.begin(), shapes.end(), [&](const TableShape& s) {
            return std::all_of(s.references.begin(), s.references.end(),
                               [&](const QString& r) { return done.contains(r) || !present.contains(r); });
        });
        if (ready == shapes.end())
            return Error::failure(
                QCoreApplication::translate("TableCatalog", "the tables' foreign keys form a cycle"));
        done << ready->name;
        ordered << *ready;
        shapes.erase(ready);
    }
    return ordered;
}

} // namespace opsdeck
