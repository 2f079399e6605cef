#pragma once

#include "metrics/MachineChartData.h"
#include "util/Result.h"

#include <QObject>
#include <functional>

class QAction;
class QWidget;

namespace opsdeck {

// The window's export (issue 10, part 7): "Export Chart…" (Ctrl+E) writes one of the
// charts on screen as PNG, SVG, PDF or CSV, by the file's extension; "Export Report…"
// (Ctrl+Shift+E) writes every chart with data as one multi-page PDF. The charts come from
// `source` (what the charts view shows); the file is written off the GUI thread, through
// ChartExporter (so a failure leaves nothing half-written) and the outcome goes to
// statusMessage() and exported().
class ExportActions : public QObject
{
    Q_OBJECT
public:
    using Source = std::function<MachineChartSet()>;
    ExportActions(Source source, QWidget* window);

    QAction* chartAction() const { return m_chart; }
    QAction* reportAction() const { return m_report; }

    // Without dialogs (the actions ask for the chart and the file, then call these).
    void exportChart(int index, const QString& path);
    void exportReport(const QString& path);

signals:
    void statusMessage(const QString& message);
    void exported(const QString& path, bool ok);

private:
    void askChart();
    void askReport();
    QString askPath(const QString& suggestedName, const QString& filter);
    void finish(const QString& path, const Status& status);

    Source m_source;
    QWidget* m_window;
    QAction* m_chart;
    QAction* m_report;
    bool m_busy = false;
};

} // namespace opsdeck
