#pragma once

#include "checks/CheckTypes.h"
#include "util/Clock.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

namespace opsdeck {

// One probe of one check: run(target) starts it and finished() reports its result,
// always later (never from inside run()), once per run, on the thread the probe lives
// on. One run at a time: run() while running cancels the run under way first.
// cancel() stops a run without a result. A run that takes longer than timeoutMs()
// ends with timedOutResult() (unknown unless the kind says otherwise).
class CheckProbe : public QObject
{
    Q_OBJECT
public:
    CheckProbe(CheckDefinition check, const Clock& clock, QObject* parent = nullptr);
    ~CheckProbe() override;

    const CheckDefinition& check() const { return m_check; }
    // `target`: a machine's name, or "" for a check bound to nothing.
    void run(const QString& target);
    void cancel();
    bool running() const { return m_running; }
    QString target() const { return m_target; }

    int timeoutMs() const { return m_timeoutMs; }
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }

signals:
    void finished(const QString& target, const opsdeck::ProbeResult& result);

protected:
    // Starts the work; end it with finish(). Called with running() true.
    virtual void start(const QString& target) = 0;
    // Stops the work under way (cancel, timeout); no finish() afterwards.
    virtual void abort() = 0;
    virtual ProbeResult timedOutResult() const;

    // Reports the run's result (stamps atMs and elapsedMs) — later if called from start().
    void finish(ProbeResult result);
    void finish(CheckStatus status, const QString& message);
    qint64 elapsedMs() const { return m_elapsed.isValid() ? m_elapsed.elapsed() : 0; }
    const Clock& clock() const { return m_clock; }
    QString param(const char* key) const;

private:
    void onTimeout();

    CheckDefinition m_check;
    const Clock& m_clock;
    QString m_target;
    QTimer m_timer;
    QElapsedTimer m_elapsed;
    bool m_running = false;
    bool m_starting = false;
    quint64 m_run = 0;
    int m_timeoutMs = 30000;
};

// "Threshold" ops shared by metric and plugin checks: `value op limit`.
bool compareValue(double value, const QString& op, double limit);

} // namespace opsdeck
