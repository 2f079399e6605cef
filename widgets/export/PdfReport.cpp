#include "export/PdfReport.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <cmath>

namespace opsdeck {

namespace {

QString rangeText(qint64 from, qint64 to)
{
    const QString format = QStringLiteral("yyyy-MM-dd HH:mm t");
    return QCoreApplication::translate("PdfReport", "%1 to %2")
        .arg(QDateTime::fromSecsSinceEpoch(from).toString(format),
             QDateTime::fromSecsSinceEpoch(to).toString(format));
}

QFont pixelFont(int pixels, bool bold = false)
{
    QFont f;
    f.setPixelSize(pixels);
    f.setBold(bold);
    return f;
}

// Where things go on a page, in the writer's logical pixels (96 dpi), and how many table
// rows fit in a chart's place and on a page of their own.
struct Geometry
{
    QPageLayout pageLayout;
    QRectF page;
    QRectF area; // between the header and the footer
    double gap = 12;
    double slotHeight = 0;
    QFont titleFont = pixelFont(18, true);
    QFont textFont = pixelFont(11);
    QFont tableTitleFont = pixelFont(13, true);
    double rowHeight = 0;
    double tableTitleHeight = 0;
    int rowsPerSlot = 0;
    int rowsPerPage = 0;

    explicit Geometry(int per)
        : pageLayout(QPageSize(QPageSize::A4), per == 1 ? QPageLayout::Landscape : QPageLayout::Portrait,
                     QMarginsF(12, 12, 12, 12), QPageLayout::Millimeter)
    {
        const QRect paint = pageLayout.paintRectPixels(96);
        page = QRectF(0, 0, paint.width(), paint.height());
        const QFontMetricsF titleFm(titleFont);
        const QFontMetricsF textFm(textFont);
        const double headerHeight = titleFm.height() + textFm.height() + 12;
        const double footerHeight = textFm.height() + 6;
        area = QRectF(page.left(), page.top() + headerHeight, page.width(),
                      page.height() - headerHeight - footerHeight);
        slotHeight = (area.height() - gap * (per - 1)) / per;
        rowHeight = std::ceil(textFm.height() + 6);
        tableTitleHeight = std::ceil(QFontMetricsF(tableTitleFont).height() + 6);
        // a table's title, its header row, then its rows
        rowsPerSlot = std::max(0, int((slotHeight - tableTitleHeight) / rowHeight) - 1);
        rowsPerPage = std::max(1, int((area.height() - tableTitleHeight) / rowHeight) - 1);
    }
};

QList<PdfReport::Page> paginate(const QList<ReportItem>& items, int per, const Geometry& g)
{
    QList<PdfReport::Page> pages;
    PdfReport::Page current;
    const auto flush = [&] {
        if (!current.isEmpty())
            pages << current;
        current.clear();
    };
    for (qsizetype i = 0; i < items.size(); ++i) {
        const int rows = items.at(i).table ? int(items.at(i).table->rows.size()) : 0;
        if (!items.at(i).table || rows <= g.rowsPerSlot) {
            current << PdfReport::Slot{i, 0, rows, false};
            if (current.size() >= per)
                flush();
            continue;
        }
        flush();
        for (int first = 0; first < rows; first += g.rowsPerPage)
            pages << PdfReport::Page{PdfReport::Slot{i, first, std::min(g.rowsPerPage, rows - first), true}};
    }
    flush();
    return pages;
}

// The rows [slot.firstRow, +slot.rowCount) of a table in `box`: its title, a shaded header
// row, the rows under it with rules between them. The first column takes what its
// widest text needs (at most 40 % of the width), the others share the rest.
void paintTable(QPainter& painter, const ReportTable& table, const PdfReport::Slot& slot, const QRectF& box,
                const Geometry& g)
{
    const QFontMetricsF fm(g.textFont);
    const QString title = slot.firstRow > 0
                              ? QCoreApplication::translate("PdfReport", "%1 (continued)").arg(table.title)
                              : table.title;
    painter.setPen(Qt::black);
    painter.setFont(g.tableTitleFont);
    painter.drawText(QRectF(box.left(), box.top(), box.width(), g.tableTitleHeight),
                     Qt::AlignLeft | Qt::AlignVCenter, title);
    const int columns = int(std::max<qsizetype>(1, table.header.size()));
    double firstWidth = QFontMetricsF(pixelFont(11, true)).horizontalAdvance(table.header.value(0));
    for (int r = slot.firstRow; r < slot.firstRow + slot.rowCount; ++r)
        firstWidth = std::max(firstWidth, fm.horizontalAdvance(table.rows.at(r).value(0)));
    const double pad = 6;
    firstWidth = columns == 1 ? box.width() : std::min(box.width() * 0.4, firstWidth + 2 * pad + 1);
    const double otherWidth = columns == 1 ? 0 : (box.width() - firstWidth) / (columns - 1);
    const auto cellRect = [&](int column, double top) {
        const double left = column == 0 ? box.left() : box.left() + firstWidth + (column - 1) * otherWidth;
        return QRectF(left + pad, top, (column == 0 ? firstWidth : otherWidth) - 2 * pad, g.rowHeight);
    };
    const auto drawRow = [&](const QStringList& cells, double top, const QFontMetricsF& metrics) {
        for (int c = 0; c < columns; ++c) {
            const QRectF rect = cellRect(c, top);
            painter.drawText(rect, (c == 0 ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter,
                             metrics.elidedText(cells.value(c), Qt::ElideRight, rect.width()));
        }
    };
    double top = box.top() + g.tableTitleHeight;
    painter.fillRect(QRectF(box.left(), top, box.width(), g.rowHeight), QColor(0xe8, 0xe8, 0xe8));
    const QFont headerFont = pixelFont(11, true);
    painter.setFont(headerFont);
    drawRow(table.header, top, QFontMetricsF(headerFont));
    painter.setFont(g.textFont);
    painter.setPen(QPen(QColor(0xc0, 0xc0, 0xc0), 0.5));
    painter.drawLine(QPointF(box.left(), top + g.rowHeight), QPointF(box.right(), top + g.rowHeight));
    for (int r = slot.firstRow; r < slot.firstRow + slot.rowCount; ++r) {
        top += g.rowHeight;
        painter.setPen(Qt::black);
        drawRow(table.rows.at(r), top, fm);
        painter.setPen(QPen(QColor(0xc0, 0xc0, 0xc0), 0.5));
        painter.drawLine(QPointF(box.left(), top + g.rowHeight), QPointF(box.right(), top + g.rowHeight));
    }
    if (table.rows.isEmpty()) {
        painter.setPen(Qt::darkGray);
        painter.drawText(cellRect(0, top + g.rowHeight), Qt::AlignLeft | Qt::AlignVCenter,
                         QCoreApplication::translate("PdfReport", "no rows"));
    }
}

void paintFrame(QPainter& painter, const PdfReport::Options& options, const QDateTime& generated,
                const Geometry& g, int pageIndex, int pages)
{
    const QFontMetricsF titleFm(g.titleFont);
    const QFontMetricsF textFm(g.textFont);
    const QRectF& page = g.page;
    painter.setPen(Qt::black);
    painter.setFont(g.titleFont);
    painter.drawText(QRectF(page.left(), page.top(), page.width(), titleFm.height()),
                     Qt::AlignLeft | Qt::AlignVCenter, options.title);
    painter.setFont(g.textFont);
    painter.drawText(QRectF(page.left(), page.top() + titleFm.height() + 4, page.width(), textFm.height()),
                     Qt::AlignLeft | Qt::AlignVCenter,
                     QCoreApplication::translate("PdfReport", "%1 · generated %2")
                         .arg(rangeText(options.from, options.to),
                              generated.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss t"))));
    painter.drawText(QRectF(page.left(), page.bottom() - textFm.height(), page.width(), textFm.height()),
                     Qt::AlignHCenter | Qt::AlignVCenter,
                     QCoreApplication::translate("PdfReport", "Page %1 of %2").arg(pageIndex + 1).arg(pages));
}

} // namespace

int PdfReport::pageCount(int charts, int chartsPerPage)
{
    const int per = std::max(1, chartsPerPage);
    return std::max(1, (charts + per - 1) / per);
}

QList<PdfReport::Page> PdfReport::layout(const QList<ReportItem>& items, const Options& options)
{
    const int per = std::max(1, options.chartsPerPage);
    return paginate(items, per, Geometry(per));
}

Status PdfReport::write(QIODevice& out, const QList<ChartData>& charts, const Options& options)
{
    QList<ReportItem> items;
    items.reserve(charts.size());
    for (const ChartData& c : charts)
        items << ReportItem{c, std::nullopt};
    return write(out, items, options);
}

Status PdfReport::write(QIODevice& out, const QList<ReportItem>& items, const Options& options)
{
    if (items.isEmpty())
        return Error::notFound(QCoreApplication::translate("PdfReport", "no charts to write"));
    const int per = std::max(1, options.chartsPerPage);
    const Geometry g(per);
    const QList<Page> pages = paginate(items, per, g);
    const QDateTime generated =
        options.generated.isValid() ? options.generated : QDateTime::currentDateTime();

    QPdfWriter writer(&out);
    writer.setResolution(96); // painter units are logical pixels, as the charts are laid out in
    writer.setPageLayout(g.pageLayout);
    writer.setTitle(options.title);
    writer.setCreator(QStringLiteral("Opsdeck"));
    QPainter painter;
    if (!painter.begin(&writer))
        return Error::failure(QCoreApplication::translate("PdfReport", "cannot start the PDF"));

    for (int pageIndex = 0; pageIndex < pages.size(); ++pageIndex) {
        if (pageIndex > 0 && !writer.newPage()) {
            painter.end();
            return Error::failure(QCoreApplication::translate("PdfReport", "cannot add a page to the PDF"));
        }
        paintFrame(painter, options, generated, g, pageIndex, int(pages.size()));
        const Page& page = pages.at(pageIndex);
        for (int place = 0; place < page.size(); ++place) {
            const Slot& slot = page.at(place);
            const QRectF box = slot.wholePage
                                   ? g.area
                                   : QRectF(g.area.left(), g.area.top() + place * (g.slotHeight + g.gap),
                                            g.area.width(), g.slotHeight);
            const ReportItem& item = items.at(slot.item);
            if (item.table)
                paintTable(painter, *item.table, slot, box, g);
            else
                ChartPainter(item.chart, options.from, options.to, options.theme).paint(painter, box);
        }
    }
    if (!painter.end())
        return Error::failure(QCoreApplication::translate("PdfReport", "cannot finish the PDF"));
    return {};
}

} // namespace opsdeck
