// The window's export actions (issue 10, part 7), offscreen: what the charts view shows
// goes to a PNG of the asked chart or a multi-page PDF of all of them, written off the GUI
// thread; a bad file type or nothing to export says so and writes nothing.

#include "ExportTestSupport.h"
#include "export/ExportActions.h"

#include <QAction>
#include <QApplication>
#include <QFileInfo>
#include <QImage>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QWidget>

using namespace opsdeck;

namespace {

ChartData chart(const QString& title, int points, qint64 fromMs)
{
    ChartData c;
    c.title = title;
    c.unit = QStringLiteral("%");
    ChartLine line;
    line.name = title;
    QList<QPointF> segment;
    for (int i = 0; i < points; ++i)
        segment << QPointF(double(fromMs + i * 60'000), double(i % 17));
    line.segments << segment;
    c.lines << line;
    return c;
}

} // namespace

class TestExportActions : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    MachineChartSet m_set;

private slots:
    void initTestCase()
    {
        m_set.machine = QStringLiteral("web-1");
        m_set.from = 1'700'000'000;
        m_set.to = m_set.from + 3600;
        m_set.charts = {chart(QStringLiteral("CPU"), 60, m_set.from * 1000),
                        chart(QStringLiteral("Empty"), 0, 0),
                        chart(QStringLiteral("Load"), 60, m_set.from * 1000),
                        chart(QStringLiteral("Memory"), 60, m_set.from * 1000)};
    }

    void shortcutsAreSet()
    {
        QWidget window;
        ExportActions actions([this] { return m_set; }, &window);
        QCOMPARE(actions.chartAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_E));
        QCOMPARE(actions.reportAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    }

    void chartToPngAndReportToPdf()
    {
        QWidget window;
        ExportActions actions([this] { return m_set; }, &window);
        QSignalSpy done(&actions, &ExportActions::exported);
        QSignalSpy status(&actions, &ExportActions::statusMessage);

        const QString png = m_dir.filePath(QStringLiteral("load.png"));
        actions.exportChart(1, png); // charts with data: CPU, Load, Memory
        QVERIFY(done.wait(20000));
        QCOMPARE(done.last().at(1).toBool(), true);
        const QImage image(png);
        QCOMPARE(image.size(), QSize(1200, 600));
        QVERIFY(status.last().at(0).toString().contains(QStringLiteral("load.png")));

        const QString pdf = m_dir.filePath(QStringLiteral("web-1.pdf"));
        actions.exportReport(pdf);
        QVERIFY(done.wait(20000));
        QCOMPARE(done.last().at(1).toBool(), true);
        if (!QStandardPaths::findExecutable(QStringLiteral("pdfinfo")).isEmpty())
            QCOMPARE(test::pdfPages(pdf), 2); // three charts, two to a page
        else
            QVERIFY(QFileInfo(pdf).size() > 0);
    }

    void badRequestsWriteNothing()
    {
        QWidget window;
        ExportActions actions([this] { return m_set; }, &window);
        QSignalSpy done(&actions, &ExportActions::exported);
        QSignalSpy status(&actions, &ExportActions::statusMessage);
        const QString gif = m_dir.filePath(QStringLiteral("x.gif"));
        actions.exportChart(0, gif);
        QCOMPARE(done.size(), 1);
        QCOMPARE(done.last().at(1).toBool(), false);
        QVERIFY(status.last().at(0).toString().contains(QStringLiteral(".png")));
        QVERIFY(!QFileInfo::exists(gif));
        actions.exportReport(m_dir.filePath(QStringLiteral("x.png")));
        QCOMPARE(done.last().at(1).toBool(), false);
        QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("x.png"))));

        MachineChartSet empty = m_set;
        for (ChartData& c : empty.charts)
            c.lines.clear();
        ExportActions nothing([empty] { return empty; }, &window);
        QSignalSpy nothingDone(&nothing, &ExportActions::exported);
        nothing.exportReport(m_dir.filePath(QStringLiteral("none.pdf")));
        QCOMPARE(nothingDone.size(), 1);
        QCOMPARE(nothingDone.last().at(1).toBool(), false);
        QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("none.pdf"))));
    }
};

QTEST_MAIN(TestExportActions)
#include "tst_exportactions.moc"
