#include "compare/CompareModel.h"

#include "inventory/AsyncLoad.h"
#include "inventory/InventoryReader.h"

#include <QSet>

namespace opsdeck {

CompareModel::CompareModel(MetricStore& store, QObject* parent)
    : QAbstractListModel(parent), m_store(store), m_gate(std::make_shared<ReadGate>())
{}

CompareModel::~CompareModel()
{
    // A read that started holds the store: wait for it; the queued ones see `closed`.
    m_gate->closeAndWait();
}

void CompareModel::setMachines(const QStringList& machines)
{
    beginResetModel();
    for (int row = 0; row < int(m_entries.size()); ++row)
        cancel(row);
    ++m_summaryGeneration;
    m_machines.clear();
    m_rowOf.clear();
    for (const auto& m : machines) {
        if (m.isEmpty() || m_rowOf.contains(m))
            continue;
        m_rowOf.insert(m, int(m_machines.size()));
        m_machines << m;
    }
    m_entries.clear();
    m_entries.resize(m_machines.size());
    m_loaded = 0;
    m_pending = 0;
    m_scaleKnown = false;
    m_first = 0;
    m_last = -1;
    endResetModel();
    emit scaleChanged();
}

void CompareModel::loadNode(std::shared_ptr<Database> db, const QString& path)
{
    m_node = path;
    const quint64 generation = ++m_nodeGeneration;
    runAsync<QStringList>(
        this,
        [db, path]() -> Result<QStringList> {
            MachineFilter filter;
            filter.node = path;
            auto machines = InventoryReader(db).loadAllMachines(filter);
            if (!machines.ok())
                return machines.error();
            QStringList names;
            names.reserve(machines->size());
            for (const auto& m : std::as_const(*machines))
                names << m.name;
            return names;
        },
        [this, generation, path](Result<QStringList> result) {
            if (generation != m_nodeGeneration)
                return;
            if (!result.ok()) {
                setMachines({});
                emit nodeFailed(path, result.error().message);
                return;
            }
            setMachines(*result);
            emit nodeLoaded(path);
        });
}

void CompareModel::loadSummary(int points)
{
    if (m_summaryCancel)
        m_summaryCancel->store(true);
    m_summaryCancel = std::make_shared<std::atomic_bool>(false);
    const quint64 generation = ++m_summaryGeneration;
    runAsync<CompareSummary>(
        this,
        [store = &m_store, gate = m_gate, cancelled = m_summaryCancel, machines = m_machines,
         metric = m_metric, from = m_from, to = m_to, points]() -> Result<CompareSummary> {
            if (!gate->enter(*cancelled))
                return Error::failure(QStringLiteral("cancelled"));
            CompareSummary sum;
            sum.hosts = int(machines.size());
            double meanSum = 0;
            for (const auto& machine : machines) {
                if (cancelled->load() || gate->isClosed())
                    break;
                auto r = CompareLoader::load(*store, machine, metric, from, to, points / 2,
                                             MetricQuery::Decimation::Average);
                if (!r.ok()) {
                    gate->leave();
                    return r.error();
                }
                sum.resolution = std::max(sum.resolution, r->resolution);
                if (r->known == 0)
                    continue;
                meanSum += r->mean;
                if (sum.withData == 0 || r->max > sum.max) {
                    sum.max = r->max;
                    sum.maxHost = machine;
                }
                ++sum.withData;
            }
            sum.mean = sum.withData > 0 ? meanSum / sum.withData : 0;
            gate->leave();
            return sum;
        },
        [this, generation](Result<CompareSummary> result) {
            if (generation != m_summaryGeneration)
                return;
            if (result.ok())
                emit summaryReady(*result);
            else
                emit failed(result.error().message);
        });
}

void CompareModel::loadSeriesKeys()
{
    runAsync<QStringList>(
        this,
        [store = &m_store, gate = m_gate, machines = m_machines]() -> Result<QStringList> {
            if (!gate->enter())
                return Error::failure(QStringLiteral("cancelled"));
            auto listed = store->listSeries();
            gate->leave();
            if (!listed.ok())
                return listed.error();
            const QSet<QString> wanted(machines.cbegin(), machines.cend());
            QSet<QString> keys;
            for (const auto& s : std::as_const(*listed)) {
                if (wanted.contains(s.key.machine))
                    keys.insert(s.key.metric);
            }
            QStringList sorted(keys.cbegin(), keys.cend());
            sorted.sort();
            return sorted;
        },
        [this](Result<QStringList> result) {
            if (result.ok())
                emit seriesKeysReady(*result);
            else
                emit failed(result.error().message);
        });
}

void CompareModel::setMetric(const CompareMetric& metric)
{
    if (metric == m_metric)
        return;
    m_metric = metric;
    invalidate();
}

void CompareModel::setRange(qint64 fromSecs, qint64 toSecs)
{
    if (fromSecs == m_from && toSecs == m_to)
        return;
    m_from = fromSecs;
    m_to = toSecs;
    invalidate();
}

void CompareModel::setPixelWidth(int pixels)
{
    pixels = std::clamp(pixels, 16, 4000);
    if (pixels == m_pixels)
        return;
    m_pixels = pixels;
    invalidate();
}

void CompareModel::reload()
{
    invalidate();
}

// What was read no longer answers the question: forget it, read what is on screen again.
void CompareModel::invalidate()
{
    ++m_summaryGeneration; // an answer for the old question is dropped
    for (int row = 0; row < int(m_entries.size()); ++row) {
        cancel(row);
        m_entries[size_t(row)] = Entry{};
    }
    m_loaded = 0;
    m_scaleKnown = false;
    if (!m_entries.empty())
        emit dataChanged(index(0), index(int(m_entries.size()) - 1));
    emit scaleChanged();
    for (int row = std::max(0, m_first); row <= m_last && row < int(m_entries.size()); ++row)
        request(row);
}

void CompareModel::setVisibleRows(int first, int last)
{
    m_first = first;
    m_last = last;
    for (int row = 0; row < int(m_entries.size()); ++row) {
        if ((row < first || row > last) && m_entries[size_t(row)].state == LoadState::Loading)
            cancel(row);
    }
    for (int row = std::max(0, first); row <= last && row < int(m_entries.size()); ++row)
        request(row);
}

void CompareModel::cancel(int row)
{
    Entry& e = m_entries[size_t(row)];
    if (e.state != LoadState::Loading)
        return;
    e.cancel->store(true);
    e.cancel.reset();
    e.state = LoadState::NotLoaded;
    --m_pending;
}

void CompareModel::request(int row)
{
    Entry& e = m_entries[size_t(row)];
    if (e.state != LoadState::NotLoaded || m_to <= m_from)
        return;
    e.state = LoadState::Loading;
    e.ticket = m_nextTicket++;
    e.cancel = std::make_shared<std::atomic_bool>(false);
    ++m_pending;
    m_requested << m_machines[row];
    const QString machine = m_machines[row];
    const quint64 ticket = e.ticket;
    runAsync<HostSeries>(
        this,
        [store = &m_store, gate = m_gate, cancelled = e.cancel, machine, metric = m_metric, from = m_from,
         to = m_to, pixels = m_pixels]() -> Result<HostSeries> {
            if (!gate->enter(*cancelled))
                return Error::failure(QStringLiteral("cancelled"));
            auto r = CompareLoader::load(*store, machine, metric, from, to, pixels);
            gate->leave();
            return r;
        },
        [this, row, ticket](Result<HostSeries> result) { finished(row, ticket, std::move(result)); });
    emit dataChanged(index(row), index(row), {StateRole});
}

void CompareModel::finished(int row, quint64 ticket, Result<HostSeries> result)
{
    if (row >= int(m_entries.size()))
        return;
    Entry& e = m_entries[size_t(row)];
    if (e.ticket != ticket || e.state != LoadState::Loading)
        return; // scrolled away, or the metric or range changed meanwhile
    --m_pending;
    e.cancel.reset();
    if (result.ok()) {
        e.state = LoadState::Loaded;
        ++m_loaded;
        auto series = std::make_shared<HostSeries>(std::move(*result));
        widenScale(*series);
        e.series = std::move(series);
    } else {
        e.state = LoadState::Failed;
        e.error = result.error().message;
    }
    emit dataChanged(index(row), index(row));
    emit rowLoaded(row);
    if (m_pending == 0)
        emit idle();
}

void CompareModel::widenScale(const HostSeries& s)
{
    if (s.known == 0)
        return;
    if (m_scaleKnown && s.min >= m_scaleMin && s.max <= m_scaleMax)
        return;
    m_scaleMin = m_scaleKnown ? std::min(m_scaleMin, s.min) : s.min;
    m_scaleMax = m_scaleKnown ? std::max(m_scaleMax, s.max) : s.max;
    m_scaleKnown = true;
    emit scaleChanged();
}

CompareModel::LoadState CompareModel::state(int row) const
{
    return row >= 0 && row < int(m_entries.size()) ? m_entries[size_t(row)].state : LoadState::NotLoaded;
}

const HostSeries* CompareModel::series(int row) const
{
    return row >= 0 && row < int(m_entries.size()) ? m_entries[size_t(row)].series.get() : nullptr;
}

QString CompareModel::errorAt(int row) const
{
    return row >= 0 && row < int(m_entries.size()) ? m_entries[size_t(row)].error : QString();
}

int CompareModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_machines.size());
}

QVariant CompareModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry& e = m_entries[size_t(index.row())];
    const HostSeries* s = e.series.get();
    switch (role) {
    case Qt::DisplayRole:
    case MachineRole:
        return m_machines[index.row()];
    case StateRole:
        return int(e.state);
    case PointsRole:
        return s ? QVariant::fromValue(s->points) : QVariant();
    case MinRole:
        return s && s->known ? QVariant(s->min) : QVariant();
    case MaxRole:
        return s && s->known ? QVariant(s->max) : QVariant();
    case MeanRole:
        return s && s->known ? QVariant(s->mean) : QVariant();
    case ErrorRole:
    case Qt::ToolTipRole:
        return e.error.isEmpty() ? QVariant() : QVariant(e.error);
    default:
        return {};
    }
}

QHash<int, QByteArray> CompareModel::roleNames() const
{
    auto names = QAbstractListModel::roleNames();
    names.insert(MachineRole, "machine");
    names.insert(StateRole, "state");
    names.insert(PointsRole, "points");
    names.insert(MinRole, "min");
    names.insert(MaxRole, "max");
    names.insert(MeanRole, "mean");
    names.insert(ErrorRole, "error");
    return names;
}

} // namespace opsdeck
