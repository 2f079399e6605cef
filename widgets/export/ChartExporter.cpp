#include "export/ChartExporter.h"

#include "export/PdfReport.h"
#include "export/PngWriter.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QImage>
#include <QLocale>
#include <QPainter>
#include <QSaveFile>
#include <QSvgGenerator>

#ifdef Q_OS_LINUX
#include <sys/mman.h>
#endif

namespace opsdeck {

namespace {

struct Mapping
{
    void* address = nullptr;
    size_t length = 0;
};

// An RGB32 image on transparent huge pages where the kernel offers them: a fresh
// 1200x600 image otherwise takes a page fault per 4 KiB on its first fill, some 700, a
// tenth of a headless export's CPU in a virtual machine.
QImage hugePageImage(const QSize& size)
{
#ifdef Q_OS_LINUX
    constexpr size_t huge = 2u << 20;
    const qsizetype bytesPerLine = qsizetype(size.width()) * 4;
    const size_t bytes = size_t(bytesPerLine) * size_t(size.height());
    const size_t length = (bytes + huge - 1) / huge * huge + huge; // room to align
    void* memory = mmap(nullptr, length, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (memory != MAP_FAILED) {
        auto* aligned =
            reinterpret_cast<uchar*>((reinterpret_cast<quintptr>(memory) + huge - 1) & ~quintptr(huge - 1));
        madvise(aligned, length - size_t(aligned - static_cast<uchar*>(memory)), MADV_HUGEPAGE);
        auto* mapping = new Mapping{memory, length};
        return QImage(
            aligned, size.width(), size.height(), bytesPerLine, QImage::Format_RGB32,
            [](void* info) {
                auto* m = static_cast<Mapping*>(info);
                munmap(m->address, m->length);
                delete m;
            },
            mapping);
    }
#endif
    return QImage(size, QImage::Format_RGB32);
}

Status writePng(QIODevice& out, const ChartData& chart, const ChartExporter::Options& o)
{
    QImage image = hugePageImage(o.size);
    {
        QPainter painter(&image);
        ChartPainter(chart, o.from, o.to, o.theme).paint(painter, QRectF(QPointF(0, 0), QSizeF(o.size)));
    }
    const QByteArray png = PngWriter::encode(image, PngWriter::Colours::Palette, 1);
    if (png.isEmpty())
        return Error::failure(ChartExporter::tr("libpng could not encode the image"));
    if (out.write(png) != png.size())
        return Error::failure(ChartExporter::tr("cannot write the PNG: %1").arg(out.errorString()));
    return {};
}

Status writeSvg(QIODevice& out, const ChartData& chart, const ChartExporter::Options& o)
{
    QSvgGenerator svg;
    svg.setOutputDevice(&out);
    svg.setSize(o.size);
    svg.setViewBox(QRect(QPoint(0, 0), o.size));
    svg.setResolution(96);
    svg.setTitle(chart.title);
    QPainter painter;
    if (!painter.begin(&svg))
        return Error::failure(ChartExporter::tr("cannot start the SVG"));
    ChartPainter(chart, o.from, o.to, o.theme).paint(painter, QRectF(QPointF(0, 0), QSizeF(o.size)));
    painter.end();
    return {};
}

PdfReport::Options reportOptions(const ChartExporter::Options& o, const QString& fallbackTitle)
{
    PdfReport::Options r;
    r.title = o.reportTitle.isEmpty() ? fallbackTitle : o.reportTitle;
    r.from = o.from;
    r.to = o.to;
    r.generated = o.generated;
    r.theme = o.theme;
    r.chartsPerPage = o.chartsPerPage;
    return r;
}

void appendRow(QByteArray& csv, const QString& line, qint64 secs, const std::optional<double>& value)
{
    if (!line.isNull()) {
        QString field = line;
        if (field.contains(QLatin1Char(',')) || field.contains(QLatin1Char('"')) ||
            field.contains(QLatin1Char('\n')))
            field =
                QLatin1Char('"') + field.replace(QLatin1Char('"'), QLatin1String("\"\"")) + QLatin1Char('"');
        csv += field.toUtf8() + ',';
    }
    csv += QByteArray::number(secs) + ',';
    if (value)
        csv += ChartExporter::number(*value).toUtf8();
    csv += '\n';
}

} // namespace

std::optional<ExportFormat> ChartExporter::formatOf(const QString& path)
{
    const QString ext = QFileInfo(path).suffix().toLower();
    if (ext == QLatin1String("png"))
        return ExportFormat::Png;
    if (ext == QLatin1String("svg"))
        return ExportFormat::Svg;
    if (ext == QLatin1String("pdf"))
        return ExportFormat::Pdf;
    if (ext == QLatin1String("csv"))
        return ExportFormat::Csv;
    return std::nullopt;
}

QString ChartExporter::number(double value)
{
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

namespace {
// A line's tops by time (stacked areas share their timestamps).
QHash<qint64, double> topsOf(const ChartLine& line)
{
    QHash<qint64, double> tops;
    for (const auto& segment : line.segments)
        for (const auto& p : segment)
            tops.insert(qint64(p.x()), p.y());
    return tops;
}
} // namespace

QByteArray ChartExporter::csvOf(const ChartData& chart)
{
    const bool named = chart.lines.size() > 1;
    QByteArray csv = named ? "line,time,value\n" : "time,value\n";
    for (qsizetype li = 0; li < chart.lines.size(); ++li) {
        const ChartLine& line = chart.lines.at(li);
        const QString name = named ? line.name : QString();
        QHash<qint64, double> below;
        if (line.style == ChartLineStyle::Stack && li > 0)
            below = topsOf(chart.lines.at(li - 1));
        for (qsizetype s = 0; s < line.segments.size(); ++s) {
            const auto& segment = line.segments.at(s);
            if (s > 0 && !segment.isEmpty() && !line.segments.at(s - 1).isEmpty()) {
                // The gap: unknown halfway between the two segments.
                const qint64 before = qint64(line.segments.at(s - 1).last().x()) / 1000;
                const qint64 after = qint64(segment.first().x()) / 1000;
                appendRow(csv, name, before + (after - before) / 2, std::nullopt);
            }
            for (const auto& p : segment)
                appendRow(csv, name, qint64(p.x()) / 1000, p.y() - below.value(qint64(p.x()), 0.0));
        }
    }
    return csv;
}

QByteArray ChartExporter::csvOf(const QList<SeriesPoint>& points)
{
    QByteArray csv = "time,value\n";
    for (const auto& p : points)
        appendRow(csv, QString(), p.timestamp, p.value);
    return csv;
}

Status ChartExporter::write(const QString& path, const std::function<Status(QIODevice&)>& fill)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error::failure(ChartExporter::tr("cannot write %1: %2").arg(path, file.errorString()));
    if (auto st = fill(file); !st.ok()) {
        file.cancelWriting();
        return st;
    }
    if (!file.commit())
        return Error::failure(ChartExporter::tr("cannot write %1: %2").arg(path, file.errorString()));
    return {};
}

Status ChartExporter::exportChart(const ChartData& chart, const Options& options, const QString& path)
{
    const auto format = formatOf(path);
    if (!format)
        return Error::usage(
            ChartExporter::tr("cannot tell the format of %1: use .png, .svg, .pdf or .csv").arg(path));
    return write(path, [&](QIODevice& out) -> Status {
        switch (*format) {
        case ExportFormat::Png:
            return writePng(out, chart, options);
        case ExportFormat::Svg:
            return writeSvg(out, chart, options);
        case ExportFormat::Pdf:
            return PdfReport::write(out, {chart}, reportOptions(options, chart.title));
        case ExportFormat::Csv: {
            const ChartData shown = ChartPainter(chart, options.from, options.to).shown(QSizeF(options.size));
            if (out.write(csvOf(shown)) < 0)
                return Error::failure(out.errorString());
            return {};
        }
        }
        return {};
    });
}

Status ChartExporter::exportReport(const QList<ChartData>& charts, const Options& options,
                                   const QString& path)
{
    if (formatOf(path) != ExportFormat::Pdf)
        return Error::usage(ChartExporter::tr("a report is a PDF: %1 does not end in .pdf").arg(path));
    const QString title = charts.isEmpty() ? QString() : charts.first().title;
    return write(
        path, [&](QIODevice& out) { return PdfReport::write(out, charts, reportOptions(options, title)); });
}

Status ChartExporter::exportReport(const QList<ReportItem>& items, const Options& options,
                                   const QString& path)
{
    if (formatOf(path) != ExportFormat::Pdf)
        return Error::usage(ChartExporter::tr("a report is a PDF: %1 does not end in .pdf").arg(path));
    QString title;
    if (!items.isEmpty())
        title = items.first().table ? items.first().table->title : items.first().chart.title;
    return write(path,
                 [&](QIODevice& out) { return PdfReport::write(out, items, reportOptions(options, title)); });
}

Status ChartExporter::exportRawCsv(const QList<SeriesPoint>& points, const QString& path)
{
    return write(path, [&](QIODevice& out) -> Status {
        if (out.write(csvOf(points)) < 0)
            return Error::failure(out.errorString());
        return {};
    });
}

} // namespace opsdeck
