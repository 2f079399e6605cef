#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <functional>

namespace opsdeck {

class Database;

// One table's part of a copy.
struct CopiedTable
{
    QString name;
    qint64 rows = 0;
};

// Copies one Opsdeck database into another, empty one, of either dialect (`opsdeck db
// copy --to URL` / `--from URL`): the inventory, audit, sources, job templates and the job
// history, keeping every id. Driven by the catalogue: the tables both databases have,
// less schema_version, settings (this console's preferences and metrics retention) and
// the metrics cache (metric_*, which stays local); the source's columns that the target
// has too; tables in foreign-key order (a column pointing at its own table, such as
// tree_nodes.parent_id, is written NULL first and set once every row is in).
//
// All of it in one transaction on the target: a target with any row in those tables is
// refused (Error::refused) before anything is written, and any failure leaves it as it
// was. PostgreSQL's identity sequences then continue after the largest copied id. A
// PostgreSQL target must be written by its owner (the audit keeps its operators only for
// the owner, see migration 0010).
class DatabaseCopy
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseCopy)
public:
    // table, rows copied so far, rows in all (called every few thousand rows and at each
    // table's end; any thread the copy runs on).
    using Progress = std::function<void(const QString& table, qint64 done, qint64 total)>;

    static Result<QList<CopiedTable>> copy(Database& source, Database& target, const Progress& progress = {});

    // Whether `table` is one a copy carries.
    static bool copies(const QString& table);
};

} // namespace opsdeck
