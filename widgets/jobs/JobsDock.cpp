#include "jobs/JobsDock.h"

#include "inventory/AsyncLoad.h"
#include "jobs/JobListModel.h"
#include "jobs/JobLogExport.h"

#include <QAction>
#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace opsdeck {

JobsDock::JobsDock(std::shared_ptr<Database> db, const Clock& clock, QWidget* parent)
    : QDockWidget(tr("Jobs"), parent), m_db(std::move(db)), m_clock(clock),
      m_model(new JobListModel(m_db, this))
{
    setObjectName(QStringLiteral("jobsDock"));
    auto* body = new QWidget(this);

    m_state = new QComboBox(body);
    m_state->setObjectName(QStringLiteral("jobStateFilter"));
    m_state->addItem(tr("Any state"), -1);
    for (JobState s : {JobState::Pending, JobState::Running, JobState::Paused, JobState::Ok, JobState::Failed,
                       JobState::Cancelled, JobState::Interrupted})
        m_state->addItem(JobListModel::stateText(s), int(s));
    m_text = new QLineEdit(body);
    m_text->setObjectName(QStringLiteral("jobTextFilter"));
    m_text->setPlaceholderText(tr("Target or service"));
    m_text->setClearButtonEnabled(true);
    m_operator = new QLineEdit(body);
    m_operator->setObjectName(QStringLiteral("jobOperatorFilter"));
    m_operator->setPlaceholderText(tr("Operator"));
    m_operator->setClearButtonEnabled(true);
    m_age = new QComboBox(body);
    m_age->setObjectName(QStringLiteral("jobAgeFilter"));
    m_age->addItem(tr("Any time"), qint64(0));
    m_age->addItem(tr("Last hour"), qint64(3600) * 1000);
    m_age->addItem(tr("Last 24 hours"), qint64(86400) * 1000);
    m_age->addItem(tr("Last 7 days"), qint64(7 * 86400) * 1000);

    auto addButton = [this, body](QHBoxLayout* row, const QString& text, const QString& name, auto slot) {
        auto* a = new QAction(text, this);
        a->setObjectName(name);
        connect(a, &QAction::triggered, this, slot);
        auto* b = new QToolButton(body);
        b->setDefaultAction(a);
        row->addWidget(b);
        return a;
    };
    auto* filters = new QHBoxLayout;
    filters->addWidget(m_state);
    filters->addWidget(m_text, 2);
    filters->addWidget(m_operator, 1);
    filters->addWidget(m_age);
    addButton(filters, tr("Re&fresh"), QStringLiteral("actionReloadJobs"), &JobsDock::reload);
    addButton(filters, tr("&Open"), QStringLiteral("actionOpenJob"), [this] {
        if (const qint64 id = selectedJob())
            emit openRequested(id);
    });
    addButton(filters, tr("E&xport Log…"), QStringLiteral("actionExportJobLog"), &JobsDock::exportSelected);

    m_table = new QTableView(body);
    m_table->setObjectName(QStringLiteral("jobTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setMinimumSize(120, 30); // a short dock still fits a small window
    connect(m_table, &QAbstractItemView::doubleClicked, this, [this](const QModelIndex& index) {
        if (const Job* job = m_model->jobAt(index.row()))
            emit openRequested(job->id);
    });

    auto* layout = new QVBoxLayout(body);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    setWidget(body);

    connect(m_state, &QComboBox::currentIndexChanged, this, &JobsDock::applyFilter);
    connect(m_age, &QComboBox::currentIndexChanged, this, &JobsDock::applyFilter);
    connect(m_text, &QLineEdit::textChanged, this, &JobsDock::applyFilter);
    connect(m_operator, &QLineEdit::textChanged, this, &JobsDock::applyFilter);
    connect(m_model, &JobListModel::loadFailed, this, [this](const QString& message) {
        emit statusMessage(tr("Cannot read the jobs: %1").arg(message));
    });
}

qint64 JobsDock::selectedJob() const
{
    const Job* job = m_model->jobAt(m_table->currentIndex().row());
    return job ? job->id : 0;
}

void JobsDock::reload()
{
    m_model->reload();
}

void JobsDock::applyFilter()
{
    JobListQuery q = m_model->query();
    const int state = m_state->currentData().toInt();
    q.state = state < 0 ? std::nullopt : std::optional<JobState>(JobState(state));
    q.text = m_text->text().trimmed();
    q.operatorName = m_operator->text().trimmed();
    const qint64 age = m_age->currentData().toLongLong();
    q.sinceMs = age > 0 ? std::optional<qint64>(m_clock.nowMs() - age) : std::nullopt;
    m_model->setQuery(q);
}

void JobsDock::exportSelected()
{
    const qint64 id = selectedJob();
    if (id == 0) {
        emit statusMessage(tr("Select a job to export its log"));
        return;
    }
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export the Log of Job %1").arg(id), tr("job-%1.log").arg(id));
    if (!path.isEmpty())
        exportLog(id, QString(), path);
}

void JobsDock::exportLog(qint64 jobId, const QString& machine, const QString& path)
{
    auto db = m_db;
    runAsync<qint64>(
        this, [db, jobId, machine, path]() { return exportJobLog(db, jobId, machine, path); },
        [this, path](Result<qint64> written) {
            const QString message = written.ok()
                                        ? tr("Log written to %1").arg(path)
                                        : tr("Cannot export the log: %1").arg(written.error().message);
            emit statusMessage(message);
            emit exportFinished(written.ok(), message);
        });
}

} // namespace opsdeck
