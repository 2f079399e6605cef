#include "checks/MaintenanceModel.h"

#include "checks/MaintenanceStore.h"
#include "inventory/AsyncLoad.h"

#include <QDateTime>
#include <QLocale>

namespace opsdeck {

namespace {
QString localTime(qint64 ms)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms), QLocale::ShortFormat);
}
} // namespace

MaintenanceModel::MaintenanceModel(std::shared_ptr<Database> db, const Clock& clock, QObject* parent)
    : QAbstractTableModel(parent), m_db(std::move(db)), m_clock(&clock)
{}

void MaintenanceModel::setShowEnded(bool all)
{
    if (all == m_showEnded)
        return;
    m_showEnded = all;
    reload();
}

void MaintenanceModel::reload()
{
    const quint64 generation = ++m_generation;
    const qint64 now = m_clock->nowMs();
    std::optional<qint64> notEndedAt;
    if (!m_showEnded)
        notEndedAt = now;
    ++m_loading;
    using Rows = QList<MaintenanceWindow>;
    runAsync<Rows>(
        this, [db = m_db, notEndedAt]() { return MaintenanceStore(db).list(notEndedAt); },
        [this, generation, now](Result<Rows> result) {
            --m_loading;
            if (generation != m_generation)
                return;
            if (!result.ok()) {
                emit loadFailed(tr("Cannot read the maintenance windows: %1").arg(result.error().message));
                return;
            }
            beginResetModel();
            m_rows = std::move(*result);
            m_readAtMs = now;
            endResetModel();
            emit loaded();
        });
}

const MaintenanceWindow* MaintenanceModel::windowAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows[row] : nullptr;
}

int MaintenanceModel::rowOfWindow(qint64 id) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].id == id)
            return i;
    return -1;
}

int MaintenanceModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int MaintenanceModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString MaintenanceModel::stateText(const MaintenanceWindow& w) const
{
    if (w.openAt(m_readAtMs))
        return tr("Open");
    return w.fromMs > m_readAtMs ? tr("To come") : tr("Ended");
}

QVariant MaintenanceModel::data(const QModelIndex& index, int role) const
{
    const MaintenanceWindow* w = index.isValid() ? windowAt(index.row()) : nullptr;
    if (!w)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NodeColumn:
            return w->nodePath.isEmpty() ? tr("(whole tree)") : w->nodePath;
        case FromColumn:
            return localTime(w->fromMs);
        case ToColumn:
            return localTime(w->toMs);
        case StateColumn:
            return stateText(*w);
        case ReasonColumn:
            return w->reason;
        case CreatedByColumn:
            return w->createdBy;
        default:
            return {};
        }
    case Qt::ToolTipRole:
        return w->reason.isEmpty() ? QVariant() : QVariant(w->reason);
    case WindowIdRole:
        return w->id;
    case FromMsRole:
        return w->fromMs;
    case ToMsRole:
        return w->toMs;
    default:
        return {};
    }
}

QVariant MaintenanceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NodeColumn:
        return tr("Node");
    case FromColumn:
        return tr("From");
    case ToColumn:
        return tr("To");
    case StateColumn:
        return tr("State");
    case ReasonColumn:
        return tr("Reason");
    case CreatedByColumn:
        return tr("By");
    default:
        return {};
    }
}

} // namespace opsdeck
