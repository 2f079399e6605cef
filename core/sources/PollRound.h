#pragma once

#include "sources/PollOutcome.h"
#include "sources/Source.h"

#include <QList>
#include <QObject>
#include <functional>

namespace opsdeck {

class PollExecutor;

// One round: polls every (source, target) once, at most `concurrency` at a time, and
// reports the outcomes in the order the jobs were given (`opsdeck metrics poll --once`).
class PollRound : public QObject
{
    Q_OBJECT
public:
    struct Job
    {
        Source source;
        PollTarget target;
    };

    PollRound(PollExecutor& executor, int concurrency, QObject* parent = nullptr);

    void run(const QList<Job>& jobs, std::function<void(QList<PollOutcome>)> done);

    // Runs a round in a local event loop and returns when every job has finished.
    static QList<PollOutcome> runBlocking(PollExecutor& executor, int concurrency, const QList<Job>& jobs);

private:
    void startMore();

    PollExecutor& m_executor;
    int m_concurrency;
    QList<Job> m_jobs;
    QList<PollOutcome> m_outcomes;
    qsizetype m_next = 0;
    qsizetype m_finished = 0;
    int m_running = 0;
    std::function<void(QList<PollOutcome>)> m_done;
};

} // namespace opsdeck
