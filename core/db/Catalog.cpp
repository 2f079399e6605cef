#include "db/Catalog.h"

#include "db/ConnectionProfile.h"
#include "db/Database.h"

#include <QSqlQuery>

namespace opsdeck {

Result<bool> Catalog::tableExists(QSqlDatabase& db, const QString& name)
{
    const QString sql = ConnectionProfile::dialectOf(db) == Dialect::Postgres
                            ? QStringLiteral("SELECT 1 FROM information_schema.tables "
                                             "WHERE table_schema = current_schema() AND table_name = ?")
                            : QStringLiteral("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?");
    auto q = Database::exec(db, sql, {name});
    if (!q.ok())
        return q.error();
    return q->next();
}

} // namespace opsdeck
