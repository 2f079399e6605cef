#pragma once

#include "metrics/MachineChartData.h"
#include "metrics/UsageReport.h"

#include <QAbstractTableModel>

namespace opsdeck {

// One usage report (UsageReport::run) as a table: a row per period, its start and its
// value; an empty period shows "—" and keeps a null value under Qt::EditRole.
class UsageReportModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        StartColumn,
        ValueColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Roles
    {
        StartSecsRole = Qt::UserRole + 1, // epoch seconds
        HasValueRole,                     // false for an empty period
    };
    Q_ENUM(Roles)

    explicit UsageReportModel(QObject* parent = nullptr);

    void setReport(const UsageReport::Report& report);
    void clear();
    const UsageReport::Report& report() const { return m_report; }
    bool isEmpty() const { return m_report.periods.isEmpty(); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The CSV `opsdeck metrics report --format csv` prints for the same report: a
    // "start,value" header, epoch seconds, an empty field for an empty period.
    static QByteArray csvOf(const UsageReport::Report& report);
    // One line through the periods' values at their starts (x in ms); an empty period
    // breaks the line, so a gap stays a gap.
    static ChartData chartOf(const UsageReport::Report& report, const QString& title);
    // A value as the CLI's CSV writes it: whole numbers without a fraction, else 15 digits.
    static QString numberText(double value);

private:
    UsageReport::Report m_report;
};

} // namespace opsdeck
