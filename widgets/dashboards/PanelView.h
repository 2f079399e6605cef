#pragma once

#include "dashboards/PanelEvaluator.h"

#include <QFrame>

class QLabel;
class QStackedLayout;
class QTableView;

namespace opsdeck {

class MetricChartWidget;
class PanelTableModel;

// One panel of a dashboard: its title, then a chart (MetricChartWidget), a large value with
// its unit (ValueFormat) or a table (PanelTableModel), or the reason it has nothing.
// Clicking it selects it (for Edit / Remove).
class PanelView : public QFrame
{
    Q_OBJECT
public:
    explicit PanelView(int index, QWidget* parent = nullptr);

    int index() const { return m_index; }
    void showLoading(const opsdeck::Panel& panel);
    void showData(const PanelData& data);
    void setSelected(bool selected);

    // For tests and the status line.
    QString valueText() const;
    const PanelTableModel* tableModel() const { return m_model; }
    const MetricChartWidget* chart() const { return m_chart; }

signals:
    void clicked(int index);

protected:
    void mousePressEvent(QMouseEvent* event) override;

private:
    int m_index = 0;
    QLabel* m_title = nullptr;
    QStackedLayout* m_stack = nullptr;
    QLabel* m_message = nullptr;
    QLabel* m_value = nullptr;
    MetricChartWidget* m_chart = nullptr;
    QTableView* m_table = nullptr;
    PanelTableModel* m_model = nullptr;
};

} // namespace opsdeck
