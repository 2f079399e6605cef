#pragma once

#include "db/Database.h"

#include <QString>

namespace opsdeck {

// What `db status` says about whether the cache can take writes right now: a write
// probe (BEGIN IMMEDIATE, one row, ROLLBACK: nothing is kept) and the free space of the
// file system it lives on. A failed flush in the window shows in its status bar; this is
// how a person at the shell finds out why.
struct DatabaseHealth
{
    bool writable = false;
    qint64 freeBytes = -1; // -1: unknown (":memory:")
    QString problem;       // empty when none
};

class DatabaseHealthCheck
{
public:
    // Below this much free space the disk counts as (nearly) full.
    static constexpr qint64 lowSpaceBytes = 16 * 1024 * 1024;

    static DatabaseHealth check(const Database& db);
};

} // namespace opsdeck
