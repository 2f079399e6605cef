#pragma once

#include "db/Dialect.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace opsdeck {

// One step of the schema. Its SQL runs in a single transaction together with the row
// that records it in `schema_version`.
struct Migration
{
    int version = 0;
    QString name;
    QString sql;
    // PostgreSQL's text (NNNN_name.pg.sql), used instead of `sql` there when `hasPostgresSql`.
    // An override with no statement records the version and creates nothing (the
    // metrics cache stays in the local SQLite file).
    QString postgresSql = {};
    bool hasPostgresSql = false;

    // The text this dialect runs.
    const QString& sqlFor(Dialect dialect) const
    {
        return dialect == Dialect::Postgres && hasPostgresSql ? postgresSql : sql;
    }

    // The SQL cut into statements: a statement ends at a line ending in ';', except
    // inside a CREATE TRIGGER ... END; block or a $$-quoted function body. `--` comment
    // lines are dropped.
    QStringList statements(Dialect dialect = Dialect::Sqlite) const;

    // Every migration under core/db/migrations/, compiled in, sorted by version.
    static const QList<Migration>& all();
};

} // namespace opsdeck
