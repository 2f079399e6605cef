#include "sources/PollRound.h"

#include "sources/PollExecutor.h"

#include <QEventLoop>
#include <QTimer>

namespace opsdeck {

PollRound::PollRound(PollExecutor& executor, int concurrency, QObject* parent)
    : QObject(parent), m_executor(executor), m_concurrency(std::max(1, concurrency))
{}

void PollRound::run(const QList<Job>& jobs, std::function<void(QList<PollOutcome>)> done)
{
    m_jobs = jobs;
    m_outcomes = QList<PollOutcome>(jobs.size());
    m_next = 0;
    m_finished = 0;
    m_running = 0;
    m_done = std::move(done);
    if (m_jobs.isEmpty()) {
        QTimer::singleShot(0, this, [this] { m_done(m_outcomes); });
        return;
    }
    startMore();
}

void PollRound::startMore()
{
    while (m_running < m_concurrency && m_next < m_jobs.size()) {
        const qsizetype index = m_next++;
        ++m_running;
        m_executor.poll(m_jobs.at(index).source, m_jobs.at(index).target, [this, index](PollOutcome outcome) {
            m_outcomes[index] = std::move(outcome);
            --m_running;
            ++m_finished;
            if (m_finished == m_jobs.size())
                m_done(m_outcomes);
            else
                startMore();
        });
    }
}

QList<PollOutcome> PollRound::runBlocking(PollExecutor& executor, int concurrency, const QList<Job>& jobs)
{
    PollRound round(executor, concurrency);
    QList<PollOutcome> result;
    QEventLoop loop;
    round.run(jobs, [&](QList<PollOutcome> outcomes) {
        result = std::move(outcomes);
        loop.quit();
    });
    loop.exec();
    return result;
}

} // namespace opsdeck
