#pragma once

#include "dashboards/PanelEvaluator.h"

#include <QAbstractTableModel>

namespace opsdeck {

// A table panel's cells (PanelTable) for a QTableView: the row's name, then one column
// per key, each value formatted in its unit (ValueFormat), "—" where nothing is known.
// Qt::UserRole gives the raw number (invalid when unknown), for sorting and tests.
class PanelTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    explicit PanelTableModel(QObject* parent = nullptr);

    void setTable(const PanelTable& table);
    const PanelTable& table() const { return m_table; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // A key as a column header: "CPU %", "QPS", "Availability", or the key itself.
    static QString columnTitle(const QString& key);

private:
    PanelTable m_table;
};

} // namespace opsdeck
