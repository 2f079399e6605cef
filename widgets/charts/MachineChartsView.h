#pragma once

#include "charts/ChartTimeline.h"
#include "charts/HostPageLoader.h"
#include "metrics/MachineChartData.h"
#include "metrics/TimeRange.h"

#include <QFutureWatcher>
#include <QHash>
#include <QThreadPool>
#include <QWidget>

class QButtonGroup;
class QDialog;
class QGridLayout;
class QLabel;
class QToolButton;
class QVBoxLayout;

namespace opsdeck {

class MetricChartWidget;
class MetricStore;

// A machine's host page, as Kurado's: a group of charts per plugin (CPU, load, memory,
// traffic per interface, disk I/O, disk usage, TCP; then the user's graph definitions and
// every other source's series; HostPagePlanner decides), under a range bar (1 h .. 1 year,
// custom, live, back, reset). Every chart follows one ChartTimeline: a drag on any chart
// zooms them all, the crosshair shows on all. Reads the store off the GUI thread; in live
// mode what arrives is appended to the charts (a short read of the tail), not re-read.
class MachineChartsView : public QWidget
{
    Q_OBJECT
public:
    explicit MachineChartsView(MetricStore& store, QWidget* parent = nullptr,
                               const Clock& clock = Clock::system());
    ~MachineChartsView() override;

    QString machine() const { return m_machine; }
    TimeRange timeRange() const { return m_timeline->preset(); }
    ChartTimeline* timeline() const { return m_timeline; }
    // The first chart of a built-in group (objectName chart-cpu, chart-load, chart-memory,
    // chart-network, chart-diskio, chart-diskusage, chart-tcp): always there.
    MetricChartWidget* chart(MachineChartKind kind) const { return m_primary.value(kind); }
    // Any chart of the page by its ChartData::id ("cpu", "traffic:eth0", ...).
    MetricChartWidget* chartById(const QString& id) const { return m_byId.value(id); }
    QStringList groupIds() const { return m_groupOrder; }
    // A read is under way or its answer is not on screen yet.
    bool isLoading() const { return m_busy; }
    // The last answer drawn (empty before the first load finished).
    const MachineChartSet& current() const { return m_current; }
    const HostPageData& page() const { return m_page; }
    // How many live updates were appended to the charts rather than read whole.
    int appendedUpdates() const { return m_appends; }
    // Graph definition files (*.def) that restyle or add groups: the `charts.definitions`
    // setting, else HostPagePlanner::defaultDefinitionsDir(). Errors show in the status.
    void setDefinitionsDir(const QString& dir);
    // The inventory, whose machine_meta names the disks' mount points: the disk usage
    // charts are titled by them ("/home (sda2)"). Unset: by device.
    void setInventory(std::shared_ptr<Database> inventory) { m_inventory = std::move(inventory); }

public slots:
    void setMachine(const QString& machine);
    void setTimeRange(opsdeck::TimeRange range);
    // Reads the store again now (or as soon as the read under way is done).
    void refresh();
    // Asks for a span (from, to) and shows it (the range bar's "Custom…", View > Custom Range…).
    void chooseCustomRange();
    // "Compare sources…": a window overlaying a quantity from each of the machine's sources.
    QDialog* compareSources();

signals:
    void timeRangeChanged(opsdeck::TimeRange range);
    // A read finished and its points are on screen.
    void loaded();

protected:
    void showEvent(QShowEvent* event) override;

private:
    struct Section
    {
        QLabel* header = nullptr;
        QWidget* body = nullptr;
        QGridLayout* grid = nullptr;
        QList<MetricChartWidget*> charts;
    };
    struct Load
    {
        HostPageData page;
        bool tail = false;
    };
    QWidget* makeRangeBar();
    Section& section(const QString& id, const QString& title);
    MetricChartWidget* makeChart(QWidget* parent, const QString& objectName);
    void start(bool tail);
    void onSamplesAppended(const QStringList& machines);
    void onLoaded();
    void place(const HostPageData& page);
    bool appendTail(const HostPageData& tail);
    void updateRangeBar();
    int pointsPerLine() const;

    MetricStore& m_store;
    std::shared_ptr<Database> m_inventory;
    ChartTimeline* m_timeline = nullptr;
    QString m_machine;
    QString m_definitionsDir;
    GraphDefinitionSet m_definitions;
    QHash<MachineChartKind, MetricChartWidget*> m_primary;
    QHash<QString, MetricChartWidget*> m_byId;
    QHash<QString, Section> m_sections;
    QStringList m_groupOrder;
    QVBoxLayout* m_pageLayout = nullptr;
    QWidget* m_pageWidget = nullptr;
    QLabel* m_title = nullptr;
    QLabel* m_status = nullptr;
    QButtonGroup* m_rangeButtons = nullptr;
    QToolButton* m_back = nullptr;
    QToolButton* m_live = nullptr;
    QThreadPool m_pool; // one reader thread, so one database connection
    QFutureWatcher<Load> m_watcher;
    HostPageData m_page;
    MachineChartSet m_current;
    int m_appends = 0;
    bool m_busy = false;
    bool m_pending = false;     // another full read was asked for while one ran
    bool m_pendingTail = false; // new samples arrived while one ran
};

} // namespace opsdeck
