#include "charts/MachineChartsView.h"

#include "charts/MetricChartWidget.h"
#include "compare/OverlayChart.h"
#include "metrics/MetricStore.h"

#include <QAction>
#include <QButtonGroup>
#include <QDateTimeEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QScrollArea>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace opsdeck {

namespace {
// The built-in groups, in page order, and the legacy object name of each one's first chart.
struct Primary
{
    const char* group;
    const char* title;
    MachineChartKind kind;
    const char* objectName;
};
const Primary primaries[] = {
    {"cpu", QT_TRANSLATE_NOOP("HostPage", "CPU"), MachineChartKind::Cpu, "chart-cpu"},
    {"load", QT_TRANSLATE_NOOP("HostPage", "Load"), MachineChartKind::Load, "chart-load"},
    {"memory", QT_TRANSLATE_NOOP("HostPage", "Memory"), MachineChartKind::Memory, "chart-memory"},
    {"traffic", QT_TRANSLATE_NOOP("HostPage", "Traffic"), MachineChartKind::Network, "chart-network"},
    {"disk-io", QT_TRANSLATE_NOOP("HostPage", "Disk I/O"), MachineChartKind::DiskIo, "chart-diskio"},
    {"disk-usage", QT_TRANSLATE_NOOP("HostPage", "Disk usage"), MachineChartKind::DiskUsage,
     "chart-diskusage"},
    {"tcp", QT_TRANSLATE_NOOP("HostPage", "TCP"), MachineChartKind::Tcp, "chart-tcp"},
};
} // namespace

MachineChartsView::MachineChartsView(MetricStore& store, QWidget* parent, const Clock& clock)
    : QWidget(parent), m_store(store), m_timeline(new ChartTimeline(clock, this))
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
    m_status->setWordWrap(true);
    auto* top = new QHBoxLayout();
    top->addWidget(m_title);
    top->addSpacing(12);
    top->addWidget(m_status, 1);
    top->addWidget(makeRangeBar());
    // The same quantity from each of the machine's sources (widgets/compare), from the
    // page's context menu (the window's menu may add the action too: actions()).
    auto* compare = new QAction(tr("Compare sources…"), this);
    compare->setObjectName(QStringLiteral("compareSourcesAction"));
    compare->setToolTip(tr("One chart of a quantity from every source this machine has series from"));
    connect(compare, &QAction::triggered, this, &MachineChartsView::compareSources);
    addAction(compare);
    setContextMenuPolicy(Qt::ActionsContextMenu);

    m_pageWidget = new QWidget(this);
    m_pageLayout = new QVBoxLayout(m_pageWidget);
    m_pageLayout->setContentsMargins(0, 0, 0, 0);
    m_pageLayout->setSpacing(4);
    m_pageLayout->addStretch(1);
    for (const auto& p : primaries) {
        Section& s = section(QString::fromLatin1(p.group), QCoreApplication::translate("HostPage", p.title));
        auto* chart = makeChart(s.body, QLatin1String(p.objectName));
        s.charts << chart;
        s.grid->addWidget(chart, 0, 0);
        m_primary.insert(p.kind, chart);
    }
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_pageWidget);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(top);
    layout->addWidget(scroll, 1);

    connect(&m_watcher, &QFutureWatcher<Load>::finished, this, &MachineChartsView::onLoaded);
    connect(&m_store, &MetricStore::samplesAppended, this, &MachineChartsView::onSamplesAppended,
            Qt::QueuedConnection);
    connect(m_timeline, &ChartTimeline::rangeChanged, this, [this] {
        updateRangeBar();
        refresh();
    });
    connect(m_timeline, &ChartTimeline::crosshairChanged, this, [this](qint64 ms) {
        for (auto* chart : std::as_const(m_byId))
            chart->setCrosshair(ms);
        for (auto* chart : std::as_const(m_primary))
            chart->setCrosshair(ms);
    });
    setDefinitionsDir(HostPagePlanner::defaultDefinitionsDir());
    updateRangeBar();
}

MachineChartsView::~MachineChartsView()
{
    m_watcher.waitForFinished();
    m_pool.waitForDone();
}

