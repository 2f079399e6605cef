#include "report/ReportChartWidget.h"

#include "export/ChartPainter.h"

#include <QPainter>

namespace opsdeck {

ReportChartWidget::ReportChartWidget(QWidget* parent) : QWidget(parent)
{
    setMinimumSize(240, 160);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void ReportChartWidget::setChart(const ChartData& data, qint64 fromSecs, qint64 toSecs)
{
    m_data = data;
    m_from = fromSecs;
    m_to = toSecs;
    update();
}

void ReportChartWidget::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    ChartPainter(m_data, m_from, m_to, dark ? ChartTheme::Dark : ChartTheme::Light)
        .paint(painter, QRectF(rect()));
}

} // namespace opsdeck
