#pragma once

#include "compare/ReadGate.h"
#include "metrics/MachineChartData.h"
#include "metrics/Sample.h"

#include <QMap>
#include <QWidget>
#include <memory>

class QComboBox;
class QDialog;
class QLabel;

namespace opsdeck {

class ChartTimeline;
class MetricChartWidget;
class MetricStore;

// One host's chart overlaying the same quantity from different sources (the local
// collector, node_exporter, Graphite, Prometheus, OpenTSDB, ssh plugins: whatever sources
// the cache has the host's series from), one line per source with the source's name in
// the legend, drawn by the host page's MetricChartWidget. The picker lists the host's
// metric keys, those reported by most sources first; setSeries() overlays any series
// (a Graphite path beside a Kurado key). Reads off the GUI thread; errors in a banner.
class OverlayChart : public QWidget
{
    Q_OBJECT
public:
    // `timeline` (may be null: the last day) gives the range and follows its changes.
    OverlayChart(MetricStore& store, ChartTimeline* timeline, QWidget* parent = nullptr);
    ~OverlayChart() override;

    // Lists the host's series, then shows the quantity with the most sources.
    void setMachine(const QString& machine);
    QString machine() const { return m_machine; }
    // The host's `metric` from every source that has it.
    void setQuantity(const QString& metric);
    // Any series overlaid (lines named by source, or "source: metric" when metrics differ).
    void setSeries(const QString& title, const QList<SeriesKey>& series);

    MetricChartWidget* chart() const { return m_chart; }
    QStringList quantities() const;
    // metric key -> the sources that report it, for the current machine.
    const QMap<QString, QStringList>& sourcesByMetric() const { return m_sources; }
    QString bannerText() const;

    // A window with an OverlayChart for `machine` (deleted on close): the host page's
    // "Compare sources…".
    static QDialog* openDialog(MetricStore& store, ChartTimeline* timeline, const QString& machine,
                               QWidget* parent);

signals:
    // What was asked is on the chart (or the banner says why not).
    void loaded();

private:
    void listed(const QMap<QString, QStringList>& sources);
    void load();
    void showError(const QString& message);
    std::pair<qint64, qint64> range() const;

    MetricStore& m_store;
    ChartTimeline* m_timeline = nullptr;
    std::shared_ptr<ReadGate> m_gate;
    MetricChartWidget* m_chart = nullptr;
    QComboBox* m_picker = nullptr;
    QLabel* m_banner = nullptr;
    QString m_machine;
    QMap<QString, QStringList> m_sources;
    QString m_title;
    QList<SeriesKey> m_series;
    quint64 m_generation = 0;
};

} // namespace opsdeck
