#pragma once

#include "db/Database.h"
#include "util/Clock.h"

#include <QDockWidget>
#include <memory>

class QComboBox;
class QLineEdit;
class QMenu;
class QTableView;

namespace opsdeck {

class JobListModel;

// The "Jobs" dock: the jobs' history (filtered by state, target or service text,
// operator and age), read off the GUI thread. Double-click or Open shows a job in a
// progress view (the window does that on openRequested); Export Log writes a job's log
// to a file off the GUI thread. Run Again, Retry Failed and a template's run ask the
// window to start a job (it builds and checks it); Save as Template… saves the selected
// job's kind, target and options under a name; the Templates menu lists them.
class JobsDock : public QDockWidget
{
    Q_OBJECT
public:
    explicit JobsDock(std::shared_ptr<Database> db, const Clock& clock = Clock::system(),
                      QWidget* parent = nullptr);

    JobListModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    qint64 selectedJob() const; // 0 when none

    // Writes the log of `jobId` (one host's, or every host's when machine is empty) to
    // `path` off the GUI thread; exportFinished and a status message follow.
    void exportLog(qint64 jobId, const QString& machine, const QString& path);
    // Saves job `jobId`'s kind, target and options as the template `name` off the GUI
    // thread; templateSaved (or a status message) follows and the Templates menu reloads.
    void saveTemplate(qint64 jobId, const QString& name);

    // One action per template (objectName "template:NAME"); triggering one asks to run it.
    QMenu* templatesMenu() const { return m_templates; }
    QStringList templateNames() const { return m_templateNames; }

public slots:
    void reload();
    void reloadTemplates();

signals:
    void openRequested(qint64 jobId);
    void statusMessage(const QString& message);
    void exportFinished(bool ok, const QString& message);
    void runAgainRequested(qint64 jobId);
    void retryRequested(qint64 jobId);
    void templateRunRequested(const QString& name);
    void templateSaved(const QString& name);
    void templatesLoaded();

private:
    void applyFilter();
    void exportSelected();
    void saveSelectedAsTemplate();
    void emitForSelected(void (JobsDock::*signal)(qint64), const QString& none);

    std::shared_ptr<Database> m_db;
    const Clock& m_clock;
    JobListModel* m_model = nullptr;
    QComboBox* m_state = nullptr;
    QLineEdit* m_text = nullptr;
    QLineEdit* m_operator = nullptr;
    QComboBox* m_age = nullptr;
    QTableView* m_table = nullptr;
    QMenu* m_templates = nullptr;
    QStringList m_templateNames;
};

} // namespace opsdeck