QWidget* MachineChartsView::makeRangeBar()
{
    auto* bar = new QWidget(this);
    auto* row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(2);
    m_rangeButtons = new QButtonGroup(bar);
    m_rangeButtons->setExclusive(false); // none is checked while zoomed
    for (const auto& r : chartRanges()) {
        auto* b = new QToolButton(bar);
        b->setObjectName(QStringLiteral("range-") + timeRangeKey(r.range));
        b->setText(timeRangeShortLabel(r.range));
        b->setToolTip(timeRangeLabel(r.range));
        b->setCheckable(true);
        m_rangeButtons->addButton(b, static_cast<int>(r.range));
        row->addWidget(b);
    }
    connect(m_rangeButtons, &QButtonGroup::idClicked, this,
            [this](int id) { setTimeRange(static_cast<TimeRange>(id)); });
    auto* custom = new QToolButton(bar);
    custom->setObjectName(QStringLiteral("rangeCustom"));
    custom->setText(tr("Custom…"));
    custom->setToolTip(tr("Show a chosen span (from, to)"));
    connect(custom, &QToolButton::clicked, this, &MachineChartsView::chooseCustomRange);
    m_live = new QToolButton(bar);
    m_live->setObjectName(QStringLiteral("rangeLive"));
    m_live->setText(tr("Live"));
    m_live->setToolTip(tr("Follow the clock: new samples are added as they arrive"));
    m_live->setCheckable(true);
    connect(m_live, &QToolButton::clicked, this, [this](bool on) {
        if (on)
            m_timeline->reset();
        else
            m_timeline->setCustom(m_timeline->from(), m_timeline->to());
    });
    m_back = new QToolButton(bar);
    m_back->setObjectName(QStringLiteral("rangeBack"));
    m_back->setText(tr("Back"));
    m_back->setToolTip(tr("The range before the last zoom"));
    connect(m_back, &QToolButton::clicked, m_timeline, &ChartTimeline::back);
    auto* reset = new QToolButton(bar);
    reset->setObjectName(QStringLiteral("rangeReset"));
    reset->setText(tr("Reset"));
    reset->setToolTip(tr("Back to the chosen range, live (or double-click a chart)"));
    connect(reset, &QToolButton::clicked, m_timeline, &ChartTimeline::reset);
    for (QWidget* w : {static_cast<QWidget*>(custom), static_cast<QWidget*>(m_live),
                       static_cast<QWidget*>(m_back), static_cast<QWidget*>(reset)})
        row->addWidget(w);
    return bar;
}

QDialog* MachineChartsView::compareSources()
{
    return m_machine.isEmpty() ? nullptr : OverlayChart::openDialog(m_store, m_timeline, m_machine, this);
}

void MachineChartsView::updateRangeBar()
{
    for (QAbstractButton* b : m_rangeButtons->buttons())
        b->setChecked(m_timeline->isLive() &&
                      m_rangeButtons->id(b) == static_cast<int>(m_timeline->preset()));
    m_live->setChecked(m_timeline->isLive());
    m_back->setEnabled(m_timeline->canGoBack());
}

