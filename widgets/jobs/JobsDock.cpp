#include "jobs/JobsDock.h"

#include "deploy/JobPreparer.h"
#include "inventory/AsyncLoad.h"
#include "jobs/JobListModel.h"
#include "jobs/JobLogExport.h"
#include "jobs/JobStore.h"
#include "jobs/JobTemplateStore.h"

#include <QAction>
#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLineEdit>
#include <QMenu>
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
    // What to do with the selected job: one button with a menu (the dock stays one row
    // of controls high), the same actions in the table's context menu.
    auto* jobMenu = new QMenu(tr("&Job"), this);
    jobMenu->setObjectName(QStringLiteral("jobActionsMenu"));
    auto addJobAction = [this, jobMenu](const QString& text, const QString& name, auto slot) {
        QAction* a = jobMenu->addAction(text);
        a->setObjectName(name);
        connect(a, &QAction::triggered, this, slot);
        return a;
    };
    addJobAction(tr("Run &Again"), QStringLiteral("actionRunJobAgain"), [this] {
        emitForSelected(&JobsDock::runAgainRequested, tr("Select a job to run it again"));
    });
    addJobAction(tr("Retry &Failed"), QStringLiteral("actionRetryJob"), [this] {
        emitForSelected(&JobsDock::retryRequested, tr("Select a job to retry its failed hosts"));
    });
    addJobAction(tr("Save as &Template…"), QStringLiteral("actionSaveJobTemplate"),
                 &JobsDock::saveSelectedAsTemplate);
    jobMenu->addSeparator();
    m_templates = new QMenu(tr("Run T&emplate"), this);
    m_templates->setObjectName(QStringLiteral("jobTemplatesMenu"));
    jobMenu->addMenu(m_templates);
    auto* jobButton = new QToolButton(body);
    jobButton->setObjectName(QStringLiteral("jobActionsButton"));
    jobButton->setText(tr("&Job"));
    jobButton->setToolTip(tr("Run the selected job again, retry its failed hosts, save it as a template, "
                             "or run a template"));
    jobButton->setMenu(jobMenu);
    jobButton->setPopupMode(QToolButton::InstantPopup);
    filters->addWidget(jobButton);

    m_table = new QTableView(body);
    m_table->setObjectName(QStringLiteral("jobTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setMinimumSize(120, 30); // a short dock still fits a small window
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_table->addActions(jobMenu->actions());
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
    reloadTemplates();
}

void JobsDock::reloadTemplates()
{
    auto db = m_db;
    runAsync<QList<JobTemplate>>(
        this, [db]() { return JobTemplateStore(db).list(); },
        [this](Result<QList<JobTemplate>> list) {
            if (!list.ok()) {
                emit statusMessage(tr("Cannot read the job templates: %1").arg(list.error().message));
                return;
            }
            m_templates->clear();
            m_templateNames.clear();
            for (const JobTemplate& t : std::as_const(*list)) {
                m_templateNames << t.name;
                QAction* a = m_templates->addAction(
                    tr("%1 (%2 %3)").arg(t.name, JobListModel::kindText(t.kind), t.target));
                a->setObjectName(QStringLiteral("template:") + t.name);
                connect(a, &QAction::triggered, this,
                        [this, name = t.name] { emit templateRunRequested(name); });
            }
            if (list->isEmpty())
                m_templates->addAction(tr("No templates: save a job as one"))->setEnabled(false);
            emit templatesLoaded();
        });
}

void JobsDock::emitForSelected(void (JobsDock::*signal)(qint64), const QString& none)
{
    if (const qint64 id = selectedJob())
        emit(this->*signal)(id);
    else
        emit statusMessage(none);
}

void JobsDock::saveSelectedAsTemplate()
{
    const qint64 id = selectedJob();
    if (id == 0) {
        emit statusMessage(tr("Select a job to save it as a template"));
        return;
    }
    bool ok = false;
    const QString name =
        QInputDialog::getText(this, tr("Save as Template"), tr("Template name for job %1:").arg(id),
                              QLineEdit::Normal, QString(), &ok)
            .trimmed();
    if (ok && !name.isEmpty())
        saveTemplate(id, name);
}

void JobsDock::saveTemplate(qint64 jobId, const QString& name)
{
    auto db = m_db;
    const qint64 now = m_clock.nowMs();
    runAsync<QString>(
        this,
        [db, jobId, name, now]() -> Result<QString> {
            auto job = JobStore(db).get(jobId);
            if (!job.ok())
                return job.error();
            auto t = JobPreparer::templateOf(*job, name);
            if (!t.ok())
                return t.error();
            if (Status s = JobTemplateStore(db).save(*t, now); !s.ok())
                return s.error();
            return name;
        },
        [this, jobId](Result<QString> saved) {
            if (!saved.ok()) {
                emit statusMessage(
                    tr("Cannot save job %1 as a template: %2").arg(jobId).arg(saved.error().message));
                return;
            }
            emit statusMessage(tr("Job %1 saved as the template %2").arg(jobId).arg(*saved));
            emit templateSaved(*saved);
            reloadTemplates();
        });
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
