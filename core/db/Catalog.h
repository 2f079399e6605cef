#pragma once

#include "util/Result.h"

#include <QSqlDatabase>
#include <QString>

namespace opsdeck {

// What a connection's database holds, asked of either engine's catalogue: SQLite's
// sqlite_master or PostgreSQL's information_schema (the connection's current schema).
class Catalog
{
public:
    static Result<bool> tableExists(QSqlDatabase& db, const QString& name);
};

} // namespace opsdeck
