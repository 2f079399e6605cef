#pragma once

#include "metrics/MachineChartData.h"

#include <QWidget>

namespace opsdeck {

// The usage report's chart: ChartPainter on plain QPainter (no Qt Charts).
class ReportChartWidget : public QWidget
{
    Q_OBJECT
public:
    explicit ReportChartWidget(QWidget* parent = nullptr);

    void setChart(const ChartData& data, qint64 fromSecs, qint64 toSecs);
    const ChartData& chart() const { return m_data; }
    QSize sizeHint() const override { return {480, 240}; }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    ChartData m_data;
    qint64 m_from = 0;
    qint64 m_to = 0;
};

} // namespace opsdeck
