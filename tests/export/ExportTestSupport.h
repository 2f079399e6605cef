#pragma once

#include <QByteArray>
#include <QColor>
#include <QFile>
#include <QList>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QString>
#include <QXmlStreamReader>

namespace opsdeck::test {

// The `d` of every <path> stroked in `color` (the stroke of its nearest <g>) in an SVG;
// nullopt-like empty list with `ok` false when the file does not parse.
struct SvgPaths
{
    bool ok = false;
    QString error;
    QList<QString> paths;
};

inline SvgPaths svgPathsStroked(const QByteArray& svg, const QColor& color)
{
    SvgPaths out;
    QXmlStreamReader xml(svg);
    QList<QString> strokes;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const QString stroke = xml.attributes().value(QStringLiteral("stroke")).toString();
            if (xml.name() == QLatin1String("g"))
                strokes.append(stroke.isEmpty() && !strokes.isEmpty() ? strokes.last() : stroke);
            if (xml.name() == QLatin1String("path")) {
                const QString own = stroke.isEmpty() && !strokes.isEmpty() ? strokes.last() : stroke;
                if (own.compare(color.name(), Qt::CaseInsensitive) == 0)
                    out.paths << xml.attributes().value(QStringLiteral("d")).toString();
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("g") && !strokes.isEmpty()) {
            strokes.removeLast();
        }
    }
    out.ok = !xml.hasError();
    out.error = xml.errorString();
    return out;
}

// Subpaths (M) and points (M and L) of a path's `d`.
inline std::pair<int, int> subpathsAndPoints(const QString& d)
{
    return {int(d.count(QLatin1Char('M'))), int(d.count(QLatin1Char('M')) + d.count(QLatin1Char('L')))};
}

// `pdfinfo FILE`'s page count, -1 when it cannot tell.
inline int pdfPages(const QString& path)
{
    QProcess p;
    p.start(QStringLiteral("pdfinfo"), {path});
    if (!p.waitForFinished(30000) || p.exitCode() != 0)
        return -1;
    static const QRegularExpression re(QStringLiteral("^Pages:\\s+(\\d+)"),
                                       QRegularExpression::MultilineOption);
    const auto m = re.match(QString::fromUtf8(p.readAllStandardOutput()));
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

// The text of one page (1-based) by `pdftotext`.
inline QString pdfText(const QString& path, int page)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"),
                                          QString::number(page), path, QStringLiteral("-")});
    if (!p.waitForFinished(30000))
        return {};
    return QString::fromUtf8(p.readAllStandardOutput());
}

inline bool havePoppler()
{
    return !QStandardPaths::findExecutable(QStringLiteral("pdfinfo")).isEmpty() &&
           !QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty();
}

inline QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace opsdeck::test
