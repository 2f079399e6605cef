#include "sources/SourceTableModel.h"

#include "inventory/AsyncLoad.h"
#include "sources/SourceStatusWatcher.h"

#include <QBrush>
#include <QCoreApplication>

namespace opsdeck {

namespace {

QString seconds(int secs)
{
    return QCoreApplication::translate("SourceTableModel", "%1 s").arg(secs);
}

std::optional<TargetState> worstState(const SourceSummary& s)
{
    if (s.down > 0)
        return TargetState::Down;
    if (s.stale > 0)
        return TargetState::Stale;
    if (s.ok > 0)
        return TargetState::Ok;
    return std::nullopt;
}

} // namespace

SourceTableModel::SourceTableModel(std::shared_ptr<Database> db, QObject* parent)
    : QAbstractTableModel(parent), m_db(std::move(db))
{}

void SourceTableModel::refreshOn(SourceStatusWatcher* watcher)
{
    connect(watcher, &SourceStatusWatcher::refreshDue, this, &SourceTableModel::reload);
}

void SourceTableModel::reload()
{
    const quint64 generation = ++m_generation;
    auto db = m_db;
    runAsync<QList<SourceSummary>>(
        this, [db]() { return SourceOverview::loadSummaries(db); },
        [this, generation](Result<QList<SourceSummary>> result) {
            if (generation != m_generation)
                return;
            if (!result.ok()) {
                qCWarning(lcSourceModels) << "cannot load the sources:" << result.error().message;
                emit loadFailed(result.error().message);
                return;
            }
            apply(std::move(result.value()));
            emit loaded();
        });
}

void SourceTableModel::apply(QList<SourceSummary> rows)
{
    bool sameIds = rows.size() == m_rows.size();
    for (qsizetype i = 0; sameIds && i < rows.size(); ++i)
        sameIds = rows.at(i).source.id == m_rows.at(i).source.id;
    if (sameIds) {
        m_rows = std::move(rows);
        if (!m_rows.isEmpty())
            emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

const SourceSummary* SourceTableModel::summaryAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int SourceTableModel::rowOfSource(qint64 id) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).source.id == id)
            return int(i);
    return -1;
}

int SourceTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SourceTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SourceTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SourceSummary& r = m_rows.at(index.row());
    const Source& s = r.source;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case KindColumn:
            return sourceKindName(s.kind);
        case UrlColumn:
            return s.isBackend() ? tr("%1 — %2").arg(s.url, s.query) : s.url;
        case BindingColumn:
            if (!s.machine.isEmpty())
                return tr("machine %1").arg(s.machine);
            if (!s.nodePath.isEmpty())
                return tr("node %1").arg(s.nodePath);
            return tr("(none)");
        case IntervalColumn:
            return seconds(s.intervalSecs);
        case TimeoutColumn:
            return seconds(s.timeoutSecs);
        case EnabledColumn:
            return s.enabled ? tr("yes") : tr("no");
        case TargetsColumn:
            return r.targets;
        case OkColumn:
            return r.ok;
        case StaleColumn:
            return r.stale;
        case DownColumn:
            return r.down;
        case LastErrorColumn:
            return r.lastError;
        case MalformedColumn:
            return r.malformedTotal;
        }
        return {};
    case Qt::ForegroundRole: {
        // The state counts in their state's colour when there is any.
        std::optional<TargetState> state;
        if (index.column() == OkColumn && r.ok > 0)
            state = TargetState::Ok;
        else if (index.column() == StaleColumn && r.stale > 0)
            state = TargetState::Stale;
        else if (index.column() == DownColumn && r.down > 0)
            state = TargetState::Down;
        else if (index.column() == LastErrorColumn && !r.lastError.isEmpty())
            state = TargetState::Down;
        if (state)
            return QBrush(SourceOverview::stateColor(*state));
        return {};
    }
    case Qt::TextAlignmentRole:
        switch (index.column()) {
        case IntervalColumn:
        case TimeoutColumn:
        case TargetsColumn:
        case OkColumn:
        case StaleColumn:
        case DownColumn:
        case MalformedColumn:
            return int(Qt::AlignRight | Qt::AlignVCenter);
        }
        return {};
    case SourceIdRole:
        return s.id;
    case EnabledRole:
        return s.enabled;
    case WorstStateRole: {
        const auto worst = worstState(r);
        return worst ? QVariant(int(*worst)) : QVariant();
    }
    default:
        return {};
    }
}

QVariant SourceTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case KindColumn:
        return tr("Kind");
    case UrlColumn:
        return tr("URL");
    case BindingColumn:
        return tr("Bound to");
    case IntervalColumn:
        return tr("Interval");
    case TimeoutColumn:
        return tr("Timeout");
    case EnabledColumn:
        return tr("Enabled");
    case TargetsColumn:
        return tr("Targets");
    case OkColumn:
        return tr("OK");
    case StaleColumn:
        return tr("Stale");
    case DownColumn:
        return tr("Down");
    case LastErrorColumn:
        return tr("Last error");
    case MalformedColumn:
        return tr("Malformed");
    }
    return {};
}

} // namespace opsdeck
