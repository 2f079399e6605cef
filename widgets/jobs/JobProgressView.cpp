#include "jobs/JobProgressView.h"

#include "inventory/AsyncLoad.h"
#include "jobs/JobListModel.h"
#include "jobs/JobLogExport.h"
#include "jobs/JobProgressModel.h"
#include "jobs/JobSession.h"
#include "jobs/JobStore.h"

#include <QAction>
#include <QClipboard>
#include <QFileDialog>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QSplitter>
#include <QTableView>
#include <QTextCursor>
#include <QToolButton>
#include <QVBoxLayout>

namespace opsdeck {
namespace {

QToolButton* buttonFor(QAction* action, QWidget* parent)
{
    auto* b = new QToolButton(parent);
    b->setDefaultAction(action);
    b->setToolButtonStyle(Qt::ToolButtonTextOnly);
    return b;
}

QString etaText(std::optional<qint64> ms)
{
    if (!ms)
        return JobProgressView::tr("ETA —");
    const qint64 s = (*ms + 999) / 1000;
    if (s < 60)
        return JobProgressView::tr("ETA %1 s").arg(s);
    if (s < 3600)
        return JobProgressView::tr("ETA %1 min %2 s").arg(s / 60).arg(s % 60);
    return JobProgressView::tr("ETA %1 h %2 min").arg(s / 3600).arg((s / 60) % 60);
}

} // namespace

JobProgressView::JobProgressView(std::shared_ptr<Database> db, const Clock& clock, QWidget* parent)
    : QWidget(parent), m_db(std::move(db)), m_model(new JobProgressModel(clock, this))
{
    setObjectName(QStringLiteral("jobProgressView"));
    buildActions();

    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("jobTitle"));
    m_counts = new QLabel(this);
    m_counts->setObjectName(QStringLiteral("jobCounts"));
    m_eta = new QLabel(this);
    m_eta->setObjectName(QStringLiteral("jobEta"));
    m_bar = new QProgressBar(this);
    m_bar->setObjectName(QStringLiteral("jobProgressBar"));
    m_bar->setRange(0, 1000);
    m_bar->setTextVisible(false);
    auto* header = new QHBoxLayout;
    header->addWidget(m_title);
    header->addWidget(m_counts, 1);
    header->addWidget(m_bar, 1);
    header->addWidget(m_eta);
    auto* controls = new QHBoxLayout;
    for (QAction* a : {m_pause, m_resume, m_cancel, m_retry})
        controls->addWidget(buttonFor(a, this));
    controls->addStretch(1);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("jobHostTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) { onCurrentRowChanged(current.row()); });

    m_output = new QPlainTextEdit(this);
    m_output->setObjectName(QStringLiteral("jobOutput"));
    m_output->setReadOnly(true);
    m_output->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_output->setMaximumBlockCount(JobProgressModel::maxTailLines());
    m_output->setFont(QFont(QStringLiteral("monospace")));
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("jobOutputSearch"));
    m_search->setPlaceholderText(tr("Search the output"));
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::returnPressed, m_findNext, &QAction::trigger);
    auto* searchRow = new QHBoxLayout;
    searchRow->addWidget(m_search, 1);
    for (QAction* a : {m_findNext, m_copy, m_export})
        searchRow->addWidget(buttonFor(a, this));
    auto* outputBox = new QWidget(this);
    auto* outputLayout = new QVBoxLayout(outputBox);
    outputLayout->setContentsMargins(0, 0, 0, 0);
    outputLayout->addLayout(searchRow);
    outputLayout->addWidget(m_output, 1);

    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_table);
    split->addWidget(outputBox);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addLayout(controls);
    layout->addWidget(split, 1);

    connect(m_model, &JobProgressModel::countsChanged, this, &JobProgressView::updateHeader);
    connect(m_model, &JobProgressModel::jobStateChanged, this, [this] {
        updateHeader();
        updateActions();
    });
    connect(m_model, &JobProgressModel::outputReset, this,
            [this] { m_output->setPlainText(m_model->outputTail().join(QLatin1Char('\n'))); });
    connect(m_model, &JobProgressModel::outputAppended, this,
            [this](const QStringList& lines) { m_output->appendPlainText(lines.join(QLatin1Char('\n'))); });
    updateHeader();
    updateActions();
}

JobProgressView::~JobProgressView() = default;

