#pragma once

#include "dashboards/Dashboard.h"

#include <QDialog>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace opsdeck {

// New / Edit panel: kind, title, what it reads (a machine, a node — / for the whole tree —
// or a pushed series with no machine; a metric or a series; its source), the statistic,
// the range, the grid cell, and for a table its rows and columns. OK checks the panel as
// an imported file is checked (DashboardJson) and says what is wrong without closing.
class PanelDialog : public QDialog
{
    Q_OBJECT
public:
    PanelDialog(const Panel& panel, int columns, QWidget* parent = nullptr);

    Panel panel() const { return m_panel; }

    void accept() override;

private:
    void addQuery(QFormLayout* form, const Panel& panel);
    void addPlace(QFormLayout* form, const Panel& panel, int columns);
    Panel fromFields() const;
    void updateEnabled();

    int m_columns = 2;
    Panel m_panel;
    QComboBox* m_kind = nullptr;
    QLineEdit* m_title = nullptr;
    QComboBox* m_scope = nullptr;
    QLineEdit* m_target = nullptr;
    QComboBox* m_keyKind = nullptr;
    QComboBox* m_key = nullptr;
    QLineEdit* m_source = nullptr;
    QComboBox* m_statistic = nullptr;
    QComboBox* m_range = nullptr;
    QComboBox* m_rows = nullptr;
    QLineEdit* m_tableColumns = nullptr;
    QSpinBox* m_x = nullptr;
    QSpinBox* m_y = nullptr;
    QSpinBox* m_width = nullptr;
    QSpinBox* m_height = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace opsdeck
