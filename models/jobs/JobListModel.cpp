#include "jobs/JobListModel.h"

#include "inventory/AsyncLoad.h"
#include "jobs/JobStore.h"

#include <QDateTime>

namespace opsdeck {

JobListModel::JobListModel(std::shared_ptr<Database> db, QObject* parent)
    : QAbstractTableModel(parent), m_db(std::move(db))
{}

void JobListModel::setQuery(const JobListQuery& query)
{
    m_query = query;
    reload();
}

void JobListModel::reload()
{
    const quint64 generation = ++m_generation;
    auto db = m_db;
    const JobListQuery q = m_query;
    runAsync<QList<Job>>(
        this,
        [db, q]() -> Result<QList<Job>> {
            JobStore store(db);
            JobFilter f;
            f.state = q.state;
            const bool local = !q.text.isEmpty() || !q.operatorName.isEmpty() || q.sinceMs;
            f.limit = local ? 100000 : q.limit;
            auto jobs = store.list(f);
            if (!jobs.ok())
                return jobs.error();
            QList<Job> out;
            for (const Job& j : *jobs) {
                if (!q.text.isEmpty() && !j.target.contains(q.text, Qt::CaseInsensitive))
                    continue;
                if (!q.operatorName.isEmpty() &&
                    j.operatorName.compare(q.operatorName, Qt::CaseInsensitive) != 0)
                    continue;
                if (q.sinceMs && j.createdMs < *q.sinceMs)
                    continue;
                out << j;
                if (q.limit > 0 && out.size() >= q.limit)
                    break;
            }
            return out;
        },
        [this, generation](Result<QList<Job>> result) {
            if (generation != m_generation)
                return;
            beginResetModel();
            if (result.ok())
                m_rows = std::move(result.value());
            else
                m_rows.clear();
            endResetModel();
            if (result.ok())
                emit loaded();
            else
                emit loadFailed(result.error().message);
        });
}

const Job* JobListModel::jobAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int JobListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int JobListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString JobListModel::stateText(JobState state)
{
    switch (state) {
    case JobState::Pending:
        return tr("pending");
    case JobState::Running:
        return tr("running");
    case JobState::Paused:
        return tr("paused");
    case JobState::Ok:
        return tr("ok");
    case JobState::Failed:
        return tr("failed");
    case JobState::Cancelled:
        return tr("cancelled");
    case JobState::Interrupted:
        return tr("interrupted");
    }
    return {};
}

QString JobListModel::kindText(JobKind kind)
{
    switch (kind) {
    case JobKind::Command:
        return tr("command");
    case JobKind::Deploy:
        return tr("deploy");
    case JobKind::RelationChanged:
        return tr("relation update");
    case JobKind::Init:
        return tr("init script");
    }
    return {};
}

QVariant JobListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Job& j = m_rows.at(index.row());
    if (role == JobIdRole)
        return j.id;
    if (role == JobStateRole)
        return int(j.state);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case IdColumn:
        return j.id;
    case KindColumn:
        return kindText(j.kind);
    case TargetColumn:
        return j.target;
    case StateColumn:
        return stateText(j.state);
    case HostsColumn:
        return tr("%1 ok, %2 failed of %3").arg(j.hostsOk).arg(j.hostsFailed).arg(j.hostsTotal);
    case OperatorColumn:
        return j.operatorName;
    case CreatedColumn:
        return QDateTime::fromMSecsSinceEpoch(j.createdMs).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    }
    return {};
}

QVariant JobListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case IdColumn:
        return tr("Job");
    case KindColumn:
        return tr("Kind");
    case TargetColumn:
        return tr("Target");
    case StateColumn:
        return tr("State");
    case HostsColumn:
        return tr("Hosts");
    case OperatorColumn:
        return tr("Operator");
    case CreatedColumn:
        return tr("Created");
    }
    return {};
}

} // namespace opsdeck
