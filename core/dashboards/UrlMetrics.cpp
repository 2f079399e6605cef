#include "dashboards/UrlMetrics.h"

#include "dashboards/PanelSeries.h"
#include "metrics/Availability.h"

#include <QRegularExpression>
#include <QUrl>

namespace opsdeck::UrlMetrics {
namespace {

constexpr qint64 kDay = 86400;

struct Totals
{
    double good = 0;    // 2xx + 3xx
    double counted = 0; // all - 4xx
    double all = 0;
    bool known = false;
    QList<double> dailyAvailability;
};

Status addAvailability(const MetricStore& store, const QString& prefix, qint64 from, qint64 to, Totals& t)
{
    const bool days = (to - from + 1) >= 2 * kDay;
    auto report = Availability::run(store, QString(), prefix, from, to, days ? kDay : 0);
    if (!report.ok())
        return report.error().code == Error::Code::NotFound ? Status() : Status(report.error());
    for (const auto& p : report->periods) {
        t.good += p.requests2xx + p.requests3xx;
        t.counted += p.requests2xx + p.requests3xx + p.requests5xx;
        t.all += p.requests2xx + p.requests3xx + p.requests4xx + p.requests5xx;
        t.known = true;
        if (days && p.availability)
            t.dailyAvailability << *p.availability;
    }
    return {};
}

Result<std::optional<double>> responseTime(const MetricStore& store, const QString& prefix, qint64 from,
                                           qint64 to)
{
    MetricQuery q;
    q.metric = prefix + QStringLiteral(".response_time");
    const qint64 span = to - from;
    if (span >= kDay && span % kDay == 0)
        return Availability::nDayAverage(store, q, int(span / kDay), to);
    return PanelSeries::statistic(store, {QString(), q.metric, QString()}, PanelStatistic::Avg, from, to);
}

} // namespace

QString prefixOf(const QString& url)
{
    static const QRegularExpression bad(QStringLiteral("[^A-Za-z0-9_-]+"));
    const QUrl u(url.trimmed());
    QString text = u.host().isEmpty() ? url.trimmed() : u.host().toLower() + u.path();
    text.replace(bad, QStringLiteral("_"));
    while (text.endsWith(QLatin1Char('_')))
        text.chop(1);
    while (text.startsWith(QLatin1Char('_')))
        text.remove(0, 1);
    return QStringLiteral("url.") + text;
}

ValueUnit unitOf(const QString& column)
{
    if (column == QLatin1String("qps"))
        return ValueUnit::OpsPerSec;
    if (column == QLatin1String("bandwidth"))
        return ValueUnit::BytesPerSec;
    if (column == QLatin1String("availability"))
        return ValueUnit::Percent;
    return ValueUnit::Number; // response time, ms
}

Result<QList<std::optional<double>>> evaluate(const MetricStore& store, const QStringList& urls,
                                              const QStringList& columns, bool useAverage, qint64 from,
                                              qint64 to)
{
    Totals totals;
    QList<double> times;
    std::optional<double> bandwidth;
    for (const QString& url : urls) {
        const QString prefix = prefixOf(url);
        if (columns.contains(QLatin1String("qps")) || columns.contains(QLatin1String("availability")))
            if (auto st = addAvailability(store, prefix, from, to, totals); !st.ok())
                return st.error();
        if (columns.contains(QLatin1String("response_time"))) {
            auto t = responseTime(store, prefix, from, to);
            if (!t.ok() && t.error().code != Error::Code::NotFound)
                return t.error();
            if (t.ok() && *t)
                times << **t;
        }
        if (columns.contains(QLatin1String("bandwidth"))) {
            auto b = PanelSeries::statistic(store, {QString(), prefix + QStringLiteral(".bytes"), QString()},
                                            PanelStatistic::Avg, from, to);
            if (!b.ok() && b.error().code != Error::Code::NotFound)
                return b.error();
            if (b.ok() && *b)
                bandwidth = bandwidth.value_or(0) + **b;
        }
    }
    QList<std::optional<double>> out;
    for (const QString& c : columns) {
        if (c == QLatin1String("qps")) {
            out << (totals.known ? std::optional<double>(totals.all / double(std::max<qint64>(to - from, 1)))
                                 : std::nullopt);
        } else if (c == QLatin1String("availability")) {
            if (useAverage && !totals.dailyAvailability.isEmpty())
                out << 100.0 * *PanelSeries::ofValues(totals.dailyAvailability, PanelStatistic::Avg);
            else
                out << (totals.counted > 0 ? std::optional<double>(100.0 * totals.good / totals.counted)
                                           : std::nullopt);
        } else if (c == QLatin1String("response_time")) {
            out << PanelSeries::ofValues(times, PanelStatistic::Avg);
        } else if (c == QLatin1String("bandwidth")) {
            out << bandwidth;
        } else {
            out << std::nullopt;
        }
    }
    return out;
}

} // namespace opsdeck::UrlMetrics
