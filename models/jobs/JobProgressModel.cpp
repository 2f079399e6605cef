#include "jobs/JobProgressModel.h"

#include "jobs/JobRunner.h"
#include "jobs/JobSession.h"
#include "jobs/OutputLines.h"

#include <QColor>
#include <QIcon>
#include <QPainter>
#include <QPixmap>
#include <algorithm>

namespace opsdeck {
namespace {

QColor stateColor(HostState s)
{
    switch (s) {
    case HostState::Pending:
        return QColor(0x9e, 0x9e, 0x9e);
    case HostState::Running:
        return QColor(0x1e, 0x88, 0xe5);
    case HostState::Ok:
        return QColor(0x43, 0xa0, 0x47);
    case HostState::Failed:
        return QColor(0xe5, 0x39, 0x35);
    case HostState::Cancelled:
    case HostState::Interrupted:
        return QColor(0xfb, 0x8c, 0x00);
    }
    return Qt::gray;
}

QIcon stateIcon(HostState s)
{
    static QHash<int, QIcon> cache;
    auto it = cache.find(int(s));
    if (it != cache.end())
        return *it;
    QPixmap pm(12, 12);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(stateColor(s));
    p.drawEllipse(1, 1, 10, 10);
    p.end();
    return cache.insert(int(s), QIcon(pm)).value();
}

QString durationText(qint64 ms)
{
    const qint64 s = std::max<qint64>(0, ms / 1000);
    if (s < 3600)
        return QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1:%2:%3")
        .arg(s / 3600)
        .arg((s / 60) % 60, 2, 10, QLatin1Char('0'))
        .arg(s % 60, 2, 10, QLatin1Char('0'));
}

QString hostStateText(HostState s)
{
    switch (s) {
    case HostState::Pending:
        return JobProgressModel::tr("pending");
    case HostState::Running:
        return JobProgressModel::tr("running");
    case HostState::Ok:
        return JobProgressModel::tr("ok");
    case HostState::Failed:
        return JobProgressModel::tr("failed");
    case HostState::Cancelled:
        return JobProgressModel::tr("cancelled");
    case HostState::Interrupted:
        return JobProgressModel::tr("interrupted");
    }
    return {};
}

} // namespace

JobProgressModel::JobProgressModel(const Clock& clock, QObject* parent)
    : QAbstractTableModel(parent), m_clock(clock)
{
    m_flush.setInterval(100);
    m_flush.setSingleShot(true);
    connect(&m_flush, &QTimer::timeout, this, &JobProgressModel::flush);
    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, [this] {
        if (!m_rows.isEmpty())
            emit dataChanged(index(0, ElapsedColumn), index(int(m_rows.size()) - 1, ElapsedColumn),
                             {Qt::DisplayRole});
    });
}

namespace {
int progressRank(HostState s)
{
    return s == HostState::Pending ? 0 : s == HostState::Running ? 1 : 2;
}
} // namespace

void JobProgressModel::setJob(const Job& job)
{
    // What live signals already said may be newer than the store was when it was read:
    // a host's row keeps the more advanced of the two.
    QHash<QString, Row> live;
    if (job.id == m_jobId || m_jobId == 0)
        for (const Row& r : std::as_const(m_rows))
            live.insert(r.host.machine, r);
    beginResetModel();
    m_jobId = job.id;
    m_rows.clear();
    m_index.clear();
    for (const JobHost& h : job.hosts) {
        Row row{h, 0, 0};
        const auto it = live.constFind(h.machine);
        if (it != live.cend()) {
            row.uploadSent = it->uploadSent;
            row.uploadTotal = it->uploadTotal;
            const int was = progressRank(it->host.state), now = progressRank(h.state);
            if (was > now || (was == now && was == 1)) {
                row.host = it->host;
                row.host.position = h.position;
                row.host.batch = h.batch;
            }
        }
        m_index.insert(h.machine, int(m_rows.size()));
        m_rows.append(row);
    }
    m_newHosts.removeIf([this](const QString& h) { return m_index.contains(h); });
    endResetModel();
    if (!jobFinished() || isFinished(job.state))
        m_jobState = job.state;
    recount();
    emit countsChanged();
    emit jobStateChanged();
    if (!m_pending.isEmpty() || !m_newHosts.isEmpty())
        schedule();
}

void JobProgressModel::attach(JobRunner* runner)
{
    connect(runner, &JobRunner::hostStep, this, &JobProgressModel::onHostStep);
    connect(runner, &JobRunner::output, this, &JobProgressModel::onOutput);
    connect(runner, &JobRunner::uploadProgress, this, &JobProgressModel::onUploadProgress);
    connect(runner, &JobRunner::hostFinished, this, &JobProgressModel::onHostFinished);
    connect(runner, &JobRunner::finished, this, &JobProgressModel::onJobFinished);
    connect(runner, &JobRunner::pausedChanged, this, &JobProgressModel::onJobPaused);
}

