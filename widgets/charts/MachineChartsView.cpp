#include "charts/MachineChartsView.h"

#include "charts/MetricChartWidget.h"
#include "metrics/MachineChartLoader.h"
#include "metrics/MetricStore.h"

#include <QComboBox>
#include <QDateTime>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace opsdeck {

namespace {
struct ChartSlot
{
    MachineChartKind kind;
    const char* objectName;
};
const ChartSlot chartSlots[] = {
    {MachineChartKind::Cpu, "chart-cpu"},       {MachineChartKind::Load, "chart-load"},
    {MachineChartKind::Memory, "chart-memory"}, {MachineChartKind::Network, "chart-network"},
    {MachineChartKind::DiskIo, "chart-diskio"}, {MachineChartKind::DiskUsage, "chart-diskusage"},
};
} // namespace

MachineChartsView::MachineChartsView(MetricStore& store, QWidget* parent) : QWidget(parent), m_store(store)
{
    setObjectName(QStringLiteral("machineCharts"));
    m_pool.setMaxThreadCount(1);
    m_pool.setExpiryTimeout(-1);

    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("chartsMachineLabel"));
    QFont f = m_title->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.2);
    m_title->setFont(f);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("chartsStatus"));
    m_rangeBox = new QComboBox(this);
    m_rangeBox->setObjectName(QStringLiteral("timeRangeCombo"));
    m_rangeBox->setToolTip(tr("Time range shown by the charts"));
    for (const auto& r : timeRanges())
        m_rangeBox->addItem(timeRangeLabel(r.range), static_cast<int>(r.range));
    m_rangeBox->setCurrentIndex(static_cast<int>(m_range));
    connect(m_rangeBox, &QComboBox::activated, this,
            [this](int index) { setTimeRange(static_cast<TimeRange>(m_rangeBox->itemData(index).toInt())); });

    auto* top = new QHBoxLayout();
    top->addWidget(m_title);
    top->addSpacing(12);
    top->addWidget(m_status, 1);
    top->addWidget(new QLabel(tr("Range:"), this));
    top->addWidget(m_rangeBox);

    auto* grid = new QWidget(this);
    auto* gridLayout = new QGridLayout(grid);
    gridLayout->setContentsMargins(0, 0, 0, 0);
    gridLayout->setSpacing(4);
    int i = 0;
    for (const auto& slot : chartSlots) {
        auto* chart = new MetricChartWidget(grid);
        chart->setObjectName(QLatin1String(slot.objectName));
        m_charts.insert(slot.kind, chart);
        gridLayout->addWidget(chart, i / 2, i % 2);
        ++i;
    }
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(grid);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(top);
    layout->addWidget(scroll, 1);

    connect(&m_watcher, &QFutureWatcher<MachineChartSet>::finished, this, &MachineChartsView::onLoaded);
    connect(&m_store, &MetricStore::samplesAppended, this, &MachineChartsView::onSamplesAppended,
            Qt::QueuedConnection);
}

MachineChartsView::~MachineChartsView()
{
    m_watcher.waitForFinished();
    m_pool.waitForDone();
}

void MachineChartsView::setMachine(const QString& machine)
{
    if (machine == m_machine)
        return;
    m_machine = machine;
    m_title->setText(machine.isEmpty() ? tr("No machine selected") : machine);
    for (auto* chart : std::as_const(m_charts)) {
        chart->setData(ChartData{}, 0, 0);
        chart->setPlaceholder(tr("Loading…"));
    }
    m_current = MachineChartSet{};
    if (isVisible())
        refresh();
}

void MachineChartsView::setTimeRange(TimeRange range)
{
    if (range == m_range)
        return;
    m_range = range;
    m_rangeBox->setCurrentIndex(m_rangeBox->findData(static_cast<int>(range)));
    emit timeRangeChanged(range);
    refresh();
}

void MachineChartsView::refresh()
{
    if (m_machine.isEmpty())
        return;
    if (m_watcher.isRunning()) {
        m_pending = true;
        return;
    }
    m_pending = false;
    MachineChartLoader::Request request;
    request.machine = m_machine;
    request.to = QDateTime::currentSecsSinceEpoch();
    request.from = request.to - timeRangeSeconds(m_range);
    request.maxPoints = pointsPerLine();
    MetricStore* store = &m_store;
    m_watcher.setFuture(
        QtConcurrent::run(&m_pool, [store, request] { return MachineChartLoader::load(*store, request); }));
}

int MachineChartsView::pointsPerLine() const
{
    int widest = 0;
    for (const auto* chart : m_charts)
        widest = std::max(widest, chart->plotWidthPixels());
    return std::clamp(widest, 100, 4000);
}

void MachineChartsView::onSamplesAppended(const QStringList& machines)
{
    if (!m_machine.isEmpty() && machines.contains(m_machine) && isVisible())
        refresh();
}

void MachineChartsView::onLoaded()
{
    MachineChartSet set = m_watcher.result();
    if (set.machine == m_machine) {
        m_current = set;
        for (const auto& data : std::as_const(set.charts)) {
            if (auto* chart = m_charts.value(data.kind)) {
                chart->setData(data, set.from, set.to);
                chart->setPlaceholder(tr("No samples in this range yet"));
            }
        }
        m_status->setText(set.error.isEmpty() ? QString() : tr("Cannot read the metrics: %1").arg(set.error));
        emit loaded();
    }
    if (m_pending || set.machine != m_machine)
        refresh();
}

void MachineChartsView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_current.machine != m_machine && !m_watcher.isRunning())
        refresh();
}

} // namespace opsdeck
