#include "sources/TargetDetailsPane.h"

#include "sources/SourceTargetsModel.h"

#include <QItemSelectionModel>
#include <QTableView>

namespace opsdeck {

TargetDetailsPane::TargetDetailsPane(SourceTargetsModel* model, QTableView* table, QWidget* parent)
    : QPlainTextEdit(parent), m_model(model), m_table(table)
{
    setObjectName(QStringLiteral("targetDetails"));
    setReadOnly(true);
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setPlaceholderText(
        tr("Select a target to see how much of its page was mapped and its last malformed lines."));
    connect(m_model, &QAbstractItemModel::modelReset, this, &TargetDetailsPane::refresh);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &TargetDetailsPane::refresh);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &TargetDetailsPane::refresh);
    refresh();
}

void TargetDetailsPane::refresh()
{
    const QModelIndexList selected = m_table->selectionModel()->selectedRows();
    m_row = !selected.isEmpty() ? selected.first().row() : (m_model->rowCount() > 0 ? 0 : -1);
    const SourceTargetRow* row = m_model->rowAt(m_row);
    if (!row) {
        m_row = -1;
        clear();
        return;
    }
    const TargetStatus& t = row->status;
    const QString machine = row->machine.isEmpty() ? tr("(backend)") : row->machine;
    QStringList lines;
    const QString mapped = SourceTargetsModel::mappedText(t);
    lines << (mapped.isEmpty()
                  ? tr("%1: no answer read yet").arg(machine)
                  : tr("%1: %2 series of the last answer mapped onto Kurado's names").arg(machine, mapped));
    const QStringList malformed = SourceTargetsModel::malformedLineTexts(t);
    if (malformed.isEmpty()) {
        lines << tr("No malformed lines in the last answer.");
    } else {
        lines << tr("Last malformed lines (%n in all so far):", nullptr, int(t.malformedTotal));
        for (const QString& m : malformed)
            lines << QStringLiteral("  ") + m;
    }
    const QString text = lines.join(QLatin1Char('\n'));
    if (text != toPlainText())
        setPlainText(text);
}

} // namespace opsdeck
