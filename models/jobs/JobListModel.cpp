#include "jobs/JobListModel.h"

#include "db/ChangeFeed.h"
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

namespace {

bool matches(const JobListQuery& q, const Job& j)
{
    if (q.state && j.state != *q.state)
        return false;
    if (!q.text.isEmpty() && !j.target.contains(q.text, Qt::CaseInsensitive))
        return false;
    if (!q.operatorName.isEmpty() && j.operatorName.compare(q.operatorName, Qt::CaseInsensitive) != 0)
        return false;
    return !q.sinceMs || j.createdMs >= *q.sinceMs;
}

} // namespace

void JobListModel::reload()
{
    m_loading = true;
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
                if (!matches(q, j))
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
            m_loading = false;
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
            const QSet<qint64> again = std::exchange(m_changedDuringLoad, {});
            for (qint64 id : again)
                reloadJob(id);
        });
}

void JobListModel::follow(const ChangeFeed* feed)
{
    connect(feed, &ChangeFeed::changed, this, &JobListModel::applyChange);
    connect(feed, &ChangeFeed::resync, this, &JobListModel::reload);
}

void JobListModel::applyChange(const Change& change)
{
    if (change.kind == QLatin1String("job") && change.number() > 0)
        reloadJob(change.number());
    else if (change.kind == QLatin1String("job_host") && change.jobId() > 0)
        reloadJob(change.jobId()); // the host counts of its job's row
}

void JobListModel::reloadJob(qint64 jobId)
{
    if (m_loading)
        m_changedDuringLoad.insert(jobId);
    const quint64 ticket = ++m_rowTicket;
    m_rowReads.insert(jobId, ticket);
    auto db = m_db;
    runAsync<std::optional<Job>>(
        this,
        [db, jobId]() -> Result<std::optional<Job>> {
            auto job = JobStore(db).get(jobId);
            if (!job.ok())
                return job.error().code == Error::Code::NotFound
                           ? Result<std::optional<Job>>(std::optional<Job>())
                           : Result<std::optional<Job>>(job.error());
            return std::optional<Job>(std::move(job.value()));
        },
        [this, jobId, ticket](Result<std::optional<Job>> result) {
            if (m_rowReads.value(jobId) != ticket)
                return; // a newer read of this job is on its way
            m_rowReads.remove(jobId);
            if (!result.ok()) {
                emit loadFailed(result.error().message);
                return;
            }
            applyJob(jobId, std::move(result.value()));
        });
}

bool JobListModel::accepts(const Job& job) const
{
    return matches(m_query, job);
}

void JobListModel::applyJob(qint64 jobId, std::optional<Job> job)
{
    qsizetype at = -1;
    for (qsizetype i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).id == jobId)
            at = i;
    if (job && accepts(*job)) {
        if (at >= 0) {
            m_rows[at] = std::move(*job);
            emit dataChanged(index(int(at), 0), index(int(at), ColumnCount - 1));
            return;
        }
        // Newest (highest id) first, as the store lists them.
        qsizetype pos = 0;
        while (pos < m_rows.size() && m_rows.at(pos).id > jobId)
            ++pos;
        if (m_query.limit > 0 && pos >= m_query.limit)
            return; // older than every job the list holds
        beginInsertRows({}, int(pos), int(pos));
        m_rows.insert(pos, std::move(*job));
        endInsertRows();
        if (m_query.limit > 0 && m_rows.size() > m_query.limit) {
            const int last = int(m_rows.size()) - 1;
            beginRemoveRows({}, last, last);
            m_rows.removeLast();
            endRemoveRows();
        }
        return;
    }
    if (at >= 0) { // gone, or no longer let through
        beginRemoveRows({}, int(at), int(at));
        m_rows.removeAt(at);
        endRemoveRows();
    }
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
