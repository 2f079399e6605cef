#pragma once

#include "compare/CompareModel.h"
#include "db/Database.h"

#include <QWidget>
#include <memory>

class QComboBox;
class QLabel;

namespace opsdeck {

class ChartTimeline;
class MetricStore;
class SmallMultiplesView;

// A tree node's compare page (Loki's "click into your product line"): a header with the
// node's figures (host count, the average and the maximum of the metric across its hosts
// over the range) and a metric picker, above the small multiples of every host with one
// shared scale. The range is the shared ChartTimeline's. A double-click (or Enter) on a
// host emits machineActivated: the window opens its host page. Errors (the inventory or
// the store cannot be read) show in the page's banner.
class NodeComparePage : public QWidget
{
    Q_OBJECT
public:
    NodeComparePage(MetricStore& store, std::shared_ptr<Database> db, ChartTimeline* timeline,
                    QWidget* parent = nullptr);

    CompareModel* model() const { return m_model; }
    SmallMultiplesView* view() const { return m_view; }
    QString node() const { return m_node; }
    // The header's figures and the banner, as shown (tests).
    QString figuresText() const;
    QString bannerText() const;
    const CompareSummary& summary() const { return m_summary; }

public slots:
    // The machines bound to `path` or below it.
    void setNode(const QString& path);
    // An explicit list (the machine table's filter).
    void setMachines(const QStringList& machines);
    void setMetric(const opsdeck::CompareMetric& metric);
    // Reads what is on screen and the figures again.
    void refresh();

signals:
    void machineActivated(const QString& machine);
    // The figures for the current node, list, metric and range are in the header.
    void summaryShown();

private:
    void hostsChanged();
    bool syncRange(); // the timeline's range into the model; true when it changed
    void loadSummary();
    void showSummary(const CompareSummary& summary);
    void showError(const QString& message);
    void fillMetricPicker(const QStringList& seriesKeys);

    std::shared_ptr<Database> m_db;
    ChartTimeline* m_timeline = nullptr;
    CompareModel* m_model = nullptr;
    SmallMultiplesView* m_view = nullptr;
    QLabel* m_title = nullptr;
    QLabel* m_figures = nullptr;
    QLabel* m_banner = nullptr;
    QComboBox* m_metric = nullptr;
    QString m_node;
    CompareSummary m_summary;
};

} // namespace opsdeck
