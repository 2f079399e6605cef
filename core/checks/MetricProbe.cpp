#include "checks/MetricProbe.h"

#include "metrics/MetricStore.h"

#include <QCoreApplication>
#include <algorithm>
#include <numeric>

namespace opsdeck {

namespace {

std::optional<double> number(const QJsonValue& v)
{
    if (v.isDouble())
        return v.toDouble();
    if (v.isString()) {
        bool ok = false;
        const double d = v.toString().toDouble(&ok);
        if (ok)
            return d;
    }
    return std::nullopt;
}

} // namespace

MetricProbe::MetricProbe(CheckDefinition check, const MetricStore& store, const Clock& clock, QObject* parent)
    : CheckProbe(std::move(check), clock, parent), m_store(store)
{}

bool MetricProbe::validOp(const QString& op)
{
    static const QStringList ops{QStringLiteral(">"),  QStringLiteral(">="), QStringLiteral("<"),
                                 QStringLiteral("<="), QStringLiteral("=="), QStringLiteral("!=")};
    return ops.contains(op);
}

std::optional<double> MetricProbe::aggregate(const QList<double>& values, const QString& agg)
{
    if (values.isEmpty())
        return std::nullopt;
    if (agg.isEmpty() || agg == QLatin1String("last"))
        return values.last();
    if (agg == QLatin1String("avg"))
        return std::accumulate(values.begin(), values.end(), 0.0) / double(values.size());
    if (agg == QLatin1String("min"))
        return *std::min_element(values.begin(), values.end());
    if (agg == QLatin1String("max"))
        return *std::max_element(values.begin(), values.end());
    return std::nullopt;
}

CheckStatus MetricProbe::judge(double value, const QString& op, std::optional<double> warning,
                               std::optional<double> critical)
{
    if (critical && compareValue(value, op, *critical))
        return CheckStatus::Critical;
    if (warning && compareValue(value, op, *warning))
        return CheckStatus::Warning;
    return CheckStatus::Ok;
}

void MetricProbe::start(const QString& target)
{
    const QJsonObject& p = check().params;
    const QString series = param("series");
    const QString metric = series.isEmpty() ? param("metric") : series;
    const QString machine = series.isEmpty() ? target : QString();
    const QString op = param("op");
    const QString agg = param("agg").isEmpty() ? QStringLiteral("last") : param("agg");
    const auto warning = number(p.value(QLatin1String("warning")));
    const auto critical = number(p.value(QLatin1String("critical")));
    const int over = std::max(1, p.value(QLatin1String("over")).toInt(1));
    if (metric.isEmpty() || (series.isEmpty() && machine.isEmpty()))
        return finish(CheckStatus::Unknown, tr("a metric check needs a series, or a metric and a machine"));
    if (!validOp(op) || (!warning && !critical) || !aggregate({0.0}, agg))
        return finish(CheckStatus::Unknown,
                      tr("a metric check needs an op (>, >=, <, <=, ==, !=), a warning or "
                         "critical value and agg last, avg, min or max"));
    const QString shown = machine.isEmpty() ? metric : machine + u'/' + metric;

    MetricQuery q;
    q.machine = machine;
    q.metric = metric;
    q.source = param("source");
    q.to = clock().nowSecs();
    q.from = q.to - std::max<qint64>(600, qint64(over) * std::max(60, check().intervalSecs) * 3);
    const auto data = m_store.query(q);
    QList<double> values;
    if (data.ok())
        for (const SeriesPoint& pt : data->points)
            if (pt.value)
                values.append(*pt.value);
    if (values.size() > over)
        values = values.mid(values.size() - over);
    const auto value = aggregate(values, agg);
    if (!value) {
        ProbeResult r;
        r.status = CheckStatus::Unknown;
        r.sourceDown = m_health ? m_health(machine, metric) : QString();
        const QString why = data.ok() ? tr("no data since %1 s").arg(q.to - q.from) : data.error().message;
        r.message = r.sourceDown.isEmpty() ? tr("%1: %2").arg(shown, why)
                                           : tr("%1: source %2 is down (%3)").arg(shown, r.sourceDown, why);
        return finish(std::move(r));
    }
    ProbeResult r;
    r.value = value;
    r.perf.append({metric, *value});
    r.status = judge(*value, op, warning, critical);
    const QString limit = r.status == CheckStatus::Critical  ? QString::number(*critical)
                          : r.status == CheckStatus::Warning ? QString::number(*warning)
                                                             : QString();
    r.message = limit.isEmpty()
                    ? tr("%1: %2 of the last %3 points is %4").arg(shown, agg).arg(values.size()).arg(*value)
                    : tr("%1: %2 of the last %3 points is %4 (%5 %6)")
                          .arg(shown, agg)
                          .arg(values.size())
                          .arg(*value)
                          .arg(op, limit);
    finish(std::move(r));
}

} // namespace opsdeck
