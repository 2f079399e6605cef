#pragma once

#include "export/ChartPainter.h"
#include "util/Result.h"

#include <QDateTime>

class QIODevice;

namespace opsdeck {

// Charts as a multi-page vector PDF (QPdfWriter): every page has the report's title, the
// time range and when it was made at the top, and "Page i of n" at the bottom; the
// charts come `chartsPerPage` to a page, one above the other.
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

    static Status write(QIODevice& out, const QList<ChartData>& charts, const Options& options);

    static int pageCount(int charts, int chartsPerPage);
};

} // namespace opsdeck
