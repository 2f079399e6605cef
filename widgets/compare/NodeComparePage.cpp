#include "compare/NodeComparePage.h"

#include "charts/ChartTimeline.h"
#include "charts/ValueFormat.h"
#include "compare/SmallMultiplesView.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

namespace opsdeck {

NodeComparePage::NodeComparePage(MetricStore& store, std::shared_ptr<Database> db, ChartTimeline* timeline,
                                 QWidget* parent)
    : QWidget(parent), m_db(std::move(db)), m_timeline(timeline), m_model(new CompareModel(store, this))
{
    setObjectName(QStringLiteral("nodeComparePage"));
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("compareTitle"));
    QFont f = m_title->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.2);
    m_title->setFont(f);
    m_figures = new QLabel(this);
    m_figures->setObjectName(QStringLiteral("compareFigures"));
    m_figures->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_banner = new QLabel(this);
    m_banner->setObjectName(QStringLiteral("compareBanner"));
    m_banner->setWordWrap(true);
    m_banner->setStyleSheet(QStringLiteral("QLabel { background: #fde2e1; color: #8a1f11; padding: 4px; }"));
    m_banner->hide();
    m_metric = new QComboBox(this);
    m_metric->setObjectName(QStringLiteral("compareMetric"));
    m_metric->setToolTip(tr("The metric every host's chart shows"));
    fillMetricPicker({});
    connect(m_metric, &QComboBox::activated, this,
            [this](int index) { setMetric(CompareMetric::fromId(m_metric->itemData(index).toString())); });
    auto* refreshButton = new QToolButton(this);
    refreshButton->setObjectName(QStringLiteral("compareRefresh"));
    refreshButton->setText(tr("Refresh"));
    refreshButton->setToolTip(tr("Read the charts and the figures again"));
    connect(refreshButton, &QToolButton::clicked, this, &NodeComparePage::refresh);

    auto* top = new QHBoxLayout();
    top->addWidget(m_title);
    top->addSpacing(12);
    top->addWidget(m_figures, 1);
    top->addWidget(new QLabel(tr("Metric:"), this));
    top->addWidget(m_metric);
    top->addWidget(refreshButton);

    m_view = new SmallMultiplesView(this);
    m_view->setModel(m_model);
    connect(m_view, &SmallMultiplesView::machineActivated, this, &NodeComparePage::machineActivated);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(top);
    layout->addWidget(m_banner);
    layout->addWidget(m_view, 1);

    connect(m_model, &CompareModel::nodeLoaded, this, &NodeComparePage::hostsChanged);
    connect(m_model, &CompareModel::nodeFailed, this, [this](const QString& path, const QString& message) {
        showError(tr("Cannot read the machines of %1: %2").arg(path, message));
    });
    connect(m_model, &CompareModel::failed, this,
            [this](const QString& message) { showError(tr("Cannot read the metrics: %1").arg(message)); });
    connect(m_model, &CompareModel::summaryReady, this, &NodeComparePage::showSummary);
    connect(m_model, &CompareModel::seriesKeysReady, this, &NodeComparePage::fillMetricPicker);
    if (m_timeline) {
        connect(m_timeline, &ChartTimeline::rangeChanged, this, [this] {
            syncRange();
            loadSummary();
        });
    }
    syncRange();
}

void NodeComparePage::setNode(const QString& path)
{
    m_node = path;
    m_title->setText(path);
    m_figures->setText(tr("Loading…"));
    m_banner->hide();
    syncRange();
    m_model->loadNode(m_db, path);
}

void NodeComparePage::setMachines(const QStringList& machines)
{
    m_node.clear();
    m_title->setText(tr("%n machine(s)", "", int(machines.size())));
    m_banner->hide();
    syncRange();
    m_model->setMachines(machines);
    hostsChanged();
}

void NodeComparePage::setMetric(const CompareMetric& metric)
{
    if (m_metric->findData(metric.id()) < 0)
        m_metric->addItem(metric.label(), metric.id());
    m_metric->setCurrentIndex(m_metric->findData(metric.id()));
    m_model->setMetric(metric); // reads what is on screen again
    loadSummary();
}

void NodeComparePage::hostsChanged()
{
    m_model->loadSeriesKeys();
    loadSummary();
}

bool NodeComparePage::syncRange()
{
    if (!m_timeline || (m_timeline->from() == m_model->from() && m_timeline->to() == m_model->to()))
        return false;
    m_model->setRange(m_timeline->from(), m_timeline->to());
    return true;
}

void NodeComparePage::refresh()
{
    if (!syncRange()) // a live range moves on with the clock
        m_model->reload();
    loadSummary();
}

void NodeComparePage::loadSummary()
{
    m_figures->setText(m_model->rowCount() > 0 ? tr("Loading…") : tr("No machines"));
    if (m_model->rowCount() > 0)
        m_model->loadSummary();
}

void NodeComparePage::showSummary(const CompareSummary& summary)
{
    m_summary = summary;
    const ValueUnit unit = ValueFormat::unitFromName(m_model->metric().unitName());
    QString text = tr("%n host(s)", "", summary.hosts);
    if (summary.withData == 0) {
        text += tr(" · no data in this range");
    } else {
        text += tr(" · %1 with data · average %2 · max %3 (%4)")
                    .arg(summary.withData)
                    .arg(ValueFormat::format(unit, summary.mean), ValueFormat::format(unit, summary.max),
                         summary.maxHost);
    }
    m_figures->setText(text);
    emit summaryShown();
}

void NodeComparePage::showError(const QString& message)
{
    m_banner->setText(message);
    m_banner->show();
    m_figures->clear();
}

void NodeComparePage::fillMetricPicker(const QStringList& seriesKeys)
{
    const QString current = m_model->metric().id();
    m_metric->clear();
    for (const auto& metric : CompareMetric::builtIns())
        m_metric->addItem(metric.label(), metric.id());
    if (!seriesKeys.isEmpty())
        m_metric->insertSeparator(m_metric->count());
    for (const auto& key : seriesKeys)
        m_metric->addItem(key, CompareMetric::series(key).id());
    const int index = m_metric->findData(current);
    if (index < 0)
        m_metric->addItem(m_model->metric().label(), current);
    m_metric->setCurrentIndex(m_metric->findData(current));
}

QString NodeComparePage::figuresText() const
{
    return m_figures->text();
}

QString NodeComparePage::bannerText() const
{
    return m_banner->isHidden() ? QString() : m_banner->text();
}

} // namespace opsdeck
