#include "metrics/MachineChartLoader.h"

#include "metrics/CpuPercent.h"

#include <QCoreApplication>
#include <QMap>
#include <QRegularExpression>
#include <QSet>
#include <algorithm>
#include <cmath>

namespace opsdeck {

namespace {

class Loader
{
public:
    Loader(const MetricStore& store, const MachineChartLoader::Request& request)
        : m_store(store), m_request(request)
    {}

    MachineChartSet run()
    {
        MachineChartSet set;
        set.machine = m_request.machine;
        set.from = m_request.from;
        set.to = m_request.to;
        auto listed = m_store.listSeries(m_request.machine);
        if (!listed.ok()) {
            set.error = listed.error().message;
        } else {
            for (const auto& info : *listed)
                m_metrics.insert(info.key.metric);
        }
        set.charts = {cpu(), load(), memory(), network(), diskIo(), diskUsage()};
        if (set.error.isEmpty())
            set.error = m_error;
        return set;
    }

private:
    std::optional<SeriesData> query(const QString& metric,
                                    MetricQuery::Decimation decimation = MetricQuery::Decimation::MinMax)
    {
        if (!m_metrics.contains(metric))
            return std::nullopt;
        MetricQuery q;
        q.machine = m_request.machine;
        q.metric = metric;
        q.from = m_request.from;
        q.to = m_request.to;
        q.maxPoints = m_request.maxPoints;
        q.decimation = decimation;
        auto r = m_store.query(q);
        if (!r.ok()) {
            if (r.error().code != Error::Code::NotFound && m_error.isEmpty())
                m_error = r.error().message;
            return std::nullopt;
        }
        return std::move(*r);
    }

    qint64 maxGap(int resolution) const
    {
        const qint64 span = std::max<qint64>(1, m_request.to - m_request.from);
        const qint64 bucket = span / std::max(1, m_request.maxPoints);
        const qint64 step = std::max<qint64>({qint64(resolution), bucket, 10});
        return 3 * step;
    }

    void addLine(ChartData& chart, const QString& name, const QString& metric, double scale = 1.0)
    {
        if (auto data = query(metric))
            addLine(chart, name, data->points, data->resolution, scale);
    }

    void addLine(ChartData& chart, const QString& name, const QList<SeriesPoint>& points, int resolution,
                 double scale = 1.0)
    {
        ChartLine line;
        line.name = name;
        line.segments = MachineChartLoader::toSegments(points, maxGap(resolution), scale);
        chart.lines << line;
    }

    // Divides every value by a binary prefix that suits the largest one; `suffix`
    // follows the unit ("" or "/s").
    static void scaleBytes(ChartData& chart, const QString& suffix)
    {
        double maxValue = 0;
        for (const auto& line : chart.lines) {
            for (const auto& segment : line.segments) {
                for (const auto& p : segment)
                    maxValue = std::max(maxValue, p.y());
            }
        }
        const auto [divisor, prefix] = MachineChartLoader::binaryScale(maxValue);
        for (auto& line : chart.lines) {
            for (auto& segment : line.segments) {
                for (auto& p : segment)
                    p.setY(p.y() / divisor);
            }
        }
        chart.unit = prefix + QStringLiteral("B") + suffix;
    }

    // Known values by timestamp.
    static QMap<qint64, double> byTime(const SeriesData& data)
    {
        QMap<qint64, double> m;
        for (const auto& p : data.points) {
            if (p.value)
                m.insert(p.timestamp, *p.value);
        }
        return m;
    }

    // Devices named by `pattern`'s first capture among the machine's metrics.
    QStringList devices(const QRegularExpression& pattern) const
    {
        QSet<QString> found;
        for (const auto& metric : m_metrics) {
            const auto match = pattern.match(metric);
            if (match.hasMatch())
                found.insert(match.captured(1));
        }
        QStringList list(found.begin(), found.end());
        list.sort();
        return list;
    }

    ChartData cpu()
    {
        ChartData chart;
        chart.kind = MachineChartKind::Cpu;
        chart.title = QCoreApplication::translate("MachineCharts", "CPU");
        chart.unit = QCoreApplication::translate("MachineCharts", "%");
        chart.yMax = 100;
        // The same computation as `opsdeck metrics query --percent`: one source for the
        // whole stack, percent on full-resolution rates, then decimated.
        MetricQuery q;
        q.machine = m_request.machine;
        q.from = m_request.from;
        q.to = m_request.to;
        q.maxPoints = m_request.maxPoints;
        q.decimation = MetricQuery::Decimation::Average; // one timestamp per bucket for every mode
        auto stack = CpuPercent::stack(m_store, q);
        if (!stack.ok()) {
            if (stack.error().code != Error::Code::NotFound && m_error.isEmpty())
                m_error = stack.error().message;
            return chart;
        }
        chart.source = stack->source;
        for (const QString& mode : std::as_const(stack->modes)) {
            // idle is the rest of the 100 %; drawing it would flatten the others.
            if (mode != QLatin1String("idle"))
                addLine(chart, mode, stack->percent.value(mode), stack->resolution);
        }
        return chart;
    }

    ChartData load()
    {
        ChartData chart;
        chart.kind = MachineChartKind::Load;
        chart.title = QCoreApplication::translate("MachineCharts", "Load average");
        chart.unit = QString();
        for (const char* n : {"1", "5", "15"})
            addLine(chart, QCoreApplication::translate("MachineCharts", "%1 min").arg(QLatin1String(n)),
                    QStringLiteral("loadavg-") + QLatin1String(n));
        return chart;
    }

