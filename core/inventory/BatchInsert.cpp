#include "inventory/BatchInsert.h"

#include "db/ConnectionProfile.h"
#include "db/Database.h"

#include <QCoreApplication>
#include <QSqlError>

namespace opsdeck {

namespace {

Error importFailed(const QSqlQuery& q)
{
    return Database::sqlError(QCoreApplication::translate("Inventory", "importing failed"), q.lastError());
}

bool isNumber(const QVariant& v)
{
    switch (v.typeId()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Double:
    case QMetaType::Bool:
        return true;
    default:
        return false;
    }
}

} // namespace

BatchInsert::BatchInsert(QSqlDatabase& db, QString head, QString row, QString tail, QStringList types)
    : m_db(db), m_head(std::move(head)), m_row(std::move(row)), m_tail(std::move(tail)),
      m_types(std::move(types)), m_postgres(ConnectionProfile::dialectOf(db) == Dialect::Postgres), m_full(db)
{
    if (m_postgres)
        m_columns.resize(m_types.size());
}

Status BatchInsert::add(const QVariantList& values)
{
    Q_ASSERT(values.size() == m_types.size());
    ++m_rows;
    if (m_postgres) {
        for (int i = 0; i < values.size(); ++i)
            m_columns[i] << values.at(i);
        return m_rows >= kPgRows ? flushArrays() : Status{};
    }
    m_pending << values;
    return m_rows >= kRows ? flushValues(m_rows) : Status{};
}

Status BatchInsert::flush()
{
    if (m_rows == 0)
        return {};
    return m_postgres ? flushArrays() : flushValues(m_rows);
}

Status BatchInsert::flushValues(int rows)
{
    auto sql = [&] {
        QStringList parts;
        for (int i = 0; i < rows; ++i)
            parts << m_row;
        return m_head + QStringLiteral(" VALUES ") + parts.join(QLatin1Char(',')) + m_tail;
    };
    QSqlQuery partial(m_db);
    if (rows == kRows && !m_prepared) {
        if (Status s = prepare(m_full, sql()); !s.ok())
            return s;
        m_prepared = true;
    } else if (rows != kRows) {
        if (Status s = prepare(partial, sql()); !s.ok())
            return s;
    }
    QSqlQuery& q = rows == kRows ? m_full : partial;
    for (int i = 0; i < m_pending.size(); ++i)
        q.bindValue(i, m_pending.at(i));
    m_pending.clear();
    m_rows = 0;
    if (!q.exec())
        return importFailed(q);
    return {};
}

Status BatchInsert::flushArrays()
{
    if (!m_prepared) {
        if (Status s = prepare(m_full, unnestStatement()); !s.ok())
            return s;
        m_prepared = true;
    }
    for (int i = 0; i < m_columns.size(); ++i) {
        m_full.bindValue(i, pgArray(m_columns.at(i)));
        m_columns[i].clear();
    }
    m_rows = 0;
    if (!m_full.exec())
        return importFailed(m_full);
    return {};
}

Status BatchInsert::prepare(QSqlQuery& q, const QString& sql)
{
    if (!q.prepare(sql))
        return importFailed(q);
    return {};
}

// "(?, coalesce(?, ''), 'x')" becomes "SELECT u.c0, coalesce(u.c1, ''), 'x' FROM
// unnest(?::bigint[], ?::text[]) AS u(c0, c1)". The row's text has no `?` but its
// placeholders (it is ours, never the user's).
QString BatchInsert::unnestStatement() const
{
    QString row = m_row.trimmed();
    if (row.startsWith(QLatin1Char('(')) && row.endsWith(QLatin1Char(')')))
        row = row.mid(1, row.size() - 2);
    QString select;
    int column = 0;
    for (const QChar c : std::as_const(row)) {
        if (c == QLatin1Char('?'))
            select += QStringLiteral("u.c%1").arg(column++);
        else
            select += c;
    }
    Q_ASSERT(column == m_types.size());
    QStringList arrays, names;
    for (int i = 0; i < m_types.size(); ++i) {
        arrays << QStringLiteral("?::%1[]").arg(m_types.at(i));
        names << QStringLiteral("c%1").arg(i);
    }
    return m_head + QStringLiteral(" SELECT ") + select + QStringLiteral(" FROM unnest(") +
           arrays.join(QStringLiteral(", ")) + QStringLiteral(") AS u(") + names.join(QStringLiteral(", ")) +
           QLatin1Char(')') + m_tail;
}

QString BatchInsert::pgArray(const QVariantList& values)
{
    QString text;
    text.reserve(values.size() * 12 + 2);
    text += QLatin1Char('{');
    for (int i = 0; i < values.size(); ++i) {
        if (i > 0)
            text += QLatin1Char(',');
        const QVariant& v = values.at(i);
        if (v.isNull()) {
            text += QLatin1String("NULL");
        } else if (isNumber(v)) {
            text += v.typeId() == QMetaType::Bool ? QString::number(v.toBool() ? 1 : 0) : v.toString();
        } else {
            // Quoted, with " and \ escaped: any text, including "NULL", commas and braces.
            text += QLatin1Char('"');
            for (const QChar c : v.toString()) {
                if (c == QLatin1Char('"') || c == QLatin1Char('\\'))
                    text += QLatin1Char('\\');
                text += c;
            }
            text += QLatin1Char('"');
        }
    }
    text += QLatin1Char('}');
    return text;
}

} // namespace opsdeck
