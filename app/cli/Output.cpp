#include "cli/Output.h"

#include "util/TimeSpec.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <algorithm>
#include <cmath>

namespace opsdeck::cli {

Result<OutputFormat> parseOutputFormat(const QString& text, OutputFormat fallback)
{
    const QString t = text.trimmed().toLower();
    if (t.isEmpty())
        return fallback;
    if (t == QLatin1String("json"))
        return OutputFormat::Json;
    if (t == QLatin1String("csv"))
        return OutputFormat::Csv;
    if (t == QLatin1String("table"))
        return OutputFormat::Table;
    if (t == QLatin1String("text"))
        return OutputFormat::Text;
    return Error::usage(
        QCoreApplication::translate("Output", "unknown format '%1': use json, csv, table or text").arg(text));
}

QString displayValue(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return {};
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: {
        const double d = value.toDouble();
        if (d == static_cast<double>(static_cast<qint64>(d)) && std::abs(d) < 1e15)
            return QString::number(static_cast<qint64>(d));
        return QString::number(d, 'g', 15);
    }
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Array: {
        QStringList parts;
        for (const auto& v : value.toArray())
            parts << displayValue(v);
        return parts.join(QLatin1Char(','));
    }
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    }
    return {};
}

QString csvField(const QString& text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) &&
        !text.contains(QLatin1Char('\n')) && !text.contains(QLatin1Char('\r')))
        return text;
    QString quoted = text;
    quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

void printRecords(QTextStream& out, OutputFormat format, const QString& arrayName, const QStringList& columns,
                  const QJsonArray& records, const QJsonObject& extra, const QStringList& timeColumns)
{
    if (format == OutputFormat::Json) {
        QJsonObject root = extra;
        root.insert(arrayName, records);
        out << QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Compact)) << '\n';
        out.flush();
        return;
    }
    if (format == OutputFormat::Csv) {
        QStringList header;
        for (const auto& c : columns)
            header << csvField(c);
        out << header.join(QLatin1Char(',')) << '\n';
        for (const auto& r : records) {
            QStringList row;
            const QJsonObject o = r.toObject();
            for (const auto& c : columns)
                row << csvField(displayValue(o.value(c)));
            out << row.join(QLatin1Char(',')) << '\n';
        }
        out.flush();
        return;
    }
    // Table (and Text, which commands without a text form treat as table).
    QList<QStringList> rows;
    QList<int> widths;
    for (const auto& c : columns)
        widths << c.size();
    for (const auto& r : records) {
        QStringList row;
        const QJsonObject o = r.toObject();
        for (int i = 0; i < columns.size(); ++i) {
            const QJsonValue v = o.value(columns.at(i));
            QString cell = timeColumns.contains(columns.at(i)) && v.isDouble()
                               ? TimeSpec::toIso(static_cast<qint64>(v.toDouble()))
                               : displayValue(v);
            cell.replace(QLatin1Char('\n'), QLatin1Char(' '));
            widths[i] = std::max(widths[i], static_cast<int>(cell.size()));
            row << cell;
        }
        rows << row;
    }
    auto printRow = [&](const QStringList& cells) {
        QString line;
        for (int i = 0; i < cells.size(); ++i) {
            line += i + 1 < cells.size() ? cells.at(i).leftJustified(widths.at(i) + 2) : cells.at(i);
        }
        out << line << '\n';
    };
    QStringList header;
    for (const auto& c : columns)
        header << c.toUpper();
    printRow(header);
    for (const auto& row : rows)
        printRow(row);
    out.flush();
}

} // namespace opsdeck::cli
