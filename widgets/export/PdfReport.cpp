#include "export/PdfReport.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

namespace opsdeck {

namespace {

QString rangeText(qint64 from, qint64 to)
{
    const QString format = QStringLiteral("yyyy-MM-dd HH:mm t");
    return QCoreApplication::translate("PdfReport", "%1 to %2")
        .arg(QDateTime::fromSecsSinceEpoch(from).toString(format),
             QDateTime::fromSecsSinceEpoch(to).toString(format));
}

} // namespace

int PdfReport::pageCount(int charts, int chartsPerPage)
{
    const int per = std::max(1, chartsPerPage);
    return std::max(1, (charts + per - 1) / per);
}

Status PdfReport::write(QIODevice& out, const QList<ChartData>& charts, const Options& options)
{
    if (charts.isEmpty())
        return Error::notFound(QCoreApplication::translate("PdfReport", "no charts to write"));
    const int per = std::max(1, options.chartsPerPage);
    const int pages = pageCount(int(charts.size()), per);
    const QDateTime generated =
        options.generated.isValid() ? options.generated : QDateTime::currentDateTime();

    QPdfWriter writer(&out);
    writer.setResolution(96); // painter units are logical pixels, as the charts are laid out in
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4),
                                     per == 1 ? QPageLayout::Landscape : QPageLayout::Portrait,
                                     QMarginsF(12, 12, 12, 12), QPageLayout::Millimeter));
    writer.setTitle(options.title);
    writer.setCreator(QStringLiteral("Opsdeck"));
    QPainter painter;
    if (!painter.begin(&writer))
        return Error::failure(QCoreApplication::translate("PdfReport", "cannot start the PDF"));

    QFont titleFont;
    titleFont.setPixelSize(18);
    titleFont.setBold(true);
    QFont textFont;
    textFont.setPixelSize(11);
    const QFontMetricsF titleFm(titleFont);
    const QFontMetricsF textFm(textFont);
    const QRectF page(0, 0, writer.width(), writer.height());
    const double headerHeight = titleFm.height() + textFm.height() + 12;
    const double footerHeight = textFm.height() + 6;
    const double gap = 12;
    const QRectF area(page.left(), page.top() + headerHeight, page.width(),
                      page.height() - headerHeight - footerHeight);
    const double chartHeight = (area.height() - gap * (per - 1)) / per;

    for (int pageIndex = 0; pageIndex < pages; ++pageIndex) {
        if (pageIndex > 0 && !writer.newPage()) {
            painter.end();
            return Error::failure(QCoreApplication::translate("PdfReport", "cannot add a page to the PDF"));
        }
        painter.setPen(Qt::black);
        painter.setFont(titleFont);
        painter.drawText(QRectF(page.left(), page.top(), page.width(), titleFm.height()),
                         Qt::AlignLeft | Qt::AlignVCenter, options.title);
        painter.setFont(textFont);
        painter.drawText(
            QRectF(page.left(), page.top() + titleFm.height() + 4, page.width(), textFm.height()),
            Qt::AlignLeft | Qt::AlignVCenter,
            QCoreApplication::translate("PdfReport", "%1 · generated %2")
                .arg(rangeText(options.from, options.to),
                     generated.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss t"))));
        painter.drawText(
            QRectF(page.left(), page.bottom() - textFm.height(), page.width(), textFm.height()),
            Qt::AlignHCenter | Qt::AlignVCenter,
            QCoreApplication::translate("PdfReport", "Page %1 of %2").arg(pageIndex + 1).arg(pages));
        for (int slot = 0; slot < per; ++slot) {
            const qsizetype index = qsizetype(pageIndex) * per + slot;
            if (index >= charts.size())
                break;
            const QRectF box(area.left(), area.top() + slot * (chartHeight + gap), area.width(), chartHeight);
            ChartPainter(charts.at(index), options.from, options.to, options.theme).paint(painter, box);
        }
    }
    if (!painter.end())
        return Error::failure(QCoreApplication::translate("PdfReport", "cannot finish the PDF"));
    return {};
}

} // namespace opsdeck