void JobProgressModel::attach(JobSession* session)
{
    connect(session, &JobSession::hostStep, this, &JobProgressModel::onHostStep);
    connect(session, &JobSession::output, this, &JobProgressModel::onOutput);
    connect(session, &JobSession::uploadProgress, this, &JobProgressModel::onUploadProgress);
    connect(session, &JobSession::hostFinished, this, &JobProgressModel::onHostFinished);
    connect(session, &JobSession::started, this, &JobProgressModel::onJobStarted);
    connect(session, &JobSession::finished, this, &JobProgressModel::onJobFinished);
    connect(session, &JobSession::pausedChanged, this, &JobProgressModel::onJobPaused);
}

int JobProgressModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int JobProgressModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString JobProgressModel::elapsedText(const Row& r) const
{
    if (!r.host.startedMs)
        return {};
    const qint64 end = r.host.finishedMs.value_or(m_clock.nowMs());
    return durationText(end - *r.host.startedMs);
}

QString JobProgressModel::uploadText(const Row& r) const
{
    if (r.uploadTotal <= 0)
        return {};
    return QStringLiteral("%1%").arg(r.uploadSent * 100 / r.uploadTotal);
}

QVariant JobProgressModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& r = m_rows.at(index.row());
    if (role == HostStateRole)
        return int(r.host.state);
    if (role == MachineRole)
        return r.host.machine;
    if (role == StatusIconRole || (role == Qt::DecorationRole && index.column() == StateColumn))
        return stateIcon(r.host.state);
    if (role == Qt::ToolTipRole && !r.host.error.isEmpty())
        return r.host.error;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case HostColumn:
        return r.host.machine;
    case BatchColumn:
        return r.host.batch == 0 ? tr("canary") : QString::number(r.host.batch);
    case StepColumn:
        return r.host.step;
    case UploadColumn:
        return uploadText(r);
    case ElapsedColumn:
        return elapsedText(r);
    case ExitColumn:
        return r.host.exitCode ? QString::number(*r.host.exitCode) : QString();
    case StateColumn:
        return hostStateText(r.host.state);
    }
    return {};
}

QVariant JobProgressModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case HostColumn:
        return tr("Host");
    case BatchColumn:
        return tr("Batch");
    case StepColumn:
        return tr("Step");
    case UploadColumn:
        return tr("Upload");
    case ElapsedColumn:
        return tr("Elapsed");
    case ExitColumn:
        return tr("Exit");
    case StateColumn:
        return tr("State");
    }
    return {};
}

QString JobProgressModel::machineAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).host.machine : QString();
}

std::optional<HostState> JobProgressModel::stateAt(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return std::nullopt;
    return m_rows.at(row).host.state;
}

double JobProgressModel::fraction() const
{
    const int total = int(m_rows.size());
    return total == 0 ? 0.0 : double(m_counts.ok + m_counts.failed) / total;
}

std::optional<qint64> JobProgressModel::etaMs() const
{
    qint64 sum = 0;
    int n = 0;
    for (const Row& r : m_rows)
        if (isFinished(r.host.state) && r.host.startedMs && r.host.finishedMs) {
            sum += *r.host.finishedMs - *r.host.startedMs;
            ++n;
        }
    const int left = m_counts.pending + m_counts.running;
    if (n == 0 || left == 0 || jobFinished())
        return std::nullopt;
    const qint64 mean = sum / n;
    const int inFlight = std::max(1, m_counts.running);
    const qint64 rounds = (left + inFlight - 1) / inFlight;
    return rounds * mean;
}

JobProgressModel::Delta& JobProgressModel::delta(const QString& host)
{
    if (!m_index.contains(host) && !m_pending.contains(host))
        m_newHosts.append(host);
    schedule();
    return m_pending[host];
}

void JobProgressModel::schedule()
{
    if (!m_flush.isActive())
        m_flush.start();
}

void JobProgressModel::onHostStep(const QString& host, const QString& step)
{
    Delta& d = delta(host);
    d.step = step;
    if (!d.state || *d.state == HostState::Pending)
        d.state = HostState::Running;
    if (!d.startedMs) {
        const auto it = m_index.constFind(host);
        if (it == m_index.cend() || !m_rows.at(*it).host.startedMs)
            d.startedMs = m_clock.nowMs();
    }
}

void JobProgressModel::onOutput(const QString& host, ssh::SshStream stream, const QByteArray& data)
{
    if (host != m_selected)
        return; // the store keeps it; only the selected host's tail lives here
    m_selectedPending.append({m_clock.nowMs(), {stream == ssh::SshStream::Stderr ? 1 : 0, data}});
    schedule();
}

void JobProgressModel::onUploadProgress(const QString& host, qint64 sent, qint64 total)
{
    delta(host).upload = qMakePair(sent, total);
}

void JobProgressModel::onHostFinished(const QString& host, HostState state, int exitCode,
                                      const QString& error, ssh::SshFailure)
{
    Delta& d = delta(host);
    d.state = state;
    d.exitCode = exitCode >= 0 ? std::optional<int>(exitCode) : std::nullopt;
    d.error = error;
    d.finishedMs = m_clock.nowMs();
}

void JobProgressModel::onJobStarted()
{
    m_pendingJobState = JobState::Running;
    schedule();
}

