#include "jobs/JobJson.h"

#include <QDateTime>
#include <QTimeZone>

namespace opsdeck::JobJson {
namespace {

QJsonValue time(const std::optional<qint64>& ms)
{
    if (!ms)
        return QJsonValue::Null;
    return QDateTime::fromMSecsSinceEpoch(*ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

} // namespace

QJsonObject job(const Job& j)
{
    return {{QStringLiteral("id"), double(j.id)},
            {QStringLiteral("kind"), jobKindName(j.kind)},
            {QStringLiteral("target"), j.target},
            {QStringLiteral("state"), jobStateName(j.state)},
            {QStringLiteral("started"), time(j.startedMs)},
            {QStringLiteral("finished"), time(j.finishedMs)},
            {QStringLiteral("operator"), j.operatorName},
            {QStringLiteral("hosts_total"), j.hostsTotal},
            {QStringLiteral("hosts_ok"), j.hostsOk},
            {QStringLiteral("hosts_failed"), j.hostsFailed},
            {QStringLiteral("retry_of"), j.retryOf ? QJsonValue(double(*j.retryOf)) : QJsonValue::Null},
            {QStringLiteral("pause_reason"), j.pauseReason}};
}

QStringList jobColumns()
{
    return {QStringLiteral("id"),           QStringLiteral("kind"),        QStringLiteral("target"),
            QStringLiteral("state"),        QStringLiteral("started"),     QStringLiteral("finished"),
            QStringLiteral("operator"),     QStringLiteral("hosts_total"), QStringLiteral("hosts_ok"),
            QStringLiteral("hosts_failed"), QStringLiteral("retry_of")};
}

QJsonObject host(const JobHost& h)
{
    return {{QStringLiteral("machine"), h.machine},
            {QStringLiteral("batch"), h.batch},
            {QStringLiteral("state"), hostStateName(h.state)},
            {QStringLiteral("step"), h.step},
            {QStringLiteral("exit_code"), h.exitCode ? QJsonValue(*h.exitCode) : QJsonValue::Null},
            {QStringLiteral("started"), time(h.startedMs)},
            {QStringLiteral("finished"), time(h.finishedMs)},
            {QStringLiteral("error"), h.error},
            {QStringLiteral("output_bytes"), double(h.outputBytes)},
            {QStringLiteral("output_cut"), double(h.outputCut)}};
}

QStringList hostColumns()
{
    return {QStringLiteral("machine"),  QStringLiteral("batch"),     QStringLiteral("state"),
            QStringLiteral("step"),     QStringLiteral("exit_code"), QStringLiteral("started"),
            QStringLiteral("finished"), QStringLiteral("error")};
}

QJsonObject output(const OutputChunk& c)
{
    return {{QStringLiteral("machine"), c.machine},
            {QStringLiteral("stream"),
             c.stream == OutputStream::Stderr ? QStringLiteral("stderr") : QStringLiteral("stdout")},
            {QStringLiteral("at"), time(c.atMs)},
            {QStringLiteral("data"), QString::fromUtf8(c.data)}};
}

} // namespace opsdeck::JobJson
