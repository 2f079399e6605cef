#pragma once

#include "checks/MaintenanceWindow.h"
#include "db/Database.h"
#include "util/Result.h"

#include <QDialog>
#include <memory>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace opsdeck {

class Clock;
class MaintenanceModel;

// Check > Maintenance Windows…: the windows that are open or to come (every one with
// "Show ended"), and a form for a new one on a tree node — from a start time for a
// length or until a time, with a reason — as `opsdeck check maintenance add|list|remove`.
// The form is checked by MaintenanceStore::validate before anything is written; writes
// run off the GUI thread and a refusal (unknown node, a viewer in team mode) is shown
// in the dialog and goes out as statusMessage.
class MaintenanceDialog : public QDialog
{
    Q_OBJECT
public:
    // `clock` is not owned and must outlive the dialog.
    MaintenanceDialog(std::shared_ptr<Database> db, const Clock& clock, QWidget* parent = nullptr);

    MaintenanceModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    // The form (tests fill it in): node path ("" or "/" for the whole tree), start,
    // length in seconds (0: until setUntil's time), reason.
    void setNode(const QString& path);
    void setStart(qint64 ms);
    void setLength(int seconds);
    void setUntil(qint64 ms);
    void setReason(const QString& reason);
    QString errorText() const;
    // The window the form describes, validated (Error::usage when it is not).
    Result<MaintenanceWindow> formWindow() const;

public slots:
    void addWindow();
    void removeSelected();

signals:
    void statusMessage(const QString& message);
    // A window was added (its id) or removed.
    void changed();

private:
    void buildForm(QLayout* into);
    void showError(const QString& message);
    void updateButtons();

    std::shared_ptr<Database> m_db;
    const Clock* m_clock;
    MaintenanceModel* m_model;
    QTableView* m_view = nullptr;
    QCheckBox* m_showEnded = nullptr;
    QPushButton* m_remove = nullptr;
    QLineEdit* m_node = nullptr;
    QDateTimeEdit* m_start = nullptr;
    QComboBox* m_length = nullptr;
    QDateTimeEdit* m_until = nullptr;
    QLineEdit* m_reason = nullptr;
    QPushButton* m_add = nullptr;
    QLabel* m_error = nullptr;
    bool m_writing = false;
};

} // namespace opsdeck
