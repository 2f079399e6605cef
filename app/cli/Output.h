#pragma once

#include "util/Result.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>
#include <QTextStream>

namespace opsdeck::cli {

enum class OutputFormat
{
    Table,
    Json,
    Csv,
    Text
};

// `--format json|csv|table|text`. Empty means `fallback`: Table for a command that lists,
// Text (a sentence saying what it did) for one that changes something. Whether stdout is a
// terminal makes no difference (README, "Command line").
Result<OutputFormat> parseOutputFormat(const QString& text, OutputFormat fallback = OutputFormat::Table);

// One listing in the three shapes the CLI promises (README, "Output formats"):
// json  -> {"<arrayName>": [ {col: value, ...}, ... ]} (plus `extra` members)
// csv   -> a header row naming `columns`, then one row a record (RFC 4180 quoting)
// table -> aligned columns for people; arrays joined with ","
// Records carry times as epoch seconds; json and csv print them so, table (and text) print
// the `timeColumns` in ISO 8601 (UTC).
void printRecords(QTextStream& out, OutputFormat format, const QString& arrayName, const QStringList& columns,
                  const QJsonArray& records, const QJsonObject& extra = {},
                  const QStringList& timeColumns = {});

QString csvField(const QString& text);
QString displayValue(const QJsonValue& value); // how a table or CSV shows a JSON value

} // namespace opsdeck::cli
