#include "inventory_io/CsvRecords.h"

#include "inventory_io/InventoryText.h"

#include <QCoreApplication>

namespace opsdeck {

Result<QList<CsvRecord>> readCsvRecords(const QString& text, const QString& fileName)
{
    QList<CsvRecord> records;
    CsvRecord record;
    QString field;
    bool quotedField = false;
    bool fieldStarted = false;
    int line = 1;
    record.line = 1;

    const auto endField = [&] {
        record.fields.append(quotedField ? field : field.trimmed());
        field.clear();
        quotedField = false;
        fieldStarted = false;
    };
    const auto endRecord = [&] {
        endField();
        const bool blank = record.fields.size() == 1 && record.fields.first().isEmpty();
        if (!blank)
            records.append(std::move(record));
        record = CsvRecord();
        record.line = line;
    };

    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text[i];
        if (c == u'"' && !fieldStarted && field.trimmed().isEmpty()) {
            // A quoted field: runs to the next lone quote.
            const int startLine = line;
            field.clear();
            quotedField = true;
            fieldStarted = true;
            bool closed = false;
            for (++i; i < n; ++i) {
                if (text[i] == u'"') {
                    if (i + 1 < n && text[i + 1] == u'"') {
                        field += u'"';
                        ++i;
                        continue;
                    }
                    closed = true;
                    break;
                }
                if (text[i] == u'\n')
                    ++line;
                field += text[i];
            }
            if (!closed)
                return inventory_text::locatedError(
                    fileName, startLine,
                    QCoreApplication::translate("InventoryIo", "a quoted field is not closed"));
            // Only spaces may follow up to the separator.
            while (i + 1 < n && (text[i + 1] == u' ' || text[i + 1] == u'\t'))
                ++i;
            if (i + 1 < n && text[i + 1] != u',' && text[i + 1] != u'\n')
                return inventory_text::locatedError(
                    fileName, line,
                    QCoreApplication::translate("InventoryIo", "unexpected text after a closing quote"));
            continue;
        }
        if (c == u',') {
            endField();
        } else if (c == u'\n') {
            ++line;
            endRecord();
        } else {
            field += c;
            if (!c.isSpace())
                fieldStarted = true;
        }
    }
    if (!record.fields.isEmpty() || !field.isEmpty() || quotedField)
        endRecord();
    return records;
}

} // namespace opsdeck
