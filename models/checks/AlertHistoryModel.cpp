#include "checks/AlertHistoryModel.h"

#include "checks/CheckStatusStyle.h"
#include "db/ChangeFeed.h"
#include "inventory/AsyncLoad.h"

#include <algorithm>

namespace opsdeck {

AlertHistoryModel::AlertHistoryModel(std::shared_ptr<Database> db, QObject* parent)
    : QAbstractTableModel(parent), m_db(std::move(db))
{
    m_filter.limit = 5000;
}

void AlertHistoryModel::setFilter(const AlertFilter& filter)
{
    m_filter = filter;
    reload();
}

void AlertHistoryModel::reload()
{
    ++m_loading;
    const quint64 generation = ++m_generation;
    runAsync<QList<AlertEvent>>(
        this, [db = m_db, f = m_filter]() { return AlertStore(db).list(f); },
        [this, generation](Result<QList<AlertEvent>> result) {
            --m_loading;
            if (generation != m_generation)
                return; // a newer filter's read is on its way
            if (!result.ok()) {
                emit loadFailed(result.error().message);
                return;
            }
            beginResetModel();
            m_events = std::move(result.value());
            endResetModel();
            emit loaded();
            if (std::exchange(m_refreshAgain, false))
                refresh(); // what came while the load read
        });
}

void AlertHistoryModel::follow(const ChangeFeed* feed)
{
    connect(feed, &ChangeFeed::changed, this, &AlertHistoryModel::applyChange);
    connect(feed, &ChangeFeed::resync, this, &AlertHistoryModel::reload);
}

void AlertHistoryModel::applyChange(const Change& change)
{
    if (change.kind == QLatin1String("alert"))
        refresh();
}

void AlertHistoryModel::refresh()
{
    if (m_loading > 0 || m_refreshing) { // one read at a time; a burst costs one more
        m_refreshAgain = true;
        return;
    }
    m_refreshing = true;
    AlertFilter f = m_filter;
    if (!m_events.isEmpty())
        f.sinceMs = std::max(f.sinceMs, m_events.first().atMs);
    runAsync<QList<AlertEvent>>(
        this, [db = m_db, f]() { return AlertStore(db).list(f); },
        [this, generation = m_generation](Result<QList<AlertEvent>> result) {
            m_refreshing = false;
            if (!result.ok())
                emit loadFailed(result.error().message);
            else if (generation == m_generation)
                prepend(std::move(result.value()));
            if (std::exchange(m_refreshAgain, false))
                refresh();
        });
}

void AlertHistoryModel::prepend(QList<AlertEvent> events)
{
    const qint64 newest = m_events.isEmpty() ? 0 : m_events.first().id;
    // Newest first: keep what is newer than the top row (ids grow with each append).
    const auto end =
        std::find_if(events.begin(), events.end(), [newest](const AlertEvent& e) { return e.id <= newest; });
    const int n = int(end - events.begin());
    if (n == 0)
        return;
    beginInsertRows({}, 0, n - 1);
    m_events = events.mid(0, n) + m_events;
    endInsertRows();
    const int over = int(m_events.size()) - std::max(1, m_filter.limit);
    if (over > 0) {
        beginRemoveRows({}, int(m_events.size()) - over, int(m_events.size()) - 1);
        m_events.resize(m_events.size() - over);
        endRemoveRows();
    }
}

const AlertEvent* AlertHistoryModel::eventAt(int row) const
{
    return row >= 0 && row < m_events.size() ? &m_events.at(row) : nullptr;
}

int AlertHistoryModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_events.size());
}

int AlertHistoryModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AlertHistoryModel::display(const AlertEvent& e, int column) const
{
    switch (column) {
    case TimeColumn:
        return CheckStatusStyle::timeText(e.atMs);
    case CheckColumn:
        return e.checkName;
    case TargetColumn:
        return e.target;
    case TransitionColumn:
        return tr("%1 → %2").arg(CheckStatusStyle::stateText(e.from), CheckStatusStyle::stateText(e.to));
    case StatusColumn:
        return CheckStatusStyle::statusText(e.status);
    case ImportanceColumn:
        return CheckStatusStyle::importanceText(e.importance);
    case MessageColumn:
        return e.message;
    case ValueColumn:
        return e.value ? QVariant(*e.value) : QVariant();
    }
    return {};
}

QVariant AlertHistoryModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AlertEvent& e = m_events.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(e, index.column());
    case Qt::ToolTipRole:
        return index.column() == MessageColumn ? QVariant(e.message) : QVariant();
    case Qt::DecorationRole:
        if (index.column() == StatusColumn)
            return CheckStatusStyle::icon(e.to == CheckState::Passing ? CheckStatus::Ok : e.status);
        return {};
    case EventIdRole:
        return e.id;
    case CheckIdRole:
        return e.checkId;
    case AtMsRole:
        return e.atMs;
    case StatusRole:
        return int(e.status);
    case ImportanceRole:
        return int(e.importance);
    case ToStateRole:
        return int(e.to);
    }
    return {};
}

QVariant AlertHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case CheckColumn:
        return tr("Check");
    case TargetColumn:
        return tr("Target");
    case TransitionColumn:
        return tr("Transition");
    case StatusColumn:
        return tr("Status");
    case ImportanceColumn:
        return tr("Importance");
    case MessageColumn:
        return tr("Message");
    case ValueColumn:
        return tr("Value");
    }
    return {};
}

QHash<int, QByteArray> AlertHistoryModel::roleNames() const
{
    QHash<int, QByteArray> roles = QAbstractTableModel::roleNames();
    roles.insert(EventIdRole, "eventId");
    roles.insert(CheckIdRole, "checkId");
    roles.insert(AtMsRole, "atMs");
    roles.insert(StatusRole, "status");
    roles.insert(ImportanceRole, "importance");
    roles.insert(ToStateRole, "toState");
    return roles;
}

} // namespace opsdeck
