#include "inventory/BatchInsert.h"

#include "db/Database.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QStringList>

namespace opsdeck {


BatchInsert::BatchInsert(QSqlDatabase& db, QString head, QString row, QString tail, int columns)
    : m_db(db), m_head(std::move(head)), m_row(std::move(row)), m_tail(std::move(tail)), m_columns(columns),
      m_full(db)
{}

Status BatchInsert::add(const QVariantList& values)
{
    m_pending << values;
    if (m_pending.size() >= kRows * m_columns)
        return flush();
    return {};
}

Status BatchInsert::flush()
{
    const int rows = static_cast<int>(m_pending.size() / m_columns);
    if (rows == 0)
        return {};
    if (rows == kRows && !m_prepared) {
        if (Status s = prepare(m_full, rows); !s.ok())
            return s;
        m_prepared = true;
    }
    QSqlQuery partial(m_db);
    QSqlQuery& q = rows == kRows ? m_full : partial;
    if (rows != kRows)
        if (Status s = prepare(partial, rows); !s.ok())
            return s;
    for (int i = 0; i < m_pending.size(); ++i)
        q.bindValue(i, m_pending.at(i));
    m_pending.clear();
    if (!q.exec())
        return Database::sqlError(QCoreApplication::translate("Inventory", "importing failed"),
                                  q.lastError());
    return {};
}

Status BatchInsert::prepare(QSqlQuery& q, int rows)
{
    QStringList parts;
    for (int i = 0; i < rows; ++i)
        parts << m_row;
    if (!q.prepare(m_head + parts.join(QLatin1Char(',')) + m_tail))
        return Database::sqlError(QCoreApplication::translate("Inventory", "importing failed"),
                                  q.lastError());
    return {};
}

} // namespace opsdeck
