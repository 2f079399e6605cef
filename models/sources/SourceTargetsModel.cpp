#include "sources/SourceTargetsModel.h"

#include "inventory/AsyncLoad.h"
#include "sources/SourceStatusWatcher.h"

#include <QBrush>
#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

namespace opsdeck {

namespace {

QString timeText(const std::optional<qint64>& epochSecs)
{
    if (!epochSecs)
        return QCoreApplication::translate("SourceTargetsModel", "never");
    return QLocale().toString(QDateTime::fromSecsSinceEpoch(*epochSecs), QLocale::ShortFormat);
}

QVariant epoch(const std::optional<qint64>& epochSecs)
{
    return epochSecs ? QVariant(*epochSecs) : QVariant();
}

} // namespace

SourceTargetsModel::SourceTargetsModel(std::shared_ptr<Database> db, QObject* parent)
    : QAbstractTableModel(parent), m_db(std::move(db))
{}

void SourceTargetsModel::refreshOn(SourceStatusWatcher* watcher)
{
    connect(watcher, &SourceStatusWatcher::refreshDue, this, &SourceTargetsModel::reload);
}

void SourceTargetsModel::setSourceId(qint64 id)
{
    if (id != m_sourceId && !m_rows.isEmpty()) {
        beginResetModel();
        m_rows.clear();
        endResetModel();
    }
    m_sourceId = id;
    reload();
}

void SourceTargetsModel::reload()
{
    const quint64 generation = ++m_generation;
    const qint64 id = m_sourceId;
    if (id <= 0) {
        apply({});
        emit loaded();
        return;
    }
    auto db = m_db;
    runAsync<QList<SourceTargetRow>>(
        this, [db, id]() { return SourceOverview::loadTargets(db, id); },
        [this, generation](Result<QList<SourceTargetRow>> result) {
            if (generation != m_generation)
                return;
            if (!result.ok()) {
                apply({});
                emit loadFailed(result.error().message);
                return;
            }
            apply(std::move(result.value()));
            emit loaded();
        });
}

void SourceTargetsModel::apply(QList<SourceTargetRow> rows)
{
    bool same = rows.size() == m_rows.size();
    for (qsizetype i = 0; same && i < rows.size(); ++i)
        same = rows.at(i).machine == m_rows.at(i).machine;
    if (same) {
        m_rows = std::move(rows);
        if (!m_rows.isEmpty())
            emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

QString SourceTargetsModel::mappedText(const TargetStatus& status)
{
    if (status.lastSeries == 0 && status.lastMapped == 0)
        return {};
    return tr("%1 of %2").arg(status.lastMapped).arg(status.lastSeries);
}

QStringList SourceTargetsModel::malformedLineTexts(const TargetStatus& status)
{
    QStringList out;
    for (const MalformedLine& m : status.malformedLines)
        out << tr("line %1: %2: %3").arg(m.line).arg(m.reason, m.text);
    return out;
}

const SourceTargetRow* SourceTargetsModel::rowAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int SourceTargetsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SourceTargetsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SourceTargetsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SourceTargetRow& r = m_rows.at(index.row());
    const TargetStatus& t = r.status;
    if (role == Qt::ToolTipRole && index.column() == MalformedColumn && !t.malformedLines.isEmpty())
        return tr("Last malformed lines:\n%1").arg(malformedLineTexts(t).join(QLatin1Char('\n')));
    if (role == Qt::ToolTipRole && index.column() == MappedColumn && !mappedText(t).isEmpty())
        return tr("%1 series of the last answer mapped onto Kurado's metric names").arg(mappedText(t));
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case MachineColumn:
            return r.machine.isEmpty() ? tr("(backend)") : r.machine;
        case StateColumn:
            return r.polled ? SourceOverview::stateText(t.state)
                            : tr("%1 (not polled yet)").arg(SourceOverview::stateText(t.state));
        case LastAttemptColumn:
            return timeText(t.lastAttempt);
        case LastOkColumn:
            return timeText(t.lastOk);
        case LastErrorColumn:
            return t.lastError;
        case SamplesColumn:
            return t.lastSamples;
        case MalformedColumn:
            return t.malformedTotal;
        case MappedColumn:
            return mappedText(t);
        }
        return {};
    case Qt::ForegroundRole:
        // A page of which nothing maps (an exporter or a system the mapping does not know).
        if (index.column() == MappedColumn && t.lastSeries > 0 && t.lastMapped == 0)
            return QBrush(SourceOverview::stateColor(TargetState::Stale));
        if (index.column() == StateColumn || (index.column() == LastErrorColumn && !t.lastError.isEmpty()))
            return QBrush(
                SourceOverview::stateColor(index.column() == StateColumn ? t.state : TargetState::Down));
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == SamplesColumn || index.column() == MalformedColumn ||
            index.column() == MappedColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case StateRole:
        return int(t.state);
    case MalformedLinesRole:
        return malformedLineTexts(t);
    case EpochRole:
        if (index.column() == LastAttemptColumn)
            return epoch(t.lastAttempt);
        if (index.column() == LastOkColumn)
            return epoch(t.lastOk);
        return {};
    default:
        return {};
    }
}

QVariant SourceTargetsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case MachineColumn:
        return tr("Machine");
    case StateColumn:
        return tr("State");
    case LastAttemptColumn:
        return tr("Last attempt");
    case LastOkColumn:
        return tr("Last OK");
    case LastErrorColumn:
        return tr("Last error");
    case SamplesColumn:
        return tr("Samples");
    case MalformedColumn:
        return tr("Malformed");
    case MappedColumn:
        return tr("Mapped");
    }
    return {};
}

} // namespace opsdeck
