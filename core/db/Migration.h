#pragma once

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

    // The SQL cut into statements: a statement ends at a line ending in ';', except
    // inside a CREATE TRIGGER ... END; block. `--` comment lines are dropped.
    QStringList statements() const;

    // Every migration under core/db/migrations/, compiled in, sorted by version.
    static const QList<Migration>& all();
};

} // namespace opsdeck
