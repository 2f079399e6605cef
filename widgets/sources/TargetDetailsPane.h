#pragma once

#include <QPlainTextEdit>

class QTableView;

namespace opsdeck {

class SourceTargetsModel;

// Under the Sources tab's targets: the selected target (or the first one when none is
// selected) in words — how many of its last page's series were mapped onto Kurado's
// names, and its last malformed lines with their numbers and text. Read-only; follows the
// table's selection and the model's reloads.
class TargetDetailsPane : public QPlainTextEdit
{
    Q_OBJECT
public:
    TargetDetailsPane(SourceTargetsModel* model, QTableView* table, QWidget* parent = nullptr);

    // The row shown (-1: none).
    int shownRow() const { return m_row; }

public slots:
    void refresh();

private:
    SourceTargetsModel* m_model;
    QTableView* m_table;
    int m_row = -1;
};

} // namespace opsdeck
