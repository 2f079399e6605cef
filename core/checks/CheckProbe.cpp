#include "checks/CheckProbe.h"

#include <QCoreApplication>

namespace opsdeck {

CheckProbe::CheckProbe(CheckDefinition check, const Clock& clock, QObject* parent)
    : QObject(parent), m_check(std::move(check)), m_clock(clock)
{
    qRegisterMetaType<opsdeck::ProbeResult>();
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &CheckProbe::onTimeout);
}

CheckProbe::~CheckProbe() = default;

QString CheckProbe::param(const char* key) const
{
    return m_check.params.value(QLatin1String(key)).toVariant().toString();
}

void CheckProbe::run(const QString& target)
{
    if (m_running)
        cancel();
    m_running = true;
    m_target = target;
    ++m_run;
    m_elapsed.start();
    m_timer.start(m_timeoutMs);
    m_starting = true;
    start(target);
    m_starting = false;
}

void CheckProbe::cancel()
{
    if (!m_running)
        return;
    m_timer.stop();
    m_running = false;
    ++m_run; // a result queued by finish() during start() is dropped
    abort();
}

void CheckProbe::onTimeout()
{
    if (!m_running)
        return;
    m_running = false;
    abort();
    m_running = true;
    finish(timedOutResult());
}

ProbeResult CheckProbe::timedOutResult() const
{
    ProbeResult r;
    r.status = CheckStatus::Unknown;
    r.message = QCoreApplication::translate("CheckProbe", "no answer within %1 s").arg(m_timeoutMs / 1000.0);
    return r;
}

void CheckProbe::finish(CheckStatus status, const QString& message)
{
    ProbeResult r;
    r.status = status;
    r.message = message;
    finish(std::move(r));
}

void CheckProbe::finish(ProbeResult result)
{
    if (!m_running)
        return;
    result.atMs = m_clock.nowMs();
    result.elapsedMs = elapsedMs();
    const quint64 run = m_run;
    const auto deliver = [this, run, result] {
        if (run != m_run || !m_running)
            return;
        m_running = false;
        m_timer.stop();
        emit finished(m_target, result);
    };
    if (m_starting)
        QTimer::singleShot(0, this, deliver);
    else
        deliver();
}

bool compareValue(double value, const QString& op, double limit)
{
    if (op == QLatin1String(">"))
        return value > limit;
    if (op == QLatin1String(">="))
        return value >= limit;
    if (op == QLatin1String("<"))
        return value < limit;
    if (op == QLatin1String("<="))
        return value <= limit;
    if (op == QLatin1String("=="))
        return value == limit;
    if (op == QLatin1String("!="))
        return value != limit;
    return false;
}

} // namespace opsdeck
