#pragma once

#include "db/Database.h"
#include "util/Clock.h"

#include <QDockWidget>
#include <memory>

class QComboBox;
class QLineEdit;
class QTableView;

namespace opsdeck {

class JobListModel;

// The "Jobs" dock: the jobs' history (filtered by state, target or service text,
// operator and age), read off the GUI thread. Double-click or Open shows a job in a
// progress view (the window does that on openRequested); Export Log writes a job's log
// to a file off the GUI thread.
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

public slots:
    void reload();

signals:
    void openRequested(qint64 jobId);
    void statusMessage(const QString& message);
    void exportFinished(bool ok, const QString& message);

private:
    void applyFilter();
    void exportSelected();

    std::shared_ptr<Database> m_db;
    const Clock& m_clock;
    JobListModel* m_model = nullptr;
    QComboBox* m_state = nullptr;
    QLineEdit* m_text = nullptr;
    QLineEdit* m_operator = nullptr;
    QComboBox* m_age = nullptr;
    QTableView* m_table = nullptr;
};

} // namespace opsdeck
