#pragma once

#include "util/Result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace opsdeck {

// RFC 4180 records: fields separated by ',', records by line ends; a field in double quotes may
// hold commas, line ends and doubled quotes (""). Unquoted fields are trimmed; blank lines are
// skipped. A quote left open, or text right after a closing quote, is refused with the line.
struct CsvRecord
{
    int line = 0; // where the record starts (1-based)
    QStringList fields;
};

Result<QList<CsvRecord>> readCsvRecords(const QString& text, const QString& fileName);

} // namespace opsdeck
