#include "dashboards/PanelView.h"

#include "charts/MetricChartWidget.h"
#include "dashboards/PanelTableModel.h"

#include <QHeaderView>
#include <QLabel>
#include <QMouseEvent>
#include <QStackedLayout>
#include <QTableView>
#include <QVBoxLayout>

namespace opsdeck {

PanelView::PanelView(int index, QWidget* parent) : QFrame(parent), m_index(index)
{
    setFrameShape(QFrame::StyledPanel);
    setObjectName(QStringLiteral("panel%1").arg(index));
    auto* layout = new QVBoxLayout(this);
    m_title = new QLabel(this);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    layout->addWidget(m_title);
    auto* body = new QWidget(this);
    m_stack = new QStackedLayout(body);
    m_message = new QLabel(body);
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_value = new QLabel(body);
    m_value->setObjectName(QStringLiteral("panelValue"));
    m_value->setAlignment(Qt::AlignCenter);
    QFont big = m_value->font();
    big.setPointSizeF(big.pointSizeF() * 2.5);
    big.setBold(true);
    m_value->setFont(big);
    m_chart = new MetricChartWidget(body);
    m_chart->setMinimumHeight(180);
    m_table = new QTableView(body);
    m_model = new PanelTableModel(this);
    m_table->setModel(m_model);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    for (QWidget* w : {static_cast<QWidget*>(m_message), static_cast<QWidget*>(m_value),
                       static_cast<QWidget*>(m_chart), static_cast<QWidget*>(m_table)})
        m_stack->addWidget(w);
    layout->addWidget(body, 1);
    setMinimumHeight(120);
}

void PanelView::showLoading(const opsdeck::Panel& panel)
{
    m_title->setText(panel.title.isEmpty() ? panel.query.key() : panel.title);
    m_message->setText(tr("Loading…"));
    m_stack->setCurrentWidget(m_message);
}

void PanelView::showData(const PanelData& data)
{
    const opsdeck::Panel& p = data.panel;
    m_title->setText(p.title.isEmpty() ? p.query.key() : p.title);
    if (!data.problem.isEmpty()) {
        m_message->setText(data.problem);
        m_stack->setCurrentWidget(m_message);
        return;
    }
    switch (p.kind) {
    case PanelKind::Chart:
        // Shown (and so sized) before its data: a hidden chart lays its axes out again when shown.
        m_stack->setCurrentWidget(m_chart);
        m_chart->setData(data.chart, data.from, data.to);
        if (data.chart.pointCount() == 0)
            m_chart->setPlaceholder(tr("No data in this range"));
        break;
    case PanelKind::Value:
        m_value->setText(data.value ? ValueFormat::format(data.unit, *data.value) : tr("—"));
        m_value->setToolTip(
            tr("%1 of %2 over the range").arg(DashboardNames::statisticName(p.statistic), p.query.key()));
        m_stack->setCurrentWidget(m_value);
        break;
    case PanelKind::Table:
        m_model->setTable(data.table);
        m_table->resizeColumnsToContents();
        if (data.table.rows.isEmpty()) {
            m_message->setText(tr("No rows"));
            m_stack->setCurrentWidget(m_message);
        } else {
            m_stack->setCurrentWidget(m_table);
        }
        break;
    }
}

void PanelView::setSelected(bool selected)
{
    setFrameShadow(selected ? QFrame::Sunken : QFrame::Plain);
    setLineWidth(selected ? 2 : 1);
    setFrameShape(selected ? QFrame::Box : QFrame::StyledPanel);
}

QString PanelView::valueText() const
{
    return m_stack->currentWidget() == m_value ? m_value->text() : QString();
}

void PanelView::mousePressEvent(QMouseEvent* event)
{
    emit clicked(m_index);
    QFrame::mousePressEvent(event);
}

} // namespace opsdeck
