#include "metrics/Availability.h"

#include "metrics/UsageReport.h"

#include <QCoreApplication>

namespace opsdeck {

Result<Availability::Report> Availability::run(const MetricStore& store, const QString& machine,
                                               const QString& prefix, qint64 from, qint64 to, qint64 period)
{
    if (prefix.trimmed().isEmpty())
        return Error::usage(QCoreApplication::translate(
            "Availability", "give the series prefix P of P.2xx, P.3xx, P.4xx and P.5xx"));
    if (to < from)
        return Error::usage(QCoreApplication::translate("Availability", "the range ends before it starts"));
    const qint64 len = period > 0 ? period : to - from + 1;
    if ((to - from) / len > 1'000'000)
        return Error::usage(QCoreApplication::translate(
            "Availability", "that asks for more than a million periods; use a longer period"));
    QList<qint64> starts;
    for (qint64 p = period > 0 ? SeriesMath::alignDown(from, period) : from; p <= to; p += len)
        starts.append(p);
    Report out;
    for (qint64 s : std::as_const(starts))
        out.periods.append({std::max(s, from), std::min(s + len - 1, to), 0, 0, 0, 0, std::nullopt});

    const QStringList classes{QStringLiteral("2xx"), QStringLiteral("3xx"), QStringLiteral("4xx"),
                              QStringLiteral("5xx")};
    for (int c = 0; c < classes.size(); ++c) {
        MetricQuery q;
        q.machine = machine;
        q.metric = prefix + QLatin1Char('.') + classes[c];
        q.from = from;
        q.to = to;
        auto data = store.consolidated(q);
        if (!data.ok()) {
            if (data.error().code == Error::Code::NotFound && c != 0)
                continue;
            return data.error();
        }
        qsizetype bi = 0;
        for (Period& p : out.periods) {
            QList<Bucket> in;
            while (bi < data->buckets.size() && data->buckets[bi].start < p.start)
                ++bi;
            for (qsizetype j = bi; j < data->buckets.size() && data->buckets[j].start <= p.end; ++j)
                in.append(data->buckets[j]);
            const double n =
                UsageReport::aggregate(in, UsageReport::Statistic::Sum, data->type, data->baseStep)
                    .value_or(0);
            double* slot[] = {&p.requests2xx, &p.requests3xx, &p.requests4xx, &p.requests5xx};
            *slot[c] = n;
        }
    }
    double sum = 0;
    int known = 0;
    for (Period& p : out.periods) {
        const double good = p.requests2xx + p.requests3xx;
        const double all = good + p.requests4xx + p.requests5xx;
        const double counted = all - p.requests4xx;
        if (counted > 0) {
            p.availability = good / counted;
            sum += *p.availability;
            ++known;
        }
    }
    if (known > 0)
        out.average = sum / known;
    return out;
}

Result<std::optional<double>> Availability::nDayAverage(const MetricStore& store, const MetricQuery& series,
                                                        int days, qint64 now)
{
    if (days <= 0)
        return Error::usage(
            QCoreApplication::translate("Availability", "the number of days must be more than zero"));
    MetricQuery q = series;
    q.from = now - qint64(days) * 86400;
    q.to = now;
    auto data = store.consolidated(q);
    if (!data.ok())
        return data.error();
    return UsageReport::aggregate(data->buckets, UsageReport::Statistic::Avg, data->type, data->baseStep);
}

} // namespace opsdeck
