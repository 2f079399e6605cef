#pragma once

#include "util/Result.h"

#include <QString>

namespace opsdeck {

// Where a shared (team) database is: --db / OPSDECK_DB given as
// postgresql://USER@HOST[:PORT]/DBNAME[?sslmode=MODE]. The password is never part of it:
// a URL that carries one is refused (it would end up in a shell history, a setting or a
// log); libpq reads it from ~/.pgpass (or $PGPASSFILE) instead.
struct DatabaseUrl
{
    QString host;
    int port = 5432;
    QString dbname;
    QString user;
    QString
        sslmode; // libpq's: disable, allow, prefer (empty: libpq's default), require, verify-ca, verify-full

    // True for a postgresql:// or postgres:// URL; anything else is a SQLite file path.
    static bool isUrl(const QString& text);
    static Result<DatabaseUrl> parse(const QString& text);
    // postgresql://USER@HOST:PORT/DBNAME (no password, no options): what the user sees.
    QString display() const;
};

} // namespace opsdeck
