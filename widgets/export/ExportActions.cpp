#include "export/ExportActions.h"

#include "export/ChartExporter.h"
#include "inventory/AsyncLoad.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QRegularExpression>
#include <QSettings>
#include <QWidget>

namespace opsdeck {

namespace {

const QString kDirKey = QStringLiteral("export/directory");

QList<ChartData> withData(const MachineChartSet& set)
{
    QList<ChartData> out;
    for (const ChartData& c : set.charts)
        if (c.pointCount() > 0)
            out << c;
    return out;
}

QString fileSafe(QString text)
{
    static const QRegularExpression unsafe(QStringLiteral("[^A-Za-z0-9._-]+"));
    return text.replace(unsafe, QStringLiteral("-"));
}

ChartExporter::Options optionsFor(const MachineChartSet& set)
{
    ChartExporter::Options o;
    o.from = set.from;
    o.to = set.to;
    o.generated = QDateTime::currentDateTime();
    return o;
}

} // namespace

ExportActions::ExportActions(Source source, QWidget* window)
    : QObject(window), m_source(std::move(source)), m_window(window)
{
    m_chart = new QAction(tr("&Export Chart…"), this);
    m_chart->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_chart->setStatusTip(tr("Save one of the charts on screen as PNG, SVG, PDF or CSV"));
    connect(m_chart, &QAction::triggered, this, &ExportActions::askChart);
    m_report = new QAction(tr("Export &Report (PDF)…"), this);
    m_report->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_report->setStatusTip(tr("Save every chart on screen as one multi-page PDF"));
    connect(m_report, &QAction::triggered, this, &ExportActions::askReport);
}

QString ExportActions::askPath(const QString& suggestedName, const QString& filter)
{
    QSettings settings;
    const QString dir = settings.value(kDirKey, QDir::homePath()).toString();
    const QString path =
        QFileDialog::getSaveFileName(m_window, tr("Export"), QDir(dir).filePath(suggestedName), filter);
    if (!path.isEmpty())
        settings.setValue(kDirKey, QFileInfo(path).absolutePath());
    return path;
}

void ExportActions::askChart()
{
    const MachineChartSet set = m_source();
    const QList<ChartData> charts = withData(set);
    if (charts.isEmpty())
        return emit statusMessage(tr("Nothing to export: no chart on screen has data in this range"));
    QStringList titles;
    for (const ChartData& c : charts)
        titles << c.title;
    int index = 0;
    if (charts.size() > 1) {
        bool ok = false;
        const QString title =
            QInputDialog::getItem(m_window, tr("Export Chart"), tr("Chart:"), titles, 0, false, &ok);
        if (!ok)
            return;
        index = int(titles.indexOf(title));
    }
    const QString path =
        askPath(fileSafe(set.machine + u'-' + titles.at(index)) + QStringLiteral(".png"),
                tr("PNG image (*.png);;SVG image (*.svg);;PDF document (*.pdf);;CSV data (*.csv)"));
    if (!path.isEmpty())
        exportChart(index, path);
}

void ExportActions::askReport()
{
    const MachineChartSet set = m_source();
    if (withData(set).isEmpty())
        return emit statusMessage(tr("Nothing to export: no chart on screen has data in this range"));
    const QString path = askPath(fileSafe(set.machine) + QStringLiteral(".pdf"), tr("PDF document (*.pdf)"));
    if (!path.isEmpty())
        exportReport(path);
}

void ExportActions::exportChart(int index, const QString& path)
{
    if (m_busy)
        return emit statusMessage(tr("An export is still being written"));
    const MachineChartSet set = m_source();
    const QList<ChartData> charts = withData(set);
    if (index < 0 || index >= charts.size())
        return finish(path, Error::notFound(tr("no such chart on screen")));
    if (!ChartExporter::formatOf(path))
        return finish(path, Error::usage(tr("unknown file type: use .png, .svg, .pdf or .csv")));
    m_busy = true;
    emit statusMessage(tr("Exporting %1…").arg(QFileInfo(path).fileName()));
    const ChartData chart = charts.at(index);
    const ChartExporter::Options options = optionsFor(set);
    runAsync<bool>(
        this,
        [chart, options, path]() -> Result<bool> {
            if (Status s = ChartExporter::exportChart(chart, options, path); !s.ok())
                return s.error();
            return true;
        },
        [this, path](Result<bool> r) { finish(path, r.ok() ? Status{} : Status(r.error())); });
}

void ExportActions::exportReport(const QString& path)
{
    if (m_busy)
        return emit statusMessage(tr("An export is still being written"));
    const MachineChartSet set = m_source();
    const QList<ChartData> charts = withData(set);
    if (charts.isEmpty())
        return finish(path, Error::notFound(tr("no chart on screen has data in this range")));
    if (ChartExporter::formatOf(path) != ExportFormat::Pdf)
        return finish(path, Error::usage(tr("a report is a PDF: name the file .pdf")));
    m_busy = true;
    emit statusMessage(tr("Exporting %1…").arg(QFileInfo(path).fileName()));
    ChartExporter::Options options = optionsFor(set);
    options.reportTitle = set.machine;
    options.chartsPerPage = 2;
    runAsync<bool>(
        this,
        [charts, options, path]() -> Result<bool> {
            if (Status s = ChartExporter::exportReport(charts, options, path); !s.ok())
                return s.error();
            return true;
        },
        [this, path](Result<bool> r) { finish(path, r.ok() ? Status{} : Status(r.error())); });
}

void ExportActions::finish(const QString& path, const Status& status)
{
    m_busy = false;
    if (status.ok())
        emit statusMessage(tr("Exported %1").arg(QDir::toNativeSeparators(path)));
    else
        emit statusMessage(tr("Export failed: %1").arg(status.error().message));
    emit exported(path, status.ok());
}

} // namespace opsdeck
