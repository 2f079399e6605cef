#include "compare/OverlayChart.h"

#include "charts/ChartTimeline.h"
#include "charts/MetricChartWidget.h"
#include "charts/ValueFormat.h"
#include "inventory/AsyncLoad.h"
#include "metrics/MachineChartLoader.h"
#include "metrics/MetricStore.h"

#include <QComboBox>
#include <QDateTime>
#include <QDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>

namespace opsdeck {

namespace {

struct OverlayRequest
{
    QString title;
    QList<SeriesKey> series;
    qint64 from = 0;
    qint64 to = 0;
    int pixels = 600;
};

// The chart's data: one line per series, scaled to one unit. Blocking (SQL).
Result<ChartData> readOverlay(const MetricStore& store, const OverlayRequest& r)
{
    ChartData chart;
    chart.kind = MachineChartKind::Other;
    chart.id = QStringLiteral("overlay");
    chart.title = r.title;
    const bool oneMetric = std::all_of(r.series.cbegin(), r.series.cend(), [&](const SeriesKey& k) {
        return k.metric == r.series.first().metric;
    });
    QList<SeriesData> read;
    for (const auto& key : r.series) {
        MetricQuery q;
        q.machine = key.machine;
        q.metric = key.metric;
        q.source = key.source;
        q.from = r.from;
        q.to = r.to;
        q.maxPoints = 2 * r.pixels;
        q.atChartResolution = true;
        auto data = store.query(q);
        if (!data.ok() && data.error().code == Error::Code::NotFound)
            continue;
        if (!data.ok())
            return data.error();
        data->key = key;
        read << *data;
    }
    const ValueUnit unit =
        ValueFormat::unitForMetric(r.series.isEmpty() ? QString() : r.series.first().metric);
    double maxAbs = 0;
    for (const auto& d : std::as_const(read)) {
        for (const auto& p : d.points) {
            if (p.value && std::isfinite(*p.value))
                maxAbs = std::max(maxAbs, std::abs(*p.value));
        }
    }
    const ValueFormat::Scale scale = ValueFormat::scaleFor(unit, maxAbs);
    chart.unit = scale.unit;
    chart.valueUnit = ValueFormat::unitName(unit);
    chart.unitDivisor = scale.divisor;
    const qint64 bucket = (r.to - r.from) / std::max(1, r.pixels);
    for (const auto& d : std::as_const(read)) {
        ChartLine line;
        line.name = oneMetric ? d.key.source : QStringLiteral("%1: %2").arg(d.key.source, d.key.metric);
        line.metric = d.key.metric;
        const qint64 step = std::max<qint64>({qint64(d.resolution), bucket, 10});
        chart.resolution = std::max(chart.resolution, int(step));
        line.segments = MachineChartLoader::toSegments(d.points, 3 * step, 1.0 / scale.divisor);
        chart.lines << line;
    }
    return chart;
}

} // namespace

OverlayChart::OverlayChart(MetricStore& store, ChartTimeline* timeline, QWidget* parent)
    : QWidget(parent), m_store(store), m_timeline(timeline), m_gate(std::make_shared<ReadGate>())
{
    setObjectName(QStringLiteral("overlayChart"));
    m_picker = new QComboBox(this);
    m_picker->setObjectName(QStringLiteral("overlayQuantity"));
    m_picker->setToolTip(tr("The quantity to compare across the host's sources"));
    connect(m_picker, &QComboBox::activated, this,
            [this](int index) { setQuantity(m_picker->itemData(index).toString()); });
    m_banner = new QLabel(this);
    m_banner->setObjectName(QStringLiteral("overlayBanner"));
    m_banner->setWordWrap(true);
    m_banner->setStyleSheet(QStringLiteral("QLabel { background: #fde2e1; color: #8a1f11; padding: 4px; }"));
    m_banner->hide();
    m_chart = new MetricChartWidget(this);
    m_chart->setObjectName(QStringLiteral("overlayChartView"));
    m_chart->setPlaceholder(tr("Loading…"));
    if (m_timeline) {
        connect(m_timeline, &ChartTimeline::rangeChanged, this, &OverlayChart::load);
        connect(m_chart, &MetricChartWidget::zoomRequested, m_timeline, &ChartTimeline::zoomTo);
        connect(m_chart, &MetricChartWidget::panRequested, m_timeline, &ChartTimeline::pan);
        connect(m_chart, &MetricChartWidget::resetRequested, m_timeline, &ChartTimeline::reset);
    }
    auto* top = new QHBoxLayout();
    top->addWidget(new QLabel(tr("Quantity:"), this));
    top->addWidget(m_picker, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_banner);
    layout->addWidget(m_chart, 1);
}

OverlayChart::~OverlayChart()
{
    m_gate->closeAndWait(); // a read under way holds the store
}

std::pair<qint64, qint64> OverlayChart::range() const
{
    if (m_timeline)
        return {m_timeline->from(), m_timeline->to()};
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    return {now - 86400, now};
}

void OverlayChart::setMachine(const QString& machine)
{
    m_machine = machine;
    m_sources.clear();
    m_picker->clear();
    m_banner->hide();
    const quint64 generation = ++m_generation;
    runAsync<QMap<QString, QStringList>>(
        this,
        [store = &m_store, gate = m_gate, machine]() -> Result<QMap<QString, QStringList>> {
            if (!gate->enter())
                return Error::failure(QStringLiteral("closed"));
            auto listed = store->listSeries(machine);
            gate->leave();
            if (!listed.ok())
                return listed.error();
            QMap<QString, QStringList> sources;
            for (const auto& s : std::as_const(*listed))
                sources[s.key.metric] << s.key.source;
            return sources;
        },
        [this, generation](Result<QMap<QString, QStringList>> result) {
            if (generation != m_generation)
                return;
            if (!result.ok()) {
                showError(tr("Cannot list the series of %1: %2").arg(m_machine, result.error().message));
                emit loaded();
                return;
            }
            listed(*result);
        });
}

void OverlayChart::listed(const QMap<QString, QStringList>& sources)
{
    m_sources = sources;
    QStringList keys = sources.keys();
    std::stable_sort(keys.begin(), keys.end(), [&](const QString& a, const QString& b) {
        return sources.value(a).size() > sources.value(b).size();
    });
    m_picker->clear();
    for (const auto& key : std::as_const(keys))
        m_picker->addItem(tr("%1 (%n source(s))", "", int(sources.value(key).size())).arg(key), key);
    if (keys.isEmpty()) {
        m_chart->setData(ChartData{}, range().first, range().second);
        m_chart->setPlaceholder(tr("No series for %1 in the cache").arg(m_machine));
        emit loaded();
        return;
    }
    setQuantity(keys.first());
}

void OverlayChart::setQuantity(const QString& metric)
{
    QList<SeriesKey> series;
    for (const auto& source : m_sources.value(metric))
        series << SeriesKey{m_machine, metric, source};
    m_picker->setCurrentIndex(m_picker->findData(metric));
    setSeries(metric, series);
}

void OverlayChart::setSeries(const QString& title, const QList<SeriesKey>& series)
{
    m_title = title;
    m_series = series;
    load();
}

void OverlayChart::load()
{
    if (m_series.isEmpty())
        return;
    const auto [from, to] = range();
    OverlayRequest request{m_title, m_series, from, to, std::clamp(m_chart->plotWidthPixels(), 100, 4000)};
    const quint64 generation = ++m_generation;
    runAsync<ChartData>(
        this,
        [store = &m_store, gate = m_gate, request]() -> Result<ChartData> {
            if (!gate->enter())
                return Error::failure(QStringLiteral("closed"));
            auto r = readOverlay(*store, request);
            gate->leave();
            return r;
        },
        [this, generation, from = from, to = to](Result<ChartData> result) {
            if (generation != m_generation)
                return;
            if (!result.ok()) {
                showError(tr("Cannot read the series: %1").arg(result.error().message));
            } else {
                m_banner->hide();
                m_chart->setData(*result, from, to);
                m_chart->setPlaceholder(tr("No samples in this range"));
            }
            emit loaded();
        });
}

void OverlayChart::showError(const QString& message)
{
    m_banner->setText(message);
    m_banner->show();
}

QStringList OverlayChart::quantities() const
{
    QStringList list;
    for (int i = 0; i < m_picker->count(); ++i)
        list << m_picker->itemData(i).toString();
    return list;
}

QString OverlayChart::bannerText() const
{
    return m_banner->isHidden() ? QString() : m_banner->text();
}

QDialog* OverlayChart::openDialog(MetricStore& store, ChartTimeline* timeline, const QString& machine,
                                  QWidget* parent)
{
    auto* dialog = new QDialog(parent);
    dialog->setObjectName(QStringLiteral("compareSourcesDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Compare sources — %1").arg(machine));
    auto* overlay = new OverlayChart(store, timeline, dialog);
    auto* layout = new QVBoxLayout(dialog);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(overlay);
    dialog->resize(900, 520);
    overlay->setMachine(machine);
    dialog->show();
    return dialog;
}

} // namespace opsdeck