void MachineChartsView::chooseCustomRange()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Custom range"));
    auto* from = new QDateTimeEdit(QDateTime::fromSecsSinceEpoch(m_timeline->from()), &dialog);
    auto* to = new QDateTimeEdit(QDateTime::fromSecsSinceEpoch(m_timeline->to()), &dialog);
    from->setCalendarPopup(true);
    to->setCalendarPopup(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto* form = new QFormLayout(&dialog);
    form->addRow(tr("From:"), from);
    form->addRow(tr("To:"), to);
    form->addRow(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (!m_timeline->setCustom(from->dateTime().toSecsSinceEpoch(), to->dateTime().toSecsSinceEpoch()))
        m_status->setText(tr("The range is empty: \"to\" must be after \"from\"."));
}

MachineChartsView::Section& MachineChartsView::section(const QString& id, const QString& title)
{
    auto it = m_sections.find(id);
    if (it != m_sections.end()) {
        it->header->setText(title);
        return *it;
    }
    Section s;
    s.header = new QLabel(title, m_pageWidget);
    s.header->setObjectName(QStringLiteral("group-") + id);
    QFont f = s.header->font();
    f.setBold(true);
    s.header->setFont(f);
    s.body = new QWidget(m_pageWidget);
    s.grid = new QGridLayout(s.body);
    s.grid->setContentsMargins(0, 0, 0, 0);
    s.grid->setSpacing(4);
    const int at = m_pageLayout->count() - 1; // before the stretch
    m_pageLayout->insertWidget(at, s.header);
    m_pageLayout->insertWidget(at + 1, s.body);
    m_groupOrder << id;
    return *m_sections.insert(id, s);
}

MetricChartWidget* MachineChartsView::makeChart(QWidget* parent, const QString& objectName)
{
    auto* chart = new MetricChartWidget(parent);
    chart->setObjectName(objectName);
    connect(chart, &MetricChartWidget::zoomRequested, m_timeline, &ChartTimeline::zoomTo);
    connect(chart, &MetricChartWidget::panRequested, m_timeline, &ChartTimeline::pan);
    connect(chart, &MetricChartWidget::resetRequested, m_timeline, &ChartTimeline::reset);
    connect(chart, &MetricChartWidget::crosshairMoved, m_timeline, &ChartTimeline::setCrosshair);
    connect(chart, &MetricChartWidget::crosshairLeft, m_timeline, &ChartTimeline::clearCrosshair);
    return chart;
}

void MachineChartsView::setDefinitionsDir(const QString& dir)
{
    m_definitionsDir = dir;
    m_definitions = HostPagePlanner::loadDefinitions(dir);
    if (!m_definitions.errors.isEmpty())
        m_status->setText(
            tr("Graph definitions left out: %1").arg(m_definitions.errors.join(QLatin1String("; "))));
    refresh();
}

void MachineChartsView::setMachine(const QString& machine)
{
    if (machine == m_machine)
        return;
    m_machine = machine;
    m_title->setText(machine.isEmpty() ? tr("No machine selected") : machine);
    for (auto* chart : std::as_const(m_primary)) {
        chart->setData(ChartData{}, 0, 0);
        chart->setPlaceholder(tr("Loading…"));
    }
    m_current = MachineChartSet{};
    m_page = HostPageData{};
    m_timeline->setDataStart(0);
    if (isVisible())
        refresh();
}

void MachineChartsView::setTimeRange(TimeRange range)
{
    const bool changed = range != m_timeline->preset();
    if (!changed && m_timeline->isLive() && !m_timeline->canGoBack())
        return;
    m_timeline->setPreset(range); // rangeChanged: re-read
    if (changed)
        emit timeRangeChanged(range);
}

void MachineChartsView::refresh()
{
    start(false);
}

void MachineChartsView::start(bool tail)
{
    if (m_machine.isEmpty())
        return;
    if (m_watcher.isRunning()) {
        (tail ? m_pendingTail : m_pending) = true;
        return;
    }
    HostPageLoader::Request request;
    request.machine = m_machine;
    request.to = m_timeline->to();
    request.from = m_timeline->from();
    request.maxPoints = 2 * pointsPerLine(); // a minimum and a maximum per pixel column
    request.definitions = m_definitions.graphs;
    request.definitionErrors = m_definitions.errors;
    if (!tail)
        request.inventory = m_inventory; // a tail read keeps the charts (and titles) it has
    if (tail) {
        int step = 60;
        for (const auto& g : std::as_const(m_page.groups)) {
            for (const auto& c : g.charts)
                step = std::max(step, c.resolution);
        }
        request.from = std::max(request.from, m_page.to - 2 * step);
    } else {
        m_pending = false;
    }
    m_pendingTail = false;
    MetricStore* store = &m_store;
    m_busy = true;
    m_watcher.setFuture(QtConcurrent::run(&m_pool, [store, request, tail] {
        return Load{HostPageLoader::load(*store, request), tail};
    }));
}

int MachineChartsView::pointsPerLine() const
{
    int widest = 0;
    for (const auto* chart : m_primary)
        widest = std::max(widest, chart->plotWidthPixels());
    return std::clamp(widest, 100, 4000);
}

void MachineChartsView::onSamplesAppended(const QStringList& machines)
{
    if (m_machine.isEmpty() || !machines.contains(m_machine) || !isVisible() || !m_timeline->isLive())
        return;
    // Live: read only what arrived since the last read and append it.
    start(m_page.machine == m_machine && m_page.to > 0);
}

void MachineChartsView::onLoaded()
{
    const Load load = m_watcher.result();
    if (load.page.machine == m_machine) {
        if (!load.tail || !appendTail(load.page))
            place(load.page);
        m_timeline->setDataStart(load.page.firstSample);
        QStringList status;
        if (!load.page.error.isEmpty())
            status << tr("Cannot read the metrics: %1").arg(load.page.error);
        if (!load.page.notes.isEmpty())
            status << tr("Graph definitions: %1").arg(load.page.notes.join(QLatin1String("; ")));
        m_status->setText(status.join(QLatin1Char(' ')));
        emit loaded();
    }
    if (m_pending || load.page.machine != m_machine || (load.tail && m_page.to == 0))
        refresh();
    else if (m_pendingTail)
        start(true);
    m_busy = m_watcher.isRunning();
}

// Appends a tail read to every chart; false when the page changed shape (a new chart, a
// new unit), which needs a full read.
bool MachineChartsView::appendTail(const HostPageData& tail)
{
    if (tail.chartCount() != m_page.chartCount())
        return false;
    const qint64 from = m_timeline->from();
    const qint64 to = std::max(tail.to, m_timeline->to());
    for (const auto& g : tail.groups) {
        for (const auto& c : g.charts) {
            MetricChartWidget* chart = m_byId.value(c.id);
            if (!chart || !chart->appendData(c, from, to))
                return false;
        }
    }
    m_page.to = to;
    m_page.from = from;
    m_current.to = to;
    ++m_appends;
    // Appended points come at the tail's (finer) resolution: once a chart holds far more
    // points than pixels, read the page again at the chart's resolution.
    for (const auto* chart : std::as_const(m_byId)) {
        if (chart->pointCount() > 8 * pointsPerLine())
            m_pending = true;
    }
    return true;
}

void MachineChartsView::place(const HostPageData& page)
{
    m_page = page;
    QHash<QString, MetricChartWidget*> previous = std::exchange(m_byId, {});
    QHash<MachineChartKind, bool> primaryUsed;
    QSet<QString> shown;
    for (const auto& p : primaries)
        shown.insert(QLatin1String(p.group));
    for (const auto& group : page.groups)
        shown.insert(group.id);
    for (auto it = m_sections.begin(); it != m_sections.end(); ++it) {
        // Charts go back into the grids in the page's order below.
        for (auto* chart : it->body->findChildren<MetricChartWidget*>(Qt::FindDirectChildrenOnly))
            it->grid->removeWidget(chart);
        it->header->setVisible(shown.contains(it.key()));
        it->body->setVisible(shown.contains(it.key()));
    }
    for (const auto& group : page.groups) {
        Section& s = section(group.id, group.title);
        s.header->setVisible(true);
        s.body->setVisible(true);
        int i = 0;
        for (const auto& data : group.charts) {
            MetricChartWidget* chart = previous.take(data.id);
            const auto primary =
                std::find_if(std::begin(primaries), std::end(primaries),
                             [&](const Primary& p) { return group.id == QLatin1String(p.group); });
            if (!chart && i == 0 && primary != std::end(primaries))
                chart = m_primary.value(primary->kind);
            if (!chart)
                chart = makeChart(s.body, QStringLiteral("chart-") + data.id);
            if (primary != std::end(primaries) && chart == m_primary.value(primary->kind))
                primaryUsed.insert(primary->kind, true);
            s.grid->addWidget(chart, i / 2, i % 2);
            chart->setData(data, page.from, page.to);
            chart->setPlaceholder(tr("No samples in this range yet"));
            chart->setVisible(true);
            m_byId.insert(data.id, chart);
            ++i;
        }
    }
    for (auto* chart : std::as_const(previous)) {
        if (std::find(m_primary.cbegin(), m_primary.cend(), chart) == m_primary.cend())
            chart->deleteLater();
    }
    // A built-in group the machine has nothing for: its chart says so.
    for (auto it = m_primary.cbegin(); it != m_primary.cend(); ++it) {
        if (!primaryUsed.value(it.key())) {
            (*it)->setData(ChartData{}, page.from, page.to);
            (*it)->setPlaceholder(tr("No samples in this range yet"));
        }
    }
    m_current = MachineChartSet{};
    m_current.machine = page.machine;
    m_current.from = page.from;
    m_current.to = page.to;
    m_current.error = page.error;
    for (const auto& g : page.groups)
        m_current.charts << g.charts;
}

void MachineChartsView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_current.machine != m_machine && !m_watcher.isRunning())
        refresh();
}

} // namespace opsdeck
