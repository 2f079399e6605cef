#pragma once

#include "util/Result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariantList>

namespace opsdeck {

// Rows for one INSERT, sent in few statements for the hundreds of thousands of rows of
// a fleet import. `head` is "INSERT INTO t (a, b, c)", `row` the row's expressions with
// one `?` per value ("(?, coalesce(?, ''), 'import')"), `tail` an optional ON CONFLICT
// clause; `types` names each value's PostgreSQL type ("bigint", "text").
//
// SQLite gets multi-row VALUES statements of kRows rows (in-process: the statement
// count is what costs). PostgreSQL gets one statement per kPgRows rows whose values
// travel as one array per column, `SELECT ... FROM unnest(?::bigint[], ?::text[])`:
// QPSQL sends a prepared statement's values as literals in an EXECUTE text, and the
// server's cost grows with the number of parameters, not with the rows (bench_inventory).
// Call flush() at the end.
class BatchInsert
{
public:
    static constexpr int kRows = 64;
    static constexpr int kPgRows = 10000;

    BatchInsert(QSqlDatabase& db, QString head, QString row, QString tail, QStringList types);

    Status add(const QVariantList& values);
    Status flush();

    // The text of a PostgreSQL array literal of these values ("{1,NULL,\"a \\\"b\\\"\"}").
    static QString pgArray(const QVariantList& values);

private:
    Status flushValues(int rows);
    Status flushArrays();
    Status prepare(QSqlQuery& q, const QString& sql);
    QString unnestStatement() const;

    QSqlDatabase& m_db;
    QString m_head, m_row, m_tail;
    QStringList m_types;
    bool m_postgres = false;
    QSqlQuery m_full;
    bool m_prepared = false;
    QVariantList m_pending;        // SQLite: row after row
    QList<QVariantList> m_columns; // PostgreSQL: column after column
    int m_rows = 0;
};

} // namespace opsdeck