void JobProgressModel::onJobFinished(JobState state, const QString&)
{
    m_pendingJobState = state;
    schedule();
}

void JobProgressModel::onJobPaused(bool paused)
{
    if (jobFinished())
        return;
    m_pendingJobState = paused ? JobState::Paused : JobState::Running;
    schedule();
}

void JobProgressModel::flush()
{
    applyDeltas();
    appendSelectedOutput();
    const Counts before = m_counts;
    recount();
    if (!(before == m_counts))
        emit countsChanged();
    if (m_pendingJobState && m_pendingJobState != m_jobState) {
        m_jobState = m_pendingJobState;
        emit jobStateChanged();
        emit countsChanged(); // the ETA ends with the job
    }
    m_pendingJobState.reset();
    // Running hosts' elapsed time moves: one update of that column a second while any runs.
    if (m_counts.running > 0 && !m_tick.isActive())
        m_tick.start();
    else if (m_counts.running == 0)
        m_tick.stop();
    emit flushed();
}

void JobProgressModel::applyDeltas()
{
    if (!m_newHosts.isEmpty()) {
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first + int(m_newHosts.size()) - 1);
        for (const QString& h : std::as_const(m_newHosts)) {
            m_index.insert(h, int(m_rows.size()));
            JobHost host;
            host.machine = h;
            host.position = int(m_rows.size());
            m_rows.append(Row{host, 0, 0});
        }
        m_newHosts.clear();
        endInsertRows();
    }
    if (m_pending.isEmpty())
        return;
    QList<int> changed;
    changed.reserve(m_pending.size());
    for (auto it = m_pending.cbegin(); it != m_pending.cend(); ++it) {
        const int row = m_index.value(it.key(), -1);
        if (row < 0)
            continue;
        Row& r = m_rows[row];
        const Delta& d = it.value();
        if (d.step)
            r.host.step = *d.step;
        if (d.upload) {
            r.uploadSent = d.upload->first;
            r.uploadTotal = d.upload->second;
        }
        if (d.startedMs && !r.host.startedMs)
            r.host.startedMs = d.startedMs;
        if (d.state)
            r.host.state = *d.state;
        if (d.finishedMs) {
            r.host.finishedMs = d.finishedMs;
            r.host.exitCode = d.exitCode;
            r.host.error = d.error;
        }
        changed.append(row);
    }
    m_pending.clear();
    std::sort(changed.begin(), changed.end());
    // One dataChanged per run of adjacent rows.
    for (qsizetype i = 0; i < changed.size();) {
        qsizetype j = i;
        while (j + 1 < changed.size() && changed.at(j + 1) == changed.at(j) + 1)
            ++j;
        emit dataChanged(index(changed.at(i), 0), index(changed.at(j), ColumnCount - 1));
        i = j + 1;
    }
}

void JobProgressModel::appendSelectedOutput()
{
    if (m_selectedPending.isEmpty())
        return;
    QStringList lines;
    for (const auto& [at, piece] : std::as_const(m_selectedPending)) {
        QByteArray& buf = m_selectedPartial[piece.first];
        buf += piece.second;
        qsizetype nl;
        qsizetype from = 0;
        while ((nl = buf.indexOf('\n', from)) >= 0) {
            lines.append(outputlines::format(at, piece.first == 1, buf.mid(from, nl - from)));
            from = nl + 1;
        }
        buf.remove(0, from);
        if (buf.size() > 64 * 1024) { // a line without an end: show it in pieces
            lines.append(outputlines::format(at, piece.first == 1, buf));
            buf.clear();
        }
    }
    m_selectedPending.clear();
    if (lines.size() > maxTailLines())
        lines = lines.mid(lines.size() - maxTailLines());
    m_tail.append(lines);
    if (m_tail.size() > maxTailLines())
        m_tail.remove(0, m_tail.size() - maxTailLines());
    if (!lines.isEmpty())
        emit outputAppended(lines);
}

void JobProgressModel::setSelectedHost(const QString& machine)
{
    if (machine == m_selected)
        return;
    m_selected = machine;
    m_selectedPending.clear();
    m_selectedPartial[0].clear();
    m_selectedPartial[1].clear();
    m_tail.clear();
    emit outputReset();
}

void JobProgressModel::setStoredOutput(const QList<OutputChunk>& chunks)
{
    // Live lines that arrived while the store was read follow the stored ones.
    m_tail = outputlines::join(outputlines::fromChunks(chunks, m_selected), m_tail, maxTailLines());
    emit outputReset();
}

void JobProgressModel::recount()
{
    Counts c;
    for (const Row& r : std::as_const(m_rows)) {
        switch (r.host.state) {
        case HostState::Pending:
            ++c.pending;
            break;
        case HostState::Running:
            ++c.running;
            break;
        case HostState::Ok:
            ++c.ok;
            break;
        case HostState::Failed:
        case HostState::Cancelled:
        case HostState::Interrupted:
            ++c.failed;
            break;
        }
    }
    m_counts = c;
}

} // namespace opsdeck
