#include "checks/CheckListModel.h"

#include "checks/CheckMonitor.h"
#include "checks/CheckStatusStyle.h"

#include <QSet>

namespace opsdeck {

namespace {

bool sameRow(const CheckRow& a, const CheckRow& b)
{
    const CheckSummary& x = a.summary;
    const CheckSummary& y = b.summary;
    return a.def.version == b.def.version && a.status == b.status && x.state == y.state &&
           x.sinceMs == y.sinceMs && x.message == y.message && x.acknowledged == y.acknowledged &&
           x.silencedUntilMs == y.silencedUntilMs && a.targets.size() == b.targets.size() &&
           a.maintenance.has_value() == b.maintenance.has_value() &&
           (!a.maintenance ||
            (a.maintenance->id == b.maintenance->id && a.maintenance->toMs == b.maintenance->toMs));
}

} // namespace

CheckListModel::CheckListModel(CheckMonitor* monitor, QObject* parent)
    : QAbstractTableModel(parent), m_monitor(monitor), m_snapshot(monitor->snapshot())
{
    for (const CheckRow& r : m_snapshot->rows)
        m_rows.push_back(&r);
    connect(monitor, &CheckMonitor::updated, this, [this] { apply(m_monitor->snapshot()); });
}

void CheckListModel::apply(const std::shared_ptr<const ChecksSnapshot>& snapshot)
{
    const std::vector<CheckRow>& fresh = snapshot->rows;
    QSet<qint64> freshIds;
    for (const CheckRow& r : fresh)
        freshIds.insert(r.def.id);
    for (int i = int(m_rows.size()) - 1; i >= 0; --i) { // gone
        if (freshIds.contains(m_rows[i]->def.id))
            continue;
        beginRemoveRows({}, i, i);
        m_rows.erase(m_rows.begin() + i);
        endRemoveRows();
    }
    // What is left must appear in `fresh` in the same order; else a rename moved rows.
    size_t k = 0;
    for (size_t i = 0; i < fresh.size() && k < m_rows.size(); ++i)
        if (fresh[i].def.id == m_rows[k]->def.id)
            ++k;
    if (k != m_rows.size() || m_rows.empty()) { // renamed past each other, or the first load
        beginResetModel();
        m_snapshot = snapshot;
        m_rows.clear();
        for (const CheckRow& r : fresh)
            m_rows.push_back(&r);
        endResetModel();
        emit loaded();
        return;
    }
    std::vector<bool> changed(fresh.size(), false);
    for (size_t i = 0; i < fresh.size();) {
        if (i < m_rows.size() && m_rows[i]->def.id == fresh[i].def.id) {
            changed[i] = !sameRow(*m_rows[i], fresh[i]);
            m_rows[i] = &fresh[i];
            ++i;
            continue;
        }
        size_t end = i + 1; // new rows side by side go in together
        while (end < fresh.size() && (i >= m_rows.size() || fresh[end].def.id != m_rows[i]->def.id))
            ++end;
        beginInsertRows({}, int(i), int(end) - 1);
        std::vector<const CheckRow*> added;
        for (size_t j = i; j < end; ++j)
            added.push_back(&fresh[j]);
        m_rows.insert(m_rows.begin() + qsizetype(i), added.begin(), added.end());
        endInsertRows();
        i = end;
    }
    m_snapshot = snapshot;                        // the old rows are no longer pointed at
    for (size_t i = 0; i < changed.size(); ++i) { // one signal per run of changed rows
        if (!changed[i])
            continue;
        size_t last = i;
        while (last + 1 < changed.size() && changed[last + 1])
            ++last;
        emit dataChanged(index(int(i), 0), index(int(last), ColumnCount - 1));
        i = last;
    }
    emit loaded();
}

const CheckRow* CheckListModel::rowAt(int row) const
{
    return row >= 0 && row < int(m_rows.size()) ? m_rows[row] : nullptr;
}

int CheckListModel::rowOfCheck(qint64 checkId) const
{
    for (int i = 0; i < int(m_rows.size()); ++i)
        if (m_rows[i]->def.id == checkId)
            return i;
    return -1;
}

int CheckListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CheckListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString CheckListModel::bindingText(const CheckDefinition& d)
{
    if (!d.machine.isEmpty())
        return tr("machine %1").arg(d.machine);
    if (!d.nodePath.isEmpty())
        return tr("node %1").arg(d.nodePath);
    return tr("(none)");
}

QVariant CheckListModel::display(const CheckRow& r, int column) const
{
    const CheckSummary& s = r.summary;
    switch (column) {
    case NameColumn:
        return r.def.name;
    case KindColumn:
        return CheckStatusStyle::kindText(r.def.kind);
    case TargetColumn:
        return bindingText(r.def);
    case ImportanceColumn:
        return CheckStatusStyle::importanceText(r.def.importance);
    case StateColumn: {
        if (!r.def.enabled)
            return tr("disabled");
        const QString state = s.state == CheckState::Failing && r.status
                                  ? tr("failing (%1)").arg(CheckStatusStyle::statusText(*r.status))
                                  : CheckStatusStyle::stateText(s.state);
        return r.maintenance ? tr("%1, in maintenance").arg(state) : state;
    }
    case SinceColumn:
        return s.sinceMs ? CheckStatusStyle::timeText(*s.sinceMs) : QString();
    case MessageColumn:
        return s.message;
    case AcknowledgedColumn:
        return s.acknowledged ? tr("yes") : QString();
    case SilencedColumn:
        return s.silencedUntilMs ? CheckStatusStyle::timeText(*s.silencedUntilMs) : QString();
    }
    return {};
}

QVariant CheckListModel::toolTip(const CheckRow& r, int column) const
{
    if (column == StateColumn && r.maintenance)
        return CheckStatusStyle::maintenanceText(*r.maintenance);
    if (column == MessageColumn || column == NameColumn) {
        QStringList lines;
        for (const CheckRuntime& t : r.targets)
            lines << tr("%1: %2 since %3 — %4")
                         .arg(t.target.isEmpty() ? r.def.name : t.target,
                              CheckStatusStyle::stateText(t.state), CheckStatusStyle::timeText(t.sinceMs),
                              t.message);
        return lines.isEmpty() ? tr("Not run yet") : lines.join(QLatin1Char('\n'));
    }
    return {};
}

QVariant CheckListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CheckRow& r = *m_rows[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        return display(r, index.column());
    case Qt::ToolTipRole:
        return toolTip(r, index.column());
    case Qt::DecorationRole:
        if (index.column() == StateColumn) {
            const auto status = r.def.enabled ? r.status : std::nullopt;
            return r.maintenance ? CheckStatusStyle::maintenanceIcon(status) : CheckStatusStyle::icon(status);
        }
        return {};
    case CheckIdRole:
        return r.def.id;
    case CheckNameRole:
        return r.def.name;
    case StateRole:
        return int(r.summary.state);
    case StatusRole:
        return r.status ? QVariant(int(*r.status)) : QVariant();
    case StatusColorRole:
        return CheckStatusStyle::color(r.status);
    case ImportanceRole:
        return int(r.def.importance);
    case AcknowledgedRole:
        return r.summary.acknowledged;
    case SilencedUntilRole:
        return r.summary.silencedUntilMs ? QVariant(*r.summary.silencedUntilMs) : QVariant();
    case EnabledRole:
        return r.def.enabled;
    case TargetsRole:
        return int(r.targets.size());
    case InMaintenanceRole:
        return r.maintenance.has_value();
    }
    return {};
}

QVariant CheckListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Check");
    case KindColumn:
        return tr("Type");
    case TargetColumn:
        return tr("Bound to");
    case ImportanceColumn:
        return tr("Importance");
    case StateColumn:
        return tr("State");
    case SinceColumn:
        return tr("Since");
    case MessageColumn:
        return tr("Message");
    case AcknowledgedColumn:
        return tr("Acknowledged");
    case SilencedColumn:
        return tr("Silenced until");
    }
    return {};
}

QHash<int, QByteArray> CheckListModel::roleNames() const
{
    QHash<int, QByteArray> roles = QAbstractTableModel::roleNames();
    roles.insert(CheckIdRole, "checkId");
    roles.insert(CheckNameRole, "checkName");
    roles.insert(StateRole, "state");
    roles.insert(StatusRole, "status");
    roles.insert(StatusColorRole, "statusColor");
    roles.insert(ImportanceRole, "importance");
    roles.insert(AcknowledgedRole, "acknowledged");
    roles.insert(SilencedUntilRole, "silencedUntil");
    roles.insert(EnabledRole, "enabled");
    roles.insert(TargetsRole, "targets");
    roles.insert(InMaintenanceRole, "inMaintenance");
    return roles;
}

} // namespace opsdeck
