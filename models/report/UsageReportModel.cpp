#include "report/UsageReportModel.h"

#include <QDateTime>
#include <QLocale>
#include <cmath>

namespace opsdeck {

UsageReportModel::UsageReportModel(QObject* parent) : QAbstractTableModel(parent) {}

void UsageReportModel::setReport(const UsageReport::Report& report)
{
    beginResetModel();
    m_report = report;
    endResetModel();
}

void UsageReportModel::clear()
{
    setReport({});
}

int UsageReportModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_report.periods.size());
}

int UsageReportModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UsageReportModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto& period = m_report.periods.at(index.row());
    switch (role) {
    case StartSecsRole:
        return period.start;
    case HasValueRole:
        return period.value.has_value();
    case Qt::TextAlignmentRole:
        return index.column() == ValueColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case Qt::EditRole:
        if (index.column() == StartColumn)
            return QDateTime::fromSecsSinceEpoch(period.start);
        return period.value ? QVariant(*period.value) : QVariant();
    case Qt::DisplayRole:
        if (index.column() == StartColumn)
            return QLocale().toString(QDateTime::fromSecsSinceEpoch(period.start), QLocale::ShortFormat);
        return period.value ? numberText(*period.value) : tr("—");
    default:
        return {};
    }
}

QVariant UsageReportModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case StartColumn:
        return tr("Period start");
    case ValueColumn:
        return tr("Value");
    default:
        return {};
    }
}

QString UsageReportModel::numberText(double value)
{
    // As the CLI's Output (displayValue) writes a JSON number.
    if (value == static_cast<double>(static_cast<qint64>(value)) && std::abs(value) < 1e15)
        return QString::number(static_cast<qint64>(value));
    return QString::number(value, 'g', 15);
}

QByteArray UsageReportModel::csvOf(const UsageReport::Report& report)
{
    QByteArray csv = "start,value\n";
    for (const auto& period : report.periods) {
        csv += QByteArray::number(period.start) + ',';
        if (period.value)
            csv += numberText(*period.value).toUtf8();
        csv += '\n';
    }
    return csv;
}

ChartData UsageReportModel::chartOf(const UsageReport::Report& report, const QString& title)
{
    ChartData chart;
    chart.title = title;
    ChartLine line;
    line.name = report.key.metric;
    QList<QPointF> segment;
    for (const auto& period : report.periods) {
        if (!period.value) {
            if (!segment.isEmpty())
                line.segments.append(std::exchange(segment, {}));
            continue;
        }
        segment.append(QPointF(double(period.start) * 1000.0, *period.value));
    }
    if (!segment.isEmpty())
        line.segments.append(segment);
    chart.lines.append(line);
    return chart;
}

} // namespace opsdeck
