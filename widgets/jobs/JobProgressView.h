#pragma once

#include "db/Database.h"
#include "util/Clock.h"

#include <QPointer>
#include <QWidget>
#include <memory>

class QAction;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QTableView;

namespace opsdeck {

class JobProgressModel;
class JobSession;

// A job's progress: a header (ok / failed / running / pending, an overall bar, an ETA),
// a row per host, and the selected host's output with timestamps (search, copy, export).
// Live when given a JobSession (pause, resume, cancel go to its runner); read-only when
// opened from the history. Retry-failed asks the window to start a new job.
class JobProgressView : public QWidget
{
    Q_OBJECT
public:
    explicit JobProgressView(std::shared_ptr<Database> db, const Clock& clock = Clock::system(),
                             QWidget* parent = nullptr);
    ~JobProgressView() override;

    // A job started from the window; the view follows it (and does not own it).
    void attachSession(JobSession* session);
    // A job from the history, read-only (JobStore::get off the GUI thread).
    void openJob(qint64 jobId);
    qint64 jobId() const;

    JobProgressModel* model() const { return m_model; }
    QAction* pauseAction() const { return m_pause; }
    QAction* resumeAction() const { return m_resume; }
    QAction* cancelAction() const { return m_cancel; }
    QAction* retryAction() const { return m_retry; }
    QPlainTextEdit* outputPane() const { return m_output; }
    QTableView* hostTable() const { return m_table; }

    void selectHost(const QString& machine);
    // Finds `text` in the output after the cursor, wrapping once; false if absent.
    bool findNext(const QString& text);
    void copyOutput() const; // the selected text, else the whole pane

signals:
    void retryFailedRequested(qint64 jobId);
    void statusMessage(const QString& message);
    void loaded();       // the job's hosts were read from the store
    void outputLoaded(); // the selected host's stored output was read

private:
    void buildActions();
    void updateHeader();
    void updateActions();
    void onCurrentRowChanged(int row);
    void exportHostLog();

    std::shared_ptr<Database> m_db;
    JobProgressModel* m_model = nullptr;
    QPointer<JobSession> m_session;
    QLabel* m_title = nullptr;
    QLabel* m_counts = nullptr;
    QLabel* m_eta = nullptr;
    QProgressBar* m_bar = nullptr;
    QTableView* m_table = nullptr;
    QPlainTextEdit* m_output = nullptr;
    QLineEdit* m_search = nullptr;
    QAction* m_pause = nullptr;
    QAction* m_resume = nullptr;
    QAction* m_cancel = nullptr;
    QAction* m_retry = nullptr;
    QAction* m_findNext = nullptr;
    QAction* m_copy = nullptr;
    QAction* m_export = nullptr;
    quint64 m_outputGeneration = 0;
};

} // namespace opsdeck
