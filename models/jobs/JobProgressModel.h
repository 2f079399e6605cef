#pragma once

#include "jobs/JobTypes.h"
#include "ssh/SshTypes.h"
#include "util/Clock.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QStringList>
#include <QTimer>
#include <optional>

namespace opsdeck {

class JobRunner;
class JobSession;

// A job's hosts as they run: one row per host with its batch, current step, upload
// progress, elapsed time, exit code and state (with a status icon). Fed by a JobRunner's
// signals (or the same calls from a test) but coalesced: the calls are buffered and
// applied every flushIntervalMs() with one dataChanged per run of changed rows, so 500
// hosts streaming output cost a few GUI updates a second, not one per line.
//
// Of the output only the selected host's bounded tail is kept here (lines with their
// arrival time); the full output is in the JobStore and read off the GUI thread.
// GUI thread only.
class JobProgressModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_PROPERTY(int okCount READ okCount NOTIFY countsChanged)
    Q_PROPERTY(int failedCount READ failedCount NOTIFY countsChanged)
    Q_PROPERTY(int runningCount READ runningCount NOTIFY countsChanged)
    Q_PROPERTY(int pendingCount READ pendingCount NOTIFY countsChanged)
    Q_PROPERTY(double fraction READ fraction NOTIFY countsChanged)
public:
    enum Column
    {
        HostColumn,
        BatchColumn,
        StepColumn,
        UploadColumn,
        ElapsedColumn,
        ExitColumn,
        StateColumn,
        ColumnCount
    };
    Q_ENUM(Column)
    enum Roles
    {
        StatusIconRole = Qt::UserRole + 1,
        HostStateRole, // int(HostState)
        MachineRole,
    };

    explicit JobProgressModel(const Clock& clock = Clock::system(), QObject* parent = nullptr);

    // The job's hosts (JobStore::get): replaces the rows; buffered calls apply on top.
    void setJob(const Job& job);
    qint64 jobId() const { return m_jobId; }
    // Connects a runner's signals (queued when it lives on another thread).
    void attach(JobRunner* runner);
    void attach(JobSession* session);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    QString machineAt(int row) const;
    std::optional<HostState> stateAt(int row) const;

    int okCount() const { return m_counts.ok; }
    int failedCount() const { return m_counts.failed; } // failed, cancelled, interrupted
    int runningCount() const { return m_counts.running; }
    int pendingCount() const { return m_counts.pending; }
    double fraction() const; // finished hosts / all hosts, 0..1
    // From the mean duration of the finished hosts and how many run at once; none
    // before a host has finished or once nothing is left.
    std::optional<qint64> etaMs() const;
    bool jobFinished() const { return m_jobState && isFinished(*m_jobState); }
    std::optional<JobState> jobState() const { return m_jobState; }

    // Whose output tail is kept: cleared on change (the view loads the full log).
    void setSelectedHost(const QString& machine);
    QString selectedHost() const { return m_selected; }
    // Replaces the tail with stored output (the selected host's, from JobStore::output).
    void setStoredOutput(const QList<OutputChunk>& chunks);
    const QStringList& outputTail() const { return m_tail; }
    static int maxTailLines() { return 10000; }

    int flushIntervalMs() const { return m_flush.interval(); }
    void setFlushIntervalMs(int ms) { m_flush.setInterval(ms); }

public slots:
    void onHostStep(const QString& host, const QString& step);
    void onOutput(const QString& host, opsdeck::ssh::SshStream stream, const QByteArray& data);
    void onUploadProgress(const QString& host, qint64 sent, qint64 total);
    void onHostFinished(const QString& host, opsdeck::HostState state, int exitCode, const QString& error,
                        opsdeck::ssh::SshFailure failure);
    void onJobStarted();
    void onJobFinished(opsdeck::JobState state, const QString& reason);
    void onJobPaused(bool paused);

signals:
    void countsChanged();
    // New lines of the selected host's output (already in outputTail()).
    void outputAppended(const QStringList& lines);
    // The tail was replaced (selection changed, stored output loaded).
    void outputReset();
    void jobStateChanged();
    void flushed(); // once per coalesced update (for tests and the header)

private:
    struct Row
    {
        JobHost host;
        qint64 uploadSent = 0, uploadTotal = 0;
    };
    struct Delta
    {
        std::optional<QString> step;
        std::optional<QPair<qint64, qint64>> upload;
        std::optional<HostState> state;
        std::optional<int> exitCode;
        QString error;
        std::optional<qint64> startedMs, finishedMs;
    };
    struct Counts
    {
        int ok = 0, failed = 0, running = 0, pending = 0;
        friend bool operator==(const Counts&, const Counts&) = default;
    };

    Delta& delta(const QString& host);
    void schedule();
    void flush();
    void applyDeltas();
    void appendSelectedOutput();
    void recount();
    QString elapsedText(const Row& r) const;
    QString uploadText(const Row& r) const;

    const Clock& m_clock;
    qint64 m_jobId = 0;
    QList<Row> m_rows;
    QHash<QString, int> m_index;
    QHash<QString, Delta> m_pending;
    QStringList m_newHosts; // in arrival order, not in m_rows yet
    QByteArray m_selectedPartial[2];
    QList<QPair<qint64, QPair<int, QByteArray>>> m_selectedPending; // at, stream, bytes
    QString m_selected;
    QStringList m_tail;
    Counts m_counts;
    std::optional<JobState> m_jobState;
    std::optional<JobState> m_pendingJobState;
    bool m_paused = false;
    QTimer m_flush;
    QTimer m_tick; // elapsed time of running hosts
};

} // namespace opsdeck
