#pragma once

#include <QTimer>
#include <QWidget>

class QComboBox;
class QLineEdit;
class QTableView;

namespace opsdeck {

class AlertHistoryModel;
class Clock;

// The Alerts dock's History tab: every transition newest first (AlertHistoryModel) with
// its filters — since (last hour, day, week, month, all), check name, at least an
// importance, target. A filter change reads again in the database, off the GUI thread.
class AlertHistoryPanel : public QWidget
{
    Q_OBJECT
public:
    AlertHistoryPanel(AlertHistoryModel* model, const Clock& clock, QWidget* parent = nullptr);

    AlertHistoryModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }

public slots:
    // Sets the model's filter from the widgets now (typing waits 250 ms first).
    void applyFilters();

private:
    AlertHistoryModel* m_model;
    const Clock* m_clock;
    QComboBox* m_since;
    QLineEdit* m_check;
    QComboBox* m_importance;
    QLineEdit* m_target;
    QTableView* m_view;
    QTimer m_typing;
};

} // namespace opsdeck