void JobProgressView::buildActions()
{
    auto make = [this](const QString& text, const QString& name, const QKeySequence& key) {
        auto* a = new QAction(text, this);
        a->setObjectName(name);
        a->setShortcut(key);
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        a->setToolTip(QStringLiteral("%1 (%2)")
                          .arg(text, key.toString(QKeySequence::NativeText))
                          .remove(QLatin1Char('&')));
        addAction(a);
        return a;
    };
    m_pause =
        make(tr("&Pause"), QStringLiteral("actionPauseJob"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    m_resume = make(tr("&Resume"), QStringLiteral("actionResumeJob"),
                    QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    m_cancel = make(tr("&Cancel Job"), QStringLiteral("actionCancelJob"),
                    QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_X));
    m_retry = make(tr("Retry &Failed"), QStringLiteral("actionRetryFailed"),
                   QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    m_findNext = make(tr("Find &Next"), QStringLiteral("actionFindNextOutput"), QKeySequence::FindNext);
    m_copy =
        make(tr("C&opy"), QStringLiteral("actionCopyOutput"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_export = make(tr("&Export Host Log…"), QStringLiteral("actionExportHostLog"),
                    QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    connect(m_pause, &QAction::triggered, this, [this] {
        if (!m_session)
            return;
        m_session->pause();
        m_model->onJobPaused(true);
    });
    connect(m_resume, &QAction::triggered, this, [this] {
        if (!m_session)
            return;
        m_session->resume();
        m_model->onJobPaused(false);
    });
    connect(m_cancel, &QAction::triggered, this, [this] {
        if (!m_session)
            return;
        m_session->cancel();
        m_cancel->setEnabled(false);
        emit statusMessage(tr("Cancelling job %1: each host stops before its next step").arg(jobId()));
    });
    connect(m_retry, &QAction::triggered, this, [this] { emit retryFailedRequested(jobId()); });
    connect(m_findNext, &QAction::triggered, this, [this] {
        if (!m_search->text().isEmpty() && !findNext(m_search->text()))
            emit statusMessage(tr("“%1” is not in the output").arg(m_search->text()));
    });
    connect(m_copy, &QAction::triggered, this, &JobProgressView::copyOutput);
    connect(m_export, &QAction::triggered, this, &JobProgressView::exportHostLog);
}

qint64 JobProgressView::jobId() const
{
    return m_session && m_session->jobId() != 0 ? m_session->jobId() : m_model->jobId();
}

void JobProgressView::attachSession(JobSession* session)
{
    m_session = session;
    m_model->attach(session);
    connect(session, &JobSession::started, this, &JobProgressView::openJob);
    connect(session, &JobSession::startFailed, this, [this](const QString& message) {
        m_session = nullptr;
        updateActions();
        emit statusMessage(tr("The job did not start: %1").arg(message));
    });
    updateActions();
}

void JobProgressView::openJob(qint64 jobId)
{
    auto db = m_db;
    runAsync<Job>(
        this, [db, jobId]() { return JobStore(db).get(jobId); },
        [this](Result<Job> job) {
            if (!job.ok()) {
                emit statusMessage(tr("Cannot read the job: %1").arg(job.error().message));
                return;
            }
            const QString machine = m_model->selectedHost();
            m_model->setJob(*job);
            m_title->setText(
                tr("Job %1: %2 %3").arg(job->id).arg(JobListModel::kindText(job->kind), job->target));
            if (!machine.isEmpty())
                selectHost(machine);
            else if (m_model->rowCount() > 0)
                m_table->selectRow(0);
            updateActions();
            emit loaded();
        });
}

void JobProgressView::selectHost(const QString& machine)
{
    for (int row = 0; row < m_model->rowCount(); ++row)
        if (m_model->machineAt(row) == machine) {
            m_table->selectRow(row);
            return;
        }
}

void JobProgressView::onCurrentRowChanged(int row)
{
    const QString machine = m_model->machineAt(row);
    if (machine == m_model->selectedHost())
        return;
    m_model->setSelectedHost(machine);
    const qint64 id = m_model->jobId();
    if (machine.isEmpty() || id == 0)
        return;
    // The full log is in the store: read it off the GUI thread, keep its tail.
    const quint64 generation = ++m_outputGeneration;
    auto db = m_db;
    runAsync<QList<OutputChunk>>(
        this, [db, id, machine]() { return JobStore(db).output(id, machine); },
        [this, generation, machine](Result<QList<OutputChunk>> chunks) {
            if (generation != m_outputGeneration || machine != m_model->selectedHost())
                return;
            if (!chunks.ok()) {
                emit statusMessage(
                    tr("Cannot read the output of %1: %2").arg(machine, chunks.error().message));
                return;
            }
            m_model->setStoredOutput(*chunks);
            emit outputLoaded();
        });
}

bool JobProgressView::findNext(const QString& text)
{
    if (m_output->find(text))
        return true;
    QTextCursor start = m_output->textCursor();
    start.movePosition(QTextCursor::Start);
    m_output->setTextCursor(start);
    return m_output->find(text);
}

void JobProgressView::copyOutput() const
{
    const QString selected =
        m_output->textCursor().selectedText().replace(QChar::ParagraphSeparator, QLatin1Char('\n'));
    QGuiApplication::clipboard()->setText(selected.isEmpty() ? m_output->toPlainText() : selected);
}

void JobProgressView::exportHostLog()
{
    const QString machine = m_model->selectedHost();
    const qint64 id = m_model->jobId();
    if (machine.isEmpty() || id == 0)
        return;
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the Log of %1").arg(machine),
                                                      tr("job-%1-%2.log").arg(id).arg(machine));
    if (path.isEmpty())
        return;
    auto db = m_db;
    runAsync<qint64>(
        this, [db, id, machine, path]() { return exportJobLog(db, id, machine, path); },
        [this, path](Result<qint64> written) {
            emit statusMessage(written.ok() ? tr("Log written to %1").arg(path)
                                            : tr("Cannot export the log: %1").arg(written.error().message));
        });
}

void JobProgressView::updateHeader()
{
    m_counts->setText(tr("%1 ok, %2 failed, %3 running, %4 pending")
                          .arg(m_model->okCount())
                          .arg(m_model->failedCount())
                          .arg(m_model->runningCount())
                          .arg(m_model->pendingCount()));
    m_bar->setValue(int(m_model->fraction() * 1000));
    m_eta->setText(etaText(m_model->etaMs()));
}

void JobProgressView::updateActions()
{
    // Live from the moment a session is attached (pausing before it starts is harmless)
    // until the job ends or fails to start.
    const bool live = m_session && !m_model->jobFinished();
    const bool paused = m_model->jobState() == JobState::Paused;
    m_pause->setEnabled(live && !paused);
    m_resume->setEnabled(live && paused);
    m_cancel->setEnabled(live);
    const bool ended = m_model->jobFinished();
    m_retry->setEnabled(ended && m_model->okCount() < m_model->rowCount());
}

} // namespace opsdeck
