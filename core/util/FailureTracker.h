#pragma once

#include "util/Result.h"

#include <QMutex>
#include <QString>
#include <initializer_list>
#include <optional>

namespace opsdeck {

// A run of failures of one background activity (a flush, a maintenance pass, a poll
// round), so that it reaches the user as "what failed, since when, how often" rather
// than as a log line: the window's status bar and `db status` / `source status` read it.
struct FailureRecord
{
    Error error;          // the latest failure
    qint64 firstAtMs = 0; // when the run began (epoch ms)
    qint64 lastAtMs = 0;  // when the latest failure happened
    int failures = 0;     // failures since the last success
};

// Thread-safe: any thread may record, any thread may read.
class FailureTracker
{
public:
    // Records a failure at `atMs`; returns the run as it stands now.
    FailureRecord fail(const Error& error, qint64 atMs);
    // Records a success; true when it ended a run of failures.
    bool succeed();
    // The current run of failures, if the last attempt failed.
    std::optional<FailureRecord> current() const;

    // The most recent current run among several activities of one component.
    static std::optional<FailureRecord> latest(std::initializer_list<const FailureTracker*> trackers);

private:
    mutable QMutex m_mutex;
    std::optional<FailureRecord> m_current;
};

} // namespace opsdeck
