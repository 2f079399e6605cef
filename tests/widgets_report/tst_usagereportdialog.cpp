#include "MainWindow.h"
#include "TestSupport.h"
#include "charts/MachineChartsView.h"
#include "engine/Engine.h"
#include "inventory/MessageBanner.h"
#include "metrics/MetricStore.h"
#include "metrics/UsageReport.h"
#include "report/ReportChartWidget.h"
#include "report/UsageReportDialog.h"
#include "report/UsageReportModel.h"

#include <QAction>
#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace opsdeck;

class TstUsageReportDialog : public QObject
{
    Q_OBJECT
    std::unique_ptr<test::TempDatabase> m_db;
    std::unique_ptr<MetricStore> m_store;
    qint64 m_start = 0;
    QTemporaryDir m_dir;

    UsageReport::Request trafficRequest() const
    {
        UsageReport::Request r;
        r.machine = QStringLiteral("web1");
        r.metric = QStringLiteral("traffic-rxbytes");
        r.param = QStringLiteral("eth0");
        r.statistic = UsageReport::Statistic::Sum;
        r.period = 600;
        r.from = m_start;
        r.to = m_start + 2 * 3600 - 1;
        return r;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        // The window's settings in the test's own folder, never the user's.
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope,
                           m_dir.filePath(QStringLiteral("settings")));
        m_db = std::make_unique<test::TempDatabase>();
        m_store = std::make_unique<MetricStore>(m_db->db());
        m_store->setMaintenanceIntervalMs(0);
        // An hour of 500 bytes/s on eth0 and a load gauge, then an hour of nothing.
        m_start = (QDateTime::currentSecsSinceEpoch() - 3 * 3600) / 600 * 600;
        SampleBatch batch;
        for (qint64 t = m_start; t <= m_start + 3600; t += 60) {
            batch.append(
                {{QStringLiteral("web1"), QStringLiteral("traffic-eth0-rxbytes"), QStringLiteral("local")},
                 SeriesType::Derive,
                 t,
                 double(t - m_start) * 500});
            batch.append({{QStringLiteral("web1"), QStringLiteral("loadavg-1"), QStringLiteral("local")},
                          SeriesType::Gauge,
                          t,
                          double((t - m_start) / 60) / 7.0});
        }
        QVERIFY(m_store->append(batch).ok());
        QVERIFY(m_store->flush().ok());
    }

    void runShowsTheEnginesReport()
    {
        UsageReportDialog dialog(*m_store, QStringLiteral("web1"));
        QSignalSpy loaded(&dialog, &UsageReportDialog::seriesLoaded);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, 10000);
        auto* machine = dialog.findChild<QComboBox*>(QStringLiteral("machineCombo"));
        auto* metric = dialog.findChild<QComboBox*>(QStringLiteral("metricCombo"));
        QVERIFY(machine && metric);
        QVERIFY(machine->findText(QStringLiteral("web1")) >= 0);
        QVERIFY(metric->findText(QStringLiteral("traffic-eth0-rxbytes")) >= 0);
        QVERIFY(metric->findText(QStringLiteral("loadavg-1")) >= 0);

        const UsageReport::Request r = trafficRequest();
        dialog.setRequest(r);
        const UsageReport::Request shown = dialog.request();
        QCOMPARE(shown.period, r.period);
        QCOMPARE(shown.from, r.from);
        QCOMPARE(shown.to, r.to);
        QCOMPARE(shown.param, r.param);

        QSignalSpy finished(&dialog, &UsageReportDialog::finished);
        // The Run shortcut (a button's shortcut clicks it after a short animation).
        QTest::keyClick(&dialog, Qt::Key_Return, Qt::ControlModifier);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
        QVERIFY(finished.first().first().toBool());
        QVERIFY(!dialog.isBusy());

        auto expected = UsageReport::run(*m_store, r);
        QVERIFY(expected.ok());
        QCOMPARE(expected->periods.size(), 12);
        const UsageReportModel* model = dialog.model();
        QCOMPARE(model->rowCount(), 12);
        int nulls = 0;
        for (int row = 0; row < model->rowCount(); ++row) {
            const auto& p = expected->periods.at(row);
            QCOMPARE(model->index(row, 0).data(UsageReportModel::StartSecsRole).toLongLong(), p.start);
            const QVariant v = model->index(row, UsageReportModel::ValueColumn).data(Qt::EditRole);
            QCOMPARE(v.isValid(), p.value.has_value());
            if (p.value)
                QCOMPARE(v.toDouble(), *p.value);
            else
                ++nulls;
        }
        QCOMPARE(model->index(0, UsageReportModel::ValueColumn).data(Qt::EditRole).toDouble(), 600.0 * 500);
        QVERIFY(nulls >= 5); // the second hour is empty, not zero
        QCOMPARE(dialog.chart()->chart().lines.size(), 1);
        QVERIFY(dialog.chart()->chart().lines.first().pointCount() >= 6);
        QVERIFY(dialog.findChild<QPushButton*>(QStringLiteral("saveCsvButton"))->isEnabled());

        // Save CSV writes what `opsdeck metrics report --format csv` prints.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("report.csv"));
        QVERIFY(dialog.saveCsv(path).ok());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray saved = file.readAll();
        auto cli = test::runCli({QStringLiteral("--db"),      m_db->path(),
                                 QStringLiteral("metrics"),   QStringLiteral("report"),
                                 QStringLiteral("--machine"), r.machine,
                                 QStringLiteral("--metric"),  r.metric,
                                 QStringLiteral("--param"),   r.param,
                                 QStringLiteral("--stat"),    QStringLiteral("sum"),
                                 QStringLiteral("--period"),  QStringLiteral("10m"),
                                 QStringLiteral("--from"),    QString::number(r.from),
                                 QStringLiteral("--to"),      QString::number(r.to),
                                 QStringLiteral("--format"),  QStringLiteral("csv")});
        QCOMPARE(cli.exitCode, 0);
        QCOMPARE(saved, cli.out);
        QVERIFY(saved.startsWith("start,value\n"));
    }

    void errorsShowInTheDialog()
    {
        UsageReportDialog dialog(*m_store, QStringLiteral("web1"));
        dialog.show();
        QSignalSpy finished(&dialog, &UsageReportDialog::finished);
        UsageReport::Request r = trafficRequest();
        r.metric = QStringLiteral("no-such-metric");
        r.param.clear();
        dialog.setRequest(r);
        dialog.run();
        QVERIFY(dialog.isBusy()); // until the engine answers
        QVERIFY(!dialog.findChild<QPushButton*>(QStringLiteral("runButton"))->isEnabled());
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
        QVERIFY(!finished.first().first().toBool());
        QVERIFY(dialog.banner()->isError());
        QVERIFY(dialog.banner()->isVisible());
        QVERIFY2(dialog.banner()->text().contains(QStringLiteral("no-such-metric")),
                 qPrintable(dialog.banner()->text()));
        QCOMPARE(dialog.model()->rowCount(), 0);
        QVERIFY(!dialog.saveCsv(QDir::temp().filePath(QStringLiteral("never.csv"))).ok());

        // A param on a key that takes none is the engine's usage error, shown the same way.
        r.metric = QStringLiteral("loadavg-1");
        r.param = QStringLiteral("eth0");
        dialog.setRequest(r);
        dialog.run();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 10000);
        QVERIFY(!finished.last().first().toBool());
        QVERIFY(dialog.banner()->isError());
        QCOMPARE(dialog.model()->rowCount(), 0);
    }

    void windowOpensItForTheShownMachine()
    {
        Engine::Options options;
        options.startCollector = false;
        auto engine = Engine::start(m_dir.filePath(QStringLiteral("window.sqlite")), options);
        QVERIFY2(engine.ok(), qPrintable(engine.ok() ? QString() : engine.error().message));
        MainWindow w(**engine);
        w.show();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        auto* action = w.findChild<QAction*>(QStringLiteral("actionUsageReport"));
        QVERIFY(action);
        QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U));
        bool inAMenu = false;
        for (QMenu* menu : w.menuBar()->findChildren<QMenu*>())
            inAMenu |= menu->actions().contains(action);
        QVERIFY(inAMenu);
        QTest::keyClick(&w, Qt::Key_U, Qt::ControlModifier | Qt::ShiftModifier);
        UsageReportDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = w.findChild<UsageReportDialog*>()) != nullptr);
        QVERIFY(dialog->isVisible());
        QVERIFY(!w.chartsView()->machine().isEmpty());
        QCOMPARE(dialog->request().machine, w.chartsView()->machine());
        dialog->close(); // deletes itself
        QTRY_VERIFY(!w.findChild<UsageReportDialog*>());
    }
};

QTEST_MAIN(TstUsageReportDialog)
#include "tst_usagereportdialog.moc"
