#pragma once

#include "TestSupport.h"
#include "jobs/JobStore.h"

#include <QTest>

namespace opsdeck::test {

// Two finished jobs written through JobStore: job A (alice, "web/api", failed: web1 ok,
// web2 failed with output) created at `olderMs`, job B (bob, "db", ok) at `newerMs`.
struct JobHistory
{
    qint64 failedJob = 0;
    qint64 okJob = 0;
};

inline void must(const Status& s)
{
    if (!s.ok())
        qFatal("job history fixture: %s", qPrintable(s.error().message));
}

inline JobHistory fillJobHistory(const std::shared_ptr<Database>& db, qint64 olderMs, qint64 newerMs)
{
    JobStore store(db);
    JobHistory h;
    JobSpec a;
    a.target = QStringLiteral("web/api");
    a.options = {{QStringLiteral("command"), QStringLiteral("uptime")}};
    a.operatorName = QStringLiteral("alice");
    auto idA = store.create(a, {{QStringLiteral("web1"), 0}, {QStringLiteral("web2"), 1}}, 1, olderMs);
    if (!idA.ok())
        qFatal("create: %s", qPrintable(idA.error().message));
    h.failedJob = *idA;
    must(store.setState(h.failedJob, JobState::Running, olderMs + 1));
    must(store.hostStep(h.failedJob, QStringLiteral("web1"), QStringLiteral("command"), olderMs + 10));
    must(store.hostFinished(h.failedJob, QStringLiteral("web1"), HostState::Ok, 0, {}, olderMs + 20));
    must(store.hostStep(h.failedJob, QStringLiteral("web2"), QStringLiteral("command"), olderMs + 30));
    must(store.appendOutput(h.failedJob,
                            {{QStringLiteral("web1"), OutputStream::Stdout, olderMs + 15, "up 3 days\n"},
                             {QStringLiteral("web2"), OutputStream::Stdout, olderMs + 35, "starting\n"},
                             {QStringLiteral("web2"), OutputStream::Stderr, olderMs + 36, "boom\n"}}));
    must(store.hostFinished(h.failedJob, QStringLiteral("web2"), HostState::Failed, 3,
                            QStringLiteral("exit 3"), olderMs + 40));
    must(store.setState(h.failedJob, JobState::Failed, olderMs + 50));

    JobSpec b;
    b.target = QStringLiteral("db");
    b.operatorName = QStringLiteral("bob");
    auto idB = store.create(b, {{QStringLiteral("db1"), 0}}, 1, newerMs);
    h.okJob = *idB;
    must(store.hostStep(h.okJob, QStringLiteral("db1"), QStringLiteral("command"), newerMs + 1));
    must(store.hostFinished(h.okJob, QStringLiteral("db1"), HostState::Ok, 0, {}, newerMs + 2));
    must(store.setState(h.okJob, JobState::Ok, newerMs + 3));
    return h;
}

} // namespace opsdeck::test