    ChartData memory()
    {
        ChartData chart;
        chart.kind = MachineChartKind::Memory;
        chart.title = QCoreApplication::translate("MachineCharts", "Memory");
        addLine(chart, QCoreApplication::translate("MachineCharts", "used"), QStringLiteral("memory-used"));
        addLine(chart, QCoreApplication::translate("MachineCharts", "cached"),
                QStringLiteral("memory-cached"));
        addLine(chart, QCoreApplication::translate("MachineCharts", "buffers"),
                QStringLiteral("memory-buffers"));
        addLine(chart, QCoreApplication::translate("MachineCharts", "free"), QStringLiteral("memory-free"));
        scaleBytes(chart, QString());
        return chart;
    }

    ChartData network()
    {
        ChartData chart;
        chart.kind = MachineChartKind::Network;
        chart.title = QCoreApplication::translate("MachineCharts", "Network traffic");
        static const QRegularExpression pattern(QStringLiteral("^traffic-(.+)-(?:rx|tx)bytes$"));
        for (const auto& dev : devices(pattern)) {
            addLine(chart, QCoreApplication::translate("MachineCharts", "%1 rx").arg(dev),
                    QStringLiteral("traffic-%1-rxbytes").arg(dev));
            addLine(chart, QCoreApplication::translate("MachineCharts", "%1 tx").arg(dev),
                    QStringLiteral("traffic-%1-txbytes").arg(dev));
        }
        scaleBytes(chart, QStringLiteral("/s"));
        return chart;
    }

    ChartData diskIo()
    {
        ChartData chart;
        chart.kind = MachineChartKind::DiskIo;
        chart.title = QCoreApplication::translate("MachineCharts", "Disk I/O");
        static const QRegularExpression pattern(QStringLiteral("^disk-io-(.+)-(?:read|write)-sectors$"));
        for (const auto& dev : devices(pattern)) {
            // Sectors are 512 bytes whatever the device's block size (as /proc/diskstats counts).
            addLine(chart, QCoreApplication::translate("MachineCharts", "%1 read").arg(dev),
                    QStringLiteral("disk-io-%1-read-sectors").arg(dev), 512.0);
            addLine(chart, QCoreApplication::translate("MachineCharts", "%1 write").arg(dev),
                    QStringLiteral("disk-io-%1-write-sectors").arg(dev), 512.0);
        }
        scaleBytes(chart, QStringLiteral("/s"));
        return chart;
    }

    ChartData diskUsage()
    {
        ChartData chart;
        chart.kind = MachineChartKind::DiskUsage;
        chart.title = QCoreApplication::translate("MachineCharts", "Disk usage");
        chart.unit = QCoreApplication::translate("MachineCharts", "% used");
        chart.yMax = 100;
        static const QRegularExpression pattern(QStringLiteral("^disk-usage-(.+)-(?:used|available)$"));
        for (const auto& dev : devices(pattern)) {
            auto used =
                query(QStringLiteral("disk-usage-%1-used").arg(dev), MetricQuery::Decimation::Average);
            auto avail =
                query(QStringLiteral("disk-usage-%1-available").arg(dev), MetricQuery::Decimation::Average);
            if (!used || !avail)
                continue;
            const auto free = byTime(*avail);
            QList<SeriesPoint> percent;
            for (const auto& p : used->points) {
                SeriesPoint q;
                q.timestamp = p.timestamp;
                const auto it = free.constFind(p.timestamp);
                if (p.value && it != free.constEnd() && *p.value + *it > 0)
                    q.value = 100.0 * *p.value / (*p.value + *it);
                percent << q;
            }
            addLine(chart, dev, percent, used->resolution);
        }
        return chart;
    }

    const MetricStore& m_store;
    MachineChartLoader::Request m_request;
    QSet<QString> m_metrics;
    QString m_error;
};

} // namespace

MachineChartSet MachineChartLoader::load(const MetricStore& store, const Request& request)
{
    return Loader(store, request).run();
}

QList<QList<QPointF>> MachineChartLoader::toSegments(const QList<SeriesPoint>& points, qint64 maxGapSecs,
                                                     double scale)
{
    QList<QList<QPointF>> segments;
    QList<QPointF> current;
    qint64 last = 0;
    for (const auto& p : points) {
        const bool known = p.value.has_value() && std::isfinite(*p.value);
        if (!known || (!current.isEmpty() && p.timestamp - last > maxGapSecs)) {
            if (!current.isEmpty())
                segments << current;
            current.clear();
        }
        if (!known)
            continue;
        current << QPointF(double(p.timestamp) * 1000.0, *p.value * scale);
        last = p.timestamp;
    }
    if (!current.isEmpty())
        segments << current;
    return segments;
}

std::pair<double, QString> MachineChartLoader::binaryScale(double maxValue)
{
    static const char* const prefixes[] = {"", "Ki", "Mi", "Gi", "Ti", "Pi"};
    double divisor = 1;
    int i = 0;
    while (i < 5 && maxValue / divisor >= 1024.0) {
        divisor *= 1024.0;
        ++i;
    }
    return {divisor, QString::fromLatin1(prefixes[i])};
}

} // namespace opsdeck
