#pragma once

#include "compare/CompareSeries.h"
#include "compare/ReadGate.h"
#include "db/Database.h"

#include <QAbstractListModel>
#include <QStringList>
#include <atomic>
#include <memory>
#include <vector>

namespace opsdeck {

// One metric across many hosts, for small multiples: a row per host (a tree node's
// machines, recursive, or an explicit list such as the machine table's filter) with its
// load state and, once loaded, its decimated series. Loading is lazy: only the rows the
// view asks for (setVisibleRows, the visible cells) are read, off the GUI thread
// (runAsync), at the chart's resolution for pixelWidth(), and kept; a row asked for and
// then scrolled away before its read started is cancelled, and an answer that comes back
// for a row no longer wanted is ignored. The shared scale is the minimum and maximum over
// every row loaded so far for the current metric and range (scaleChanged as rows load).
// The node's figures over every host (not only the loaded ones): each host's mean and
// maximum of the metric over the range, at a coarse resolution (`resolution` seconds).
struct CompareSummary
{
    int hosts = 0;    // in the list
    int withData = 0; // with a known point in the range
    double mean = 0;  // the mean of the hosts' means
    double max = 0;   // the highest point of any host (of `resolution`-second averages)
    QString maxHost;
    int resolution = 0;
};

class CompareModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Roles
    {
        MachineRole = Qt::UserRole + 1,
        StateRole,  // int(LoadState)
        PointsRole, // QList<QPointF>: x epoch ms, y value (NaN: a gap)
        MinRole,
        MaxRole,
        MeanRole,
        ErrorRole,
    };
    Q_ENUM(Roles)
    enum class LoadState
    {
        NotLoaded,
        Loading,
        Loaded,
        Failed
    };
    Q_ENUM(LoadState)

    explicit CompareModel(MetricStore& store, QObject* parent = nullptr);
    ~CompareModel() override;

    // The hosts, in row order (duplicates dropped). Resets the model.
    void setMachines(const QStringList& machines);
    // The machines bound to `path` or any node below it, read off the GUI thread; then
    // setMachines() (nodeLoaded) or nodeFailed with the error's message.
    void loadNode(std::shared_ptr<Database> db, const QString& path);
    QStringList machines() const { return m_machines; }
    QString node() const { return m_node; }

    void setMetric(const CompareMetric& metric);
    CompareMetric metric() const { return m_metric; }
    void setRange(qint64 fromSecs, qint64 toSecs);
    qint64 from() const { return m_from; }
    qint64 to() const { return m_to; }
    // A cell's plot width: each host is read with 2 x this many points at most.
    void setPixelWidth(int pixels);
    int pixelWidth() const { return m_pixels; }

    // The rows on screen [first, last]: reads those not read yet; cancels reads of rows
    // outside. An empty range (last < first) cancels every pending read.
    void setVisibleRows(int first, int last);
    // Reads again what is on screen (new samples, a live range that moved on).
    void reload();

    LoadState state(int row) const;
    const HostSeries* series(int row) const; // nullptr until loaded
    QString errorAt(int row) const;
    int rowOf(const QString& machine) const { return m_rowOf.value(machine, -1); }

    // The shared scale: over every loaded row's known points; none before one has any.
    bool hasScale() const { return m_scaleKnown; }
    double scaleMin() const { return m_scaleMin; }
    double scaleMax() const { return m_scaleMax; }

    // Reads every host's mean and maximum off the GUI thread: summaryReady, or
    // failed with the first error. A newer call (or a new list, metric or range)
    // makes an older answer be dropped.
    void loadSummary(int points = 60);
    // The series keys any of the hosts has (for the metric picker), sorted: seriesKeysReady.
    void loadSeriesKeys();

    // How many reads were started, and for which hosts in order, since the last clear:
    // tests and benchmarks check that only what is on screen is read.
    int requestCount() const { return int(m_requested.size()); }
    QStringList requestedMachines() const { return m_requested; }
    void clearRequestLog() { m_requested.clear(); }
    int pendingCount() const { return m_pending; }
    int loadedCount() const { return m_loaded; }

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    void rowLoaded(int row);
    void scaleChanged();
    // Every read asked for has come back.
    void idle();
    void nodeLoaded(const QString& path);
    void nodeFailed(const QString& path, const QString& message);
    void summaryReady(const opsdeck::CompareSummary& summary);
    // A summary or series-key read failed: what the store said.
    void failed(const QString& message);
    void seriesKeysReady(const QStringList& keys);

private:
    struct Entry
    {
        LoadState state = LoadState::NotLoaded;
        quint64 ticket = 0;
        std::shared_ptr<std::atomic_bool> cancel;
        std::shared_ptr<const HostSeries> series;
        QString error;
    };
    void invalidate();
    void request(int row);
    void cancel(int row);
    void finished(int row, quint64 ticket, Result<HostSeries> result);
    void widenScale(const HostSeries& s);

    MetricStore& m_store;
    std::shared_ptr<ReadGate> m_gate; // reads in flight, for the destructor to wait on
    QStringList m_machines;
    QHash<QString, int> m_rowOf;
    std::vector<Entry> m_entries;
    QString m_node;
    quint64 m_nodeGeneration = 0;
    quint64 m_summaryGeneration = 0;
    std::shared_ptr<std::atomic_bool> m_summaryCancel;
    CompareMetric m_metric;
    qint64 m_from = 0;
    qint64 m_to = 0;
    int m_pixels = 200;
    int m_first = 0;
    int m_last = -1;
    quint64 m_nextTicket = 1;
    int m_pending = 0;
    int m_loaded = 0;
    QStringList m_requested;
    bool m_scaleKnown = false;
    double m_scaleMin = 0;
    double m_scaleMax = 0;
};

} // namespace opsdeck

Q_DECLARE_METATYPE(opsdeck::CompareSummary)
