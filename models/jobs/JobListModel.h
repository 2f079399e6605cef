#pragma once

#include "db/Database.h"
#include "jobs/JobTypes.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSet>
#include <memory>
#include <optional>

namespace opsdeck {

class ChangeFeed;
struct Change;

// Which jobs the Jobs dock lists. The state goes to the store; the text (target or
// service), the operator and the time are matched on the worker thread.
struct JobListQuery
{
    std::optional<JobState> state;
    QString text;         // part of the target, case-insensitive
    QString operatorName; // exact, case-insensitive
    std::optional<qint64> sinceMs;
    int limit = 500;
    friend bool operator==(const JobListQuery&, const JobListQuery&) = default;
};

// The jobs' history, newest first (JobStore::list), read off the GUI thread. Following a
// ChangeFeed (team mode), a job another console created or advanced (its row, or one of
// its hosts') is read alone and put in, updated or taken out in place: no reset.
class JobListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        IdColumn,
        KindColumn,
        TargetColumn,
        StateColumn,
        HostsColumn,
        OperatorColumn,
        CreatedColumn,
        ColumnCount
    };
    Q_ENUM(Column)
    enum Roles
    {
        JobIdRole = Qt::UserRole + 1,
        JobStateRole, // int(JobState)
    };

    explicit JobListModel(std::shared_ptr<Database> db, QObject* parent = nullptr);

    void setQuery(const JobListQuery& query); // reloads
    const JobListQuery& query() const { return m_query; }
    void reload();
    const Job* jobAt(int row) const;

    // Applies `feed`'s job changes as they come and reloads whole on its resync().
    void follow(const ChangeFeed* feed);
    // A job or job-host Change: that job is read off the GUI thread and its row put in
    // (newest first, if the query lets it through), updated or taken out.
    void applyChange(const Change& change);
    void reloadJob(qint64 jobId);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString stateText(JobState state);
    static QString kindText(JobKind kind);

signals:
    void loaded();
    void loadFailed(const QString& message);

private:
    bool accepts(const Job& job) const;
    void applyJob(qint64 jobId, std::optional<Job> job);

    std::shared_ptr<Database> m_db;
    JobListQuery m_query;
    QList<Job> m_rows;
    quint64 m_generation = 0;
    bool m_loading = false;
    quint64 m_rowTicket = 0;
    QHash<qint64, quint64> m_rowReads; // job id -> ticket of its newest read
    QSet<qint64> m_changedDuringLoad;  // read again once the load in flight lands
};

} // namespace opsdeck
