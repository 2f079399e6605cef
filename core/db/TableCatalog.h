#pragma once

#include "util/Result.h"

#include <QSqlDatabase>
#include <QStringList>

namespace opsdeck {

// One table as either engine's catalogue describes it (what `db copy` needs).
struct TableShape
{
    QString name;
    QStringList columns;     // in the table's order
    QStringList primaryKey;  // its columns, in key order (SQLite: rowid tables name it too)
    QStringList references;  // the other tables its foreign keys point at
    QStringList selfColumns; // its columns that point at its own rows (tree_nodes.parent_id)
    QStringList identity;    // PostgreSQL identity columns (their sequences need a reset)
};

// Reads tables, columns, keys and foreign keys from SQLite's pragmas or PostgreSQL's
// pg_catalog (the connection's current schema).
class TableCatalog
{
public:
    static Result<QStringList> tables(QSqlDatabase& db);
    static Result<TableShape> shape(QSqlDatabase& db, const QString& table);

    // `shapes` ordered so every table comes after the tables it references (self
    // references aside); ties by name. A cycle is an error.
    static Result<QList<TableShape>> inDependencyOrder(QList<TableShape> shapes);
};

} // namespace opsdeck
