#pragma once

#include "util/Result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

namespace opsdeck {

// Rows for one INSERT, sent kRows at a time as one multi-row statement (fewer round
// trips through the driver for the hundreds of thousands of rows of a fleet import).
// `head` is "INSERT INTO t (a, b) VALUES ", `row` "(?, ?)", `tail` an optional
// ON CONFLICT clause. Call flush() at the end.
class BatchInsert
{
public:
    static constexpr int kRows = 64;

    BatchInsert(QSqlDatabase& db, QString head, QString row, QString tail, int columns);

    Status add(const QVariantList& values);
    Status flush();

private:
    Status prepare(QSqlQuery& q, int rows);

    QSqlDatabase& m_db;
    QString m_head, m_row, m_tail;
    int m_columns;
    QSqlQuery m_full;
    bool m_prepared = false;
    QVariantList m_pending;
};

} // namespace opsdeck
