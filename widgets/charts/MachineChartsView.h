#pragma once

#include "metrics/MachineChartData.h"
#include "metrics/TimeRange.h"

#include <QFutureWatcher>
#include <QHash>
#include <QThreadPool>
#include <QWidget>

class QComboBox;
class QLabel;

namespace opsdeck {

class MetricChartWidget;
class MetricStore;

// The charts of one machine (CPU, load, memory, network, disk I/O, disk usage) over a
// chosen time range. Reads the store off the GUI thread and swaps the points in when
// they arrive; re-reads whenever the store reports new samples for the machine.
class MachineChartsView : public QWidget
{
    Q_OBJECT
public:
    explicit MachineChartsView(MetricStore& store, QWidget* parent = nullptr);
    ~MachineChartsView() override;

    QString machine() const { return m_machine; }
    TimeRange timeRange() const { return m_range; }
    MetricChartWidget* chart(MachineChartKind kind) const { return m_charts.value(kind); }
    bool isLoading() const { return m_watcher.isRunning(); }
    // The last answer drawn (empty before the first load finished).
    const MachineChartSet& current() const { return m_current; }

public slots:
    void setMachine(const QString& machine);
    void setTimeRange(opsdeck::TimeRange range);
    // Reads the store again now (or as soon as the read under way is done).
    void refresh();

signals:
    void timeRangeChanged(opsdeck::TimeRange range);
    // A read finished and its points are on screen.
    void loaded();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void onSamplesAppended(const QStringList& machines);
    void onLoaded();
    int pointsPerLine() const;

    MetricStore& m_store;
    QString m_machine;
    TimeRange m_range = TimeRange::Hour1;
    QHash<MachineChartKind, MetricChartWidget*> m_charts;
    QLabel* m_title = nullptr;
    QLabel* m_status = nullptr;
    QComboBox* m_rangeBox = nullptr;
    QThreadPool m_pool; // one reader thread, so one database connection
    QFutureWatcher<MachineChartSet> m_watcher;
    MachineChartSet m_current;
    bool m_pending = false; // another read was asked for while one ran
};

} // namespace opsdeck
