#pragma once

#include "export/ChartPainter.h"
#include "util/Result.h"

#include <QDateTime>
#include <QStringList>
#include <optional>

class QIODevice;

namespace opsdeck {

// A table drawn in a report: a header row and rows of text (the first column names the
// row, the others are right-aligned values).
struct ReportTable
{
    QString title;
    QStringList header;
    QList<QStringList> rows;
};

// One thing in a report: a chart, or a table when `table` is set.
struct ReportItem
{
    ChartData chart;
    std::optional<ReportTable> table;
};

// Charts and tables as a multi-page vector PDF (QPdfWriter): every page has the report's
// title, the time range and when it was made at the top, and "Page i of n" at the
// bottom. Charts come `chartsPerPage` to a page, one above the other; a table whose rows
// fit takes a chart's place, a longer one starts a new page and runs over as many pages
// as it needs, its header row repeated on each.
class PdfReport
{
public:
    struct Options
    {
        QString title;
        qint64 from = 0; // epoch seconds
        qint64 to = 0;
        QDateTime generated;
        ChartTheme theme = ChartTheme::Light;
        int chartsPerPage = 1;
    };

    // A place on a page: an item, and for a table the rows [firstRow, firstRow + rowCount).
    struct Slot
    {
        qsizetype item = 0;
        int firstRow = 0;
        int rowCount = 0;
        bool wholePage = false; // a long table's page
    };
    using Page = QList<Slot>;

    static Status write(QIODevice& out, const QList<ChartData>& charts, const Options& options);
    static Status write(QIODevice& out, const QList<ReportItem>& items, const Options& options);

    static int pageCount(int charts, int chartsPerPage);
    // The pages `items` take with `options` (as write() lays them out).
    static QList<Page> layout(const QList<ReportItem>& items, const Options& options);
};

} // namespace opsdeck
