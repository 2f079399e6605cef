#pragma once

#include <QString>

namespace opsdeck {

// Which SQL engine a database speaks. Migrations pick their SQL by it (a
// NNNN_name.pg.sql file overrides NNNN_name.sql on PostgreSQL), and the few statements
// that cannot be written once for both engines ask it.
enum class Dialect
{
    Sqlite,
    Postgres
};

// "sqlite" or "postgresql", for messages and `db status`.
inline QString dialectName(Dialect d)
{
    return d == Dialect::Postgres ? QStringLiteral("postgresql") : QStringLiteral("sqlite");
}

} // namespace opsdeck
